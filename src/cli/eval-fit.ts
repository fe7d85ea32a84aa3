// `npm run eval -- --fit`: fits the model that says when a possible answer is likely enough right to give (see
// src/search/likely.ts) on the sets tuned on and the trials written blind (test/eval/blind/), never on the held-out
// ones, and prints its weights and how it does on notes it was not fitted on: each set of notes left out in turn,
// the model fitted on the others.
import { createSearchEngine, DEFAULT_OPTIONS } from "../search/engine.ts";
import { isRelevant, OUT_OF_SCOPE } from "../search/evaluate.ts";
import {
  DEFAULT_LIKELY,
  FEATURES,
  fitLikelihood,
  likelihood,
  type Sample,
  type Weights,
} from "../search/likely.ts";
import type { EvalSet } from "./eval-sets.ts";

/** The thresholds the table shows, besides the one fitted. */
const THRESHOLDS = [0.9, 0.85, 0.8, 0.75, 0.7];
/** The thresholds one is chosen from (see {@link fitThreshold}): 0.95 down to 0.70, by 0.01. */
const GRID = Array.from({ length: 26 }, (_, i) => (95 - i) / 100);

/** A sample with the notes it came from and whether its question is one the notes do not answer. */
export interface FamilySample extends Sample {
  family: string;
  outOfScope: boolean;
}

/**
 * The notes a set asks about: the Kubernetes notes in every shape (edited, raw) are one, so that leaving them out
 * leaves out all their questions.
 */
export const familyOf = (set: EvalSet) =>
  set.name.startsWith("dev-") || set.name.startsWith("blind-") ? set.name : "kubernetes";

/** What the fit learns from, and what its answers must match. */
export interface Measured {
  /** Every uncertain answer whose first candidate was weighed. */
  samples: FamilySample[];
  /** The answers given as found with no model in force (sure, or clearly apart), and how many were wrong. */
  found: { given: number; wrong: number };
}

/**
 * The samples, and the answers found, with no model in force (so that a question the model now answers is still a
 * sample). Not the held-out sets, nor the sets that only drop the glossary (the same questions twice).
 */
export function measure(sets: readonly EvalSet[]): Measured {
  const options = { ...DEFAULT_OPTIONS, likely: { ...DEFAULT_LIKELY, threshold: Number.POSITIVE_INFINITY } };
  const samples: FamilySample[] = [];
  const found = { given: 0, wrong: 0 };
  for (const set of sets) {
    if (set.name.startsWith("holdout") || set.name.endsWith("-noglossary")) continue;
    const engine = createSearchEngine(set.kb, options);
    for (const q of set.questions) {
      const answer = engine.answer(q.q);
      const outOfScope = q.kind === OUT_OF_SCOPE;
      if (answer.kind === "found") {
        found.given++;
        if (outOfScope || !answer.hits.some((h) => isRelevant(q, h.passage))) found.wrong++;
      }
      if (answer.kind !== "uncertain" || answer.evidence === undefined) continue;
      const first = answer.candidates[0]?.passage;
      samples.push({
        evidence: answer.evidence,
        right: !outOfScope && first !== undefined && isRelevant(q, first),
        family: familyOf(set),
        outOfScope,
      });
    }
  }
  return { samples, found };
}

/**
 * Per threshold (by default, each of GRID, highest first): how many answers the model would give, right and wrong,
 * each family judged by a model fitted without it.
 */
export function crossValidate(samples: readonly FamilySample[], thresholds = GRID) {
  const chances = new Map<FamilySample, number>();
  for (const family of new Set(samples.map((s) => s.family))) {
    const weights = fitLikelihood(samples.filter((s) => s.family !== family));
    for (const s of samples) if (s.family === family) chances.set(s, likelihood(s.evidence, weights));
  }
  return thresholds.map((threshold) => {
    const given = samples.filter((s) => (chances.get(s) ?? 0) >= threshold);
    return {
      threshold,
      given: given.length,
      right: given.filter((s) => s.right).length,
      wrong: given.filter((s) => !s.right).length,
      outOfScope: given.filter((s) => s.outOfScope).length,
    };
  });
}

/**
 * The threshold the model gives answers at: the lowest of `rows` (`crossValidate` over GRID, highest first) at which,
 * and at every one above it, the model judging notes it was not fitted on answers no out-of-scope question and is
 * wrong no more often than the answers found without it. A row that gives too few answers for even one wrong one to
 * stay within that share (15 answers, when 6.9% of those found without it are wrong) cannot tell a fluke from a
 * habit: it is judged by the first row below it that gives enough, which counts its answers again. When no row
 * passes, the model gives no answer: 1, a chance no passage reaches.
 */
export function fitThreshold(rows: ReturnType<typeof crossValidate>, found: Measured["found"]): number {
  const bound = found.wrong / Math.max(1, found.given);
  const judged = (row: (typeof rows)[number]) => bound === 0 || row.given * bound >= 1;
  const passes = (row: (typeof rows)[number]) =>
    row.outOfScope === 0 && (!judged(row) || row.wrong / row.given <= bound);
  let chosen = OFF;
  for (const row of rows) {
    if (!passes(row)) break;
    // A row too few to judge is taken with the first judged row below it, or not at all.
    if (judged(row)) chosen = row.threshold;
  }
  return chosen;
}

/** The threshold of a model that gives no answer: no chance reaches it. */
export const OFF = 1;

const weightsLiteral = (weights: Weights) => {
  const lines = (["bias", ...FEATURES] as const).map((f) => `    ${f}: ${weights[f].toFixed(4)},`);
  return `  weights: {\n${lines.join("\n")}\n  },`;
};

/** Prints the fit, the weights in force, and the table (see the file's header). */
export function printFit(sets: readonly EvalSet[]): void {
  const { samples, found } = measure(sets);
  const right = samples.filter((s) => s.right).length;
  const families = new Set(samples.map((s) => s.family)).size;
  console.log(
    `${samples.length} uncertain answers whose first candidate was weighed, on ${families} sets of notes: ` +
      `the first right ${right} times`,
  );
  console.log("\nfitted on all of them (paste into DEFAULT_LIKELY in src/search/likely.ts):");
  console.log(weightsLiteral(fitLikelihood(samples)));
  // One cross-validation serves both the fit of the threshold and the table.
  const rows = crossValidate(samples);
  const threshold = fitThreshold(rows, found);
  console.log(`  threshold: ${threshold},`);
  console.log(`\nin force: threshold ${DEFAULT_LIKELY.threshold}`);
  console.log(weightsLiteral(DEFAULT_LIKELY.weights));
  const share = (100 * found.wrong) / Math.max(1, found.given);
  console.log(
    `\nanswers found with no model in force: ${found.given}, wrong ${found.wrong} (${share.toFixed(1)}%): ` +
      "the answers the model gives must be wrong no more often",
  );
  console.log("\neach set of notes left out in turn, the model fitted on the others:");
  console.log("threshold  given  right  wrong  (out of scope)");
  const column = (n: number) => String(n).padStart(5);
  const shown = rows.filter((row) => THRESHOLDS.includes(row.threshold) || row.threshold === threshold);
  for (const { threshold, given, right, wrong, outOfScope } of shown)
    console.log(
      `${threshold.toFixed(2).padStart(9)}  ${column(given)}  ${column(right)}  ${column(wrong)}  (${outOfScope})`,
    );
}
