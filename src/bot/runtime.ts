// Running the bot: long polling (src/bot/polling.ts), or a webhook served by node:http.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GrammyError, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { ALLOWED_UPDATES, type KonspektBot, registerCommands } from "./bot.ts";
import { closer, type Monitoring, serveMonitoring } from "./monitoring.ts";
import { type PollingOptions, reasonOf, startUpdatePolling } from "./polling.ts";

/** A started bot. `stop` stops taking updates and resolves once the ones in flight are done; it is idempotent. */
export interface RunningBot {
  stop(): Promise<void>;
  /** Settles when the bot stops taking updates; rejects when polling failed for good (e.g. a revoked token). */
  readonly stopped: Promise<void>;
}

/** How start-up retries the calls that must reach Telegram; each defaults to {@link STARTUP_DEFAULTS}. */
export interface StartupOptions {
  /** The wait after the first failed attempt; it doubles with each failure in a row. Default 1,000 ms. */
  firstRetryDelayMs?: number;
  /** The longest wait between two attempts. Default 60,000 ms. */
  maxRetryDelayMs?: number;
  /** One attempt is abandoned after this long (a firewall that drops packets never answers). Default 15,000 ms. */
  attemptTimeoutMs?: number;
}

/** The production settings of start-up retries. */
export const STARTUP_DEFAULTS = {
  firstRetryDelayMs: 1_000,
  maxRetryDelayMs: 60_000,
  attemptTimeoutMs: 15_000,
} as const;

/** The signal grammY's API methods take (its own shim type, which Node's `AbortSignal` does not satisfy). */
type ApiSignal = Parameters<KonspektBot["api"]["getMe"]>[0];

/**
 * Calls `call` until Telegram answers it: each failure is logged at warn with the reason and the delay before the
 * next attempt (doubling, capped at `maxRetryDelayMs`; a 429 waits its `retry_after`). A 401 is thrown at once:
 * the token is wrong, and no retry can fix that.
 */
async function untilReached<T>(
  what: string,
  call: (signal: ApiSignal) => Promise<T>,
  logger: Logger,
  options: StartupOptions,
): Promise<T> {
  const o = { ...STARTUP_DEFAULTS, ...options };
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(AbortSignal.timeout(o.attemptTimeoutMs) as unknown as ApiSignal);
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) throw error;
      const backoff = Math.min(o.maxRetryDelayMs, o.firstRetryDelayMs * 2 ** (attempt - 1));
      const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
      const delay = retryAfter !== undefined ? Math.max(backoff, retryAfter * 1000) : backoff;
      logger.warn(
        { reason: reasonOf(error), attempt, retryInMs: delay },
        `could not reach Telegram (${what}); retrying in ${Math.round(delay / 100) / 10} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function prepare(bot: KonspektBot, logger: Logger, options: StartupOptions): Promise<void> {
  // Not `bot.init()`: it retries network errors itself, silently, for ever, waiting up to 20 minutes.
  if (!bot.isInited())
    bot.botInfo = await untilReached("getMe", (signal) => bot.api.getMe(signal), logger, options);
  try {
    await registerCommands(bot);
  } catch (err) {
    logger.warn({ err }, "could not register the commands menu; the bot works without it");
  }
}

/**
 * Long polling: concurrent across chats, in order within a chat, never deaf (deadlines, capped backoff and
 * a watchdog: src/bot/polling.ts; `options` overrides its `POLLING_DEFAULTS`). Removes a webhook if one is set.
 * Until Telegram answers, start-up retries with a logged backoff (`startup`, see {@link StartupOptions}).
 */
export async function startPolling(
  bot: KonspektBot,
  logger: Logger,
  options: PollingOptions = {},
  startup: StartupOptions = {},
): Promise<RunningBot> {
  await prepare(bot, logger, startup);
  await untilReached("deleteWebhook", (signal) => bot.api.deleteWebhook(undefined, signal), logger, startup);
  return startUpdatePolling(bot, logger, { allowedUpdates: ALLOWED_UPDATES, ...options });
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
 * (`options.maxBodyBytes`). With `monitoring`, also serves `GET /healthz` and `GET /metrics`
 * (src/bot/monitoring.ts). Until Telegram answers, start-up retries with a logged backoff (`startup`).
 * Resolves once listening and registered.
 */
export async function startWebhook(
  bot: KonspektBot,
  options: WebhookOptions,
  logger: Logger,
  monitoring?: Monitoring,
  startup: StartupOptions = {},
): Promise<RunningBot & { port: number }> {
  await prepare(bot, logger, startup);
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(bot, limitedHttp(options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES), {
    secretToken: options.secret,
    onTimeout: "return",
    timeoutMilliseconds: 9_000,
  });
  const server = createServer((req, res) => {
    if (monitoring && serveMonitoring(req, res, monitoring)) return;
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
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, path }, `webhook server listening on port ${port}`);
  await untilReached(
    "setWebhook",
    (signal) =>
      bot.api.setWebhook(
        options.url,
        { secret_token: options.secret, allowed_updates: ALLOWED_UPDATES },
        signal,
      ),
    logger,
    startup,
  );
  const stopped = new Promise<void>((resolve) => server.once("close", resolve));
  return { port, stop: closer(server), stopped };
}
