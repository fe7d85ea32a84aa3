// Quiz answers are recorded before Telegram is told, and never lost: a failing answerCallbackQuery, a
// database locked by another process for 10 s, a database whose writes fail (disk full), a restart with
// answers still queued. Questions are answered meanwhile: answering needs no write.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import BetterSqlite3 from "better-sqlite3";
import type { Message } from "grammy/types";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { createDeck } from "../../src/quiz/deck.ts";
import type { Card } from "../../src/quiz/types.ts";
import { type Database, openDatabase } from "../../src/store/db.ts";
import { type Button, buttons, checkCalls, sentMessage, shown } from "../helpers/calls.ts";
import type { ApiCall } from "../helpers/fake-bot-api.ts";
import { type Harness, realKnowledge, realQuiz, startHarness } from "../helpers/harness.ts";
import { holdWriteLock } from "../helpers/lock.ts";
import { nextCard, quizOfKinds } from "../helpers/quiz.ts";
import { callbackQuery, command, message, pollAnswer, user } from "../helpers/updates.ts";

let h: Harness | undefined;
/** Set by a test whose fake Bot API answers 400 on purpose: checkCalls would count it as the bot's fault. */
let injected400 = false;
const dirs: string[] = [];
const databases: Database[] = [];
afterEach(async () => {
  if (h && !injected400) checkCalls(h.fake);
  injected400 = false;
  await h?.stop();
  h = undefined;
  for (const db of databases.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "konspekt-answers-"));
  dirs.push(dir);
  return dir;
}

/** A card too long for a poll: it goes out with numbered buttons. */
const longCard: Card = {
  id: "authored:services:long-button-card",
  topicId: "services",
  question: `${"Очень длинный вопрос о сервисах. ".repeat(12)}Какой тип сервиса доступен только внутри кластера?`,
  options: ["ClusterIP", "NodePort", "LoadBalancer"],
  correctIndex: 0,
  explanation: "ClusterIP — адрес внутри кластера.",
  source: { passageId: "services#1" },
  origin: "authored",
};

let nextUser = 9000;
const newUser = () => user(nextUser++);
const pollIdOf = (poll: ApiCall) => (poll.reply.result as Message.PollMessage).poll.id;
const reviewsOf = (db: Database, userId: number) =>
  db.prepare("SELECT COUNT(*) FROM reviews WHERE user_id = ?").pluck().get(userId) as number;

/** Starts the bot on `db` with the button-only deck (`buttonsOnly`) or the real one. */
async function start(db: Database, journalPath?: string, buttonsOnly = false): Promise<Harness> {
  const quiz = await realQuiz(db, undefined, journalPath);
  const deck = buttonsOnly ? createDeck(await realKnowledge(), [longCard]) : quiz.deck;
  return startHarness(
    { rateLimit: { timeFrame: 1000, limit: 1000 }, quiz: { ...quiz, deck } },
    { database: db },
  );
}

/** Sends /quiz сервисы (whose first card is {@link longCard}) and returns the button quiz message. */
async function buttonQuiz(harness: Harness, from = newUser()) {
  harness.fake.push(command("quiz", "сервисы", { from }));
  const [quiz] = await harness.fake.nextMessages(from.id);
  const right = buttons(quiz).find((b) => b.callback_data?.startsWith("q:0")) as Button;
  return { from, quiz: quiz as ApiCall, right };
}

describe("a button answer when answerCallbackQuery fails", () => {
  beforeAll(() => {
    expect(longCard.question.length).toBeGreaterThan(300);
  });

  test("400 «query is too old»: the answer is still recorded and the user gets the result", async () => {
    const db = openDatabase(":memory:");
    databases.push(db);
    h = await start(db, undefined, true);
    const { from, quiz, right } = await buttonQuiz(h);
    injected400 = true;
    h.fake.fail("answerCallbackQuery", {
      ok: false,
      error_code: 400,
      description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
    });
    h.fake.push(callbackQuery(right.callback_data as string, sentMessage(quiz), from));
    const [feedback] = await h.fake.nextMessages(from.id);
    expect(shown(feedback)).toMatch(/^✅ Верно!/);
    expect(reviewsOf(db, from.id)).toBe(1);
    expect(h.logs.some((l) => l.msg === "could not answer the button press" && l.level === 40)).toBe(true);
    // Pressing again is refused as answered, not scored twice.
    h.fake.push(callbackQuery(right.callback_data as string, sentMessage(quiz), from));
    await h.fake.waitFor(() => h?.fake.callsOf("answerCallbackQuery").length === 2);
    expect(h.fake.callsOf("answerCallbackQuery")[1]?.payload.text).toBe("Вы уже ответили на этот вопрос.");
    expect(reviewsOf(db, from.id)).toBe(1);
  });
});

