// What the bot runs on, assembled from the settings: the notes, the search, the database, the quizzes.
// `npm start` (main.ts) and `npm run chat` (cli/chat.ts) share it, so the chat is the same bot.
import type { Database } from "better-sqlite3";
import type { Logger } from "pino";
import type { BotDeps, Feedback, QuizDeps } from "./bot/context.ts";
import { createFeedback } from "./bot/feedback-deps.ts";
import { loadQuiz } from "./bot/quiz-deps.ts";
import type { Config } from "./config.ts";
import { loadKnowledge } from "./knowledge/load.ts";
import type { KnowledgeBase } from "./knowledge/types.ts";
import { createSearchEngine, type SearchEngine } from "./search/engine.ts";
import { openDatabase } from "./store/db.ts";
import { createFeedbackStore } from "./store/feedback.ts";
import { createOverview } from "./store/overview.ts";
import { createUserStore, type UserStore } from "./store/users.ts";

export interface App {
  knowledge: KnowledgeBase;
  search: SearchEngine;
  db: Database;
  users: UserStore;
  quiz: QuizDeps;
  /** Feedback on answers, the lifts it taught (loaded from the database now), and the question log. */
  feedback: Feedback;
  /** Every problem found loading the notes and the quiz files (also logged as warnings). */
  problems: string[];
  /** `/admin` for these user ids. */
  admin(ids: readonly number[]): NonNullable<BotDeps["admin"]>;
}

/**
 * Loads the notes, builds the search, opens the database and the quizzes. A knowledge folder that is missing
 * or has no notes ends the process with exit code 1 and a message naming the folder: nothing can run without it.
 */
export async function assemble(config: Config, logger: Logger): Promise<App> {
  let knowledge: KnowledgeBase;
  try {
    knowledge = await loadKnowledge(config.knowledgeDir);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const search = createSearchEngine(knowledge);
  const db = openDatabase(config.databasePath);
  const loaded = await loadQuiz({
    db,
    knowledge,
    knowledgeDir: config.knowledgeDir,
    defaultTimeZone: config.defaultTimezone,
  });
  const problems = [...knowledge.warnings, ...loaded.problems];
  for (const problem of problems) logger.warn(problem);
  const overview = createOverview(db).snapshot;
  return {
    knowledge,
    search,
    db,
    users: createUserStore(db),
    quiz: loaded.quiz,
    feedback: createFeedback(createFeedbackStore(db)),
    problems,
    admin: (ids) => ({ ids, overview, problems }),
  };
}
