// The daily quiz's promise, kept by the bot as a process (src/main.ts) on a database file: every subscriber
// gets exactly one quiz a day, and never a header without its quiz, across kill -9, SIGTERM and restarts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { formatMinutes, localTime } from "../src/quiz/daily.ts";
import { createDailyStore } from "../src/store/daily.ts";
import { openDatabase } from "../src/store/db.ts";
import { type BotProcess, killTree, spawnBot } from "./helpers/bot-process.ts";
import { type ApiCall, FakeBotApi } from "./helpers/fake-bot-api.ts";

const SUBSCRIBERS = 300;
const FIRST_CHAT = 100_001;
const HEADER = "☀️ Ежедневная викторина";

let dir: string;
let fake: FakeBotApi;
const started: BotProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "konspekt-daily-"));
  fake = await FakeBotApi.start();
});

afterEach(async () => {
  for (const bot of started.splice(0)) if (bot.child.exitCode === null) killTree(bot.child.pid);
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A fixed-offset zone where it is now around noon: subscriptions at the current local minute are due at
 * once, and no test run crosses local midnight (a new day would rightly send again).
 */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/** Subscribes `count` chats to one question a day at the current minute of `zone`, in the database file. */
function seedSubscribers(databasePath: string, zone: string, count: number): void {
  const db = openDatabase(databasePath);
  const daily = createDailyStore(db);
  const now = new Date();
  const time = formatMinutes(localTime(now, zone).minutes);
  for (let i = 0; i < count; i++) {
    daily.subscribe({ userId: FIRST_CHAT + i, chatId: FIRST_CHAT + i, time, count: 1 }, now, zone);
  }
  db.close();
}

const isHeader = (call: ApiCall) =>
  call.method === "sendMessage" && String(call.payload.text).startsWith(HEADER);
/** A daily question: a quiz poll, or a message with answer buttons (`q:` callbacks). */
const isQuiz = (method: string, payload: Record<string, unknown>) =>
  method === "sendPoll" ||
  (method === "sendMessage" && JSON.stringify(payload.reply_markup ?? "").includes('"callback_data":"q:'));

/** What each chat received, from the calls Telegram accepted. */
function received(): Map<number, ("header" | "quiz")[]> {
  const byChat = new Map<number, ("header" | "quiz")[]>();
  for (const call of fake.calls) {
    if (!call.reply.ok) continue;
    const kind = isHeader(call) ? "header" : isQuiz(call.method, call.payload) ? "quiz" : undefined;
    if (!kind) continue;
    const chat = Number(call.payload.chat_id);
    byChat.set(chat, [...(byChat.get(chat) ?? []), kind]);
  }
  return byChat;
}

const quizzes = () => fake.calls.filter((c) => c.reply.ok && isQuiz(c.method, c.payload)).length;

/** The day's outcome over all subscribers: each should have exactly ["header", "quiz"]. */
function summary() {
  const byChat = received();
  const result = { exactlyOneQuiz: 0, noQuiz: 0, duplicateQuiz: 0, duplicateHeader: 0, headerWithoutQuiz: 0 };
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const got = byChat.get(FIRST_CHAT + i) ?? [];
    const quizCount = got.filter((k) => k === "quiz").length;
    const headerCount = got.filter((k) => k === "header").length;
    if (quizCount === 1) result.exactlyOneQuiz++;
    if (quizCount === 0) result.noQuiz++;
    if (quizCount > 1) result.duplicateQuiz++;
    if (headerCount > 1) result.duplicateHeader++;
    if (headerCount > 0 && quizCount === 0) result.headerWithoutQuiz++;
  }
  return result;
}

const PERFECT = {
  exactlyOneQuiz: SUBSCRIBERS,
  noQuiz: 0,
  duplicateQuiz: 0,
  duplicateHeader: 0,
  headerWithoutQuiz: 0,
};

function startBot(zone: string): BotProcess {
  const bot = spawnBot(fake, {
    DATABASE_PATH: join(dir, "konspekt.sqlite"),
    DEFAULT_TIMEZONE: zone,
    // Fast enough for a test; a crashed process's claims expire after a second.
    DAILY_MESSAGES_PER_SECOND: "1000",
    DAILY_LEASE_SECONDS: "1",
  });
  started.push(bot);
  return bot;
}

/** Waits until every subscriber has a quiz and the sender reported its round done, then stops the bot. */
async function finish(bot: BotProcess): Promise<void> {
  await fake.waitFor(() => received().size >= SUBSCRIBERS && quizzes() >= SUBSCRIBERS, 20_000, "300 quizzes");
  await bot.waitForLog((l) => l.msg === "daily quiz: nothing left to send", 10_000, "the end of the round");
  bot.child.kill("SIGTERM");
  expect(await bot.exited).toBe(0);
}

test("kill -9 after 100 of 300 quizzes: after a restart every subscriber has exactly one quiz, header with it", async () => {
  const zone = noonZone();
  seedSubscribers(join(dir, "konspekt.sqlite"), zone, SUBSCRIBERS);
  // The 101st quiz never gets an answer: the process dies mid-delivery, after that user's header went out.
  fake.hold((method, payload) => isQuiz(method, payload) && quizzes() >= 100);
  const first = startBot(zone);
  await fake.waitFor(() => fake.held > 0, 20_000, "the 101st quiz");
  first.child.kill("SIGKILL");
  await first.exited;
  fake.hold(undefined);
  await fake.waitFor(() => fake.held === 0, 5_000, "the held request to close");
  expect(summary().exactlyOneQuiz).toBe(100);

  await finish(startBot(zone));
  expect(summary()).toEqual(PERFECT);
}, 30_000);

test("SIGTERM mid-delivery: the rest is given back and sent after a restart, nobody twice", async () => {
  const zone = noonZone();
  seedSubscribers(join(dir, "konspekt.sqlite"), zone, SUBSCRIBERS);
  const first = startBot(zone);
  await fake.waitFor(() => quizzes() >= 100, 20_000, "100 quizzes");
  first.child.kill("SIGTERM");
  expect(await first.exited).toBe(0);
  const givenBack = first.logs().find((l) => l.msg === "daily quiz: gave back the deliveries not sent");
  expect(givenBack?.count).toBeGreaterThan(0);
  const before = summary();
  expect(before.exactlyOneQuiz).toBeLessThan(SUBSCRIBERS);
  expect(before.headerWithoutQuiz).toBe(0);

  await finish(startBot(zone));
  expect(summary()).toEqual(PERFECT);
}, 30_000);