describe("a database locked by another process for 10 s", () => {
  test("questions are answered within 1 s meanwhile; a poll answer lands when the lock clears", async () => {
    const dir = tempDir();
    const path = join(dir, "konspekt.sqlite");
    const db = openDatabase(path);
    databases.push(db);
    h = await start(db, `${path}.answers.jsonl`);
    const harness = h;
    // A native poll and a button quiz, sent before the lock.
    const poller = newUser();
    harness.fake.push(command("quiz", "", { from: poller }));
    await harness.fake.waitFor(() => harness.fake.callsOf("sendPoll", poller.id).length === 1);
    const poll = harness.fake.callsOf("sendPoll", poller.id)[0] as ApiCall;
    await harness.fake.waitFor(() => harness.quiz.polls.find(pollIdOf(poll)) !== undefined);

    const lock = await holdWriteLock(path, 10_000);
    const lockedAt = performance.now();
    harness.fake.push(pollAnswer(pollIdOf(poll), poller, [poll.payload.correct_option_id as number]));
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const asker = newUser();
      const t = performance.now();
      const reply = harness.fake.nextMessages(asker.id, 1, 5_000);
      harness.fake.push(message("что такое под", { from: asker }));
      const [answer] = await reply;
      latencies.push(performance.now() - t);
      expect(shown(answer)).not.toMatch(/^Извините/);
      await new Promise((r) => setTimeout(r, 400));
    }
    expect(performance.now() - lockedAt, "the questions were asked while the lock was held").toBeLessThan(
      9_000,
    );
    expect(Math.max(...latencies)).toBeLessThan(1_000);
    // Not recorded yet, not lost: queued, and the user heard nothing wrong.
    expect(reviewsOf(db, poller.id)).toBe(0);
    expect(harness.quiz.pendingAnswers.size()).toBe(1);
    expect(harness.fake.sent(poller.id)).toHaveLength(0);

    await lock.released;
    const [feedback] = await harness.fake.nextMessages(poller.id, 1, 5_000);
    expect(shown(feedback)).toMatch(/^✅ Верно!/);
    expect(reviewsOf(db, poller.id)).toBe(1);
    expect(harness.quiz.pendingAnswers.size()).toBe(0);
  }, 25_000);

  test("a button answer during a lock is acknowledged at once and its result sent when it lands", async () => {
    const dir = tempDir();
    const path = join(dir, "konspekt.sqlite");
    const db = openDatabase(path);
    databases.push(db);
    h = await start(db, `${path}.answers.jsonl`, true);
    const { from, quiz, right } = await buttonQuiz(h);
    const lock = await holdWriteLock(path, 1_500);
    h.fake.push(callbackQuery(right.callback_data as string, sentMessage(quiz), from));
    await h.fake.waitFor(() => h?.fake.callsOf("answerCallbackQuery").length === 1);
    expect(String(h.fake.callsOf("answerCallbackQuery")[0]?.payload.text)).toMatch(/^Ответ принят/);
    expect(reviewsOf(db, from.id)).toBe(0);
    // Counted from now: the feedback may go out before this test hears that the lock is released.
    const landed = h.fake.nextMessages(from.id, 1, 5_000);
    await lock.released;
    const [feedback] = await landed;
    expect(shown(feedback)).toMatch(/^✅ Верно!/);
    expect(reviewsOf(db, from.id)).toBe(1);
  });
});

describe("a typed cloze answer while another process holds the lock", () => {
  test("is acknowledged at once, lands when the lock clears, judged as typed; the next message is a question", async () => {
    const path = join(tempDir(), "konspekt.sqlite");
    const db = openDatabase(path);
    databases.push(db);
    const quiz = await realQuiz(db, undefined, `${path}.answers.jsonl`);
    h = await startHarness(
      { rateLimit: { timeFrame: 1000, limit: 1000 }, quiz: quizOfKinds(quiz, db, ["cloze"]) },
      { database: db },
    );
    const harness = h;
    const from = newUser();
    harness.fake.push(command("quiz", "теинты", { from }));
    const sent = await nextCard(harness, from.id, 0);
    expect(sent.card.options[0]).toBe("Теинты");
    const lock = await holdWriteLock(path, 1_500);
    harness.fake.push(message("тейнтов", { from }));
    const [ack] = await harness.fake.nextMessages(from.id);
    expect(shown(ack)).toMatch(/^Ответ принят/);
    expect(reviewsOf(db, from.id)).toBe(0);
    // Asked while the answer waits: a question for the search, not a second answer.
    harness.fake.push(message("что такое под", { from }));
    const [answer] = await harness.fake.nextMessages(from.id);
    expect(shown(answer)).not.toMatch(/^(✅|❌|Ответ принят|Вы уже ответили)/);
    const landed = harness.fake.nextMessages(from.id, 1, 5_000);
    await lock.released;
    const [feedback] = await landed;
    expect(shown(feedback)).toMatch(/^✅ Верно! «тейнтов» засчитано как Теинты \(другая форма слова\)/);
    expect(reviewsOf(db, from.id)).toBe(1);
  });
});

