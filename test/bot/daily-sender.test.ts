// The daily sender on a fake clock: unprompted quizzes at the chosen minute, exactly once per local day
// across ticks and restarts, catch-up after downtime, and a blocked user skipped without stopping others.
import { Api } from "grammy";
import type { Message } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createPacer, type DailySender, startDailySender } from "../../src/bot/daily-sender.ts";
import { createMetrics, type Metrics } from "../../src/bot/metrics.ts";
import { openDatabase } from "../../src/store/db.ts";
import { type ApiCall, ERRORS, FAKE_TOKEN } from "../helpers/fake-bot-api.ts";
import { type Harness, memoryLogger, realQuiz, startHarness } from "../helpers/harness.ts";
import { cardsSent, quizOfKinds } from "../helpers/quiz.ts";
import { command, pollAnswer, user } from "../helpers/updates.ts";

/** The fake clock: 10 March 2026, 08:59:30 in Moscow (UTC+3). */
let now = new Date("2026-03-10T05:59:30Z");
const at = (iso: string) => {
  now = new Date(iso);
};

let h: Harness;
let nextUser = 7000;
const newUser = () => user(nextUser++);
const senders: DailySender[] = [];
/** Interval tasks the senders registered: tests run them by hand instead of waiting a minute. */
const timers: (() => void)[] = [];

function sender(metrics?: Metrics): DailySender {
  const started = startDailySender({
    api: h.bot.api,
    quiz: h.quiz,
    logger: memoryLogger().logger,
    ...(metrics ? { metrics } : {}),
    every: (task) => {
      timers.push(task);
      return () => timers.splice(timers.indexOf(task), 1);
    },
    pace: () => Promise.resolve(),
  });
  senders.push(started);
  return started;
}

async function subscribe(u: ReturnType<typeof user>, args: string) {
  h.fake.push(command("daily", args, { from: u }));
  await h.fake.nextMessages(u.id);
}

const polls = (chatId: number) => h.fake.callsOf("sendPoll", chatId).filter((c) => c.reply.ok);
const headers = (chatId: number) =>
  h.fake.sent(chatId).filter((c) => String(c.payload.text).startsWith("☀️ Ежедневная викторина")).length;

beforeAll(async () => {
  // Delivery is the same for every kind of card; choice cards go out as polls, where the failures are injected.
  const db = openDatabase(":memory:");
  const quiz = quizOfKinds(await realQuiz(db, () => now), db, ["choice", "command"]);
  h = await startHarness(
    { rateLimit: { timeFrame: 1000, limit: 1000 }, quiz },
    { now: () => now, database: db },
  );
});

afterEach(async () => {
  await Promise.all(senders.splice(0).map((s) => s.stop()));
  expect(timers).toEqual([]);
});

afterAll(async () => {
  await h.stop();
});

