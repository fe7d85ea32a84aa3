// Measures search quality on the evaluation set: hit@1, hit@3 and MRR per kind of question.
import { parse as parseYaml } from "yaml";
import type { Passage } from "../knowledge/types.ts";
import type { Analyzer } from "./analyzer.ts";

export interface EvalQuestion {
  q: string;
  kind: string;
  /** The right passage contains at least one of these (case-insensitive, white space collapsed). */
  expect?: string[];
  /** Comparison questions: the two sides the answer must cover. */
  covers?: [string, string];
}

/** What a system under evaluation returns: passages best first (empty for «nothing found»), and the ones shown first. */
export interface Ranking {
  passages: Passage[];
  /** How many of `passages` the first answer shows (2 for a comparison answered side by side). */
  shown: number;
}

export interface KindScore {
  kind: string;
  count: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Comparison questions whose first answer covers both sides. */
  covered?: number;
}

export const OUT_OF_SCOPE = "out_of_scope";

/** Parses and checks the evaluation file. */
export function parseQuestions(source: string): EvalQuestion[] {
  const data: unknown = parseYaml(source);
  if (!Array.isArray(data)) throw new Error("eval: the questions file must be a YAML list");
  return data.map((item, i) => {
    const q = item as Partial<EvalQuestion>;
    if (typeof q.q !== "string" || typeof q.kind !== "string")
      throw new Error(`eval: question ${i + 1} needs q and kind`);
    if (q.kind !== OUT_OF_SCOPE && !(Array.isArray(q.expect) && q.expect.length > 0)) {
      throw new Error(`eval: question ${i + 1} («${q.q}») needs expect`);
    }
    return q as EvalQuestion;
  });
}

const fold = (s: string) => s.toLowerCase().replace(/[`*]/g, "").replace(/\s+/g, " ").trim();

/** Whether a passage is a right answer to the question. */
export function isRelevant(question: EvalQuestion, passage: Passage): boolean {
  const text = fold(passage.text);
  return (question.expect ?? []).some((e) => text.includes(fold(e)));
}

/** Whether the passages shown first mention both sides of a comparison (compared as analysed terms). */
export function coversBoth(question: EvalQuestion, shown: Passage[], analyzer: Analyzer): boolean {
  if (!question.covers) return true;
  const terms = new Set(shown.flatMap((p) => analyzer.terms(`${p.headingPath.join(" ")} ${p.text}`)));
  return question.covers.every((side) => {
    const want = analyzer.terms(side);
    return want.length > 0 && want.every((t) => terms.has(t));
  });
}

/** Scores one system over the questions; out-of-scope questions score 1 when nothing is returned. */
export function evaluate(
  questions: EvalQuestion[],
  system: (q: string) => Ranking,
  analyzer: Analyzer,
): { byKind: KindScore[]; answerable: KindScore; all: KindScore; failures: string[] } {
  const rows = new Map<string, KindScore>();
  const failures: string[] = [];
  const add = (key: string, hit1: number, hit3: number, rr: number, covered?: boolean) => {
    const row = rows.get(key) ?? { kind: key, count: 0, hit1: 0, hit3: 0, mrr: 0 };
    row.count++;
    row.hit1 += hit1;
    row.hit3 += hit3;
    row.mrr += rr;
    if (covered !== undefined) row.covered = (row.covered ?? 0) + (covered ? 1 : 0);
    rows.set(key, row);
  };
  for (const question of questions) {
    const { passages, shown } = system(question.q);
    if (question.kind === OUT_OF_SCOPE) {
      const ok = passages.length === 0 ? 1 : 0;
      if (!ok) failures.push(`${question.kind}: «${question.q}» answered with ${passages[0]?.id}`);
      add(question.kind, ok, ok, ok);
      continue;
    }
    // The first answer shows `shown` passages (two, side by side, for some comparisons): all of them rank first.
    const found = passages.findIndex((p) => isRelevant(question, p));
    const rank = found < shown ? Math.min(found, 0) : found - shown + 1;
    if (rank !== 0)
      failures.push(
        `${question.kind}: «${question.q}» → ${rank === -1 ? "miss" : `rank ${rank + 1}`} (top: ${passages[0]?.id ?? "nothing"})`,
      );
    const covered = question.covers
      ? coversBoth(question, passages.slice(0, Math.max(1, shown)), analyzer)
      : undefined;
    add(
      question.kind,
      rank === 0 ? 1 : 0,
      rank >= 0 && rank < 3 ? 1 : 0,
      rank >= 0 ? 1 / (rank + 1) : 0,
      covered,
    );
  }
  const total = (name: string, keep: (k: KindScore) => boolean): KindScore => {
    const t: KindScore = { kind: name, count: 0, hit1: 0, hit3: 0, mrr: 0 };
    for (const r of rows.values()) {
      if (!keep(r)) continue;
      t.count += r.count;
      t.hit1 += r.hit1;
      t.hit3 += r.hit3;
      t.mrr += r.mrr;
    }
    return t;
  };
  const norm = (r: KindScore): KindScore => ({
    ...r,
    hit1: r.hit1 / r.count,
    hit3: r.hit3 / r.count,
    mrr: r.mrr / r.count,
    ...(r.covered !== undefined ? { covered: r.covered / r.count } : {}),
  });
  return {
    byKind: [...rows.values()].map(norm),
    answerable: norm(total("answerable", (r) => r.kind !== OUT_OF_SCOPE)),
    all: norm(total("overall", () => true)),
    failures,
  };
}
