// The audit of a notes folder as the bot would load it: the notes, their search engine, the authored and the
// generated cards, then every check of audit.ts. Shared by `npm run quiz:audit` and the audit test.
import { join } from "node:path";
import { loadKnowledge } from "../knowledge/load.ts";
import { createSearchEngine } from "../search/engine.ts";
import { type AuditSummary, auditCards, createFitJudge, type Defect, summarize } from "./audit.ts";
import { loadAuthoredCards } from "./authored.ts";
import { createDeck, type Deck } from "./deck.ts";

/** What auditing a notes folder found. */
export interface AuditReport {
  deck: Deck;
  /** Problems loading the authored question files (`file:line: …`); each is a defect of the deck too. */
  problems: string[];
  defects: Defect[];
  summary: AuditSummary;
  /** How long building the deck and running the checks took, in milliseconds. */
  elapsedMs: number;
}

/**
 * Loads the notes in `knowledgeDir` (e.g. `./knowledge`) and its `quiz/` questions, builds the deck as the
 * bot does (with the search engine, so generated cards drop distractors that also fit), and audits it.
 */
export async function auditKnowledge(knowledgeDir: string): Promise<AuditReport> {
  const started = performance.now();
  const kb = await loadKnowledge(knowledgeDir);
  const engine = createSearchEngine(kb);
  const authored = await loadAuthoredCards(join(knowledgeDir, "quiz"), kb);
  const deck = createDeck(kb, authored.cards, { search: engine });
  const defects = auditCards(deck.cards, { analyzer: engine.analyzer, judge: createFitJudge(kb, engine) });
  return {
    deck,
    problems: [...kb.warnings, ...authored.problems],
    defects,
    summary: summarize(deck.cards, defects),
    elapsedMs: performance.now() - started,
  };
}
