import { readFileSync } from "node:fs";
import dotenv from "dotenv";
import { describe, expect, test } from "vitest";
import { ConfigError, parseConfig, SETTING_NAMES } from "../src/config.ts";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

function problems(env: Record<string, string>, requireToken = true): string {
  try {
    parseConfig(env, { requireToken });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  test("defaults for everything but the token", () => {
    const config = parseConfig({ BOT_TOKEN: TOKEN });
    expect(config).toEqual({
      botToken: TOKEN,
      telegramApiRoot: "https://api.telegram.org",
      databasePath: "./data/konspekt.sqlite",
      knowledgeDir: "./knowledge",
      defaultTimezone: "Europe/Moscow",
      adminIds: [],
      logLevel: "info",
      webhook: undefined,
      port: 8080,
      metricsPort: undefined,
      dailyMessagesPerSecond: 30,
      dailyLeaseSeconds: 60,
    });
  });

  test("reads every setting", () => {
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      DATABASE_PATH: "/var/lib/konspekt/db.sqlite",
      KNOWLEDGE_DIR: "/srv/notes",
      DEFAULT_TIMEZONE: "Asia/Yekaterinburg",
      ADMIN_IDS: "12345, 67890",
      LOG_LEVEL: "debug",
      WEBHOOK_URL: "https://bot.example.com/telegram",
      WEBHOOK_SECRET: "s3cret_token-1",
      PORT: "3000",
      METRICS_PORT: "9464",
      DAILY_MESSAGES_PER_SECOND: "25",
      DAILY_LEASE_SECONDS: "120",
    });
    expect(config.dailyMessagesPerSecond).toBe(25);
    expect(config.dailyLeaseSeconds).toBe(120);
    expect(config.telegramApiRoot).toBe("http://127.0.0.1:8081");
    expect(config.adminIds).toEqual([12345, 67890]);
    expect(config.webhook).toEqual({ url: "https://bot.example.com/telegram", secret: "s3cret_token-1" });
    expect(config.port).toBe(3000);
    expect(config.metricsPort).toBe(9464);
    expect(config.defaultTimezone).toBe("Asia/Yekaterinburg");
    expect(config.logLevel).toBe("debug");
  });

  test("empty values count as unset, as in a copied .env.example", () => {
    const config = parseConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "", ADMIN_IDS: " ", PORT: "" });
    expect(config.webhook).toBeUndefined();
    expect(config.adminIds).toEqual([]);
    expect(config.port).toBe(8080);
  });

  test("a missing token says how to get one and points to npm run chat", () => {
    const message = problems({});
    expect(message).toContain("@BotFather");
    expect(message).toContain("npm run chat");
  });

  test("the chat mode needs no token", () => {
    expect(parseConfig({}, { requireToken: false }).botToken).toBeUndefined();
  });

  test("every bad value is reported in one message", () => {
    const message = problems({
      BOT_TOKEN: "not-a-token",
      TELEGRAM_API_ROOT: "ftp://example.com",
      DEFAULT_TIMEZONE: "Mars/Olympus",
      ADMIN_IDS: "12,abc",
      LOG_LEVEL: "loud",
      WEBHOOK_URL: "http://insecure.example.com",
      PORT: "70000",
      DAILY_MESSAGES_PER_SECOND: "0",
      DAILY_LEASE_SECONDS: "1.5",
    });
    for (const name of [
      "DAILY_MESSAGES_PER_SECOND",
      "DAILY_LEASE_SECONDS",
      "BOT_TOKEN",
      "TELEGRAM_API_ROOT",
      "DEFAULT_TIMEZONE",
      "ADMIN_IDS",
      "LOG_LEVEL",
      "WEBHOOK_URL",
      "WEBHOOK_SECRET",
      "PORT",
    ]) {
      expect(message).toContain(`- ${name}:`);
    }
  });

  test("WEBHOOK_SECRET is required with WEBHOOK_URL and follows Telegram's charset", () => {
    expect(problems({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://x.example/hook" })).toMatch(
      /WEBHOOK_SECRET: is required when WEBHOOK_URL is set/,
    );
    expect(
      problems({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://x.example/hook", WEBHOOK_SECRET: "has space!" }),
    ).toMatch(/WEBHOOK_SECRET: must be 1–256 characters/);
  });

  test("time zones are checked against the IANA database", () => {
    expect(
      parseConfig({ BOT_TOKEN: TOKEN, DEFAULT_TIMEZONE: "America/Argentina/Buenos_Aires" }).defaultTimezone,
    ).toBe("America/Argentina/Buenos_Aires");
    expect(problems({ BOT_TOKEN: TOKEN, DEFAULT_TIMEZONE: "Moscow" })).toMatch(
      /DEFAULT_TIMEZONE: must be an IANA/,
    );
  });
});

test(".env.example documents every setting and is valid as it stands", () => {
  const example = dotenv.parse(readFileSync(".env.example", "utf8"));
  expect(Object.keys(example).sort()).toEqual([...SETTING_NAMES].sort());
  expect(parseConfig(example, { requireToken: false }).databasePath).toBe("./data/konspekt.sqlite");
});
