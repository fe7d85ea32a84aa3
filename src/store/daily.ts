// Daily quiz subscriptions and the claim that makes each day's delivery happen exactly once.
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
  /** The local date (`YYYY-MM-DD`) of the last claimed delivery, if any. */
  lastSentDate?: string;
}

/** One delivery to make now: already marked as sent for `localDate`, so it is never claimed twice. */
export interface DueDelivery {
  userId: number;
  chatId: number;
  count: number;
  time: string;
  timeZone: string;
  localDate: string;
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
  /** Stops the user's daily quiz; false when there was none. */
  unsubscribe(userId: number): boolean;
  /** The user's setting, or `undefined` when not subscribed. */
  get(userId: number): DailySubscription | undefined;
  /**
   * Claims, in one transaction, every delivery whose local time has come today and that was not yet made
   * today (local date), skipping blocked users: each is marked sent before it is returned, so a crash after
   * the claim never sends twice, and a bot that was down at that minute still sends later the same local
   * day. Users without a zone (or with one this Node.js does not know) use `defaultTimeZone`.
   */
  claimDue(now: Date, defaultTimeZone: string): DueDelivery[];
  /**
   * Gives claimed deliveries back, in one transaction, so that they are claimed again: for a bot that stops
   * on purpose before sending them. Only a claim still standing (same local date) is released.
   */
  release(deliveries: readonly DueDelivery[]): void;
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
  const claimInZone = db.prepare<{ zone: string; date: string; minutes: number }, ClaimRow>(
    `UPDATE daily_subscriptions SET last_sent_date = :date
     WHERE user_id IN (SELECT id FROM users WHERE timezone = :zone AND blocked_at IS NULL)
       AND minute_of_day <= :minutes AND last_sent_date < :date
     RETURNING user_id, chat_id, count, minute_of_day`,
  );
  const claimDefault = db.prepare<{ date: string; minutes: number }, ClaimRow>(
    `UPDATE daily_subscriptions SET last_sent_date = :date
     WHERE user_id IN (SELECT id FROM users WHERE timezone IS NULL AND blocked_at IS NULL)
       AND minute_of_day <= :minutes AND last_sent_date < :date
     RETURNING user_id, chat_id, count, minute_of_day`,
  );

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

  const claim = db.transaction((now: Date, defaultZone: string): DueDelivery[] => {
    const claimed: DueDelivery[] = [];
    const collect = (rows: ClaimRow[], timeZone: string, localDate: string) => {
      for (const row of rows) {
        claimed.push({
          userId: row.user_id,
          chatId: row.chat_id,
          count: row.count,
          time: formatMinutes(row.minute_of_day),
          timeZone,
          localDate,
        });
      }
    };
    const fallback = localTime(now, defaultZone);
    collect(claimDefault.all(fallback), defaultZone, fallback.date);
    for (const zone of zones.all()) {
      const timeZone = isValidTimeZone(zone) ? zone : defaultZone;
      const local = localTime(now, timeZone);
      collect(claimInZone.all({ zone, date: local.date, minutes: local.minutes }), timeZone, local.date);
    }
    return claimed;
  });

  const unclaim = db.prepare<[number, string]>(
    "UPDATE daily_subscriptions SET last_sent_date = '' WHERE user_id = ? AND last_sent_date = ?",
  );
  const release = db.transaction((deliveries: readonly DueDelivery[]) => {
    for (const d of deliveries) unclaim.run(d.userId, d.localDate);
  });

  return {
    release,
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
    claimDue(now, defaultTimeZone) {
      return claim(now, defaultTimeZone);
    },
  };
}
