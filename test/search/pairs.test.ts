import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordPairs } from "../../src/search/pairs.ts";

describe("WordPairs", () => {
  it("has every pair added, in its order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 50 }), (pairs) => {
        const seen = new WordPairs();
        for (const [a, b] of pairs) seen.add(a, b);
        for (const [a, b] of pairs) expect(seen.has(a, b)).toBe(true);
      }),
    );
  });

  it("tells a pair from its reverse and from words not added", () => {
    const seen = new WordPairs();
    seen.add("docker", "compose");
    expect(seen.has("docker", "compose")).toBe(true);
    expect(seen.has("compose", "docker")).toBe(false);
    expect(seen.has("docker", "swarm")).toBe(false);
    // The space between the words counts: «ab» + «c» is not «a» + «bc».
    seen.add("ab", "c");
    expect(seen.has("a", "bc")).toBe(false);
  });
});
