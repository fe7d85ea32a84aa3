// The daily quiz inside the bot process: every minute (and once at start, to catch up) it claims the
// deliveries that are due and sends them through a paced queue, one user after another.
import { type Api, GrammyError } from "grammy";
import type { Logger } from "pino";
import type { DueDelivery } from "../store/daily.ts";
import type { QuizDeps } from "./context.ts";
import { sendCard } from "./quiz-send.ts";
import { questionsCount } from "./render-quiz.ts";

/**
 * Messages per second the sender allows itself. Telegram's broadcast limit is about 30/s overall; the
 * rest is left for answering users while a delivery goes out.
 */
export const DAILY_MESSAGES_PER_SECOND = 20;

/** Waits as long as needed so that calls happen at most `perSecond` times a second, overall. */
export type Pacer = () => Promise<void>;

/**
 * A pacer spacing calls `1000 / perSecond` ms apart. `clock` (ms, default `performance.now`) and
 * `sleep` are injectable for tests.
 */
export function createPacer(
  perSecond: number,
  clock: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Pacer {
  const gap = 1000 / perSecond;
  let next = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = clock();
    const slot = Math.max(now, next);
    next = slot + gap;
    if (slot > now) await sleep(slot - now);
  };
}

/** Runs `task` every `ms`; returns the function that stops it. */
export type Every = (task: () => void, ms: number) => () => void;

const everyInterval: Every = (task, ms) => {
  const timer = setInterval(task, ms);
  timer.unref();
  return () => clearInterval(timer);
};

export interface DailySenderOptions {
  /** The bot's API (`bot.api`): its transformers retry 429s and mark 403 users blocked. */
  api: Api;
  quiz: QuizDeps;
  logger: Logger;
  /** How often to look for due deliveries. Default 60,000 ms. */
  intervalMs?: number;
  /** The timer; default `setInterval` (unref'd). Tests pass one they trigger by hand. */
  every?: Every;
  /** Spaces the messages; default {@link createPacer} at {@link DAILY_MESSAGES_PER_SECOND}. */
  pace?: Pacer;
}

/** A running daily sender. */
export interface DailySender {
  /** Claims what is due now (by `quiz.now()`) and queues it; resolves when the queue is sent. Returns how many were claimed. */
  tick(): Promise<number>;
  /** Resolves once everything queued so far was sent. */
  idle(): Promise<void>;
  /**
   * Stops looking and sending: the delivery in flight finishes, the ones not started are released (a
   * restart sends them the same local day; a crash instead loses them — claims never send twice). Idempotent.
   */
  stop(): Promise<void>;
}

/** Starts the daily sender: one catch-up tick at once, then one every `intervalMs`. */
export function startDailySender(options: DailySenderOptions): DailySender {
  const { api, quiz, logger } = options;
  const pace = options.pace ?? createPacer(DAILY_MESSAGES_PER_SECOND);
  const queue: DueDelivery[] = [];
  let draining: Promise<void> | undefined;
  let stopped = false;

  const deliver = async (delivery: DueDelivery) => {
    const to = { chatId: delivery.chatId, userId: delivery.userId };
    const cards = quiz.scheduler.nextCards(delivery.userId, quiz.deck, quiz.now(), delivery.count);
    if (cards.length === 0) return;
    try {
      await pace();
      await api.sendMessage(
        to.chatId,
        `☀️ Ежедневная викторина: ${questionsCount(cards.length)}. Выключить — /daily off`,
      );
      // A delivery once started is finished, even when stopping: a few messages, not a half-sent quiz.
      for (const { card } of cards) {
        await pace();
        await sendCard(api, quiz, to, card);
      }
    } catch (err) {
      // One user's failure (blocked: marked by the bot's transformer) never stops the others.
      const blocked = err instanceof GrammyError && err.error_code === 403;
      logger[blocked ? "info" : "warn"](
        { err, userId: delivery.userId },
        blocked ? "daily quiz: the user blocked the bot" : "daily quiz: could not send",
      );
    }
  };

  const drain = (): Promise<void> => {
    if (draining || queue.length === 0) return draining ?? Promise.resolve();
    draining = (async () => {
      try {
        for (let next = queue.shift(); next && !stopped; next = queue.shift()) await deliver(next);
      } finally {
        // Cleared in the same turn the queue is found empty, so a tick never joins a finished drain.
        draining = undefined;
      }
    })();
    return draining;
  };

  const tick = async (): Promise<number> => {
    if (stopped) return 0;
    let claimed: DueDelivery[];
    try {
      claimed = quiz.daily.claimDue(quiz.now(), quiz.defaultTimeZone);
    } catch (err) {
      logger.error({ err }, "daily quiz: could not claim the due deliveries");
      return 0;
    }
    if (claimed.length > 0) logger.info({ count: claimed.length }, "daily quiz: sending");
    queue.push(...claimed);
    await drain();
    return claimed.length;
  };

  const cancel = (options.every ?? everyInterval)(() => void tick(), options.intervalMs ?? 60_000);
  void tick();

  let stopping: Promise<void> | undefined;
  return {
    tick,
    idle: () => draining ?? Promise.resolve(),
    stop() {
      stopping ??= (async () => {
        stopped = true;
        cancel();
        // What was claimed but not started goes back, to be sent after a restart the same day.
        const unsent = queue.splice(0);
        try {
          quiz.daily.release(unsent);
        } catch (err) {
          logger.error(
            { err, count: unsent.length },
            "daily quiz: could not give back the unsent deliveries",
          );
        }
        await draining;
      })();
      return stopping;
    },
  };
}
