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
    expect(polls.claimAnswer("p1", answeredAt)).toMatchObject({ pollId: "p1", cardId: "c1", answeredAt });
    expect(polls.claimAnswer("p1", new Date("2026-01-10T06:02:00Z"))).toBeUndefined();
    expect(polls.find("p1")?.answeredAt).toEqual(answeredAt);
  });

  it("answers undefined for an unknown poll", () => {
    const polls = createPollStore(openDatabase(":memory:"));
    expect(polls.find("nope")).toBeUndefined();
    expect(polls.claimAnswer("nope", new Date())).toBeUndefined();
  });
});
