import { fsrs, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { reviewState } from "../../src/quiz/schedule.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createProgressStore } from "../../src/store/progress.ts";

describe("progress store", () => {
  it("round-trips FSRS states through SQLite exactly", () => {
    const progress = createProgressStore(openDatabase(":memory:"));
    const f = fsrs();
    let expected = reviewState(undefined, true, new Date("2026-01-01T10:00:00Z")).state;
    progress.applyReview(1, "c1", "services", (prev) => {
      expect(prev).toBeUndefined();
      return reviewState(prev, true, new Date("2026-01-01T10:00:00Z"));
    });
    expect(progress.getState(1, "c1")).toEqual(expected);

    // Later answers start from the stored state, and match ts-fsrs run in memory.
    const answers: Array<[string, boolean]> = [
      ["2026-01-01T10:20:00Z", true],
      ["2026-01-05T09:00:00Z", false],
      ["2026-01-05T09:30:00Z", true],
      ["2026-01-20T08:00:00Z", true],
    ];
    for (const [iso, correct] of answers) {
      const now = new Date(iso);
      const { state: stored } = progress.applyReview(1, "c1", "services", (prev) =>
        reviewState(prev, correct, now),
      );
      expected = f.next(expected, now, correct ? Rating.Good : Rating.Again).card;
      expect(progress.getState(1, "c1")).toEqual(stored);
      expect(stored.stability).toBeCloseTo(expected.stability, 10);
      expect(stored.difficulty).toBeCloseTo(expected.difficulty, 10);
      expect(stored.due).toEqual(expected.due);
      expect(stored.reps).toBe(expected.reps);
      expect(stored.lapses).toBe(expected.lapses);
      expect(stored.state).toBe(expected.state);
    }
    expect(progress.countAnswers(1)).toEqual({ answered: 5, correct: 4 });
    expect([...progress.answerTimes(1)][0]).toEqual(new Date("2026-01-20T08:00:00Z"));
  });

  it("writes nothing when the step throws (one transaction)", () => {
    const db = openDatabase(":memory:");
    const progress = createProgressStore(db);
    expect(() =>
      progress.applyReview(1, "c1", "services", () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(progress.getState(1, "c1")).toBeUndefined();
    expect(progress.countAnswers(1)).toEqual({ answered: 0, correct: 0 });
  });

  it("lists due cards, most overdue first, ties by card id", () => {
    const progress = createProgressStore(openDatabase(":memory:"));
    const early = new Date("2026-01-01T10:00:00Z");
    for (const id of ["b", "a", "c"])
      progress.applyReview(1, id, "t", (prev) => reviewState(prev, false, early));
    progress.applyReview(1, "d", "u", (prev) => reviewState(prev, false, new Date("2026-01-01T09:00:00Z")));
    const now = new Date("2026-01-02T00:00:00Z");
    expect([...progress.dueCards(1, now)].map((d) => d.cardId)).toEqual(["d", "a", "b", "c"]);
    expect([...progress.dueCards(1, now, "u")].map((d) => d.cardId)).toEqual(["d"]);
    expect([...progress.dueCards(1, new Date("2026-01-01T08:00:00Z"))]).toEqual([]);
  });
});
