// What the bot runs on, assembled from the settings: the notes, the search, the database, the quizzes.
// `npm start` (main.ts) and `npm run chat` (cli/chat.ts) share it, so the chat is the same bot.
import type { Database } from "better-sqlite3";
import type { Logger } from "pino";
import type { BotDeps, Feedback, QuizDeps } from "./bot/context.ts";
import { createFeedback } from "./bot/feedback-deps.ts";
import { loadQuiz } from "./bot/quiz-deps.ts";
import type { Config } from "./config.ts";
import type { KnowledgeBase } from "./knowledge/types.ts";
import { type Library, openLibrary } from "./library.ts";
import { createReadCheck, openDatabase, StorageError, schemaVersion } from "./store/db.ts";
import { createFeedbackStore } from "./store/feedback.ts";
import { createOverview } from "./store/overview.ts";
import { createUserStore, startSeenFlusher, type UserStore } from "./store/users.ts";

export interface App {
  /** The notes, their search and the quiz deck, reloadable while the bot runs. */
  library: Library;
  /** The notes as loaded at start-up (the library's first shelf). */
  knowledge: KnowledgeBase;
  /** The search over the current notes (a live view of `library`). */
  search: BotDeps["search"];
  db: Database;
  users: UserStore;
  /** The quizzes; `quiz.deck` is the live deck of `library`. */
  quiz: QuizDeps;
  /** Feedback on answers, the lifts it taught (loaded from the database now), and the question log. */
  feedback: Feedback;
  /** Every problem found loading the current notes and quiz files (also logged as warnings). */
  problems(): readonly string[];
  /** Throws when the database cannot be read (for `/healthz`). */
  checkDatabase(): void;
  /** `/admin` for these user ids. */
  admin(ids: readonly number[]): NonNullable<BotDeps["admin"]>;
  /** Writes what is pending (when users were last seen) and closes the database. */
  close(): void;
}

/** How often the times users were last seen are written, in one transaction, off the reply path. */
export const SEEN_FLUSH_MS = 3_000;

/**
 * Loads the notes, builds the search, opens the database and the quizzes. A knowledge folder that is missing
 * or has no notes, or a database that cannot be opened or is damaged, ends the process with exit code 1 and a
 * message naming the folder or file and the fix: nothing can run without them. Quiz answers the database could
 * not take wait in `<DATABASE_PATH>.answers.jsonl`.
 */
export async function assemble(config: Config, logger: Logger): Promise<App> {
  let library: Library;
  try {
    library = await openLibrary(config.knowledgeDir);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { knowledge, search: engine } = library.current();
  let db: Database;
  try {
    db = openDatabase(config.databasePath);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  logger.info({ path: config.databasePath, schemaVersion: schemaVersion(db) }, "database opened");
  const onDisk = config.databasePath !== ":memory:" && !config.databasePath.startsWith("file:");
  const loaded = await loadQuiz({
    db,
    ...(onDisk ? { journalPath: `${config.databasePath}.answers.jsonl` } : {}),
    knowledge,
    knowledgeDir: config.knowledgeDir,
    defaultTimeZone: config.defaultTimezone,
    deck: library.deck,
  });
  const { problems, deck } = library.current();
  for (const problem of problems) logger.warn(problem);
  logger.info(
    {
      dir: config.knowledgeDir,
      topics: engine.topics.length,
      passages: knowledge.passages.length,
      cards: deck.cards.length,
      problems: problems.length,
    },
    "notes loaded",
  );
  // Reports count against a card's current content: after a reload a fixed card is asked again at once.
  library.onReload(() => loaded.quiz.reports.refresh());
  library.onReload((change) => {
    if (change.failed) logger.warn({ reason: change.failed }, "notes not reloaded; the old ones stay");
    else logger.info({ ...change.topics, passages: change.passages, cards: change.cards }, "notes reloaded");
    for (const problem of change.newProblems) logger.warn(problem);
  });
  const snapshot = createOverview(db).snapshot;
  const users = createUserStore(db);
  // /admin counts the users seen until now, not until the last flush; a failed flush still leaves the counts.
  const overview = (now?: Date) => {
    try {
      users.flushSeen();
    } catch (err) {
      logger.warn({ err }, "could not write when users were last seen; counting what is written");
    }
    return snapshot(now);
  };
  const seen = startSeenFlusher(
    users,
    (err) => logger.warn({ err }, "could not write when users were last seen; will retry"),
    SEEN_FLUSH_MS,
  );
  const feedback = createFeedback(createFeedbackStore(db), {
    onFlushError: (err) => logger.warn({ err }, "could not write how questions ended; will retry"),
  });
  const currentProblems = () => library.current().problems;
  return {
    library,
    knowledge,
    search: library.search,
    db,
    users,
    quiz: loaded.quiz,
    feedback,
    problems: currentProblems,
    checkDatabase: createReadCheck(db),
    admin: (ids) => ({
      ids,
      overview,
      get problems() {
        return currentProblems();
      },
    }),
    close() {
      seen.stop();
      feedback.flush();
      db.close();
    },
  };
}
