// Long polling that never goes deaf: every getUpdates has a deadline, a failed one is retried after a short
// capped backoff (logged at warn with the reason and the delay), and a watchdog restarts polling when no
// getUpdates has come back for too long. Built from @grammyjs/runner's source, sink and runner, with our
// own update supplier: the runner's own fetcher waits without a deadline and backs off without a cap.
import {
  createConcurrentSink,
  createRunner,
  createSource,
  type RunnerHandle,
  type UpdateSupplier,
} from "@grammyjs/runner";
import { type Bot, type BotError, type Context, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";

/** Settings of {@link startUpdatePolling}; each defaults to {@link POLLING_DEFAULTS}. */
export interface PollingOptions {
  /** Updates handled at once; the runner fetches at most this many per getUpdates. Default 32. */
  concurrency?: number;
  /** Updates the bot asks for (`allowed_updates`). Default: Telegram's default set. */
  allowedUpdates?: readonly string[];
  /** The long-poll `timeout` of getUpdates, in seconds. Default 30. */
  longPollSeconds?: number;
  /** How long past the long-poll timeout a getUpdates may take before it is abandoned and retried. Default 10,000 ms. */
  requestMarginMs?: number;
  /** The delay after the first failed getUpdates; it doubles with each failure in a row. Default 500 ms. */
  firstRetryDelayMs?: number;
  /** The longest delay between two attempts, so polling resumes within this long after an outage ends. Default 5,000 ms. */
  maxRetryDelayMs?: number;
  /** When no getUpdates has come back (answer or error) for this long, polling is restarted. Default 120,000 ms. */
  watchdogMs?: number;
}

/** The production settings; tests inject smaller ones. */
export const POLLING_DEFAULTS = {
  // The runner fetches at most this many per getUpdates, and a fetched batch waits for the CPU as a whole:
  // answering is CPU-bound (search, rendering), so a small batch keeps the wait from update to reply short
  // without costing throughput. The runner's default, 500, lets a burst of 100 queue for 100 searches.
  concurrency: 32,
  longPollSeconds: 30,
  requestMarginMs: 10_000,
  firstRetryDelayMs: 500,
  maxRetryDelayMs: 5_000,
  watchdogMs: 120_000,
} as const;

/** Long polling in progress. */
export interface Polling {
  /** Stops fetching and resolves once the updates in flight are handled; idempotent. */
  stop(): Promise<void>;
  /** Settles when polling stops; rejects when it failed for good (401: revoked token; 409: another instance or a webhook). */
  readonly stopped: Promise<void>;
}

/** Thrown (and logged as the reason of a retry) when a getUpdates outlives its deadline. */
export class PollTimeoutError extends Error {
  override name = "PollTimeoutError";
}

/** Telegram answers these for good: retrying cannot help, a person must act. */
function isUnrecoverable(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 401 || error.error_code === 409);
}

/**
 * A short reason for the log: the status and description, or the network error. The bot token is cut out of
 * URLs in it (a network error quotes the request's URL, and logs are read by more people than the token).
 */
export function reasonOf(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  if (error instanceof Error) {
    const cause = (error as { error?: unknown }).error ?? error.cause;
    const text = cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
    return text.replace(/\/bot\d+:[\w-]+\//g, "/bot<token>/");
  }
  return String(error);
}

/** The runner's abort signal (its own shim type, which Node's `AbortSignal` does not satisfy). */
type SupplySignal = Parameters<UpdateSupplier<Update>["supply"]>[1];
/** The signal grammY's API methods take (the same shim). */
type ApiSignal = Parameters<Bot["api"]["getUpdates"]>[1];

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: SupplySignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}

/**
 * Polls `bot` (already initialised) for updates and hands them to it: concurrent across updates, as
 * `run` from @grammyjs/runner does, but never deaf. Each getUpdates is abandoned `requestMarginMs` after
 * its long-poll timeout; failures are retried after 0.5 s, 1 s, 2 s … capped at `maxRetryDelayMs` (a 429
 * waits its `retry_after`); 401 and 409 end polling (see {@link Polling.stopped}). A watchdog restarts
 * polling when no getUpdates has come back for `watchdogMs`.
 */
