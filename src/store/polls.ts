// Quizzes that were sent (native polls, or button messages keyed the same way) and their one answer.
import type { Database } from "./db.ts";

/** A quiz that was sent to a user. */
export interface SentPoll {
  /** Telegram's `poll.id`; for a button quiz any unique key, e.g. `btn:<chatId>:<messageId>`. */
  pollId: string;
  userId: number;
  chatId: number;
  cardId: string;
  messageId: number;
  sentAt: Date;
  answeredAt?: Date;
}

/** Reads and writes `polls`. Create one per database; statements are prepared once. */
export interface PollStore {
  /** Records a sent quiz (creating the user row when missing). Recording the same `pollId` again is ignored. */
  record(poll: Omit<SentPoll, "answeredAt">): void;
  /** The sent quiz with this id, or `undefined` (unknown poll, or the user was forgotten). */
  find(pollId: string): SentPoll | undefined;
  /**
   * Marks the quiz answered and calls `record` with it, in one transaction (`record`'s own writes, e.g. the
   * review, join it: both land or neither does). Only the first time: a repeated or late duplicate answer
   * gets `undefined` and `record` is not called, so each quiz is scored once. Throws the database's error.
   */
  answer<T>(
    pollId: string,
    now: Date,
    record: (poll: SentPoll) => T,
  ): { poll: SentPoll; result: T } | undefined;
}

interface PollRow {
  poll_id: string;
  user_id: number;
  chat_id: number;
  card_id: string;
  message_id: number;
  sent_at: number;
  answered_at: number | null;
}

function toPoll(row: PollRow): SentPoll {
  const poll: SentPoll = {
    pollId: row.poll_id,
    userId: row.user_id,
    chatId: row.chat_id,
    cardId: row.card_id,
    messageId: row.message_id,
    sentAt: new Date(row.sent_at),
  };
  if (row.answered_at !== null) poll.answeredAt = new Date(row.answered_at);
  return poll;
}

/** Creates the {@link PollStore} for `db`. */
export function createPollStore(db: Database): PollStore {
  const ensureUser = db.prepare<[number, number, number]>(
    "INSERT OR IGNORE INTO users (id, created_at, seen_at) VALUES (?, ?, ?)",
  );
  const insert = db.prepare<[string, number, number, string, number, number]>(
    `INSERT OR IGNORE INTO polls (poll_id, user_id, chat_id, card_id, message_id, sent_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare<[string], PollRow>("SELECT * FROM polls WHERE poll_id = ?");
  const claim = db.prepare<[number, string], PollRow>(
    "UPDATE polls SET answered_at = ? WHERE poll_id = ? AND answered_at IS NULL RETURNING *",
  );
  const record = db.transaction((poll: Omit<SentPoll, "answeredAt">) => {
    const t = poll.sentAt.getTime();
    ensureUser.run(poll.userId, t, t);
    insert.run(poll.pollId, poll.userId, poll.chatId, poll.cardId, poll.messageId, t);
  });

  return {
    record(poll) {
      record(poll);
    },
    find(pollId) {
      const row = select.get(pollId);
      return row ? toPoll(row) : undefined;
    },
    answer(pollId, now, record) {
      return db.transaction(() => {
        const row = claim.get(now.getTime(), pollId);
        if (!row) return undefined;
        const poll = toPoll(row);
        return { poll, result: record(poll) };
      })();
    },
  };
}
