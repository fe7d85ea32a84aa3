// Running the bot: long polling (src/bot/polling.ts), or a webhook served by node:http.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { ALLOWED_UPDATES, type KonspektBot, registerCommands } from "./bot.ts";
import { type PollingOptions, startUpdatePolling } from "./polling.ts";

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
 * Long polling: concurrent across chats, in order within a chat, never deaf (deadlines, capped backoff and
 * a watchdog: src/bot/polling.ts; `options` overrides its `POLLING_DEFAULTS`). Removes a webhook if one is set.
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
  /** Default {@link WEBHOOK_MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
}

/**
 * The largest webhook body read. Telegram's updates are a few kilobytes (a message is at most 4,096
 * characters plus entities); a bigger body is refused with 413 before it fills the memory.
 */
export const WEBHOOK_MAX_BODY_BYTES = 1_048_576;

/** A webhook body over {@link WEBHOOK_MAX_BODY_BYTES}; it was answered with 413. */
class PayloadTooLargeError extends Error {
  override name = "PayloadTooLargeError";
}

/** Reads `req` as JSON, answering 413 and giving up once it passes `limit` bytes. */
function readUpdate(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Update> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      // The rest of the body is not read: the connection closes once the 413 is out.
      req.pause();
      res.once("finish", () => req.destroy());
      res.writeHead(413, { connection: "close" }).end();
      reject(new PayloadTooLargeError(`webhook body over ${limit} bytes`));
    };
    if (Number(req.headers["content-length"] ?? 0) > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return tooLarge();
      chunks.push(chunk);
    });
    req.once("end", () => {
      if (size > limit) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update);
      } catch (error) {
        reject(error);
      }
    });
    req.once("error", reject);
  });
}

/** grammY's node:http adapter, but reading at most `limit` bytes of body (only after the secret matched). */
function limitedHttp(limit: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers["x-telegram-bot-api-secret-token"];
    return {
      get update() {
        return readUpdate(req, res, limit);
      },
      header: Array.isArray(header) ? header[0] : header,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { "Content-Type": "application/json" }).end(json),
      unauthorized: () => res.writeHead(401).end("secret token is wrong"),
      handlerReturn: undefined,
    };
  };
}

/**
 * Webhook mode: serves `POST <path of url>` on `port`, registers the webhook with its secret token,
 * answers 401 to requests without the right secret, and 413 to bodies over {@link WEBHOOK_MAX_BODY_BYTES}
 * (`options.maxBodyBytes`). Resolves once listening.
 */
export async function startWebhook(
  bot: KonspektBot,
  options: WebhookOptions,
  logger: Logger,
): Promise<RunningBot & { port: number }> {
  await prepare(bot, logger);
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(bot, limitedHttp(options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES), {
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
      if (err instanceof PayloadTooLargeError) {
        logger.warn({ reason: err.message }, "webhook body too large; answered 413");
        return;
      }
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
