// Daily quiz subscriptions, and each day's delivery as a lease: claim → send message by message, each
// recorded with its id → finish. A crash leaves a lease that expires and a delivery that resumes where it
// stopped, so nobody loses a day's quiz and nobody gets a message twice (but see README: the one window).
import { formatMinutes, isValidTimeZone, localTime } from "../quiz/daily.ts";
import type { Database } from "./db.ts";

/** A user's daily quiz setting. */
export interface DailySubscription {
  userId: number;
  chatId: number;
  /** Local time of day, `HH:MM`. */
  time: string;
  /** Questions per delivery. */
  count: number;
  /** The local date (`YYYY-MM-DD`) of the last finished delivery, if any. */
  lastSentDate?: string;
}

/**
 * One day's delivery to one user, claimed under a lease: a header message, then one message per card. It
 * stays leased (so nobody else sends it) until {@link DailyStore.finish}; a holder that dies leaves a lease
 * that expires, and the next claim resumes at the first message Telegram did not confirm.
 */
export interface DueDelivery {
  userId: number;
  chatId: number;
  count: number;
  time: string;
  timeZone: string;
  localDate: string;
  /** The cards chosen for this delivery, once {@link DailyStore.plan} recorded them. */
  cardIds?: string[];
  /** How many of its messages (header first, then the cards) Telegram confirmed. */
  sentParts: number;
  /** The ids of those messages, in order: the record that keeps a resumed delivery from sending them again. */
  messageIds: number[];
  /** This claim's number for the day: 1 the first time, more after a crash or a failure. */
  attempt: number;
}

/** Who holds a claim, and until when. Leases of a live holder are renewed ({@link DailyStore.renew}). */
export interface Lease {
  /** Unique per sender process: only its holder writes a delivery's progress. */
  owner: string;
  until: Date;
}

/** Reads and writes `daily_subscriptions`. Create one per database; statements are prepared once. */
export interface DailyStore {
  /**
   * Subscribes the user (replacing an earlier setting) to `count` questions at local `time` (`HH:MM`, as
   * returned by `parseTimeOfDay`). The user's zone, else `defaultTimeZone`, decides what «local» is; when
   * that time has already passed today the first delivery is tomorrow, so subscribing never sends at once.
   */
  subscribe(
    subscription: { userId: number; chatId: number; time: string; count: number },
    now: Date,
    defaultTimeZone: string,
  ): void;
  /** Stops the user's daily quiz (a delivery in progress stops at its next message); false when there was none. */
  unsubscribe(userId: number): boolean;
  /** The user's setting, or `undefined` when not subscribed. */
  get(userId: number): DailySubscription | undefined;
  /**
   * Claims under `lease`, in one transaction, every delivery whose local time has come today, that was not
   * finished today (local date) and that no live lease holds, skipping blocked users. A delivery left
   * unfinished today (its holder crashed, or it failed and was postponed) comes back with its progress; one
   * left from an earlier day starts afresh. A bot that was down at that minute still sends later the same
   * local day. Users without a zone (or with one this Node.js does not know) use `defaultTimeZone`.
   */
  claimDue(now: Date, defaultTimeZone: string, lease: Lease): DueDelivery[];
  /**
   * Records the cards chosen for `delivery` before anything is sent, so a resumed delivery sends the same
   * quiz. False when `owner` no longer holds it (unsubscribed, or its lease was lost): do not send.
   */
  plan(delivery: DueDelivery, cardIds: readonly string[], owner: string): boolean;
  /**
   * Records that Telegram accepted the delivery's next message, with its id; `delivery.sentParts` and
   * `messageIds` follow. False when `owner` no longer holds it: send nothing more.
   */
  markSent(delivery: DueDelivery, messageId: number, owner: string): boolean;
  /** Ends today's delivery (sent, or given up): it is not claimed again until the next local day. */
  finish(delivery: DueDelivery, owner: string): void;
  /** Gives a failed delivery back, keeping its progress, to be claimed again from `retryAt` on. */
  postpone(delivery: DueDelivery, owner: string, retryAt: Date): void;
  /** Extends every lease `owner` holds to `until`, in one statement; returns how many. */
  renew(owner: string, until: Date): number;
  /**
   * Gives back every delivery `owner` holds, with its progress, to be claimed at once: for a sender that
   * stops on purpose. Returns how many.
   */
  release(owner: string): number;
}

