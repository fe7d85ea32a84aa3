import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.ts";
import { createPollStore } from "../../src/store/polls.ts";

describe("poll store", () => {
  it("finds a sent poll and scores its answer once", () => {
    const polls = createPollStore(openDatabase(":memory:"));
    const sentAt = new Date("2026-01-10T06:00:00Z");
    polls.record({ pollId: "p1", userId: 1, chatId: 10, cardId: "c1", messageId: 55, sentAt });
    expect(polls.find("p1")).toEqual({
      pollId: "p1",
      userId: 1,
      chatId: 10,
      cardId: "c1",
      messageId: 55,
      sentAt,
    });
    const answeredAt = new Date("2026-01-10T06:01:00Z");
    expect(polls.answer("p1", answeredAt, (poll) => poll.cardId)).toMatchObject({
      poll: { pollId: "p1", cardId: "c1", answeredAt },
      result: "c1",
    });
    let recordedAgain = false;
    const again = polls.answer("p1", new Date("2026-01-10T06:02:00Z"), () => {
      recordedAgain = true;
    });
    expect(again).toBeUndefined();
    expect(recordedAgain).toBe(false);
    expect(polls.find("p1")?.answeredAt).toEqual(answeredAt);
  });

  it("answers undefined for an unknown poll", () => {
    const polls = createPollStore(openDatabase(":memory:"));
    expect(polls.find("nope")).toBeUndefined();
    expect(polls.answer("nope", new Date(), () => 1)).toBeUndefined();
  });

  it("leaves the quiz unanswered when recording the answer fails, so it can be retried", () => {
    const polls = createPollStore(openDatabase(":memory:"));
    const sentAt = new Date("2026-01-10T06:00:00Z");
    polls.record({ pollId: "p2", userId: 1, chatId: 10, cardId: "c1", messageId: 56, sentAt });
    expect(() =>
      polls.answer("p2", new Date(), () => {
        throw new Error("disk full");
      }),
    ).toThrow("disk full");
    expect(polls.find("p2")?.answeredAt).toBeUndefined();
    expect(polls.answer("p2", new Date(), () => "ok")?.result).toBe("ok");
  });
});
