// The daily quiz inside the bot process: every minute (and once at start, to catch up) it claims the
// deliveries that are due under a lease and sends them at Telegram's pace, one user after another. Each
// message is recorded with its id as soon as Telegram accepts it, so a delivery cut short anywhere — kill -9,
// SIGTERM, a 5xx — resumes at its first unconfirmed message: a header is always followed by its quiz.
import { randomUUID } from "node:crypto";
import { type Api, GrammyError } from "grammy";
import type { Logger } from "pino";
import type { Card } from "../quiz/types.ts";
import type { DueDelivery } from "../store/daily.ts";
import type { QuizDeps } from "./context.ts";
import { isGroupSubscription, pickGroupCards, sendGroupCard } from "./group-send.ts";
import type { Metrics } from "./metrics.ts";
import { sendCard } from "./quiz-send.ts";
import { questionsCount } from "./render-quiz.ts";

/** Messages per second the sender allows itself by default: Telegram's broadcast limit, about 30/s per bot. */
export const DAILY_MESSAGES_PER_SECOND = 30;

/** How long a claim lasts by default without being renewed: how late a crashed process's quizzes come. */
export const DAILY_LEASE_MS = 60_000;

/** Claims of one delivery after which a failing one is given up for the day. */
export const DAILY_MAX_ATTEMPTS = 5;

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

/** What {@link startDailySender} needs; everything but `api`, `quiz` and `logger` has a default. */
export interface DailySenderOptions {
  /** The bot's API (`bot.api`): its transformers retry 429s and 5xx and mark 403 users blocked. */
  api: Api;
  quiz: QuizDeps;
  logger: Logger;
  /** How often to look for due deliveries. Default: the lease, at most 60,000 ms. */
  intervalMs?: number;
  /**
   * How long a claim lasts; the sender renews its claims every third of it while it runs, so only a dead
   * sender's claims expire. Default {@link DAILY_LEASE_MS}.
   */
  leaseMs?: number;
  /** How long a delivery that failed (5xx, network) waits before it is claimed again. Default: the lease. */
  retryDelayMs?: number;
  /** The timer; default `setInterval` (unref'd). Tests pass one they trigger by hand. */
  every?: Every;
  /** Spaces the messages; default {@link createPacer} at {@link DAILY_MESSAGES_PER_SECOND}. */
  pace?: Pacer;
  /** Counts deliveries sent, failed attempts and blocked users, for /metrics; default none. */
  metrics?: Pick<Metrics, "daily">;
}

/** A running daily sender. */
export interface DailySender {
  /**
   * Claims what is due now (by `quiz.now()`) and sends it; resolves when nothing claimable is left. Returns
   * how many deliveries were claimed. A tick during a round joins it.
   */
  tick(): Promise<number>;
  /** Resolves once the current round is done. */
  idle(): Promise<void>;
  /**
   * Stops looking and sending: the message in flight finishes, then every claim still held — with the
   * progress of a delivery cut between its messages — is given back, so a restart resumes them the same
   * local day (a crash instead lets the claims expire). Idempotent.
   */
  stop(): Promise<void>;
}

/** What became of one claimed delivery. */
type Outcome = "sent" | "postponed" | "given up" | "lost";