function parseHhMm(time: string): number {
  const match = /^(\d{2}):(\d{2})$/u.exec(time);
  const minutes = Number(match?.[1]) * 60 + Number(match?.[2]);
  if (!match || !(minutes >= 0 && minutes < 1440)) {
    throw new Error(
      `store: daily time must be "HH:MM" from 00:00 to 23:59, got "${time}"; read it with parseTimeOfDay`,
    );
  }
  return minutes;
}

interface ClaimRow {
  user_id: number;
  chat_id: number;
  count: number;
  minute_of_day: number;
  card_ids: string | null;
  sent_parts: number;
  message_ids: string;
  attempts: number;
}

/** Claims due rows of one zone group; `:zone` is ignored by the default-zone variant. */
const claimSql = (zoneCondition: string) => `
  UPDATE daily_subscriptions SET
    attempts = CASE WHEN pending_date = :date THEN attempts + 1 ELSE 1 END,
    card_ids = CASE WHEN pending_date = :date THEN card_ids END,
    sent_parts = CASE WHEN pending_date = :date THEN sent_parts ELSE 0 END,
    message_ids = CASE WHEN pending_date = :date THEN message_ids ELSE '[]' END,
    pending_date = :date, lease_owner = :owner, lease_until = :until
  WHERE user_id IN (SELECT id FROM users WHERE ${zoneCondition} AND blocked_at IS NULL)
    AND minute_of_day <= :minutes AND last_sent_date < :date AND lease_until <= :now
  RETURNING user_id, chat_id, count, minute_of_day, card_ids, sent_parts, message_ids, attempts`;

interface ClaimParams {
  zone: string;
  date: string;
  minutes: number;
  owner: string;
  until: number;
  now: number;
}

