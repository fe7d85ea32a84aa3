// Quizzes posted in groups and their members' answers: which card each group poll asked, who answered it
// (once each) and how, the week's leaderboard, and moving all of it when a group becomes a supergroup.
import type { Database } from "./db.ts";

/** A quiz poll the bot posted in a group, for every member to answer. */
export interface GroupQuiz {
  /** Telegram's `poll.id`. */
  pollId: string;
  chatId: number;
  cardId: string;
  messageId: number;
  sentAt: Date;
}

/** A member who answered a group quiz, as Telegram showed them then. */
export interface GroupMember {
  userId: number;
  /** First and last name as Telegram shows them (raw text; escape it to show it). */
  name: string;
}

/** One line of a group's leaderboard. */
export interface LeaderboardRow {
  userId: number;
  /** The name seen with the member's latest answer in the period. */
  name: string;
  correct: number;
  answered: number;
}

/** Reads and writes `group_quizzes` and `group_answers`. Create one per database; statements are prepared once. */
export interface GroupStore {
  /** Records a posted group quiz. Recording the same `pollId` again is ignored. */
  recordQuiz(quiz: GroupQuiz): void;
  /** The group quiz with this poll id, or `undefined` (not a group quiz). */
  findQuiz(pollId: string): GroupQuiz | undefined;
  /**
   * Records `member`'s answer to the group quiz `pollId`, once per member: `score` (which records the review
   * of the member's own card state) runs in the same transaction, and its `correct` is stored with the answer.
   * `undefined` when the poll is no group quiz, the member answered it already, or `score` returns
   * `undefined` (the card left the deck): then nothing is written.
   */
  answer(
    pollId: string,
    member: GroupMember,
    at: Date,
    score: (quiz: GroupQuiz) => { correct: boolean } | undefined,
  ): { quiz: GroupQuiz; correct: boolean } | undefined;
  /** When each card was last asked in the group (ms since the epoch), for a fair pick of the next ones. */
  lastAsked(chatId: number): Map<string, number>;
  /**
   * The members who answered in the group since `since`, best first: most right answers, then the best
   * accuracy, then the earliest to get there. At most `limit` rows.
   */
  leaderboard(chatId: number, since: Date, limit: number): LeaderboardRow[];
  /**
   * Moves the group's quizzes, answers, daily quiz (given back at once if it was being sent) and time zone
   * to `to`, in one transaction: a group that became a supergroup gets a new chat id.
   */
  moveChat(from: number, to: number): void;
}

interface QuizRow {
  poll_id: string;
  chat_id: number;
  card_id: string;
  message_id: number;
  sent_at: number;
}

const toQuiz = (row: QuizRow): GroupQuiz => ({
  pollId: row.poll_id,
  chatId: row.chat_id,
  cardId: row.card_id,
  messageId: row.message_id,
  sentAt: new Date(row.sent_at),
});

/** Creates the {@link GroupStore} for `db`. */
export function createGroupStore(db: Database): GroupStore {
  const insertQuiz = db.prepare<[string, number, string, number, number]>(
    "INSERT OR IGNORE INTO group_quizzes (poll_id, chat_id, card_id, message_id, sent_at) VALUES (?, ?, ?, ?, ?)",
  );
  const selectQuiz = db.prepare<[string], QuizRow>("SELECT * FROM group_quizzes WHERE poll_id = ?");
  const answered = db
    .prepare<[string, number], number>("SELECT 1 FROM group_answers WHERE poll_id = ? AND user_id = ?")
    .pluck();
  const insertAnswer = db.prepare<[string, number, number, number, string, number]>(
    `INSERT INTO group_answers (poll_id, user_id, chat_id, correct, name, answered_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const asked = db.prepare<[number], { card_id: string; at: number }>(
    "SELECT card_id, max(sent_at) AS at FROM group_quizzes WHERE chat_id = ? GROUP BY card_id",
  );
  // `name` is a bare column beside max(): SQLite takes it from the row with the latest answer.
  const board = db.prepare<
    [number, number, number],
    { user_id: number; name: string; last_at: number; correct_count: number; answered: number }
  >(
    `SELECT user_id, name, max(answered_at) AS last_at, sum(correct) AS correct_count, count(*) AS answered
     FROM group_answers WHERE chat_id = ? AND answered_at >= ?
     GROUP BY user_id
     ORDER BY correct_count DESC, CAST(correct_count AS REAL) / answered DESC, last_at, user_id
     LIMIT ?`,
  );
  const moves = [
    "UPDATE group_quizzes SET chat_id = :to WHERE chat_id = :from",
    "UPDATE group_answers SET chat_id = :to WHERE chat_id = :from",
    // The group's own row (its time zone) under the new id, before its subscription follows it.
    `INSERT OR IGNORE INTO users (id, timezone, created_at, seen_at)
       SELECT :to, timezone, created_at, seen_at FROM users WHERE id = :from`,
    `UPDATE daily_subscriptions SET user_id = :to, chat_id = :to, lease_owner = NULL, lease_until = 0
       WHERE user_id = :from`,
    // Members who subscribed from the group before groups had their own daily quiz.
    "UPDATE daily_subscriptions SET chat_id = :to WHERE chat_id = :from",
    "DELETE FROM users WHERE id = :from AND :from < 0",
  ].map((sql) => db.prepare<{ from: number; to: number }>(sql));

  const answer = db.transaction(
    (
      pollId: string,
      member: GroupMember,
      at: Date,
      score: (quiz: GroupQuiz) => { correct: boolean } | undefined,
    ) => {
      if (answered.get(pollId, member.userId) !== undefined) return undefined;
      const row = selectQuiz.get(pollId);
      if (!row) return undefined;
      const quiz = toQuiz(row);
      const scored = score(quiz);
      if (!scored) return undefined;
      const correct = scored.correct ? 1 : 0;
      insertAnswer.run(pollId, member.userId, quiz.chatId, correct, member.name, at.getTime());
      return { quiz, correct: scored.correct };
    },
  );
  const move = db.transaction((from: number, to: number) => {
    for (const statement of moves) statement.run({ from, to });
  });

  return {
    recordQuiz(quiz) {
      insertQuiz.run(quiz.pollId, quiz.chatId, quiz.cardId, quiz.messageId, quiz.sentAt.getTime());
    },
    findQuiz(pollId) {
      const row = selectQuiz.get(pollId);
      return row ? toQuiz(row) : undefined;
    },
    answer(pollId, member, at, score) {
      return answer(pollId, member, at, score);
    },
    lastAsked(chatId) {
      return new Map(asked.all(chatId).map((row) => [row.card_id, row.at]));
    },
    leaderboard(chatId, since, limit) {
      return board.all(chatId, since.getTime(), limit).map((row) => ({
        userId: row.user_id,
        name: row.name,
        correct: row.correct_count,
        answered: row.answered,
      }));
    },
    moveChat(from, to) {
      move(from, to);
    },
  };
}