describe("daily sender", () => {
  test("a subscriber at the coming minute gets the quiz unprompted, exactly once, even after a restart", async () => {
    at("2026-03-10T05:59:30Z");
    const u = newUser();
    await subscribe(u, "09:00 2");

    const first = sender();
    await first.idle();
    expect(await first.tick()).toBe(0);
    expect(polls(u.id)).toHaveLength(0);

    at("2026-03-10T06:00:05Z");
    expect(await first.tick()).toBe(1);
    const intro = h.fake.sent(u.id).at(-1);
    expect(intro?.payload.text).toBe("☀️ Ежедневная викторина: 2 вопроса. Выключить — /daily off");
    expect(polls(u.id)).toHaveLength(2);
    for (const poll of polls(u.id)) {
      expect(poll.payload).toMatchObject({ type: "quiz", is_anonymous: false });
    }
    expect(polls(u.id)[0]?.payload.question).not.toBe(polls(u.id)[1]?.payload.question);

    // The minute timer, a second tick, and a new sender on the same database: nothing more today.
    for (const task of [...timers]) task();
    expect(await first.tick()).toBe(0);
    await first.stop();
    const restarted = sender();
    await restarted.idle();
    expect(await restarted.tick()).toBe(0);
    expect(polls(u.id)).toHaveLength(2);

    // The daily polls are answered like any other.
    const poll = polls(u.id)[0] as ApiCall;
    const pollId = (poll.reply.result as Message.PollMessage).poll.id;
    h.fake.push(pollAnswer(pollId, u, [poll.payload.correct_option_id as number]));
    const [feedback] = await h.fake.nextMessages(u.id);
    expect(String(feedback?.payload.text)).toMatch(/^<b>✅ Верно!<\/b>/);

    // The next day at 09:00 Moscow, once more.
    at("2026-03-11T06:00:00Z");
    expect(await restarted.tick()).toBe(1);
    expect(polls(u.id)).toHaveLength(4);
  });

  test("a bot that was down at that minute sends when it comes back, the same local day", async () => {
    at("2026-03-12T05:30:00Z");
    const u = newUser();
    await subscribe(u, "09:00");
    at("2026-03-12T09:45:00Z");
    const late = sender();
    await late.idle();
    expect(polls(u.id)).toHaveLength(1);
  });

  test("a user who blocked the bot is marked and skipped from then on; the others still get theirs", async () => {
    at("2026-03-13T05:59:00Z");
    const blocker = newUser();
    const reader = newUser();
    await subscribe(blocker, "09:00");
    await subscribe(reader, "09:00");
    h.fake.fail("sendMessage", ERRORS.blocked(), { chatId: blocker.id });

    at("2026-03-13T06:00:00Z");
    const metrics = createMetrics();
    const allHeaders = () => h.fake.sent().filter((c) => String(c.payload.text).startsWith("☀️")).length;
    const headersBefore = allHeaders();
    const daily = sender(metrics);
    await daily.idle();
    expect(await daily.tick()).toBe(0);
    expect(h.users.isBlocked(blocker.id)).toBe(true);
    expect(polls(blocker.id)).toHaveLength(0);
    expect(polls(reader.id)).toHaveLength(1);
    // What /metrics shows: a quiz sent per header that went out (earlier tests' subscribers are due too), one
    // user who blocked the bot, nothing failed.
    const counted = (await metrics.registry.getSingleMetric("konspekt_daily_quizzes_total")?.get())?.values;
    const count = (outcome: string) => counted?.find((v) => v.labels.outcome === outcome)?.value;
    expect([count("sent"), count("blocked"), count("failed")]).toEqual([allHeaders() - headersBefore, 1, 0]);

    at("2026-03-14T06:00:00Z");
    await daily.tick();
    expect(h.fake.callsOf("sendMessage", blocker.id)).toHaveLength(2);
    expect(polls(reader.id)).toHaveLength(2);
  });

  test("a 429 (retry_after) and a 500 are retried by the API and the quiz still goes out once", async () => {
    at("2026-03-16T05:00:00Z");
    const u = newUser();
    await subscribe(u, "09:00");
    h.fake.fail("sendPoll", ERRORS.tooManyRequests(1), { chatId: u.id });
    h.fake.fail("sendMessage", ERRORS.internal(), { chatId: u.id });
    at("2026-03-16T06:00:00Z");
    const daily = sender();
    await daily.idle();
    expect(h.fake.callsOf("sendMessage", u.id).map((c) => c.reply.error_code ?? 200)).toEqual([
      200, 500, 200,
    ]);
    expect(h.fake.callsOf("sendPoll", u.id).map((c) => c.reply.error_code ?? 200)).toEqual([429, 200]);
  });

  test("5xx and long flood waits that outlast the API's retries: retried on later ticks, none lost, none twice", async () => {
    at("2026-03-17T05:00:00Z");
    const [a, b, c] = [newUser(), newUser(), newUser()];
    for (const u of [a, b, c]) await subscribe(u, "09:00 2");
    // An API without the bot's retrying transformer: every failure reaches the sender.
    const api = new Api(FAKE_TOKEN, { apiRoot: h.fake.apiRoot });
    h.fake.fail("sendMessage", ERRORS.internal(), { chatId: a.id }); // a's header
    h.fake.fail("sendPoll", ERRORS.internal(), { chatId: b.id }); // b's first question, after its header
    h.fake.fail("sendMessage", ERRORS.tooManyRequests(40), { chatId: c.id }); // c: a 40 s flood wait
    at("2026-03-17T06:00:00Z");
    const { logger, lines } = memoryLogger();
    const daily = startDailySender({
      api,
      quiz: h.quiz,
      logger,
      every: () => () => {},
      pace: () => Promise.resolve(),
      retryDelayMs: 10_000,
    });
    senders.push(daily);
    await daily.idle();
    expect([a, b, c].map((u) => [headers(u.id), polls(u.id).length])).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(lines.filter((l) => l.msg === "daily quiz: could not send; will retry")).toHaveLength(3);

    // Before the retry time nothing is claimed; after it a and b, each from where it stopped.
    at("2026-03-17T06:00:09Z");
    expect(await daily.tick()).toBe(0);
    at("2026-03-17T06:00:10Z");
    expect(await daily.tick()).toBe(2);
    // c waits out its flood wait, not the shorter retry delay.
    at("2026-03-17T06:00:39Z");
    expect(await daily.tick()).toBe(0);
    at("2026-03-17T06:00:40Z");
    expect(await daily.tick()).toBe(1);
    expect([a, b, c].map((u) => [headers(u.id), polls(u.id).length])).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    at("2026-03-17T09:00:00Z");
    expect(await daily.tick()).toBe(0);
  });

  test("stop finishes the delivery in flight and gives back the rest; a restart sends those the same day", async () => {
    at("2026-03-16T05:59:00Z");
    const users = [newUser(), newUser(), newUser()];
    for (const u of users) await subscribe(u, "09:00 2");
    at("2026-03-16T06:00:10Z");
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    // The first delivery waits at its first message; stop comes while it is in flight.
    const first = startDailySender({
      api: h.bot.api,
      quiz: h.quiz,
      logger: memoryLogger().logger,
      every: () => () => {},
      pace: () => gate,
    });
    const stopping = first.stop();
    open();
    await stopping;
    expect(users.map((u) => polls(u.id).length).sort()).toEqual([0, 0, 2]);

    const second = sender();
    await second.idle();
    expect(users.map((u) => polls(u.id).length)).toEqual([2, 2, 2]);
  });

  test("stop drops what is queued and stops the timer; ticks after it claim nothing", async () => {
    at("2026-03-15T05:00:00Z");
    const u = newUser();
    await subscribe(u, "09:00");
    const daily = sender();
    await daily.stop();
    at("2026-03-15T06:00:00Z");
    expect(await daily.tick()).toBe(0);
    expect(h.quiz.daily.get(u.id)?.lastSentDate).toBeUndefined();
  });
});

