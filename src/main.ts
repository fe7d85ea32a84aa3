// Composition root: config → app (notes, search, database, quizzes; src/app.ts) → bot → start → daily sender; an
// idempotent shutdown on signals. Each start-up step is logged at info with its figures.
import { GrammyError } from "grammy";
import { assemble } from "./app.ts";
import { createBot } from "./bot/bot.ts";
import { createPacer, type DailySender, startDailySender } from "./bot/daily-sender.ts";
import { createMetrics } from "./bot/metrics.ts";
import { type MonitoringServer, startMonitoringServer } from "./bot/monitoring.ts";
import { type AnswerRetry, startAnswerRetry } from "./bot/quiz-answers.ts";
import { announceReloads } from "./bot/reload-notice.ts";
import { type RunningBot, startPolling, startWebhook } from "./bot/runtime.ts";
import { loadConfig } from "./config.ts";
import { limitHeapGrowth } from "./heap.ts";
import { createLogger } from "./log.ts";

/** Shutdown must finish within this, or the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 4_500;

limitHeapGrowth();
const config = loadConfig();
const logger = createLogger(config.logLevel);

const app = await assemble(config, logger);
const { search, quiz } = app;
const metrics = createMetrics();
const monitoring = { metrics, checkDatabase: app.checkDatabase };

const bot = createBot({
  token: config.botToken as string,
  apiRoot: config.telegramApiRoot,
  search,
  users: app.users,
  quiz,
  logger,
  admin: app.admin(config.adminIds),
  feedback: app.feedback,
  metrics,
  library: app.library,
});
announceReloads(app.library, { api: bot.api, adminIds: config.adminIds, logger, metrics });
// Edited notes are answered from as soon as they are saved, without a restart.
const stopWatching = app.library.watch({
  onError: (err) =>
    logger.warn({ err, dir: config.knowledgeDir }, "watching the notes failed; /reload still works"),
});

let running: RunningBot | undefined;
let dailySender: DailySender | undefined;
let answerRetry: AnswerRetry | undefined;
let monitoringServer: MonitoringServer | undefined;
let shutdown: Promise<void> | undefined;

function stop(signal: string): Promise<void> {
  shutdown ??= (async () => {
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.error("shutdown took too long; exiting anyway");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // No new daily claims from now on; the message in flight finishes alongside the updates in flight.
    const senderStopped = dailySender?.stop();
    try {
      await running?.stop();
    } catch (err) {
      logger.error({ err }, "stopping the bot failed");
    }
    await senderStopped;
    await monitoringServer?.stop();
    answerRetry?.stop();
    stopWatching();
    app.close();
    logger.info("stopped");
    process.exit(0);
  })();
  return shutdown;
}

process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

try {
  if (!config.webhook && config.metricsPort !== undefined)
    monitoringServer = await startMonitoringServer(monitoring, { port: config.metricsPort }, logger);
  logger.info(`connecting to Telegram at ${config.telegramApiRoot}…`);
  running = config.webhook
    ? await startWebhook(bot, { ...config.webhook, port: config.port }, logger, monitoring)
    : await startPolling(bot, logger);
  dailySender = startDailySender({
    api: bot.api,
    quiz,
    logger,
    pace: createPacer(config.dailyMessagesPerSecond),
    leaseMs: config.dailyLeaseSeconds * 1000,
    metrics,
  });
  answerRetry = startAnswerRetry({ api: bot.api, search, quiz, logger });
  const mode = config.webhook ? `webhook ${config.webhook.url}` : "polling";
  logger.info({ username: bot.botInfo.username, mode }, `running as @${bot.botInfo.username} (${mode})`);
  running.stopped.catch(async (err: unknown) => {
    logger.fatal({ err }, "the bot stopped taking updates; exiting");
    await dailySender?.stop();
    await monitoringServer?.stop();
    answerRetry?.stop();
    app.close();
    process.exit(1);
  });
} catch (err) {
  const unauthorized = err instanceof GrammyError && err.error_code === 401;
  logger.fatal(
    { err },
    unauthorized
      ? "Telegram rejected BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather (/mybots → API Token)"
      : "could not start the bot",
  );
  await monitoringServer?.stop();
  app.close();
  process.exit(1);
}
