// Starts the real bot (runner, real search over ./knowledge, in-memory SQLite) against the fake Bot API.
import { pino } from "pino";
import { createBot, type KonspektBot } from "../../src/bot/bot.ts";
import type { BotDeps, Search } from "../../src/bot/context.ts";
import { type RunningBot, startPolling } from "../../src/bot/runtime.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { createSearchEngine } from "../../src/search/engine.ts";
import { type Database, openDatabase } from "../../src/store/db.ts";
import { createUserStore, type UserStore } from "../../src/store/users.ts";
import { FAKE_TOKEN, FakeBotApi } from "./fake-bot-api.ts";

let knowledge: Promise<Search> | undefined;

/** The search engine over the repository's notes, built once per test file. */
export function realSearch(): Promise<Search> {
  knowledge ??= loadKnowledge("./knowledge").then(createSearchEngine);
  return knowledge;
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
  db: Database;
  logs: LogLine[];
  running: RunningBot;
  stop(): Promise<void>;
}

/** Starts the fake API and the bot polling it; `stop` tears both down. */
export async function startHarness(overrides: Partial<BotDeps> = {}): Promise<Harness> {
  const fake = await FakeBotApi.start();
  const db = openDatabase(":memory:");
  const users = createUserStore(db);
  const { logger, lines } = memoryLogger();
  const bot = createBot({
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    search: await realSearch(),
    users,
    logger,
    ...overrides,
  });
  const running = await startPolling(bot, logger);
  return {
    fake,
    bot,
    users,
    db,
    logs: lines,
    running,
    async stop() {
      await running.stop();
      db.close();
      await fake.close();
    },
  };
}
