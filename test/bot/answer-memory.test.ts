import { expect, test } from "vitest";
import { AnswerMemory } from "../../src/bot/answer-memory.ts";

test("remembers answers under short ids and forgets the least recently used beyond capacity", () => {
  const memory = new AnswerMemory(2);
  const a = memory.remember({ query: "a", more: [] });
  const b = memory.remember({ query: "b", more: [] });
  expect(memory.recall(a)?.query).toBe("a");
  const c = memory.remember({ query: "c", more: [] });
  expect(memory.recall(b)).toBeUndefined();
  expect(memory.recall(a)?.query).toBe("a");
  expect(memory.recall(c)?.query).toBe("c");
  expect(new Set([a, b, c]).size).toBe(3);
  expect(a.length).toBeLessThanOrEqual(12);
});

test("ids differ between runs, so stale buttons never reach another answer", () => {
  const first = new AnswerMemory().remember({ query: "x", more: [] });
  const second = new AnswerMemory().remember({ query: "y", more: [] });
  expect(first).not.toBe(second);
});
