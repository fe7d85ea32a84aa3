// Learning from feedback: query keys, and the lifts votes teach (property tests against a plain oracle).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildLifts, MIN_SIMILARITY, queryKey, type Vote } from "../../src/search/feedback.ts";

const TERMS = ["под", "нод", "удал", "сервис", "clusterip", "ingress", "taint", "deploy"];
const term = fc.constantFrom(...TERMS);
const terms = fc.array(term, { minLength: 0, maxLength: 6 });
const vote = fc.record({
  key: terms.map(queryKey),
  passageId: fc.constantFrom("a#0", "a#1", "b#0"),
  userId: fc.integer({ min: 1, max: 4 }),
  admin: fc.boolean(),
});

/** What the lifts should be, computed the slow and obvious way. */
function oracle(votes: Vote[], query: string[]): Map<string, number> {
  const q = new Set(queryKey(query).split(" ").filter(Boolean));
  const lifts = new Map<string, number>();
  for (const { key, passageId } of votes) {
    const same = votes.filter((v) => v.key === key && v.passageId === passageId);
    const agreed = same.some((v) => v.admin) || new Set(same.map((v) => v.userId)).size >= 2;
    const k = new Set(key.split(" ").filter(Boolean));
    if (!agreed || k.size === 0 || q.size === 0) continue;
    const shared = [...k].filter((t) => q.has(t)).length;
    const similarity = shared / (q.size + k.size - shared);
    if (similarity >= MIN_SIMILARITY) lifts.set(passageId, Math.max(lifts.get(passageId) ?? 0, similarity));
  }
  return lifts;
}

describe("queryKey", () => {
  test("sorted unique terms joined by a space, whatever the order and repeats", () => {
    expect(queryKey(["удал", "под", "под"])).toBe("под удал");
    expect(queryKey([])).toBe("");
    fc.assert(
      fc.property(terms, (t) => {
        expect(queryKey([...t].reverse())).toBe(queryKey(t));
        expect(queryKey(queryKey(t).split(" "))).toBe(queryKey(t));
      }),
    );
  });
});

describe("buildLifts", () => {
  test("two different people agreeing lift the passage for the same and a near question", () => {
    const key = queryKey(["под", "удал", "нод"]);
    const lifts = buildLifts([
      { key, passageId: "a#1", userId: 1, admin: false },
      { key, passageId: "a#1", userId: 2, admin: false },
    ]);
    expect(lifts.for(["нод", "удал", "под"]).get("a#1")).toBe(1);
    // 3 shared of 4 terms: near enough.
    expect(lifts.for(["нод", "удал", "под", "сервис"]).get("a#1")).toBe(0.75);
    // 1 shared of 3 terms: a different question.
    expect(lifts.for(["под", "ingress", "taint"]).size).toBe(0);
  });

  test("one admin alone is enough", () => {
    const lifts = buildLifts([{ key: "ingress", passageId: "b#0", userId: 9, admin: true }]);
    expect(lifts.for(["ingress"]).get("b#0")).toBe(1);
  });

  test("votes added later count as if they had been there", () => {
    const lifts = buildLifts([{ key: "taint", passageId: "a#0", userId: 1, admin: false }]);
    expect(lifts.for(["taint"]).size).toBe(0);
    lifts.add({ key: "taint", passageId: "a#0", userId: 2, admin: false });
    expect(lifts.for(["taint"]).get("a#0")).toBe(1);
  });

  test("matches the plain definition on any votes and any question", () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 30 }), terms, (votes, query) => {
        const lifts = buildLifts(votes).for(query);
        expect(new Map(lifts)).toEqual(oracle(votes, query));
      }),
      { numRuns: 500 },
    );
  });

  test("every lift is in [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 30 }), terms, (votes, query) => {
        for (const lift of buildLifts(votes).for(query).values()) {
          expect(lift).toBeGreaterThan(0);
          expect(lift).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  test("one person who is not an admin never lifts anything, however often they vote", () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 30 }), terms, (votes, query) => {
        const alone = votes.map((v) => ({ ...v, userId: 1, admin: false }));
        expect(buildLifts(alone).for(query).size).toBe(0);
      }),
    );
  });

  test("the order of the votes does not matter", () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 30 }), terms, (votes, query) => {
        expect(new Map(buildLifts([...votes].reverse()).for(query))).toEqual(
          new Map(buildLifts(votes).for(query)),
        );
      }),
    );
  });

  test("no votes, or an empty question, lift nothing", () => {
    expect(buildLifts([]).for(["под"]).size).toBe(0);
    const lifts = buildLifts([{ key: "под", passageId: "a#0", userId: 1, admin: true }]);
    expect(lifts.for([]).size).toBe(0);
  });
});
