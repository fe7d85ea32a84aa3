// `npm start` says what it is doing: each start-up step at info, each failed attempt to reach Telegram at warn
// with its reason and the next delay, and a wrong token ends the process with how to fix it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type BotProcess, killTree, spawnBot } from "./helpers/bot-process.ts";
import { FakeBotApi } from "./helpers/fake-bot-api.ts";

let dir: string;
let fake: FakeBotApi;
let bot: BotProcess | undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "konspekt-startup-"));
  fake = await FakeBotApi.start();
});

afterEach(async () => {
  killTree(bot?.child.pid);
  bot = undefined;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const WARN = 40;

test("Telegram down, then up: a warn line per failed attempt with reason and doubling delay, then «running as»", async () => {
  fake.goDown();
  bot = spawnBot(fake, { DATABASE_PATH: join(dir, "konspekt.sqlite") });
  const isRetry = (l: { msg: string }) => l.msg.startsWith("could not reach Telegram (getMe)");
  await bot.waitForLog((l) => isRetry(l) && l.attempt === 2, 15_000, "the second failed attempt");
  fake.comeBack();
  const running = await bot.waitForLog((l) => l.msg.startsWith("running as @"), 15_000, "«running as»");
  expect(running.msg).toBe("running as @konspekt_test_bot (polling)");

  const logs = bot.logs();
  const retries = logs.filter(isRetry);
  expect(retries.length).toBeGreaterThanOrEqual(2);
  retries.forEach((line, i) => {
    expect(line.level).toBe(WARN);
    expect(line.attempt).toBe(i + 1);
    expect(line.retryInMs).toBe(Math.min(60_000, 1_000 * 2 ** i));
    expect(line.msg).toContain(`retrying in ${Number(line.retryInMs) / 1000} s`);
    expect(String(line.reason)).toContain("getMe");
  });
  // The token is a secret; the network error quotes the URL that holds it.
  expect(bot.output.stdout).not.toContain("AAFakeToken");

  const order = ["database opened", "notes loaded", `connecting to Telegram at ${fake.apiRoot}…`];
  const at = order.map((msg) => logs.findIndex((l) => l.msg === msg));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect(at).toEqual([...at].sort((a, b) => a - b));
  expect(at[2]).toBeLessThan(logs.indexOf(retries[0] as never));
  expect(logs.find((l) => l.msg === "notes loaded")).toMatchObject({
    topics: expect.any(Number),
    passages: expect.any(Number),
    cards: expect.any(Number),
    problems: 0,
  });
  expect(logs.find((l) => l.msg === "database opened")).toMatchObject({ schemaVersion: expect.any(Number) });
}, 30_000);

test("a token Telegram rejects (401) ends start-up at once with how to fix it, exit code 1", async () => {
  bot = spawnBot(fake, {
    DATABASE_PATH: join(dir, "konspekt.sqlite"),
    BOT_TOKEN: "7000002:AAWrongTokenForKonspektTests_abcdefg",
  });
  expect(await bot.exited).toBe(1);
  const fatal = bot.logs().find((l) => l.level === 60);
  expect(fatal?.msg).toContain("copy the token again from @BotFather");
  expect(bot.logs().filter((l) => l.msg.startsWith("could not reach Telegram"))).toEqual([]);
}, 30_000);
