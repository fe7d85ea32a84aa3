// `npm run eval -- --from-feedback`: the questions the bot most often answered badly (from its question
// log in DATABASE_PATH), printed as YAML entries to complete and paste into test/eval/questions.yaml.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { stringify } from "yaml";
import { loadConfig } from "../config.ts";
import { parseQuestions } from "../search/evaluate.ts";
import { openDatabase } from "../store/db.ts";
import { createFeedbackStore, FAILING_OUTCOMES, type FrequentQuestion } from "../store/feedback.ts";

/** How many questions per outcome are printed. */
const PER_OUTCOME = 20;

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The questions as YAML list entries (`- q: …`, `kind: TODO`, `expect: [TODO]`), each under a comment with
 * its outcome and count. A question is printed once (at its first, worst outcome), and not at all when its
 * wording is in `known` (the eval set already has it, compared case- and space-insensitively).
 */
export function feedbackYaml(questions: readonly FrequentQuestion[], known: Iterable<string> = []): string {
  const seen = new Set([...known].map(fold));
  const keys = new Set<string>();
  const entries: string[] = [];
  for (const question of questions) {
    if (keys.has(question.key) || seen.has(fold(question.query))) continue;
    keys.add(question.key);
    const q = stringify(question.query.replace(/\s+/g, " ").trim(), { lineWidth: 0 }).trimEnd();
    entries.push(`# ${question.outcome} ×${question.count}\n- q: ${q}\n  kind: TODO\n  expect: [TODO]`);
  }
  const header = [
    "# From the bot's question log: the questions it most often answered with nothing («nothing»),",
    "# that people marked «Не то» («not_that»), or answered uncertainly («uncertain»). Set each kind and",
    "# expect (or kind: out_of_scope without expect), then paste into test/eval/questions.yaml.",
  ].join("\n");
  return entries.length > 0
    ? `${header}\n\n${entries.join("\n")}\n`
    : "# The question log has no badly answered questions yet.\n";
}

/**
 * Prints {@link feedbackYaml} for the database at DATABASE_PATH (default ./data/konspekt.sqlite), leaving out
 * the questions already in `evalFile`. Exits with code 1 when there is no database there.
 */
export async function printFromFeedback(evalFile: string): Promise<void> {
  const { databasePath } = loadConfig({ requireToken: false });
  if (!existsSync(databasePath)) {
    process.stderr.write(
      `eval: no database at ${databasePath}. Point DATABASE_PATH at the bot's database, or let the bot answer ` +
        "some questions first (npm start, or npm run chat).\n",
    );
    process.exit(1);
  }
  const db = openDatabase(databasePath);
  const store = createFeedbackStore(db);
  const questions = FAILING_OUTCOMES.flatMap((outcome) => store.frequent(outcome, PER_OUTCOME));
  db.close();
  const known = existsSync(evalFile) ? parseQuestions(await readFile(evalFile, "utf8")).map((q) => q.q) : [];
  await new Promise<void>((resolve) => process.stdout.write(feedbackYaml(questions, known), () => resolve()));
}
