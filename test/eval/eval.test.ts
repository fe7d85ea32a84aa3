// The evaluation set as a test: search quality must not drop below the bar of issue 2.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { KnowledgeBase } from "../../src/knowledge/types.ts";
import { createSearchEngine, type SearchEngine } from "../../src/search/engine.ts";
import {
  coversBoth,
  type EvalQuestion,
  evaluate,
  isRelevant,
  OUT_OF_SCOPE,
  parseQuestions,
} from "../../src/search/evaluate.ts";
import { rankingOf } from "../../src/search/ranking.ts";

let kb: KnowledgeBase;
let engine: SearchEngine;
let questions: EvalQuestion[];

beforeAll(async () => {
  kb = await loadKnowledge(path.join(import.meta.dirname, "../../knowledge"));
  engine = createSearchEngine(kb);
  questions = parseQuestions(await readFile(path.join(import.meta.dirname, "questions.yaml"), "utf8"));
});

describe("the evaluation set", () => {
  it("has at least 200 questions, 25 of them out of scope", () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(questions.filter((q) => q.kind === OUT_OF_SCOPE).length).toBeGreaterThanOrEqual(25);
  });

  it("covers every kind of question the issue names", () => {
    const kinds = new Set(questions.map((q) => q.kind));
    for (const kind of [
      "definition",
      "paraphrase",
      "comparison",
      "inflection",
      "english_term",
      "slang",
      "typo",
      "layout",
      "one_word",
      "howto",
      "english",
      "list",
      "why",
      OUT_OF_SCOPE,
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(questions.some((q) => q.q.trim().toLowerCase() === "под")).toBe(true);
  });

  it("has no question twice", () => {
    const seen = questions.map((q) => q.q.trim().toLowerCase());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("expects only text that some passage of the notes contains", () => {
    const missing: string[] = [];
    for (const question of questions) {
      for (const expected of question.expect ?? []) {
        const single = { ...question, expect: [expected] };
        if (!kb.passages.some((p) => isRelevant(single, p))) missing.push(`«${question.q}»: «${expected}»`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("names two sides for every comparison question", () => {
    for (const question of questions.filter((q) => q.kind === "comparison")) {
      expect(question.covers, question.q).toHaveLength(2);
    }
  });
});

describe("Konspekt on the evaluation set", () => {
  it("puts a right passage first for at least 90% of answerable questions", () => {
    const result = evaluate(questions, (q) => rankingOf(engine.answer(q)), engine.analyzer);
    const misses = result.failures.filter((f) => !f.startsWith(OUT_OF_SCOPE));
    expect(
      result.answerable.hit1,
      `hit@1 ${result.answerable.hit1.toFixed(3)}; misses:\n${misses.join("\n")}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("answers «nothing» to every out-of-scope question", () => {
    const answered = questions
      .filter((q) => q.kind === OUT_OF_SCOPE)
      .map((q) => engine.answer(q.q))
      .filter((a) => a.kind === "found")
      .map((a) => `«${a.query}» → ${a.kind === "found" ? a.hits[0]?.passage.id : ""}`);
    expect(answered).toEqual([]);
  });

  it("covers both sides in the first answer to every comparison question", () => {
    const uncovered = questions
      .filter((q) => q.covers)
      .filter((q) => {
        const { passages, shown } = rankingOf(engine.answer(q.q));
        return (
          passages.length === 0 || !coversBoth(q, passages.slice(0, Math.max(1, shown)), engine.analyzer)
        );
      })
      .map((q) => `«${q.q}» (${q.covers?.join(" / ")})`);
    expect(uncovered).toEqual([]);
  });
});
