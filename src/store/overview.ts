// Counts for the admins' /admin: how many people use the bot and how much they study. Read-only. Groups
// have a users row for their daily quiz (a negative id); they are not counted as users.
import type { Database } from "better-sqlite3";

/** A snapshot of the bot's use. */
export interface Overview {
  users: number;
  /** Users seen in the last 24 hours / 7 days. */
  activeDay: number;
  activeWeek: number;
  /** Users who blocked the bot (daily quizzes skip them). */
  blocked: number;
  /** Users and groups subscribed to a daily quiz. */
  subscribers: number;
  /** Quiz answers in the last 24 hours, and ever. */
  answersDay: number;
  answersTotal: number;
}

const DAY_MS = 86_400_000;

/** Creates the counter for `db`: `snapshot(now)` reads every count in one transaction. */
export function createOverview(db: Database): { snapshot(now?: Date): Overview } {
  const count = (sql: string) => db.prepare<[number], number>(sql).pluck();
  const users = count("SELECT count(*) FROM users WHERE id > 0 AND ? IS NOT NULL");
  const seenSince = count("SELECT count(*) FROM users WHERE id > 0 AND seen_at >= ?");
  const blocked = count(
    "SELECT count(*) FROM users WHERE id > 0 AND blocked_at IS NOT NULL AND ? IS NOT NULL",
  );
  const subscribers = count("SELECT count(*) FROM daily_subscriptions WHERE ? IS NOT NULL");
  const answersSince = count("SELECT count(*) FROM reviews WHERE reviewed_at >= ?");
  const snapshot = db.transaction(
    (t: number): Overview => ({
      users: users.get(t) ?? 0,
      activeDay: seenSince.get(t - DAY_MS) ?? 0,
      activeWeek: seenSince.get(t - 7 * DAY_MS) ?? 0,
      blocked: blocked.get(t) ?? 0,
      subscribers: subscribers.get(t) ?? 0,
      answersDay: answersSince.get(t - DAY_MS) ?? 0,
      answersTotal: answersSince.get(0) ?? 0,
    }),
  );
  return { snapshot: (now = new Date()) => snapshot(now.getTime()) };
}