/** Creates the {@link DailyStore} for `db`. */
export function createDailyStore(db: Database): DailyStore {
  const ensureUser = db.prepare<[number, number, number]>(
    "INSERT OR IGNORE INTO users (id, created_at, seen_at) VALUES (?, ?, ?)",
  );
  const zoneOf = db.prepare<[number], string | null>("SELECT timezone FROM users WHERE id = ?").pluck();
  const upsert = db.prepare<[number, number, number, number, string, number]>(
    `INSERT INTO daily_subscriptions (user_id, chat_id, minute_of_day, count, last_sent_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET chat_id = excluded.chat_id, minute_of_day = excluded.minute_of_day,
       count = excluded.count, last_sent_date = max(last_sent_date, excluded.last_sent_date)`,
  );
  const remove = db.prepare<[number]>("DELETE FROM daily_subscriptions WHERE user_id = ?");
  const getOne = db.prepare<
    [number],
    { user_id: number; chat_id: number; minute_of_day: number; count: number; last_sent_date: string }
  >(
    "SELECT user_id, chat_id, minute_of_day, count, last_sent_date FROM daily_subscriptions WHERE user_id = ?",
  );
  const zones = db
    .prepare<[], string>(
      `SELECT DISTINCT u.timezone FROM users u
       WHERE u.timezone IS NOT NULL AND EXISTS (SELECT 1 FROM daily_subscriptions s WHERE s.user_id = u.id)`,
    )
    .pluck();
  const claimInZone = db.prepare<ClaimParams, ClaimRow>(claimSql("timezone = :zone"));
  const claimDefault = db.prepare<Omit<ClaimParams, "zone">, ClaimRow>(claimSql("timezone IS NULL"));
  const held = "WHERE user_id = :userId AND pending_date = :date AND lease_owner = :owner";
  type Held = { userId: number; date: string; owner: string };
  const planCards = db.prepare<Held & { cards: string }>(
    `UPDATE daily_subscriptions SET card_ids = :cards ${held}`,
  );
  const markPart = db.prepare<Held & { parts: number; ids: string }>(
    `UPDATE daily_subscriptions SET sent_parts = :parts, message_ids = :ids ${held}`,
  );
  const finishOne = db.prepare<Held>(
    `UPDATE daily_subscriptions SET last_sent_date = pending_date, lease_owner = NULL, lease_until = 0,
       card_ids = NULL, sent_parts = 0, message_ids = '[]' ${held}`,
  );
  const postponeOne = db.prepare<Held & { until: number }>(
    `UPDATE daily_subscriptions SET lease_owner = NULL, lease_until = :until ${held}`,
  );
  const renewAll = db.prepare<{ owner: string; until: number }>(
    "UPDATE daily_subscriptions SET lease_until = :until WHERE lease_owner = :owner",
  );
  const releaseAll = db.prepare<{ owner: string }>(
    "UPDATE daily_subscriptions SET lease_owner = NULL, lease_until = 0 WHERE lease_owner = :owner",
  );
  const heldBy = (d: DueDelivery, owner: string): Held => ({ userId: d.userId, date: d.localDate, owner });

  const subscribe = db.transaction(
    (userId: number, chatId: number, minutes: number, count: number, now: Date, defaultZone: string) => {
      ensureUser.run(userId, now.getTime(), now.getTime());
      const stored = zoneOf.get(userId);
      const zone = stored && isValidTimeZone(stored) ? stored : defaultZone;
      const local = localTime(now, zone);
      // A time already past today counts as delivered today: the first quiz comes tomorrow.
      upsert.run(userId, chatId, minutes, count, minutes < local.minutes ? local.date : "", now.getTime());
    },
  );

  const claim = db.transaction((now: Date, defaultZone: string, lease: Lease): DueDelivery[] => {
    const claimed: DueDelivery[] = [];
    const collect = (rows: ClaimRow[], timeZone: string, localDate: string) => {
      for (const row of rows) {
        const delivery: DueDelivery = {
          userId: row.user_id,
          chatId: row.chat_id,
          count: row.count,
          time: formatMinutes(row.minute_of_day),
          timeZone,
          localDate,
          sentParts: row.sent_parts,
          messageIds: JSON.parse(row.message_ids) as number[],
          attempt: row.attempts,
        };
        if (row.card_ids !== null) delivery.cardIds = JSON.parse(row.card_ids) as string[];
        claimed.push(delivery);
      }
    };
    const held = { owner: lease.owner, until: lease.until.getTime(), now: now.getTime() };
    const fallback = localTime(now, defaultZone);
    collect(claimDefault.all({ ...fallback, ...held }), defaultZone, fallback.date);
    for (const zone of zones.all()) {
      const timeZone = isValidTimeZone(zone) ? zone : defaultZone;
      const local = localTime(now, timeZone);
      collect(
        claimInZone.all({ zone, date: local.date, minutes: local.minutes, ...held }),
        timeZone,
        local.date,
      );
    }
    return claimed;
  });

  return {
    subscribe(subscription, now, defaultTimeZone) {
      const minutes = parseHhMm(subscription.time);
      if (!Number.isInteger(subscription.count) || subscription.count < 1) {
        throw new Error(`store: daily count must be a whole number ≥ 1, got ${subscription.count}`);
      }
      subscribe(subscription.userId, subscription.chatId, minutes, subscription.count, now, defaultTimeZone);
    },
    unsubscribe(userId) {
      return remove.run(userId).changes > 0;
    },
    get(userId) {
      const row = getOne.get(userId);
      if (!row) return undefined;
      const subscription: DailySubscription = {
        userId: row.user_id,
        chatId: row.chat_id,
        time: formatMinutes(row.minute_of_day),
        count: row.count,
      };
      if (row.last_sent_date !== "") subscription.lastSentDate = row.last_sent_date;
      return subscription;
    },
    claimDue(now, defaultTimeZone, lease) {
      return claim(now, defaultTimeZone, lease);
    },
    plan(delivery, cardIds, owner) {
      const planned =
        planCards.run({ ...heldBy(delivery, owner), cards: JSON.stringify(cardIds) }).changes > 0;
      if (planned) delivery.cardIds = [...cardIds];
      return planned;
    },
    markSent(delivery, messageId, owner) {
      const ids = [...delivery.messageIds, messageId];
      const parts = delivery.sentParts + 1;
      const marked =
        markPart.run({ ...heldBy(delivery, owner), parts, ids: JSON.stringify(ids) }).changes > 0;
      if (marked) {
        delivery.sentParts = parts;
        delivery.messageIds = ids;
      }
      return marked;
    },
    finish(delivery, owner) {
      finishOne.run(heldBy(delivery, owner));
    },
    postpone(delivery, owner, retryAt) {
      postponeOne.run({ ...heldBy(delivery, owner), until: retryAt.getTime() });
    },
    renew(owner, until) {
      return renewAll.run({ owner, until: until.getTime() }).changes;
    },
    release(owner) {
      return releaseAll.run({ owner }).changes;
    },
  };
}
