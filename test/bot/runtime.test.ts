// Webhook mode: the secret token is set on setWebhook and checked on every request.
import { afterAll, beforeAll, expect, test } from "vitest";
import { type RunningBot, startWebhook, WEBHOOK_MAX_BODY_BYTES } from "../../src/bot/runtime.ts";
import { openDatabase } from "../../src/store/db.ts";
import { FakeBotApi } from "../helpers/fake-bot-api.ts";
import { memoryLogger, realBot } from "../helpers/harness.ts";
import { command, withId } from "../helpers/updates.ts";

const SECRET = "webhook_secret-123";
const URL_PATH = "/telegram/konspekt";
let fake: FakeBotApi;
let running: RunningBot & { port: number };

beforeAll(async () => {
  fake = await FakeBotApi.start();
  const { logger } = memoryLogger();
  const db = openDatabase(":memory:");
  const bot = await realBot(fake.apiRoot, db, logger);
  running = await startWebhook(
    bot,
    { url: `https://bot.example.com${URL_PATH}`, secret: SECRET, port: 0, host: "127.0.0.1" },
    logger,
  );
});

afterAll(async () => {
  await running.stop();
  await fake.close();
});

const post = (body: unknown, headers: Record<string, string> = {}, path = URL_PATH) =>
  fetch(`http://127.0.0.1:${running.port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

test("registers the webhook with its secret and the updates it handles", () => {
  const [setWebhook] = fake.callsOf("setWebhook");
  expect(setWebhook?.payload).toMatchObject({
    url: `https://bot.example.com${URL_PATH}`,
    secret_token: SECRET,
    allowed_updates: [
      "message",
      "edited_message",
      "callback_query",
      "poll_answer",
      "my_chat_member",
      "inline_query",
    ],
  });
  expect(fake.callsOf("setMyCommands").map((c) => c.payload.scope)).toEqual([
    undefined,
    { type: "all_group_chats" },
  ]);
});

test("a request with a wrong or missing secret gets 401 and is not handled", async () => {
  const wrong = await post(withId(command("help"), 1), { "X-Telegram-Bot-Api-Secret-Token": "guess" });
  expect(wrong.status).toBe(401);
  const missing = await post(withId(command("help"), 2));
  expect(missing.status).toBe(401);
  expect(fake.sent()).toHaveLength(0);
});

test("a request with the right secret is answered", async () => {
  const response = await post(withId(command("help"), 3), { "X-Telegram-Bot-Api-Secret-Token": SECRET });
  expect(response.status).toBe(200);
  const [help] = fake.sent();
  expect(String(help?.payload.text)).toMatch(/^<b>Команды<\/b>/);
});

test("other paths are not served", async () => {
  const response = await post(
    withId(command("help"), 4),
    { "X-Telegram-Bot-Api-Secret-Token": SECRET },
    "/other",
  );
  expect(response.status).toBe(404);
});

test("an authenticated body over the size limit gets 413 and is not handled; the server goes on", async () => {
  expect(WEBHOOK_MAX_BODY_BYTES).toBeLessThanOrEqual(1_048_576);
  const huge = { ...withId(command("help"), 5), padding: "x".repeat(WEBHOOK_MAX_BODY_BYTES) };
  const before = fake.sent().length;
  const response = await post(huge, { "X-Telegram-Bot-Api-Secret-Token": SECRET });
  expect(response.status).toBe(413);
  await new Promise((r) => setTimeout(r, 100));
  expect(fake.sent()).toHaveLength(before);
  const next = await post(withId(command("help"), 6), { "X-Telegram-Bot-Api-Secret-Token": SECRET });
  expect(next.status).toBe(200);
});
