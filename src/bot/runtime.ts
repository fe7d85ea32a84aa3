// Running the bot: long polling (src/bot/polling.ts), or a webhook served by node:http.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback } from "grammy";
import type { Logger } from "pino";
import { ALLOWED_UPDATES, type KonspektBot, registerCommands } from "./bot.ts";
import { POLLING_DEFAULTS, type PollingOptions, startUpdatePolling } from "./polling.ts";

/** A started bot. `stop` stops taking updates and resolves once the ones in flight are done; it is idempotent. */
export interface RunningBot {
  stop(): Promise<void>;
  /** Settles when the bot stops taking updates; rejects when polling failed for good (e.g. a revoked token). */
  readonly stopped: Promise<void>;
}

async function prepare(bot: KonspektBot, logger: Logger): Promise<void> {
  await bot.init();
  try {
    await registerCommands(bot);
  } catch (err) {
    logger.warn({ err }, "could not register the commands menu; the bot works without it");
  }
}

/**
 * How many updates are handled at once in polling mode. The runner fetches at most this many per
 * `getUpdates`, and a fetched batch waits for the CPU as a whole: answering is CPU-bound (search,
 * rendering), so a small batch keeps the wait from update to reply short without costing throughput.
 * grammY's default, 500, lets a burst of 100 updates queue for the time of 100 searches.
 */
export const POLLING_CONCURRENCY = POLLING_DEFAULTS.concurrency;

/**
 * Long polling: concurrent across chats, in order within a chat, never deaf (deadlines, capped backoff and
 * a watchdog: src/bot/polling.ts; `options` overrides {@link POLLING_DEFAULTS}). Removes a webhook if one is set.
 */
export async function startPolling(
  bot: KonspektBot,
  logger: Logger,
  options: PollingOptions = {},
): Promise<RunningBot> {
  await prepare(bot, logger);
  await bot.api.deleteWebhook();
  const polling = startUpdatePolling(bot, logger, { allowedUpdates: ALLOWED_UPDATES, ...options });
  logger.info({ username: bot.botInfo.username }, "polling for updates");
  return polling;
}

/** Where a webhook server listens, and what Telegram must send. */
export interface WebhookOptions {
  /** The public https URL Telegram posts to; its path is the one served. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; other requests get 401. */
  secret: string;
  port: number;
  /** Default: all interfaces. */
  host?: string;
}

/**
 * Webhook mode: serves `POST <path of url>` on `port`, registers the webhook with its secret token,
 * and answers 401 to requests without the right secret. Resolves once listening.
 */
export async function startWebhook(
  bot: KonspektBot,
  options: WebhookOptions,
  logger: Logger,
): Promise<RunningBot & { port: number }> {
  await prepare(bot, logger);
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(bot, "http", {
    secretToken: options.secret,
    onTimeout: "return",
    timeoutMilliseconds: 9_000,
  });
  const server = createServer((req, res) => {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://localhost").pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  await bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: ALLOWED_UPDATES });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, path }, "webhook listening");
  const stopped = new Promise<void>((resolve) => server.once("close", resolve));
  let stopping: Promise<void> | undefined;
  return {
    port,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return stopping;
    },
    stopped,
  };
}
