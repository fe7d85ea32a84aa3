// The bounded quote of user input: never longer than asked, never a broken emoji.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { quoteInput, shorten } from "../src/quote.ts";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

describe("quoteInput", () => {
  test("keeps short input whole, flattening whitespace", () => {
    expect(quoteInput("  ingress \n controller ")).toBe("«ingress controller»");
  });

  test("cuts long input with an ellipsis inside the quotes", () => {
    expect(quoteInput("abcdefghij", 5)).toBe("«abcd…»");
  });

  test("never splits an emoji into a broken half", () => {
    expect(shorten("ab😀cd", 4)).toBe("ab…");
  });

  test("any input: at most max characters inside the quotes, and no lone surrogate", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 1, max: 100 }),
        (s, max) => {
          const quoted = quoteInput(s, max);
          expect(quoted.length).toBeLessThanOrEqual(max + 2);
          expect(quoted).not.toMatch(LONE_SURROGATE);
        },
      ),
    );
  });
});
