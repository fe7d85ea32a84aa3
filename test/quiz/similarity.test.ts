import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlapsAtLeast, similarPairs } from "../../src/quiz/similarity.ts";

describe("overlapsAtLeast", () => {
  it("says whether two sets' Jaccard similarity reaches a share, as counting every shared word would", () => {
    const words = fc.uniqueArray(fc.constantFrom(..."abcdefghijkl"), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, fc.constantFrom(0.3, 0.5, 0.6, 0.75), (a, b, share) => {
        const [x, y] = [new Set(a), new Set(b)];
        const shared = a.filter((w) => y.has(w)).length;
        const union = x.size + y.size - shared;
        expect(overlapsAtLeast(x, y, share)).toBe(union > 0 && shared / union >= share);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("similarPairs", () => {
  /** Every pair, compared one by one. */
  const everyPair = (sets: Set<string>[], share: number) => {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++)
        if (overlapsAtLeast(sets[i] as Set<string>, sets[j] as Set<string>, share)) pairs.push([i, j]);
    return pairs;
  };

  it("finds the same pairs as comparing every pair, in order", () => {
    // A small vocabulary, so that sets share words often and many pairs sit near the share.
    const set = fc
      .uniqueArray(fc.constantFrom(..."abcdefghijklmnop"), { maxLength: 10 })
      .map((a) => new Set(a));
    fc.assert(
      fc.property(
        fc.array(set, { maxLength: 30 }),
        fc.constantFrom(0.2, 0.5, 0.6, 0.75, 1),
        (sets, share) => {
          expect(similarPairs(sets, share)).toEqual(everyPair(sets, share));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("pairs equal sets and leaves out empty ones", () => {
    const sets = [new Set(["под", "нода"]), new Set<string>(), new Set(["нода", "под"]), new Set<string>()];
    expect(similarPairs(sets, 0.5)).toEqual([[0, 2]]);
  });
});
