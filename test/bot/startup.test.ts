// Start-up until Telegram answers: every failed call logged at warn with its reason and the next delay, the
// delay doubling up to its cap; a 401 thrown at once.
import { expect, test } from "vitest";
import { startPolling } from "../../src/bot/runtime.ts";
import { openDatabase } from "../../src/store/db.ts";
import { ERRORS, FakeBotApi } from "../helpers/fake-bot-api.ts";
import { memoryLogger, realBot } from "../helpers/harness.ts";

async function botFor(fake: FakeBotApi) {
  const db = openDatabase(":memory:");
  const { logger, lines } = memoryLogger();
  const bot = await realBot(fake.apiRoot, db, logger);
  return { bot, logger, lines };
}

const FAST = { firstRetryDelayMs: 10, maxRetryDelayMs: 40, attemptTimeoutMs: 1_000 };

test("getMe and deleteWebhook failing: one warn line per failure, delays doubling to the cap, then polling", async () => {
  const fake = await FakeBotApi.start();
  fake.fail("getMe", ERRORS.internal(), { times: 5 });
  fake.fail("deleteWebhook", ERRORS.tooManyRequests(0), { times: 1 });
  const { bot, logger, lines } = await botFor(fake);
  const running = await startPolling(bot, logger, {}, FAST);
  try {
    const retries = lines.filter((l) => l.msg.startsWith("could not reach Telegram"));
    expect(retries.map((l) => [l.level, l.msg.split(";")[0], l.retryInMs])).toEqual([
      [40, "could not reach Telegram (getMe)", 10],
      [40, "could not reach Telegram (getMe)", 20],
      [40, "could not reach Telegram (getMe)", 40],
      [40, "could not reach Telegram (getMe)", 40],
      [40, "could not reach Telegram (getMe)", 40],
      [40, "could not reach Telegram (deleteWebhook)", 10],
    ]);
    expect(retries[0]?.reason).toBe("500 Internal Server Error");
    // Each failure was one request: nothing retried silently underneath.
    expect(fake.callsOf("getMe")).toHaveLength(6);
    expect(fake.callsOf("deleteWebhook")).toHaveLength(2);
    expect(bot.botInfo.username).toBe("konspekt_test_bot");
  } finally {
    await running.stop();
    await fake.close();
  }
});

test("a 401 from getMe is thrown at once, with no retry", async () => {
  const fake = await FakeBotApi.start();
  fake.fail("getMe", { ok: false, error_code: 401, description: "Unauthorized" });
  const { bot, logger, lines } = await botFor(fake);
  try {
    await expect(startPolling(bot, logger, {}, FAST)).rejects.toMatchObject({ error_code: 401 });
    expect(fake.callsOf("getMe")).toHaveLength(1);
    expect(lines.filter((l) => l.msg.startsWith("could not reach Telegram"))).toEqual([]);
  } finally {
    await fake.close();
  }
});
