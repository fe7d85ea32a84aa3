// Users: who talked to the bot, their time zone, whether they blocked it, and forgetting them entirely.
import type { Database } from "./db.ts";

/** What Telegram tells us about a user; `id` is the Telegram user id. */
export interface UserInfo {
  id: number;
  firstName?: string;
  username?: string;
  languageCode?: string;
}

/** Reads and writes the `users` table. Create one per database; statements are prepared once. */
export interface UserStore {
  /**
   * Notes that the user was seen now, with their names; clears a block, since they write to us. Only memory:
   * {@link UserStore.flushSeen} writes the notes, so answering never waits on (or fails with) a write.
   */
  touch(user: UserInfo, now?: Date): void;
  /**
   * Writes every pending {@link UserStore.touch} (creating rows) in one transaction and returns how many.
   * Throws the database's error when the write fails; the notes stay pending for the next flush.
   */
  flushSeen(): number;
  /** Marks the user inactive after Telegram answered 403 (bot blocked): daily delivery skips them. */
  markBlocked(id: number, now?: Date): void;
  /** Clears the inactive mark (e.g. on `my_chat_member` becoming `member` again). */
  markActive(id: number): void;
  /** True when the user is marked inactive. Unknown users are not blocked. */
  isBlocked(id: number): boolean;
  /** Stores the user's IANA time zone (validate it first with `isValidTimeZone`); creates the user when missing. */
  setTimezone(id: number, timeZone: string): void;
  /** The user's time zone, or `undefined` when they never set one (use `DEFAULT_TIMEZONE`). */
  getTimezone(id: number): string | undefined;
  /**
   * Deletes everything stored about the user — progress, reviews, daily subscription, polls, their answers in
   * groups, their feedback on answers — in one transaction.
   */
  forget(id: number): void;
}

/** A user seen again within this long is not written again. */
const TOUCH_EVERY_MS = 60_000;
const MAX_REMEMBERED_TOUCHES = 50_000;
/** While the database cannot be written, at most this many users wait to be written (the oldest go first). */
const MAX_PENDING_TOUCHES = 50_000;

/** Creates the {@link UserStore} for `db`. */
export function createUserStore(db: Database): UserStore {
  const upsert = db.prepare<[number, string | null, string | null, string | null, number, number]>(
    `INSERT INTO users (id, first_name, username, language_code, created_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, username = excluded.username,
       language_code = excluded.language_code, seen_at = excluded.seen_at, blocked_at = NULL`,
  );
  const ensure = db.prepare<[number, number, number]>(
    "INSERT OR IGNORE INTO users (id, created_at, seen_at) VALUES (?, ?, ?)",
  );
  const block = db.prepare<[number, number]>("UPDATE users SET blocked_at = ? WHERE id = ?");
  const unblock = db.prepare<[number]>("UPDATE users SET blocked_at = NULL WHERE id = ?");
  const blocked = db
    .prepare<[number], number>("SELECT blocked_at IS NOT NULL FROM users WHERE id = ?")
    .pluck();
  const setZone = db.prepare<[string, number]>("UPDATE users SET timezone = ? WHERE id = ?");
  const getZone = db.prepare<[number], string | null>("SELECT timezone FROM users WHERE id = ?").pluck();
  const deletes = [
    "feedback",
    "card_reports",
    "polls",
    "group_answers",
    "daily_subscriptions",
    "reviews",
    "card_states",
  ].map((table) => db.prepare<[number]>(`DELETE FROM ${table} WHERE user_id = ?`));
  const deleteUser = db.prepare<[number]>("DELETE FROM users WHERE id = ?");
  /** Users seen and not yet written: id → names and time. */
  const pending = new Map<number, { user: UserInfo; at: number }>();
  const writeSeen = (entry: { user: UserInfo; at: number }) => {
    const { user, at } = entry;
    upsert.run(user.id, user.firstName ?? null, user.username ?? null, user.languageCode ?? null, at, at);
  };
  const flushTx = db.transaction((entries: { user: UserInfo; at: number }[]) => {
    for (const entry of entries) writeSeen(entry);
  });
  const blockTx = db.transaction((id: number, t: number) => {
    // A pending touch is older than the block: written first, so it does not clear the block later.
    const seen = pending.get(id);
    if (seen) writeSeen(seen);
    ensure.run(id, t, t);
    block.run(t, id);
  });
  const setZoneTx = db.transaction((id: number, timeZone: string, t: number) => {
    ensure.run(id, t, t);
    setZone.run(timeZone, id);
  });
  const forget = db.transaction((id: number) => {
    for (const statement of deletes) statement.run(id);
    deleteUser.run(id);
  });

  // Every update touches its user; a user who writes again within TOUCH_EVERY_MS with the same names needs
  // no write (seen_at is for coarse activity, not an audit log). Any other change forgets the entry.
  const touched = new Map<number, { at: number; names: string }>();
  const forgetTouch = (id: number) => touched.delete(id);

  return {
    touch(user, now = new Date()) {
      const t = now.getTime();
      const names = `${user.firstName ?? ""}\u0000${user.username ?? ""}\u0000${user.languageCode ?? ""}`;
      const last = touched.get(user.id);
      if (last && last.names === names && t - last.at >= 0 && t - last.at < TOUCH_EVERY_MS) return;
      pending.delete(user.id);
      if (pending.size >= MAX_PENDING_TOUCHES) pending.delete(pending.keys().next().value as number);
      pending.set(user.id, { user, at: t });
      if (touched.size >= MAX_REMEMBERED_TOUCHES) touched.clear();
      touched.set(user.id, { at: t, names });
    },
    flushSeen() {
      if (pending.size === 0) return 0;
      const entries = [...pending.values()];
      flushTx(entries);
      // Touches noted while writing (none today: the write is synchronous) stay pending.
      for (const entry of entries) if (pending.get(entry.user.id) === entry) pending.delete(entry.user.id);
      return entries.length;
    },
    markBlocked(id, now = new Date()) {
      forgetTouch(id);
      blockTx(id, now.getTime());
      pending.delete(id);
    },
    markActive(id) {
      forgetTouch(id);
      unblock.run(id);
    },
    isBlocked(id) {
      // A pending touch is newer than any block (blocking writes it first): the user wrote to us since.
      return !pending.has(id) && blocked.get(id) === 1;
    },
    setTimezone(id, timeZone) {
      setZoneTx(id, timeZone, Date.now());
    },
    getTimezone(id) {
      return getZone.get(id) ?? undefined;
    },
    forget(id) {
      forgetTouch(id);
      forget(id);
      pending.delete(id);
    },
  };
}

/** A running {@link startSeenFlusher}. */
export interface SeenFlusher {
  /** Stops the timer and writes what is pending one last time (a failure goes to `onError`). */
  stop(): void;
}

/**
 * Writes the users' pending touches every `everyMs` (default 3,000 ms), off the reply path. A failed write
 * (a locked or full database) goes to `onError` and is retried at the next tick with everything since.
 */
export function startSeenFlusher(
  users: UserStore,
  onError: (error: unknown) => void,
  everyMs = 3_000,
): SeenFlusher {
  const flush = () => {
    try {
      users.flushSeen();
    } catch (error) {
      onError(error);
    }
  };
  const timer = setInterval(flush, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      flush();
    },
  };
}
