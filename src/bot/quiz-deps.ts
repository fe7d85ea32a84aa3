// Builds what the quiz features need from the notes and the database: the deck, the scheduler, the stores.
import { join } from "node:path";
import type { KnowledgeBase } from "../knowledge/types.ts";
import { loadAuthoredCards } from "../quiz/authored.ts";
import { judgeTyped } from "../quiz/cloze.ts";
import { createDeck, type Deck } from "../quiz/deck.ts";
import { createCardReports } from "../quiz/reports.ts";
import { createScheduler } from "../quiz/schedule.ts";
import { createAnalyzer } from "../search/analyzer.ts";
import type { SearchEngine } from "../search/engine.ts";
import { openAnswerJournal } from "../store/answer-journal.ts";
import { createCardReportStore } from "../store/card-reports.ts";
import { createClozeWaitStore } from "../store/cloze-waits.ts";
import { createDailyStore } from "../store/daily.ts";
import type { Database } from "../store/db.ts";
import { createGroupStore } from "../store/groups.ts";
import { createPollStore } from "../store/polls.ts";
import { createProgressStore } from "../store/progress.ts";
import type { QuizDeps } from "./context.ts";

/**
 * Loads the authored questions from `<knowledgeDir>/quiz`, builds the deck with the questions generated
 * from `knowledge`, and opens the quiz stores on `db`. A broken question file does not stop the others:
 * its problems come back in `problems` (`file:line: …`), to be logged as warnings. `now` defaults to the
 * system clock; with `deck` given, no questions are loaded and `problems` is empty. `journalPath` is the file of answers waiting for the database (default: memory only).
 * `search`, the engine over the same notes, keeps generated cards from offering a distractor that also fits.
 */
export async function loadQuiz(options: {
  db: Database;
  knowledge: KnowledgeBase;
  knowledgeDir: string;
  defaultTimeZone: string;
  now?: () => Date;
  journalPath?: string;
  search?: SearchEngine;
  /** The deck to use instead of building one (the live deck of a `Library`, src/library.ts). */
  deck?: Deck;
}): Promise<{ quiz: QuizDeps; problems: string[] }> {
  const authored = options.deck
    ? { cards: [], problems: [] }
    : await loadAuthoredCards(join(options.knowledgeDir, "quiz"), options.knowledge);
  const deck =
    options.deck ??
    createDeck(options.knowledge, authored.cards, options.search ? { search: options.search } : {});
  // The glossary of the notes at start-up: a reload that edits it reaches the search, not the typed answers.
  const analyzer = options.search?.analyzer ?? createAnalyzer(options.knowledge.glossary);
  return {
    quiz: {
      deck,
      scheduler: createScheduler(createProgressStore(options.db)),
      polls: createPollStore(options.db),
      pendingAnswers: openAnswerJournal(options.journalPath),
      daily: createDailyStore(options.db),
      groups: createGroupStore(options.db),
      reports: createCardReports(createCardReportStore(options.db), deck),
      clozeWaits: createClozeWaitStore(options.db),
      judgeTyped: (card, typed) => judgeTyped(card, typed, analyzer),
      defaultTimeZone: options.defaultTimeZone,
      now: options.now ?? (() => new Date()),
    },
    problems: authored.problems,
  };
}
