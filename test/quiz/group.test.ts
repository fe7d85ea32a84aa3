import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localTime } from "../../src/quiz/daily.ts";
import { createDeck } from "../../src/quiz/deck.ts";
import { pickForGroup, startOfLocalWeek } from "../../src/quiz/group.ts";
import type { Card } from "../../src/quiz/types.ts";
import { authoredCard, topicsOnly } from "../helpers/fixtures.ts";

const kb = topicsOnly("alpha", "beta");
const card = (id: string, topicId: string, options?: string[]): Card =>
  authoredCard(id, topicId, options ? { options } : {});

const cards = [
  card("a1", "alpha"),
  card("a2", "alpha"),
  card("a3", "alpha", []),
  card("b1", "beta"),
  card("b2", "beta"),
];
const deck = createDeck(kb, cards);
const hasOptions = (c: Card) => c.options.length > 0;

describe("pickForGroup", () => {
  it("asks every eligible card once before any comes again, then the one asked longest ago", () => {
    const lastAsked = new Map<string, number>();
    const asked: string[] = [];
    for (let round = 0; round < 8; round++) {
      const [next] = pickForGroup(deck, { count: 1, lastAsked, eligible: hasOptions, seed: "-100" });
      if (!next) throw new Error("no card");
      asked.push(next.id);
      lastAsked.set(next.id, round);
    }
    expect(new Set(asked.slice(0, 4))).toEqual(new Set(["a1", "a2", "b1", "b2"]));
    expect(asked.slice(4)).toEqual(asked.slice(0, 4));
  });

  it("keeps to a topic, skips suspended cards, and picks different cards for a delivery of several", () => {
    const picked = pickForGroup(deck, {
      count: 5,
      lastAsked: new Map(),
      eligible: hasOptions,
      seed: "-100",
      topicId: "alpha",
      skip: new Set(["a2"]),
    });
    expect(picked.map((c) => c.id)).toEqual(["a1"]);
    const all = pickForGroup(deck, { count: 3, lastAsked: new Map(), eligible: hasOptions, seed: "-7" });
    expect(new Set(all.map((c) => c.id)).size).toBe(3);
  });

  it("gives two groups different orders through the deck", () => {
    const many = createDeck(
      kb,
      Array.from({ length: 30 }, (_, i) => card(`c${i}`, i % 2 ? "alpha" : "beta")),
    );
    const order = (seed: string) =>
      pickForGroup(many, { count: 30, lastAsked: new Map(), eligible: hasOptions, seed }).map((c) => c.id);
    expect(order("-1")).not.toEqual(order("-2"));
    expect(order("-1")).toEqual(order("-1"));
  });
});

describe("startOfLocalWeek", () => {
  it("is Monday 00:00 in the zone", () => {
    // Wednesday 11 March 2026, 02:00 in Moscow → Monday 9 March 00:00 MSK = 8 March 21:00 UTC.
    expect(startOfLocalWeek(new Date("2026-03-10T23:00:00Z"), "Europe/Moscow").toISOString()).toBe(
      "2026-03-08T21:00:00.000Z",
    );
    // Sunday evening still belongs to the week that began six days before.
    expect(startOfLocalWeek(new Date("2026-03-15T20:00:00Z"), "Europe/Moscow").toISOString()).toBe(
      "2026-03-08T21:00:00.000Z",
    );
    // Monday at midnight sharp starts a new week.
    expect(startOfLocalWeek(new Date("2026-03-15T21:00:00Z"), "Europe/Moscow").toISOString()).toBe(
      "2026-03-15T21:00:00.000Z",
    );
  });

  it("lands on a local Monday midnight within the last 7 days, across DST changes", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Asia/Novosibirsk", "Australia/Lord_Howe"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const now = new Date(ms);
          const start = startOfLocalWeek(now, zone);
          const local = localTime(start, zone);
          const [y, m, d] = local.date.split("-").map(Number);
          expect(local.minutes).toBe(0);
          expect(new Date(Date.UTC(y as number, (m as number) - 1, d)).getUTCDay()).toBe(1);
          expect(start.getTime()).toBeLessThanOrEqual(ms);
          expect(ms - start.getTime()).toBeLessThan(7 * 86_400_000 + 3_600_000);
        },
      ),
    );
  });
});