describe("pacer", () => {
  test("spaces calls 1000/perSecond ms apart, from the first free slot", async () => {
    let clock = 1_000;
    const waits: number[] = [];
    const pace = createPacer(
      20,
      () => clock,
      async (ms) => {
        waits.push(ms);
      },
    );
    for (let i = 0; i < 5; i++) await pace();
    expect(waits).toEqual([50, 100, 150, 200]);
    clock += 1_000;
    waits.length = 0;
    await pace();
    expect(waits).toEqual([]);
  });
  test("a suspended card is never in a daily quiz", async () => {
    at("2026-04-01T05:59:30Z");
    const u = newUser();
    const usual = h.quiz.scheduler.nextCards(u.id, h.quiz.deck, now, 2).map((n) => n.card);
    const suspended = usual[0];
    expect(suspended).toBeDefined();
    // An admin's report alone suspends the card.
    h.quiz.reports.report(suspended?.id as string, 424242, true);
    await subscribe(u, "09:00 2");
    const s = sender();
    await s.idle();
    at("2026-04-01T06:00:05Z");
    await s.tick();
    const asked = cardsSent(h, u.id).map((sent) => sent.card.id);
    expect(asked).toHaveLength(2);
    expect(asked).not.toContain(suspended?.id);
    expect(asked).toContain(usual[1]?.id);
  });
});
