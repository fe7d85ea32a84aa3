// Starts the real bot (runner, real search over ./knowledge, in-memory SQLite) against the fake Bot API.
import { pino } from "pino";
import { createBot, type KonspektBot } from "../../src/bot/bot.ts";
import type { BotDeps, QuizDeps, Search } from "../../src/bot/context.ts";
import { createFeedback } from "../../src/bot/feedback-deps.ts";
import type { PollingOptions } from "../../src/bot/polling.ts";
import { type AnswerRetry, startAnswerRetry } from "../../src/bot/quiz-answers.ts";
import { loadQuiz } from "../../src/bot/quiz-deps.ts";
import { type RunningBot, startPolling } from "../../src/bot/runtime.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { KnowledgeBase } from "../../src/knowledge/types.ts";
import { createSearchEngine } from "../../src/search/engine.ts";
import { type Database, openDatabase } from "../../src/store/db.ts";
import { createFeedbackStore } from "../../src/store/feedback.ts";
import { createUserStore, type UserStore } from "../../src/store/users.ts";
import { FAKE_TOKEN, FakeBotApi } from "./fake-bot-api.ts";

let knowledge: Promise<KnowledgeBase> | undefined;
let search: Promise<Search> | undefined;

/** The repository's notes, loaded once per test file. */
export function realKnowledge(): Promise<KnowledgeBase> {
  knowledge ??= loadKnowledge("./knowledge");
  return knowledge;
}

/** The search engine over the repository's notes, built once per test file. */
export function realSearch(): Promise<Search> {
  search ??= realKnowledge().then(createSearchEngine);
  return search;
}

/**
 * The quiz over the repository's notes and questions, stored in `db`; `now` is the clock (default the
 * system's); answers the database cannot take wait in `journalPath` (default: memory).
 */
export async function realQuiz(db: Database, now?: () => Date, journalPath?: string): Promise<QuizDeps> {
  const { quiz } = await loadQuiz({
    db,
    ...(journalPath ? { journalPath } : {}),
    knowledge: await realKnowledge(),
    knowledgeDir: "./knowledge",
    defaultTimeZone: "Europe/Moscow",
    ...(now ? { now } : {}),
  });
  return quiz;
}

/** The real bot over the repository's notes against a fake Bot API at `apiRoot`, its users and quiz in `db`. */
export async function realBot(
  apiRoot: string,
  db: Database,
  logger: BotDeps["logger"],
  extra: Partial<BotDeps> = {},
): Promise<KonspektBot> {
  return createBot({
    token: FAKE_TOKEN,
    apiRoot,
    search: await realSearch(),
    users: createUserStore(db),
    quiz: await realQuiz(db),
    logger,
    ...extra,
  });
}

/** Log lines the bot wrote, parsed. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A logger that keeps its lines in `lines`. */
export function memoryLogger(): { logger: BotDeps["logger"]; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: "debug" },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  );
  return { logger, lines };
}

export interface Harness {
  fake: FakeBotApi;
  bot: KonspektBot;
  users: UserStore;
  quiz: QuizDeps;
  db: Database;
  logs: LogLine[];
  running: RunningBot;
  /** Retries queued quiz answers every 200 ms. */
  retry: AnswerRetry;
  stop(): Promise<void>;
}

/**
 * Starts the fake API and the bot polling it, on a fresh in-memory database (or `options.database`, which
 * `stop` then leaves open); `stop` tears them down. The quiz is {@link realQuiz} with the clock `options.now`,
 * unless `overrides.quiz` replaces it; feedback is on, stored in the same database, unless `overrides.feedback`
 * replaces it.
 */
export async function startHarness(
  overrides: Partial<BotDeps> = {},
  options: { now?: () => Date; polling?: PollingOptions; database?: Database } = {},
): Promise<Harness> {
  const fake = await FakeBotApi.start();
  const db = options.database ?? openDatabase(":memory:");
  const users = createUserStore(db);
  const quiz = overrides.quiz ?? (await realQuiz(db, options.now));
  const { logger, lines } = memoryLogger();
  const bot = createBot({
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    search: await realSearch(),
    users,
    logger,
    // Counted questions are written within 20 ms, so tests can read them from the database.
    feedback: createFeedback(createFeedbackStore(db), { flushMs: 20 }),
    ...overrides,
    quiz,
  });
  const running = await startPolling(bot, logger, options.polling);
  const retry = startAnswerRetry({ api: bot.api, search: await realSearch(), quiz, logger, everyMs: 200 });
  return {
    fake,
    bot,
    users,
    quiz,
    db,
    logs: lines,
    running,
    retry,
    async stop() {
      retry.stop();
      await running.stop();
      if (!options.database) db.close();
      await fake.close();
    },
  };
}
