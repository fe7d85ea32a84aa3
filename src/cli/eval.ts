// `npm run eval`: search quality on the evaluation sets (edited notes, raw notes, both without a glossary, two
// held-out sets), Konspekt beside MiniSearch with default options, and a summary of all sets at the end, with the
// trials written blind (test/eval/blind/) in it, one line each and their total: those get a table of their own only
// when named (`-- blind-qa`). `-- --failures` lists every question not answered right at once; `-- --fit` fits the
// model of likely answers (see eval-fit.ts).
import { createBaseline } from "../search/baseline.ts";
import { createSearchEngine } from "../search/engine.ts";
import { evaluate, type KindScore } from "../search/evaluate.ts";
import { rankingOf } from "../search/ranking.ts";
import { printFromFeedback } from "./eval-feedback.ts";
import { printFit } from "./eval-fit.ts";
import { loadBlindSets, loadEvalSets } from "./eval-sets.ts";

if (process.argv.includes("--from-feedback")) {
  await printFromFeedback("test/eval/questions.yaml");
  process.exit(0);
}
if (process.argv.includes("--fit")) {
  printFit([...(await loadEvalSets(process.env.KNOWLEDGE_DIR)), ...(await loadBlindSets())]);
  process.exit(0);
}

const showFailures = process.argv.includes("--failures") || process.env.EVAL_VERBOSE !== undefined;
const only = process.argv.slice(2).find((a) => !a.startsWith("--"));

const f = (n: number | undefined) => (n === undefined ? "" : n.toFixed(2));
const header = [
  "kind",
  "n",
  "hit@1",
  "hit@3",
  "MRR",
  "wrong",
  "unsure",
  "refused",
  "both",
  "│",
  "base@1",
  "bwrong",
  "base@3",
  "baseMRR",
];
const line = (a: KindScore, b: KindScore | undefined) => [
  a.kind,
  String(a.count),
  f(a.hit1),
  f(a.hit3),
  f(a.mrr),
  f(a.wrong),
  f(a.unsure),
  f(a.refused),
  f(a.covered),
  "│",
  f(b?.hit1),
  f(b?.wrong),
  f(b?.hit3),
  f(b?.mrr),
];

/** Rows in aligned columns (the first left, the rest right), with a rule under each row of `rulesAfter`. */
function table(rows: string[][], rulesAfter = [0, rows.length - 3]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const out: string[] = [];
  for (const [i, r] of rows.entries()) {
    out.push(r.map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0))).join("  "));
    if (rulesAfter.includes(i)) out.push(widths.map((w) => "─".repeat(w)).join("  "));
  }
  return out.join("\n");
}

/** One line per set: answerable questions (hit@1, hit@3, unsure, refused) and wrong answers over all of them. */
const summary: string[][] = [
  ["set", "hit@1", "hit@3", "wrong", "unsure", "refused", "│", "base@1", "bwrong"],
];
/** The trials' scores added up, as counts, for their total line. */
const blindTotal = { ours: [0, 0, 0, 0, 0, 0, 0], theirs: [0, 0, 0, 0] };
const counted = (share: number, of: KindScore) => share * of.count;
const add = (into: number[], values: number[]) => {
  for (const [i, n] of values.entries()) into[i] = (into[i] ?? 0) + n;
};
const sets = [...(await loadEvalSets(process.env.KNOWLEDGE_DIR)), ...(await loadBlindSets())];
for (const set of sets) {
  if (only !== undefined && set.name !== only) continue;
  const blind = set.name.startsWith("blind-");
  const engine = createSearchEngine(set.kb);
  const baseline = createBaseline(set.kb.passages);
  const ours = evaluate(set.questions, (q) => rankingOf(engine.answer(q)), engine.analyzer);
  const theirs = evaluate(
    set.questions,
    (q) => {
      const passages = baseline(q);
      return { passages, shown: 1, outcome: passages.length > 0 ? "answer" : "nothing" };
    },
    engine.analyzer,
  );
  const rows = [header];
  for (const k of ours.byKind)
    rows.push(
      line(
        k,
        theirs.byKind.find((t) => t.kind === k.kind),
      ),
    );
  rows.push(line(ours.answerable, theirs.answerable));
  rows.push(line(ours.all, theirs.all));
  if (!blind || only === set.name) {
    console.log(
      `\n${set.name}: ${set.notes}, ${set.kb.passages.length} passages, ${set.questions.length} questions`,
    );
    console.log(table(rows));
    if (showFailures) for (const failure of ours.failures) console.log(`  ✗ ${failure}`);
  }
  if (blind) {
    const { answerable: a, all } = ours;
    add(blindTotal.ours, [
      a.count,
      counted(a.hit1, a),
      counted(a.hit3, a),
      counted(a.unsure, a),
      counted(a.refused, a),
      all.count,
      counted(all.wrong, all),
    ]);
    add(blindTotal.theirs, [
      a.count,
      counted(theirs.answerable.hit1, theirs.answerable),
      all.count,
      counted(theirs.all.wrong, theirs.all),
    ]);
  }
  const count = (share: number, of: KindScore) => `${Math.round(share * of.count)}/${of.count}`;
  summary.push([
    set.name,
    `${f(ours.answerable.hit1)} (${count(ours.answerable.hit1, ours.answerable)})`,
    f(ours.answerable.hit3),
    `${f(ours.all.wrong)} (${count(ours.all.wrong, ours.all)})`,
    f(ours.answerable.unsure),
    f(ours.answerable.refused),
    "│",
    f(theirs.answerable.hit1),
    f(theirs.all.wrong),
  ]);
}
const [answerable = 0, right = 0, top3 = 0, unsure = 0, refused = 0, asked = 0, wrong = 0] = blindTotal.ours;
if (answerable > 0) {
  const [baseAnswerable = 1, baseRight = 0, baseAsked = 1, baseWrong = 0] = blindTotal.theirs;
  const share = (n: number, of: number) => f(n / of);
  summary.push([
    `blind (${summary.filter((r) => r[0]?.startsWith("blind-")).length} sets)`,
    `${share(right, answerable)} (${Math.round(right)}/${answerable})`,
    share(top3, answerable),
    `${share(wrong, asked)} (${Math.round(wrong)}/${asked})`,
    share(unsure, answerable),
    share(refused, answerable),
    "│",
    share(baseRight, baseAnswerable),
    share(baseWrong, baseAsked),
  ]);
}
if (summary.length > 2) {
  console.log(
    "\nall sets: hit@1, hit@3, unsure and refused over answerable questions; wrong over all questions",
  );
  console.log(table(summary, [0]));
}
console.log(
  "\nhit@1: a sure answer, right at once (out of scope: no sure answer). wrong: a sure answer, wrong. unsure: «возможно, вы про…» offered. refused: «ничего не нашёл». base…: MiniSearch with default options, which always answers.",
);
