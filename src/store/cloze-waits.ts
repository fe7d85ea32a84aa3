// Cloze cards waiting for their typed answer: per chat and user, which sent quiz (poll store key) the next
// message answers, and until when. A /forget deletes the user, and with it these rows (foreign key).
import type { Database } from "./db.ts";

/** A cloze waiting for the user's next message in a chat. */
export interface ClozeWait {
  /** The poll store key of the sent cloze (`btn:<chat>:<message>`). */
  pollId: string;
  until: Date;
  /** The topic key of `/quiz <topic>`, for «Ещё вопрос» after the answer. */
  topic?: string;
}

/** Reads and writes `cloze_waits`. Create one per database; statements are prepared once. */
export interface ClozeWaitStore {
  /** Makes `pollId` the cloze the user's next message in `chatId` answers, replacing any other, until `until`. */
  wait(chatId: number, userId: number, wait: ClozeWait): void;
  /** The cloze the user's next message in `chatId` answers at `now`; `undefined` when none, or it timed out. */
  waiting(chatId: number, userId: number, now: Date): ClozeWait | undefined;
  /** Stops waiting (answered, or the user moved on with a command). */
  clear(chatId: number, userId: number): void;
}

/** Creates the {@link ClozeWaitStore} for `db`. */
export function createClozeWaitStore(db: Database): ClozeWaitStore {
  const ensureUser = db.prepare<[number, number, number]>(
    "INSERT OR IGNORE INTO users (id, created_at, seen_at) VALUES (?, ?, ?)",
  );
  const upsert = db.prepare<[number, number, string, number, string | null]>(
    `INSERT INTO cloze_waits (chat_id, user_id, poll_id, until, topic) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (chat_id, user_id)
     DO UPDATE SET poll_id = excluded.poll_id, until = excluded.until, topic = excluded.topic`,
  );
  const select = db.prepare<
    [number, number, number],
    { poll_id: string; until: number; topic: string | null }
  >("SELECT poll_id, until, topic FROM cloze_waits WHERE chat_id = ? AND user_id = ? AND until > ?");
  const remove = db.prepare<[number, number]>("DELETE FROM cloze_waits WHERE chat_id = ? AND user_id = ?");
  const wait = db.transaction((chatId: number, userId: number, entry: ClozeWait) => {
    const t = entry.until.getTime();
    ensureUser.run(userId, t, t);
    upsert.run(chatId, userId, entry.pollId, t, entry.topic ?? null);
  });
  return {
    wait(chatId, userId, entry) {
      wait(chatId, userId, entry);
    },
    waiting(chatId, userId, now) {
      const row = select.get(chatId, userId, now.getTime());
      if (!row) return undefined;
      const found: ClozeWait = { pollId: row.poll_id, until: new Date(row.until) };
      if (row.topic !== null) found.topic = row.topic;
      return found;
    },
    clear(chatId, userId) {
      remove.run(chatId, userId);
    },
  };
}
