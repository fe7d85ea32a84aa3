// Never deaf: a hung getUpdates, 5xx in a row, an outage and a stuck poll all end with the next update
// answered within a bound set by the polling settings (small ones here; the production bounds are checked
// against the numbers below).
import { performance } from "node:perf_hooks";
import { afterEach, describe, expect, test } from "vitest";
import { REQUEST_TIMEOUT_SECONDS } from "../../src/bot/bot.ts";
import { POLLING_DEFAULTS, type PollingOptions } from "../../src/bot/polling.ts";
import { ERRORS } from "../helpers/fake-bot-api.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";
import { command, user } from "../helpers/updates.ts";

/** Small settings: a 1 s long poll abandoned 0.5 s late, retries after 50, 100, 200, 200 … ms. */
const FAST: Required<Omit<PollingOptions, "allowedUpdates">> = {
  concurrency: 8,
  longPollSeconds: 1,
  requestMarginMs: 500,
  firstRetryDelayMs: 50,
  maxRetryDelayMs: 200,
  watchdogMs: 60_000,
};
/** Slack for the rest: the search, the reply, a slow shared CI machine. */
const SLACK_MS = 2_000;

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Pushes /help from a new user and resolves with the milliseconds until it was answered. */
async function answeredIn(harness: Harness, userId: number, timeoutMs = 20_000): Promise<number> {
  const start = performance.now();
  const reply = harness.fake.nextMessages(userId, 1, timeoutMs);
  harness.fake.push(command("help", "", { from: user(userId) }));
  await reply;
  return performance.now() - start;
}

const warnings = (harness: Harness) =>
  harness.logs.filter((l) => l.level === 40 && l.msg === "getUpdates failed; retrying");

describe("production settings meet the issue's bounds", () => {
  test("a hung getUpdates is abandoned and retried within 60 s; backoff ≤ 10 s; watchdog 2 min", () => {
    const d = POLLING_DEFAULTS;
    expect(d.longPollSeconds * 1000 + d.requestMarginMs + d.maxRetryDelayMs).toBeLessThanOrEqual(60_000);
    expect(d.maxRetryDelayMs).toBeLessThanOrEqual(10_000);
    expect(d.watchdogMs).toBe(120_000);
    // Every other request has a deadline too, and it does not cut a long poll short.
    expect(REQUEST_TIMEOUT_SECONDS * 1000).toBeGreaterThanOrEqual(
      d.longPollSeconds * 1000 + d.requestMarginMs,
    );
    expect(REQUEST_TIMEOUT_SECONDS).toBeLessThanOrEqual(60);
  });
});

describe("polling recovers", () => {
  test("a getUpdates that never answers is abandoned at its deadline, logged, and the next update answered", async () => {
    h = await startHarness({}, { polling: FAST });
    await answeredIn(h, 1);
    h.fake.hang("getUpdates");
    // The poll in flight now answers (empty) after the long-poll second; the next one hangs.
    await new Promise((r) => setTimeout(r, FAST.longPollSeconds * 1000 + 100));
    const ms = await answeredIn(h, 2);
    const deadline = FAST.longPollSeconds * 1000 + FAST.requestMarginMs;
    expect(ms).toBeLessThan(deadline + FAST.firstRetryDelayMs + SLACK_MS);
    const [warning] = warnings(h);
    expect(warning?.reason).toMatch(/no answer within 1500 ms/);
    expect(warning?.retryInMs).toBe(FAST.firstRetryDelayMs);
  });

  test("five 5xx in a row on getUpdates: each logged with its delay, the next update answered after the capped backoff", async () => {
    h = await startHarness({}, { polling: FAST });
    await answeredIn(h, 1);
    h.fake.fail("getUpdates", ERRORS.internal(), { times: 5 });
    await new Promise((r) => setTimeout(r, FAST.longPollSeconds * 1000 + 100));
    const ms = await answeredIn(h, 2);
    const delays = warnings(h).map((w) => w.retryInMs);
    expect(delays).toEqual([50, 100, 200, 200, 200]);
    expect(warnings(h)[0]?.reason).toBe("500 Internal Server Error");
    expect(ms).toBeLessThan(50 + 100 + 200 + 200 + 200 + SLACK_MS);
    expect(h.logs.some((l) => l.msg === "getUpdates works again" && l.failures === 5)).toBe(true);
  });

  test("after an outage the next update is answered within the longest retry delay", async () => {
    h = await startHarness({}, { polling: FAST });
    await answeredIn(h, 1);
    h.fake.goDown();
    const reply = h.fake.nextMessages(2, 1, 20_000);
    h.fake.push(command("help", "", { from: user(2) }));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(warnings(h).length).toBeGreaterThanOrEqual(3);
    const back = performance.now();
    h.fake.comeBack();
    await reply;
    expect(performance.now() - back).toBeLessThan(FAST.maxRetryDelayMs + SLACK_MS);
    // Network errors name their cause in the log.
    expect(String(warnings(h)[0]?.reason)).toMatch(/getUpdates/);
  });

  test("the watchdog restarts polling when no getUpdates came back for its period", async () => {
    const watchdogMs = 800;
    // A deadline far beyond the watchdog: only the watchdog can end this hang.
    h = await startHarness({}, { polling: { ...FAST, requestMarginMs: 60_000, watchdogMs } });
    await answeredIn(h, 1);
    h.fake.hang("getUpdates");
    await new Promise((r) => setTimeout(r, FAST.longPollSeconds * 1000 + 100));
    const ms = await answeredIn(h, 2);
    expect(ms).toBeLessThan(watchdogMs * 1.25 + SLACK_MS);
    const restart = h.logs.find((l) => l.msg === "no getUpdates came back for too long; restarting polling");
    expect(restart?.level).toBe(50);
    // Polling goes on normally after the restart.
    expect(await answeredIn(h, 3)).toBeLessThan(SLACK_MS);
  });

  test("a revoked token (401) ends polling for good, reported through `stopped`", async () => {
    h = await startHarness({}, { polling: FAST });
    await answeredIn(h, 1);
    h.fake.fail("getUpdates", { ok: false, error_code: 401, description: "Unauthorized" });
    await expect(h.running.stopped).rejects.toMatchObject({ error_code: 401 });
  });
});
