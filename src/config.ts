// Every setting Konspekt reads from the environment (and `.env`), validated once at start-up by one schema.
import dotenv from "dotenv";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Telegram allows 1–256 characters A–Z, a–z, 0–9, `_` and `-` in a webhook secret token. */
const WEBHOOK_SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const shape = {
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, "must look like 123456789:AA…, as @BotFather gives it")
    .optional(),
  TELEGRAM_API_ROOT: z
    .string()
    .refine((v) => isHttpUrl(v, ["http:", "https:"]), "must be an http(s) URL, e.g. https://api.telegram.org")
    .transform((v) => v.replace(/\/+$/, ""))
    .default("https://api.telegram.org"),
  DATABASE_PATH: z.string().default("./data/konspekt.sqlite"),
  KNOWLEDGE_DIR: z.string().default("./knowledge"),
  DEFAULT_TIMEZONE: z
    .string()
    .refine(isTimeZone, "must be an IANA time zone such as Europe/Moscow or Asia/Yekaterinburg")
    .default("Europe/Moscow"),
  ADMIN_IDS: z
    .string()
    .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, "must be Telegram user ids separated by commas, e.g. 12345,67890")
    .transform((v) => v.split(",").map((id) => Number(id.trim())))
    .default([]),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  WEBHOOK_URL: z
    .string()
    .refine((v) => isHttpUrl(v, ["https:"]), "must be an https:// URL (Telegram only calls HTTPS webhooks)")
    .optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(WEBHOOK_SECRET_PATTERN, "must be 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram's rule)")
    .optional(),
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(8080),
  METRICS_PORT: z.coerce
    .number({ error: "must be a port number, e.g. 9464" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .optional(),
  DAILY_MESSAGES_PER_SECOND: z.coerce
    .number({ error: "must be a number of messages per second, e.g. 30" })
    .positive("must be more than 0 (Telegram allows about 30 a second per bot)")
    .max(1000, "must be at most 1000")
    .default(30),
  DAILY_LEASE_SECONDS: z.coerce
    .number({ error: "must be a number of seconds, e.g. 60" })
    .int("must be a whole number of seconds")
    .min(1, "must be between 1 and 3600")
    .max(3600, "must be between 1 and 3600")
    .default(60),
};

const schema = z.object(shape);

/** The names of every setting, as documented in `.env.example`. */
export const SETTING_NAMES = Object.keys(shape);

/** The validated settings. */
export interface Config {
  /** Absent only where no token is needed (`npm run chat`). */
  botToken: string | undefined;
  telegramApiRoot: string;
  databasePath: string;
  knowledgeDir: string;
  defaultTimezone: string;
  adminIds: number[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** Set together with `webhookSecret`; when absent the bot uses long polling. */
  webhook: { url: string; secret: string } | undefined;
  port: number;
  /** Polling mode: the port serving /healthz and /metrics; none when unset (webhook mode serves them on `port`). */
  metricsPort: number | undefined;
  /** How fast the daily quizzes go out, messages per second over all users. */
  dailyMessagesPerSecond: number;
  /** How long a daily delivery's claim lasts unrenewed: after a crash, the delay before it is sent again. */
  dailyLeaseSeconds: number;
}

/** Thrown with one message that lists every bad setting and how to fix it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const MISSING_TOKEN = [
  "BOT_TOKEN is not set. To get one: open Telegram, write to @BotFather, send /newbot, pick a name,",
  "and put the token it gives you into .env as BOT_TOKEN=123456789:AA… (see .env.example).",
  "Without a token you can still try the bot in the terminal: npm run chat",
].join("\n");

/**
 * Validates settings from `env` (default: `process.env`). Empty values count as unset, so a copied
 * `.env.example` works. Throws a {@link ConfigError} naming every bad value at once.
 * `requireToken` (default true) makes a missing BOT_TOKEN an error.
 */
export function parseConfig(
  env: Record<string, string | undefined> = process.env,
  options: { requireToken?: boolean } = {},
): Config {
  const present = Object.fromEntries(
    Object.keys(shape).flatMap((key) => {
      const value = env[key]?.trim();
      return value ? [[key, value]] : [];
    }),
  );
  const result = schema.safeParse(present);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? "settings");
      problems.push(`- ${name}: ${issue.message}`);
    }
  }
  if (present.WEBHOOK_URL !== undefined && present.WEBHOOK_SECRET === undefined) {
    problems.push(
      "- WEBHOOK_SECRET: is required when WEBHOOK_URL is set (generate one: openssl rand -hex 32)",
    );
  }
  if ((options.requireToken ?? true) && present.BOT_TOKEN === undefined) problems.unshift(MISSING_TOKEN);
  if (!result.success || problems.length > 0) {
    throw new ConfigError(
      `Konspekt cannot start, fix these settings (in .env or the environment):\n${problems.join("\n")}`,
    );
  }
  const c = result.data;
  return {
    botToken: c.BOT_TOKEN,
    telegramApiRoot: c.TELEGRAM_API_ROOT,
    databasePath: c.DATABASE_PATH,
    knowledgeDir: c.KNOWLEDGE_DIR,
    defaultTimezone: c.DEFAULT_TIMEZONE,
    adminIds: c.ADMIN_IDS,
    logLevel: c.LOG_LEVEL,
    webhook: c.WEBHOOK_URL && c.WEBHOOK_SECRET ? { url: c.WEBHOOK_URL, secret: c.WEBHOOK_SECRET } : undefined,
    port: c.PORT,
    metricsPort: c.METRICS_PORT,
    dailyMessagesPerSecond: c.DAILY_MESSAGES_PER_SECOND,
    dailyLeaseSeconds: c.DAILY_LEASE_SECONDS,
  };
}

/**
 * Loads `.env` (values already in the environment win) and validates the result;
 * on bad settings prints the one message to stderr and exits with code 1.
 */
export function loadConfig(options: { requireToken?: boolean } = {}): Config {
  dotenv.config({ quiet: true });
  try {
    return parseConfig(process.env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