/** Starts the daily sender: one catch-up tick at once, then one every `intervalMs`. */
export function startDailySender(options: DailySenderOptions): DailySender {
  const { api, quiz, logger } = options;
  const store = quiz.daily;
  const pace = options.pace ?? createPacer(DAILY_MESSAGES_PER_SECOND);
  const leaseMs = options.leaseMs ?? DAILY_LEASE_MS;
  const retryDelayMs = options.retryDelayMs ?? leaseMs;
  const every = options.every ?? everyInterval;
  const sender = `${process.pid}:${randomUUID()}`;
  let rounds = 0;
  /** The current round's claims are held and renewed under this name (see runRound). */
  let owner = `${sender}:0`;
  const leaseUntil = () => new Date(quiz.now().getTime() + leaseMs);
  let round: Promise<number> | undefined;
  let stopped = false;

  /** Sends the delivery's messages from its first unconfirmed one; false when it lost the claim on the way. */
  const sendParts = async (delivery: DueDelivery, cards: readonly Card[]): Promise<boolean> => {
    const to = { chatId: delivery.chatId, userId: delivery.userId };
    // Part 0 is the header, part i the card i - 1. A part is sent only after the previous one was recorded:
    // the database never trails Telegram by more than the message in flight. Stopping lets a started
    // delivery finish (a few messages), so the header is not left alone until the next start.
    for (let part = delivery.sentParts; part <= cards.length; part++) {
      await pace();
      let messageId: number;
      if (part === 0) {
        // In a group only admins may switch it off; everyone may answer and see the leaderboard.
        const header = isGroupSubscription(delivery)
          ? `☀️ Ежедневная викторина группы: ${questionsCount(cards.length)}, отвечает каждый. Рейтинг недели — /top`
          : `☀️ Ежедневная викторина: ${questionsCount(cards.length)}. Выключить — /daily off`;
        messageId = (await api.sendMessage(to.chatId, header)).message_id;
      } else if (isGroupSubscription(delivery)) {
        messageId = (await sendGroupCard(api, quiz, to.chatId, cards[part - 1] as Card)).messageId;
      } else {
        messageId = (await sendCard(api, quiz, to, cards[part - 1] as Card)).messageId;
      }
      if (!store.markSent(delivery, messageId, owner)) return false;
    }
    return true;
  };

  const deliver = async (delivery: DueDelivery): Promise<Outcome> => {
    const log = { userId: delivery.userId, localDate: delivery.localDate, attempt: delivery.attempt };
    if (delivery.cardIds === undefined) {
      // A group gets a fair turn through the deck; a user, their own due reviews and new cards.
      const picked = isGroupSubscription(delivery)
        ? pickGroupCards(quiz, quiz.deck, delivery.chatId, delivery.count)
        : quiz.scheduler
            .nextCards(
              delivery.userId,
              quiz.deck,
              quiz.now(),
              delivery.count,
              undefined,
              quiz.reports.suspended,
            )
            .map((p) => p.card);
      // Recorded before anything is sent: a resumed delivery asks the same questions.
      if (
        !store.plan(
          delivery,
          picked.map((card) => card.id),
          owner,
        )
      )
        return "lost";
    }
    // A card gone from the notes since the plan is skipped; the rest of the quiz still comes.
    const cards = (delivery.cardIds ?? []).flatMap((id) => quiz.deck.byId(id) ?? []);
    if (cards.length === 0) {
      store.finish(delivery, owner);
      return "given up";
    }
    try {
      if (!(await sendParts(delivery, cards))) return "lost";
      store.finish(delivery, owner);
      options.metrics?.daily("sent");
      return "sent";
    } catch (err) {
      const code = err instanceof GrammyError ? err.error_code : undefined;
      if (err instanceof GrammyError && err.parameters.migrate_to_chat_id) {
        // The group became a supergroup: the API's transformer moved the delivery, with its progress, to the
        // new chat and gave it back; the next claim (this round) sends the rest there.
        logger.info(
          { ...log, to: err.parameters.migrate_to_chat_id },
          "daily quiz: the group moved; resending",
        );
        return "postponed";
      }
      // 429 and 5xx (after the API's own retries) and network errors pass; anything else Telegram refused
      // (403 blocked, 400) will be refused again.
      const transient = code === undefined || code === 429 || code >= 500;
      options.metrics?.daily(code === 403 ? "blocked" : "failed");
      if (code === 403) {
        // The API's transformer marked the user blocked, or stopped the group's daily quiz.
        logger.info({ ...log, err }, "daily quiz: the user blocked the bot, or the bot left the group");
      } else if (!transient || delivery.attempt >= DAILY_MAX_ATTEMPTS) {
        logger.error({ ...log, err }, "daily quiz: could not send; giving up for today");
      } else {
        // A flood wait longer than the API's own retries allow is honoured before this delivery is tried again.
        const floodMs = err instanceof GrammyError ? (err.parameters.retry_after ?? 0) * 1000 : 0;
        const retryInMs = Math.max(retryDelayMs, floodMs);
        logger.warn({ ...log, err, retryInMs }, "daily quiz: could not send; will retry");
        store.postpone(delivery, owner, new Date(quiz.now().getTime() + retryInMs));
        return "postponed";
      }
      store.finish(delivery, owner);
      return "given up";
    }
  };

  const runRound = async (): Promise<number> => {
    owner = `${sender}:${++rounds}`;
    const outcomes: Record<Outcome, number> = { sent: 0, postponed: 0, "given up": 0, lost: 0 };
    let claimedTotal = 0;
    // Claims again after each batch: what came due or was given back meanwhile goes out in the same round.
    while (!stopped) {
      let claimed: DueDelivery[];
      try {
        claimed = store.claimDue(quiz.now(), quiz.defaultTimeZone, { owner, until: leaseUntil() });
      } catch (err) {
        logger.error({ err }, "daily quiz: could not claim the due deliveries");
        break;
      }
      if (claimed.length === 0) break;
      claimedTotal += claimed.length;
      logger.info({ count: claimed.length }, "daily quiz: sending");
      for (const delivery of claimed) {
        if (stopped) break;
        try {
          outcomes[await deliver(delivery)]++;
        } catch (err) {
          logger.error({ err, userId: delivery.userId }, "daily quiz: could not record a delivery");
          outcomes.postponed++;
          // Left as it is: the next round holds its claims under a new owner, so this one is no longer
          // renewed, its lease expires and a later round claims it again.
        }
      }
    }
    if (claimedTotal > 0) logger.info(outcomes, "daily quiz: nothing left to send");
    return claimedTotal;
  };

  const tick = (): Promise<number> => {
    if (stopped) return Promise.resolve(0);
    round ??= runRound().finally(() => {
      round = undefined;
    });
    return round;
  };

  const renew = () => {
    try {
      store.renew(owner, leaseUntil());
    } catch (err) {
      logger.warn({ err }, "daily quiz: could not renew the claims");
    }
  };
  const cancelTicks = every(() => void tick(), options.intervalMs ?? Math.min(leaseMs, 60_000));
  const cancelRenewal = every(renew, leaseMs / 3);
  void tick();

  let stopping: Promise<void> | undefined;
  return {
    tick,
    idle: async () => {
      await round;
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        cancelTicks();
        cancelRenewal();
        await round;
        try {
          const count = store.release(owner);
          if (count > 0) logger.info({ count }, "daily quiz: gave back the deliveries not sent");
        } catch (err) {
          logger.error(
            { err },
            "daily quiz: could not give back the unsent deliveries; they come after the lease",
          );
        }
      })();
      return stopping;
    },
  };
}
