import { describe, expect, it } from "vitest";
import { createDailyStore } from "../../src/store/daily.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createGroupStore } from "../../src/store/groups.ts";
import { createUserStore } from "../../src/store/users.ts";

const GROUP = -100200;
const sentAt = new Date("2026-03-09T09:00:00Z");

function setup() {
  const db = openDatabase(":memory:");
  const groups = createGroupStore(db);
  groups.recordQuiz({ pollId: "p1", chatId: GROUP, cardId: "c1", messageId: 5, sentAt });
  return { db, groups };
}

describe("group store", () => {
  it("records each member's answer once and runs the scoring in the same transaction", () => {
    const { groups } = setup();
    const at = new Date("2026-03-09T09:01:00Z");
    let scored = 0;
    const score = () => {
      scored++;
      return { correct: true };
    };
    expect(groups.answer("p1", { userId: 1, name: "Анна" }, at, score)).toMatchObject({
      quiz: { pollId: "p1", chatId: GROUP, cardId: "c1", messageId: 5, sentAt },
      correct: true,
    });
    expect(groups.answer("p1", { userId: 2, name: "Борис" }, at, () => ({ correct: false }))?.correct).toBe(
      false,
    );
    expect(groups.answer("p1", { userId: 1, name: "Анна" }, at, score)).toBeUndefined();
    expect(scored).toBe(1);
    expect(groups.answer("unknown", { userId: 1, name: "Анна" }, at, score)).toBeUndefined();
    expect(scored).toBe(1);
  });

  it("writes nothing when the scoring fails or the card left the deck, so the member can answer again", () => {
    const { groups } = setup();
    const at = new Date("2026-03-09T09:01:00Z");
    expect(() =>
      groups.answer("p1", { userId: 1, name: "Анна" }, at, () => {
        throw new Error("disk full");
      }),
    ).toThrow("disk full");
    expect(groups.answer("p1", { userId: 1, name: "Анна" }, at, () => undefined)).toBeUndefined();
    expect(groups.leaderboard(GROUP, sentAt, 10)).toEqual([]);
    expect(groups.answer("p1", { userId: 1, name: "Анна" }, at, () => ({ correct: true }))?.correct).toBe(
      true,
    );
  });

  it("ranks by right answers, then accuracy, counting only the period and the group, with the latest name", () => {
    const { groups } = setup();
    const polls = ["q1", "q2", "q3", "q4"];
    for (const [i, pollId] of polls.entries()) {
      groups.recordQuiz({ pollId, chatId: GROUP, cardId: `c${i}`, messageId: 10 + i, sentAt });
    }
    groups.recordQuiz({ pollId: "elsewhere", chatId: -555, cardId: "c1", messageId: 1, sentAt });
    const answer = (pollId: string, userId: number, name: string, correct: boolean, iso: string) =>
      groups.answer(pollId, { userId, name }, new Date(iso), () => ({ correct }));
    // Last week: does not count.
    answer("p1", 3, "Вера", true, "2026-03-01T10:00:00Z");
    // Анна: 2 right of 4; Борис: 2 right of 2; Вера: 1 of 1; Глеб: 0 of 1.
    answer("q1", 1, "Анна", true, "2026-03-09T10:00:00Z");
    answer("q2", 1, "Анна", false, "2026-03-09T10:01:00Z");
    answer("q3", 1, "Анна", true, "2026-03-09T10:02:00Z");
    answer("q4", 1, "Анна <Admin>", false, "2026-03-09T10:03:00Z");
    answer("q1", 2, "Борис", true, "2026-03-10T10:00:00Z");
    answer("q2", 2, "Борис", true, "2026-03-10T10:01:00Z");
    answer("q3", 3, "Вера", true, "2026-03-10T10:00:00Z");
    answer("q4", 4, "Глеб", false, "2026-03-10T10:00:00Z");
    answer("elsewhere", 5, "Дина", true, "2026-03-10T10:00:00Z");

    const week = new Date("2026-03-08T21:00:00Z");
    expect(groups.leaderboard(GROUP, week, 10)).toEqual([
      { userId: 2, name: "Борис", correct: 2, answered: 2 },
      { userId: 1, name: "Анна <Admin>", correct: 2, answered: 4 },
      { userId: 3, name: "Вера", correct: 1, answered: 1 },
      { userId: 4, name: "Глеб", correct: 0, answered: 1 },
    ]);
    expect(groups.leaderboard(GROUP, week, 2).map((r) => r.userId)).toEqual([2, 1]);
    expect(groups.lastAsked(-555)).toEqual(new Map([["c1", sentAt.getTime()]]));
  });

  it("moves a group's quizzes, answers, daily quiz and time zone to its supergroup id", () => {
    const { db, groups } = setup();
    const users = createUserStore(db);
    const daily = createDailyStore(db);
    const now = new Date("2026-03-09T08:00:00Z");
    daily.subscribe({ userId: GROUP, chatId: GROUP, time: "09:00", count: 2 }, now, "Europe/Moscow");
    users.setTimezone(GROUP, "Asia/Novosibirsk");
    groups.answer("p1", { userId: 1, name: "Анна" }, now, () => ({ correct: true }));

    const SUPER = -1001234567890;
    groups.moveChat(GROUP, SUPER);

    expect(daily.get(GROUP)).toBeUndefined();
    expect(daily.get(SUPER)).toMatchObject({ userId: SUPER, chatId: SUPER, time: "09:00", count: 2 });
    expect(users.getTimezone(SUPER)).toBe("Asia/Novosibirsk");
    expect(users.getTimezone(GROUP)).toBeUndefined();
    expect(groups.findQuiz("p1")?.chatId).toBe(SUPER);
    expect(groups.leaderboard(SUPER, now, 10)).toEqual([
      { userId: 1, name: "Анна", correct: 1, answered: 1 },
    ]);
    expect(groups.leaderboard(GROUP, now, 10)).toEqual([]);
  });

  it("forgetting a member deletes their answers in groups", () => {
    const { db, groups } = setup();
    groups.answer("p1", { userId: 1, name: "Анна" }, sentAt, () => ({ correct: true }));
    createUserStore(db).forget(1);
    expect(groups.leaderboard(GROUP, sentAt, 10)).toEqual([]);
  });
});