describe("a quiz sent while another process holds the lock", () => {
  test("is queued with its answer; both land when the lock clears, and the user gets the result", async () => {
    const path = join(tempDir(), "konspekt.sqlite");
    const db = openDatabase(path);
    databases.push(db);
    h = await start(db, `${path}.answers.jsonl`);
    const harness = h;
    const u = newUser();
    const lock = await holdWriteLock(path, 3_000);
    harness.fake.push(command("quiz", "", { from: u }));
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 1);
    const poll = harness.fake.callsOf("sendPoll", u.id)[0] as ApiCall;
    expect(harness.quiz.polls.find(pollIdOf(poll))).toBeUndefined();
    harness.fake.push(pollAnswer(pollIdOf(poll), u, [poll.payload.correct_option_id as number]));
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 2);
    expect(harness.fake.sent(u.id), "no apology for a quiz that went out").toHaveLength(0);
    const landed = harness.fake.nextMessages(u.id, 1, 8_000);
    await lock.released;
    const [feedback] = await landed;
    expect(shown(feedback)).toMatch(/^✅ Верно!/);
    expect(harness.quiz.polls.find(pollIdOf(poll))?.answeredAt).toBeInstanceOf(Date);
    expect(reviewsOf(db, u.id)).toBe(1);
  });
});

/** `db` with a switch: while `full.on`, every write statement fails as on a full disk. */
function fillable(db: Database): { db: Database; full: { on: boolean } } {
  const full = { on: false };
  const wrapped = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== "prepare") {
        const value = Reflect.get(target, key, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (sql: string) => {
        const statement = target.prepare(sql);
        if (statement.reader) return statement;
        return new Proxy(statement, {
          get(s, k, r) {
            if (k !== "run") {
              const value = Reflect.get(s, k, r);
              return typeof value === "function" ? value.bind(s) : value;
            }
            return (...args: unknown[]) => {
              if (full.on) throw new BetterSqlite3.SqliteError("database or disk is full", "SQLITE_FULL");
              return (s.run as (...a: unknown[]) => unknown)(...args);
            };
          },
        });
      };
    },
  });
  return { db: wrapped, full };
}

describe("a database whose writes fail (disk full)", () => {
  test("plain questions are all answered; a quiz answer waits and lands when writes work again", async () => {
    const { db, full } = fillable(openDatabase(":memory:"));
    databases.push(db);
    h = await start(db);
    const harness = h;
    const quizzer = newUser();
    harness.fake.push(command("quiz", "", { from: quizzer }));
    await harness.fake.waitFor(() => harness.fake.callsOf("sendPoll", quizzer.id).length === 1);
    const poll = harness.fake.callsOf("sendPoll", quizzer.id)[0] as ApiCall;
    await harness.fake.waitFor(() => harness.quiz.polls.find(pollIdOf(poll)) !== undefined);

    full.on = true;
    const askers = Array.from({ length: 20 }, newUser);
    const replies = askers.map((a) => harness.fake.nextMessages(a.id, 1, 10_000));
    for (const a of askers) harness.fake.push(message("чем ClusterIP отличается от NodePort", { from: a }));
    const answers = (await Promise.all(replies)).flat();
    expect(answers.filter((a) => shown(a).startsWith("Извините"))).toEqual([]);
    expect(harness.users.flushSeen.bind(harness.users)).toThrow(/full/);

    harness.fake.push(pollAnswer(pollIdOf(poll), quizzer, [0]));
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 1);
    full.on = false;
    await harness.fake.nextMessages(quizzer.id, 1, 5_000);
    expect(reviewsOf(db, quizzer.id)).toBe(1);
    // The users seen meanwhile are written once writes work again.
    harness.users.flushSeen();
    expect(
      db.prepare("SELECT COUNT(*) FROM users WHERE id >= ?").pluck().get(askers[0]?.id),
    ).toBeGreaterThanOrEqual(20);
  });
});

describe("answers queued when the process stopped", () => {
  test("are recorded at the next start and their feedback sent", async () => {
    const dir = tempDir();
    const path = join(dir, "konspekt.sqlite");
    const journal = `${path}.answers.jsonl`;
    const db = openDatabase(path);
    databases.push(db);
    h = await start(db, journal, true);
    const { from, quiz, right } = await buttonQuiz(h);
    // The process dies with the answer queued: only the journal has it.
    const pollKey = `btn:${from.id}:${sentMessage(quiz).message_id}`;
    const first = await realQuiz(db, undefined, journal);
    first.pendingAnswers.add({
      kind: "answer",
      key: pollKey,
      userId: from.id,
      option: Number(/^q:(\d+)/.exec(right.callback_data ?? "")?.[1]),
      at: Date.now(),
    });
    await h.stop();
    h = undefined;

    h = await start(db, journal, true);
    const harness = h;
    // A new fake Bot API: the feedback goes to it, soon after the start.
    await harness.fake.waitFor(() => harness.fake.sent(from.id).length === 1);
    const [feedback] = harness.fake.sent(from.id);
    expect(shown(feedback)).toMatch(/^✅ Верно!/);
    expect(reviewsOf(db, from.id)).toBe(1);
    expect(h.quiz.pendingAnswers.size()).toBe(0);
  });
});
