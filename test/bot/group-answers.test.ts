// A group quiz's answers are never lost: while another process holds the database's write lock, members'
// answers (and a poll posted meanwhile) wait in the answer journal and land when the lock clears.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { User } from "grammy/types";
import { afterEach, describe, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/store/db.ts";
import { checkCalls, rightOptionShown, sentPollId } from "../helpers/calls.ts";
import type { ApiCall } from "../helpers/fake-bot-api.ts";
import { type Harness, realQuiz, startHarness } from "../helpers/harness.ts";
import { holdWriteLock } from "../helpers/lock.ts";
import { command, groupChat, pollAnswer, user } from "../helpers/updates.ts";

let h: Harness | undefined;
let db: Database | undefined;
let dir: string | undefined;

afterEach(async () => {
  if (h) checkCalls(h.fake);
  await h?.stop();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  h = db = dir = undefined;
});

/** The bot on a database file with its answer journal beside it. */
async function start(): Promise<{ harness: Harness; path: string; db: Database }> {
  dir = mkdtempSync(join(tmpdir(), "konspekt-group-answers-"));
  const path = join(dir, "konspekt.sqlite");
  db = openDatabase(path);
  const quiz = await realQuiz(db, undefined, `${path}.answers.jsonl`);
  h = await startHarness({ rateLimit: { timeFrame: 1000, limit: 1000 }, quiz }, { database: db });
  return { harness: h, path, db };
}

const chat = groupChat(-400100);
const reviews = (database: Database, u: User) =>
  database.prepare("SELECT count(*) FROM reviews WHERE user_id = ?").pluck().get(u.id) as number;
const groupAnswers = (database: Database) =>
  database.prepare("SELECT user_id, correct FROM group_answers ORDER BY user_id").all();

describe("a database locked by another process", () => {
  test("members' answers to a group quiz wait in the journal and land when the lock clears", async () => {
    const { harness, path, db: database } = await start();
    const [anna, boris] = [user(9801, "Анна"), user(9802, "Борис")];
    harness.fake.push(command("quiz", "", { chat, from: anna }));
    await harness.fake.waitFor(() => harness.fake.callsOf("sendPoll", chat.id).length === 1);
    const poll = harness.fake.callsOf("sendPoll", chat.id)[0] as ApiCall;
    await harness.fake.waitFor(() => harness.quiz.groups.findQuiz(sentPollId(poll)) !== undefined);

    const lock = await holdWriteLock(path, 2_000);
    const right = rightOptionShown(poll);
    harness.fake.push(pollAnswer(sentPollId(poll), anna, [right]));
    harness.fake.push(pollAnswer(sentPollId(poll), boris, [right === 0 ? 1 : 0]));
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 2, 5_000, "two queued answers");
    expect(reviews(database, anna)).toBe(0);

    await lock.released;
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 0, 5_000, "the answers landing");
    expect(groupAnswers(database)).toEqual([
      { user_id: anna.id, correct: 1 },
      { user_id: boris.id, correct: 0 },
    ]);
    expect(reviews(database, anna)).toBe(1);
    expect(reviews(database, boris)).toBe(1);
    expect(harness.fake.sent(chat.id), "nothing is said in the group").toHaveLength(0);
  }, 15_000);

  test("a group quiz posted during the lock is queued, its answer behind it, and no apology goes out", async () => {
    const { harness, path, db: database } = await start();
    const anna = user(9811, "Анна");
    const lock = await holdWriteLock(path, 2_000);
    harness.fake.push(command("quiz", "", { chat, from: anna }));
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 1, 5_000, "the queued poll");
    const poll = harness.fake.callsOf("sendPoll", chat.id)[0] as ApiCall;
    expect(harness.quiz.groups.findQuiz(sentPollId(poll))).toBeUndefined();

    harness.fake.push(pollAnswer(sentPollId(poll), anna, [rightOptionShown(poll)]));
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 2, 5_000, "the queued answer");

    await lock.released;
    await harness.fake.waitFor(() => harness.quiz.pendingAnswers.size() === 0, 5_000, "both landing");
    expect(harness.quiz.groups.findQuiz(sentPollId(poll))?.chatId).toBe(chat.id);
    expect(groupAnswers(database)).toEqual([{ user_id: anna.id, correct: 1 }]);
    expect(harness.fake.sent(chat.id)).toHaveLength(0);
  }, 15_000);
});