export function startUpdatePolling<C extends Context>(
  bot: Bot<C>,
  logger: Logger,
  options: PollingOptions = {},
): Polling {
  const o = { ...POLLING_DEFAULTS, ...options };
  const deadlineMs = o.longPollSeconds * 1000 + o.requestMarginMs;
  let offset = 0;
  let failures = 0;
  let lastBackAt = Date.now();
  let inFlight: AbortController | undefined;

  /** Fetches the next batch, retrying until it gets one or `signal` (stop, restart) aborts. */
  const supply = async (batchSize: number, signal: SupplySignal): Promise<Update[]> => {
    for (;;) {
      const attempt = new AbortController();
      const abort = () => attempt.abort();
      signal.addEventListener("abort", abort);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attempt.abort();
      }, deadlineMs);
      inFlight = attempt;
      let delay: number;
      try {
        const updates = await bot.api.getUpdates(
          {
            offset,
            limit: Math.max(1, Math.min(batchSize, 100)),
            timeout: o.longPollSeconds,
            ...(o.allowedUpdates ? { allowed_updates: o.allowedUpdates as never } : {}),
          },
          attempt.signal as unknown as ApiSignal,
        );
        lastBackAt = Date.now();
        if (failures > 0) logger.info({ failures }, "getUpdates works again");
        failures = 0;
        const last = updates.at(-1);
        if (last) offset = last.update_id + 1;
        return updates;
      } catch (caught) {
        lastBackAt = Date.now();
        if (signal.aborted) throw caught;
        if (isUnrecoverable(caught)) throw caught;
        const error = timedOut
          ? new PollTimeoutError(`getUpdates got no answer within ${deadlineMs} ms`)
          : caught;
        failures++;
        const backoff = Math.min(o.maxRetryDelayMs, o.firstRetryDelayMs * 2 ** (failures - 1));
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        delay = retryAfter !== undefined ? Math.max(backoff, retryAfter * 1000) : backoff;
        logger.warn({ reason: reasonOf(error), failures, retryInMs: delay }, "getUpdates failed; retrying");
      } finally {
        clearTimeout(timer);
        signal.removeEventListener("abort", abort);
        if (inFlight === attempt) inFlight = undefined;
      }
      await pause(delay, signal);
      if (signal.aborted) throw new Error("polling stopped");
    }
  };
  const supplier: UpdateSupplier<Update> = { supply };

  let stopping = false;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const stopped = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Not every caller listens before polling fails; the failure is still reported through `stopped`.
  stopped.catch(() => {});

  const launch = (): RunnerHandle => {
    const sink = createConcurrentSink<Update>(
      { consume: (update) => bot.handleUpdate(update) },
      async (error) => {
        try {
          await bot.errorHandler(error as BotError<C>);
        } catch (handlerError) {
          logger.error({ err: handlerError }, "the error handler itself failed");
        }
      },
      { concurrency: o.concurrency },
    );
    const handle = createRunner(createSource(supplier), sink);
    handle.start();
    handle.task()?.catch((error: unknown) => {
      if (handle !== runner || stopping) return;
      clearInterval(watchdog);
      settle.reject(error);
    });
    return handle;
  };
  let runner = launch();

  const watchdog = setInterval(
    () => {
      const silentMs = Date.now() - lastBackAt;
      if (silentMs < o.watchdogMs || stopping) return;
      logger.error(
        { silentMs, inFlight: inFlight !== undefined },
        "no getUpdates came back for too long; restarting polling",
      );
      lastBackAt = Date.now();
      // The old runner's getUpdates is aborted first, so the two never fetch the same offset; updates it
      // is still handling (perhaps what got it stuck) finish on their own.
      void runner.stop()?.catch(() => {});
      runner = launch();
    },
    Math.max(50, Math.min(o.watchdogMs / 4, 10_000)),
  );
  watchdog.unref();

  let stopPromise: Promise<void> | undefined;
  return {
    stop() {
      stopPromise ??= (async () => {
        stopping = true;
        clearInterval(watchdog);
        await runner.stop();
        settle.resolve();
      })();
      return stopPromise;
    },
    stopped,
  };
}
