import fc from "fast-check";
import { forgetting_curve, generatorParameters } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/types.ts";
import { createDeck, type Deck } from "../../src/quiz/deck.ts";
import { createScheduler, GRADES, isGrade, recalled, reviewState } from "../../src/quiz/schedule.ts";
import { previousDate, streak } from "../../src/quiz/stats.ts";
import type { Card } from "../../src/quiz/types.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createProgressStore } from "../../src/store/progress.ts";
import { authoredCard, topicsOnly } from "../helpers/fixtures.ts";

const emptyKb = topicsOnly("alpha", "beta");
const card = (id: string, topicId: string): Card => authoredCard(id, topicId);

function setup(cards = [card("a1", "alpha"), card("a2", "alpha"), card("b1", "beta"), card("b2", "beta")]) {
  const progress = createProgressStore(openDatabase(":memory:"));
  const deck: Deck = createDeck(emptyKb, cards);
  return { deck, progress, scheduler: createScheduler(progress) };
}

const t0 = new Date("2026-02-01T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

describe("nextCard", () => {
  it("starts with a new card from the first topic when nothing is known", () => {
    const { deck, scheduler } = setup();
    expect(scheduler.nextCard(1, deck, t0)).toEqual({ card: deck.byId("a1"), reason: "new" });
  });

  it("takes new cards from the topic the user knows least", () => {
    const { deck, scheduler } = setup();
    scheduler.recordAnswer(1, "a1", "alpha", true, t0);
    // alpha has some mastery now, beta none.
    expect(scheduler.nextCard(1, deck, minutes(1))).toEqual({ card: deck.byId("b1"), reason: "new" });
    expect(scheduler.nextCard(1, deck, minutes(1), "alpha")).toEqual({
      card: deck.byId("a2"),
      reason: "new",
    });
  });

  it("asks the most overdue due card first, ties broken by card id", () => {
    const { deck, scheduler } = setup();
    scheduler.recordAnswer(1, "b2", "beta", false, t0);
    scheduler.recordAnswer(1, "b1", "beta", false, t0);
    scheduler.recordAnswer(1, "a2", "alpha", false, minutes(5));
    // Again schedules a relearning step a few minutes ahead; an hour later all three are due.
    const later = minutes(60);
    expect(scheduler.nextCards(1, deck, later, 3).map((n) => [n.card.id, n.reason])).toEqual([
      ["b1", "due"],
      ["b2", "due"],
      ["a2", "due"],
    ]);
    expect(scheduler.nextCard(1, deck, later, "alpha")).toEqual({ card: deck.byId("a2"), reason: "due" });
  });

  it("does not ask a card again before it is due while new cards remain", () => {
    const { deck, scheduler } = setup();
    const state = scheduler.recordAnswer(1, "a1", "alpha", true, t0);
    expect(state.due.getTime()).toBeGreaterThan(t0.getTime());
    expect(scheduler.nextCard(1, deck, minutes(1), "alpha")?.card.id).toBe("a2");
  });

  it("practises ahead, soonest due first, once every card was seen and none is due", () => {
    const { deck, scheduler } = setup([card("a1", "alpha"), card("a2", "alpha")]);
    scheduler.recordAnswer(1, "a1", "alpha", true, t0);
    scheduler.recordAnswer(1, "a2", "alpha", true, minutes(1));
    const result = scheduler.nextCards(1, deck, minutes(2), 5);
    expect(result.map((n) => [n.card.id, n.reason])).toEqual([
      ["a1", "ahead"],
      ["a2", "ahead"],
    ]);
  });

  it("ignores stored states of cards no longer in the deck", () => {
    const { deck, progress, scheduler } = setup([card("a1", "alpha")]);
    scheduler.recordAnswer(1, "gone", "alpha", false, t0);
    expect(progress.getState(1, "gone")).toBeDefined();
    expect(scheduler.nextCard(1, deck, days(1))).toEqual({ card: deck.byId("a1"), reason: "new" });
  });

  it("answers undefined for an empty topic", () => {
    const { deck, scheduler } = setup();
    expect(scheduler.nextCard(1, deck, t0, "nope")).toBeUndefined();
  });
});

describe("getStats", () => {
  it("counts answers, accuracy, mastery, due today and the streak", () => {
    const { deck, scheduler } = setup();
    const zone = "Europe/Berlin";
    scheduler.recordAnswer(1, "a1", "alpha", true, new Date("2026-02-01T10:00:00Z"));
    scheduler.recordAnswer(1, "a2", "alpha", false, new Date("2026-02-02T10:00:00Z"));
    scheduler.recordAnswer(1, "a1", "alpha", true, new Date("2026-02-03T22:30:00Z")); // Feb 3, 23:30 in Berlin
    const now = new Date("2026-02-03T23:30:00Z"); // Feb 4, 00:30 in Berlin: nothing yet today
    const stats = scheduler.getStats(1, deck, now, zone);
    expect(stats).toMatchObject({ answered: 3, correct: 2, streakDays: 3 });
    expect(stats.accuracy).toBeCloseTo(2 / 3);
    // a2 was answered wrong and is due again; a1 is scheduled days ahead.
    expect(stats.dueToday).toBe(1);
    const alpha = stats.topics.find((t) => t.topicId === "alpha");
    expect(alpha).toMatchObject({ seen: 2, total: 2 });
    expect(alpha?.mastery).toBeGreaterThan(0.4);
    expect(alpha?.mastery).toBeLessThanOrEqual(0.5);
    expect(stats.topics.find((t) => t.topicId === "beta")).toEqual({
      topicId: "beta",
      mastery: 0,
      seen: 0,
      total: 2,
    });
  });

  it("is all zeros for a new user", () => {
    const { deck, scheduler } = setup();
    const stats = scheduler.getStats(9, deck, t0, "Europe/Moscow");
    expect(stats).toMatchObject({ answered: 0, correct: 0, accuracy: 0, streakDays: 0, dueToday: 0 });
  });
});

describe("streak", () => {
  const zone = "Europe/Berlin";
  const at = (iso: string) => new Date(iso);
  it("counts local days in a row ending today or yesterday", () => {
    const now = at("2026-02-10T12:00:00Z");
    expect(
      streak([at("2026-02-10T08:00:00Z"), at("2026-02-09T08:00:00Z"), at("2026-02-09T07:00:00Z")], now, zone),
    ).toBe(2);
    expect(streak([at("2026-02-09T08:00:00Z"), at("2026-02-08T08:00:00Z")], now, zone)).toBe(2);
    expect(streak([at("2026-02-08T08:00:00Z")], now, zone)).toBe(0);
    expect(streak([at("2026-02-10T08:00:00Z"), at("2026-02-07T08:00:00Z")], now, zone)).toBe(1);
  });

  it("uses the user's local dates, not UTC", () => {
    // 23:30 UTC on Feb 9 is already Feb 10 in Berlin.
    const now = at("2026-02-10T12:00:00Z");
    expect(streak([at("2026-02-09T23:30:00Z"), at("2026-02-08T23:30:00Z")], now, zone)).toBe(2);
    expect(streak([at("2026-02-09T23:30:00Z"), at("2026-02-08T23:30:00Z")], now, "UTC")).toBe(2);
    expect(streak([at("2026-02-09T23:30:00Z"), at("2026-02-09T00:30:00Z")], now, zone)).toBe(2);
    expect(streak([at("2026-02-09T23:30:00Z"), at("2026-02-09T00:30:00Z")], now, "UTC")).toBe(1);
  });

  it("steps back over month and year ends", () => {
    expect(previousDate("2026-03-01")).toBe("2026-02-28");
    expect(previousDate("2026-01-01")).toBe("2025-12-31");
  });
});

describe("mastery", () => {
  it("is the mean recall by FSRS's forgetting curve of cards last answered right, falling with time", () => {
    const { deck, progress, scheduler } = setup();
    scheduler.recordAnswer(1, "a1", "alpha", true, t0);
    scheduler.recordAnswer(1, "a2", "alpha", false, t0);
    const state = progress.getState(1, "a1");
    const w = generatorParameters().w;
    for (const when of [days(1), days(30)]) {
      const elapsed = (when.getTime() - t0.getTime()) / 86_400_000;
      const expected = forgetting_curve(w, elapsed, state?.stability ?? 0) / 2;
      const alpha = scheduler.getStats(1, deck, when, "UTC").topics.find((t) => t.topicId === "alpha");
      expect(alpha?.mastery).toBeCloseTo(expected, 6);
    }
    const soon = scheduler.getStats(1, deck, days(1), "UTC").topics[0]?.mastery ?? 0;
    const late = scheduler.getStats(1, deck, days(30), "UTC").topics[0]?.mastery ?? 0;
    expect(late).toBeLessThan(soon);
  });

  it("ignores states of cards that left the deck", () => {
    const { progress, scheduler } = setup();
    scheduler.recordAnswer(1, "gone", "alpha", true, t0);
    const smaller = createDeck(emptyKb, [card("a1", "alpha")]);
    const stats = scheduler.getStats(1, smaller, minutes(1), "UTC");
    expect(stats.topics).toEqual([{ topicId: "alpha", mastery: 0, seen: 0, total: 1 }]);
    expect(stats.answered).toBe(1);
    expect(progress.getState(1, "gone")).toBeDefined();
  });
});

describe("recordAnswer", () => {
  it("survives a clock that stepped back", () => {
    const { scheduler } = setup();
    scheduler.recordAnswer(1, "a1", "alpha", true, days(2));
    const state = scheduler.recordAnswer(1, "a1", "alpha", true, days(1));
    expect(state.last_review).toEqual(days(2));
  });
});

describe("the per-user progress cache", () => {
  it("chooses exactly what a scheduler without a cache chooses, answer after answer (property)", () => {
    const cards = ["alpha", "beta", "gamma"].flatMap((topic) =>
      [1, 2, 3].map((n) => card(`${topic[0]}${n}`, topic)),
    );
    const kb: KnowledgeBase = {
      ...emptyKb,
      topics: ["alpha", "beta", "gamma"].map((id) => ({
        id,
        title: id,
        aliases: [],
        file: `${id}.md`,
        sections: [],
      })),
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ card: fc.nat(cards.length - 1), correct: fc.boolean() }), { maxLength: 25 }),
        (answers) => {
          const progress = createProgressStore(openDatabase(":memory:"));
          const deck = createDeck(kb, cards);
          const cached = createScheduler(progress);
          // Every answer at one instant: recall is exactly 1 or 0, so ties are exact in both schedulers.
          const ids = (list: { card: Card }[]) => list.map((n) => n.card.id);
          for (const answer of answers) {
            cached.nextCards(1, deck, t0, 3);
            const c = cards[answer.card] as Card;
            cached.recordAnswer(1, c.id, c.topicId, answer.correct, t0);
            const fresh = createScheduler(progress);
            expect(ids(cached.nextCards(1, deck, t0, 3))).toEqual(ids(fresh.nextCards(1, deck, t0, 3)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("notices /forget: a forgotten user starts from new cards again", () => {
    const db = openDatabase(":memory:");
    const progress = createProgressStore(db);
    const deck = createDeck(emptyKb, [card("a1", "alpha"), card("b1", "beta")]);
    const scheduler = createScheduler(progress);
    scheduler.recordAnswer(1, "a1", "alpha", true, t0);
    scheduler.recordAnswer(1, "b1", "beta", true, t0);
    expect(scheduler.nextCard(1, deck, minutes(1))?.reason).toBe("ahead");
    db.prepare("DELETE FROM reviews WHERE user_id = 1").run();
    db.prepare("DELETE FROM card_states WHERE user_id = 1").run();
    expect(scheduler.nextCard(1, deck, minutes(1))).toEqual({ card: deck.byId("a1"), reason: "new" });
  });
});

describe("the deck the progress sums count", () => {
  it("is written again for new cards (a reload), not for another view of the same cards", () => {
    const progress = createProgressStore(openDatabase(":memory:"));
    const written: number[] = [];
    const counting = {
      ...progress,
      setDeckCards: (cards: readonly Card[]) => {
        written.push(cards.length);
        progress.setDeckCards(cards);
      },
    };
    const scheduler = createScheduler(counting);
    const deck = createDeck(emptyKb, [card("a1", "alpha")]);
    // The library's live deck (src/library.ts): another object, the same cards.
    const view: Deck = { ...deck, cards: deck.cards };
    scheduler.nextCard(1, deck, t0);
    scheduler.nextCard(1, view, t0);
    scheduler.getStats(1, deck, t0, "UTC");
    expect(written).toEqual([1]);
    const reloaded = createDeck(emptyKb, [card("a1", "alpha"), card("b1", "beta")]);
    expect(scheduler.nextCard(1, reloaded, t0)?.card.id).toBe("a1");
    expect(written).toEqual([1, 2]);
  });
});

describe("suspended cards", () => {
  it("are never chosen: not new, not due, not ahead", () => {
    const { deck, scheduler } = setup();
    const skip = new Set(["a1"]);
    expect(scheduler.nextCard(1, deck, t0, undefined, skip)?.card.id).toBe("a2");
    scheduler.recordAnswer(1, "a1", "alpha", false, t0);
    // a1 is due again soon after a wrong answer; suspended, it still is not asked.
    const picked = scheduler.nextCards(1, deck, days(30), 4, undefined, skip).map((n) => n.card.id);
    expect(picked).not.toContain("a1");
    expect(picked).toHaveLength(3);
    expect(scheduler.nextCard(1, deck, days(30), "alpha", new Set(["a1", "a2"]))).toBeUndefined();
  });
});

describe("flashcard grades", () => {
  const t0 = new Date("2026-05-01T10:00:00Z");

  it("puts a card off longer the easier it was recalled, on a new card and on one already learned", () => {
    const dueAfter = (grade: (typeof GRADES)[number], previous = reviewState(undefined, true, t0).state) =>
      reviewState(
        previous,
        recalled(grade),
        new Date(t0.getTime() + 3 * 86_400_000),
        grade,
      ).state.due.getTime();
    const fresh = GRADES.map((g) => reviewState(undefined, recalled(g), t0, g).state.due.getTime());
    expect([...fresh].sort((a, b) => a - b)).toEqual(fresh);
    expect(new Set(fresh).size).toBe(4);
    const learned = GRADES.map((g) => dueAfter(g));
    expect([...learned].sort((a, b) => a - b)).toEqual(learned);
  });

  it("logs every grade but Again as recalled, and a right answer as Good by default", () => {
    expect(GRADES.map(recalled)).toEqual([false, true, true, true]);
    expect(reviewState(undefined, true, t0).entry.rating).toBe(3);
    expect(reviewState(undefined, false, t0).entry.rating).toBe(1);
    expect([0, 1, 4, 5].map(isGrade)).toEqual([false, true, true, false]);
  });
});
