// GET /healthz and GET /metrics, end to end: beside the webhook (webhook mode) and on their own port (polling).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMetrics, type Metrics } from "../../src/bot/metrics.ts";
import { type Monitoring, startMonitoringServer } from "../../src/bot/monitoring.ts";
import { type RunningBot, startWebhook } from "../../src/bot/runtime.ts";
import { createReadCheck, type Database, openDatabase } from "../../src/store/db.ts";
import { FakeBotApi } from "../helpers/fake-bot-api.ts";
import { memoryLogger, realBot } from "../helpers/harness.ts";
import { command, message, pollAnswer, user, withId } from "../helpers/updates.ts";

const SECRET = "monitoring_secret";
let dir: string;
let dbPath: string;
let db: Database;
let fake: FakeBotApi;
let metrics: Metrics;
let running: RunningBot & { port: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "konspekt-monitoring-"));
  dbPath = join(dir, "konspekt.sqlite");
  fake = await FakeBotApi.start();
  const { logger } = memoryLogger();
  db = openDatabase(dbPath);
  metrics = createMetrics();
  const bot = await realBot(fake.apiRoot, db, logger, { metrics });
  running = await startWebhook(
    bot,
    { url: "https://bot.example.com/hook", secret: SECRET, port: 0, host: "127.0.0.1" },
    logger,
    { metrics, checkDatabase: createReadCheck(db) },
  );
});

afterAll(async () => {
  await running.stop();
  await fake.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, port = running.port) => fetch(`http://127.0.0.1:${port}${path}`);

async function post(body: unknown): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${running.port}/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/** The value of one sample of the Prometheus text, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("webhook mode", () => {
  test("/healthz before any update: 200, database ok, no update yet", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", lastUpdateAgeSeconds: null });
  });

  test("/metrics: Prometheus text whose counters move with updates, answers and replies", async () => {
    const before = await (await get("/metrics")).text();
    expect(sample(before, 'konspekt_answers_total{outcome="answer"}')).toBe(0);
    expect(sample(before, 'konspekt_answers_total{outcome="nothing"}')).toBe(0);
    expect(sample(before, 'konspekt_daily_quizzes_total{outcome="blocked"}')).toBe(0);
    expect(sample(before, 'konspekt_quiz_answers_total{result="correct"}')).toBe(0);
    expect(sample(before, "konspekt_notes_reloads_total")).toBe(0);
    expect(sample(before, "konspekt_reply_latency_seconds_count")).toBe(0);

    await post(withId(message("что такое под"), 1));
    await post(withId(message("фыва пролд квантовая хромодинамика"), 2));
    await post(withId(command("help"), 3));

    const response = await get("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const after = await response.text();
    expect(after).toContain("# TYPE konspekt_reply_latency_seconds histogram");
    expect(sample(after, 'konspekt_updates_total{type="message"}')).toBe(3);
    expect(sample(after, 'konspekt_answers_total{outcome="answer"}')).toBe(1);
    expect(sample(after, 'konspekt_answers_total{outcome="nothing"}')).toBe(1);
    expect(sample(after, "konspekt_reply_latency_seconds_count")).toBe(3);
  });

  test("/metrics counts a quiz answer once, right or wrong", async () => {
    await post(withId(command("quiz", "", { from: user(2001) }), 4));
    const [poll] = fake.callsOf("sendPoll", 2001);
    const pollId = String((poll?.reply.result as { poll?: { id: string } } | undefined)?.poll?.id);
    await post(withId(pollAnswer(pollId, user(2001), [0]), 5));
    await post(withId(pollAnswer(pollId, user(2001), [1]), 6));
    const text = await (await get("/metrics")).text();
    const correct = sample(text, 'konspekt_quiz_answers_total{result="correct"}') ?? 0;
    const wrong = sample(text, 'konspekt_quiz_answers_total{result="wrong"}') ?? 0;
    expect(correct + wrong).toBe(1);
    expect(sample(text, 'konspekt_updates_total{type="poll_answer"}')).toBe(2);
  });

  test("/healthz after an update tells its age in seconds", async () => {
    const body = (await (await get("/healthz")).json()) as { lastUpdateAgeSeconds: number };
    expect(body.lastUpdateAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(body.lastUpdateAgeSeconds).toBeLessThan(60);
  });

  test("other GET paths are still not served", async () => {
    expect((await get("/hook")).status).toBe(404);
  });

  test("/healthz is 503, saying why, when the database file cannot be read (deleted under the bot)", async () => {
    // The bot's own connection still reads its open file and cache; a restart could not.
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(file, { force: true });
    const response = await get("/healthz");
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; database: string };
    expect(body.status).toBe("failing");
    expect(body.database).toMatch(/unable to open/i);
  });
});

describe("polling mode (METRICS_PORT)", () => {
  test("serves /healthz and /metrics on their own port; 503 once the database is closed", async () => {
    const own = openDatabase(":memory:");
    const counters = createMetrics();
    const monitoring: Monitoring = { metrics: counters, checkDatabase: createReadCheck(own) };
    const server = await startMonitoringServer(
      monitoring,
      { port: 0, host: "127.0.0.1" },
      memoryLogger().logger,
    );
    try {
      expect((await get("/healthz", server.port)).status).toBe(200);
      counters.update(withId(message("под"), 7));
      const text = await (await get("/metrics", server.port)).text();
      expect(sample(text, 'konspekt_updates_total{type="message"}')).toBe(1);
      expect((await get("/other", server.port)).status).toBe(404);
      own.close();
      expect((await get("/healthz", server.port)).status).toBe(503);
    } finally {
      await server.stop();
    }
  });
});
