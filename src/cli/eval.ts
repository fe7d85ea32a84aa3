// `npm run eval`: search quality on test/eval/questions.yaml, Konspekt beside default MiniSearch.
import { readFile } from "node:fs/promises";
import { loadKnowledge } from "../knowledge/load.ts";
import { createBaseline } from "../search/baseline.ts";
import { createSearchEngine } from "../search/engine.ts";
import { evaluate, type KindScore, parseQuestions } from "../search/evaluate.ts";
import { rankingOf } from "../search/ranking.ts";
import { printFromFeedback } from "./eval-feedback.ts";

const dir = process.env.KNOWLEDGE_DIR ?? "knowledge";
const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "test/eval/questions.yaml";
if (process.argv.includes("--from-feedback")) {
  await printFromFeedback(file);
  process.exit(0);
}
const kb = await loadKnowledge(dir);
const engine = createSearchEngine(kb);
const baseline = createBaseline(kb.passages);
const questions = parseQuestions(await readFile(file, "utf8"));

const ours = evaluate(questions, (q) => rankingOf(engine.answer(q)), engine.analyzer);
const theirs = evaluate(questions, (q) => ({ passages: baseline(q), shown: 1 }), engine.analyzer);

const f = (n: number | undefined) => (n === undefined ? "" : n.toFixed(2));
const rows: string[][] = [
  ["kind", "n", "hit@1", "hit@3", "MRR", "both sides", "│", "base hit@1", "base hit@3", "base MRR"],
];
const line = (a: KindScore, b: KindScore | undefined) => [
  a.kind,
  String(a.count),
  f(a.hit1),
  f(a.hit3),
  f(a.mrr),
  f(a.covered),
  "│",
  f(b?.hit1),
  f(b?.hit3),
  f(b?.mrr),
];
for (const k of ours.byKind)
  rows.push(
    line(
      k,
      theirs.byKind.find((t) => t.kind === k.kind),
    ),
  );
rows.push(line(ours.answerable, theirs.answerable));
rows.push(line(ours.all, theirs.all));
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0))).join("  "));
  if (i === 0 || i === rows.length - 3) console.log(widths.map((w) => "─".repeat(w)).join("  "));
}
console.log(
  `\n${questions.length} questions; Konspekt answered ${questions.length - ours.failures.length} right at rank 1.`,
);
if (process.argv.includes("--failures") || process.env.EVAL_VERBOSE)
  for (const line of ours.failures) console.log(`  ✗ ${line}`);
