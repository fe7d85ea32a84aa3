// The schema, as numbered migrations tracked by `PRAGMA user_version`. The schema only ever changes by
// appending a migration here; a shipped migration is never edited.
import type BetterSqlite3 from "better-sqlite3";

/** One step of the schema: applied once, in a transaction, when `user_version` is below `version`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. `version` equals the position in the list, from 1. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "users, card states and the review log",
    sql: `
      CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        first_name    TEXT,
        username      TEXT,
        language_code TEXT,
        created_at    INTEGER NOT NULL,
        seen_at       INTEGER NOT NULL
      );
      CREATE TABLE card_states (
        user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        card_id        TEXT NOT NULL,
        topic_id       TEXT NOT NULL,
        due            INTEGER NOT NULL,
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        elapsed_days   INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        state          INTEGER NOT NULL,
        last_review    INTEGER,
        last_correct   INTEGER NOT NULL,
        PRIMARY KEY (user_id, card_id)
      ) WITHOUT ROWID;
      CREATE INDEX card_states_due ON card_states (user_id, due, topic_id);
      CREATE TABLE reviews (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id           INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        card_id           TEXT NOT NULL,
        topic_id          TEXT NOT NULL,
        correct           INTEGER NOT NULL,
        rating            INTEGER NOT NULL,
        state             INTEGER NOT NULL,
        due               INTEGER NOT NULL,
        stability         REAL NOT NULL,
        difficulty        REAL NOT NULL,
        elapsed_days      INTEGER NOT NULL,
        last_elapsed_days INTEGER NOT NULL,
        scheduled_days    INTEGER NOT NULL,
        learning_steps    INTEGER NOT NULL,
        reviewed_at       INTEGER NOT NULL
      );
      CREATE INDEX reviews_user ON reviews (user_id, id);
    `,
  },
  {
    version: 2,
    name: "time zones, blocked users, daily subscriptions and sent polls",
    sql: `
      ALTER TABLE users ADD COLUMN timezone TEXT;
      ALTER TABLE users ADD COLUMN blocked_at INTEGER;
      CREATE INDEX users_timezone ON users (timezone, blocked_at);
      CREATE TABLE daily_subscriptions (
        user_id        INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        chat_id        INTEGER NOT NULL,
        minute_of_day  INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
        count          INTEGER NOT NULL CHECK (count >= 1),
        last_sent_date TEXT NOT NULL DEFAULT '',
        created_at     INTEGER NOT NULL
      );
      CREATE TABLE polls (
        poll_id     TEXT PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        chat_id     INTEGER NOT NULL,
        card_id     TEXT NOT NULL,
        message_id  INTEGER NOT NULL,
        sent_at     INTEGER NOT NULL,
        answered_at INTEGER
      );
      CREATE INDEX polls_user ON polls (user_id);
    `,
  },
  {
    version: 3,
    name: "daily deliveries as leases, resumable message by message",
    // The delivery in progress lives beside its subscription (at most one a day per user, so no table grows):
    // which local date it is for, who holds it until when, the cards chosen, how many of its messages
    // Telegram confirmed and their ids. last_sent_date now moves only when a delivery is finished.
    sql: `
      ALTER TABLE daily_subscriptions ADD COLUMN pending_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE daily_subscriptions ADD COLUMN lease_owner TEXT;
      ALTER TABLE daily_subscriptions ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE daily_subscriptions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE daily_subscriptions ADD COLUMN card_ids TEXT;
      ALTER TABLE daily_subscriptions ADD COLUMN sent_parts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE daily_subscriptions ADD COLUMN message_ids TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 4,
    name: "feedback on answers and the question log",
    // No foreign key to users: people in groups vote without a users row. /forget deletes their rows itself.
    // The question log counts per analysed question and outcome, not per user, so it holds no user id.
    sql: `
      CREATE TABLE feedback (
        user_id    INTEGER NOT NULL,
        query_key  TEXT NOT NULL,
        passage_id TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('up', 'pick')),
        is_admin   INTEGER NOT NULL CHECK (is_admin IN (0, 1)),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, query_key, passage_id, kind)
      ) WITHOUT ROWID;
      CREATE TABLE question_log (
        query_key TEXT NOT NULL,
        outcome   TEXT NOT NULL CHECK (outcome IN ('found', 'uncertain', 'nothing', 'not_that')),
        query     TEXT NOT NULL,
        count     INTEGER NOT NULL CHECK (count >= 1),
        last_at   INTEGER NOT NULL,
        PRIMARY KEY (query_key, outcome)
      ) WITHOUT ROWID;
      CREATE INDEX question_log_frequent ON question_log (outcome, count DESC, last_at DESC);
    `,
  },
  {
    version: 5,
    name: "reports of bad quiz cards",
    // One row per user, card and version of the card's content (content_hash, src/quiz/ids.ts): a report
    // against content since edited no longer counts towards suspending it. No foreign key to users, as in
    // feedback: /forget deletes the rows itself.
    sql: `
      CREATE TABLE card_reports (
        card_id      TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        user_id      INTEGER NOT NULL,
        is_admin     INTEGER NOT NULL CHECK (is_admin IN (0, 1)),
        comment      TEXT,
        created_at   INTEGER NOT NULL,
        PRIMARY KEY (card_id, content_hash, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX card_reports_user ON card_reports (user_id);
    `,
  },
  {
    version: 6,
    name: "group quizzes and their members' answers",
    // A quiz poll posted in a group is answered by many members, so it is not a row of `polls` (one user, one
    // answer): group_quizzes holds the poll, group_answers one row per member who answered it, with the name
    // Telegram showed then (for /top) and whether it was right. Each answer is also an ordinary review of the
    // member's own card state. A group's daily quiz is a daily_subscriptions row keyed by the chat id (negative,
    // never a user id), with a users row for the group's time zone. No foreign key to users, as in feedback.
    sql: `
      CREATE TABLE group_quizzes (
        poll_id    TEXT PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        card_id    TEXT NOT NULL,
        message_id INTEGER NOT NULL,
        sent_at    INTEGER NOT NULL
      );
      CREATE INDEX group_quizzes_chat ON group_quizzes (chat_id, card_id, sent_at);
      CREATE TABLE group_answers (
        poll_id     TEXT NOT NULL,
        user_id     INTEGER NOT NULL,
        chat_id     INTEGER NOT NULL,
        correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
        name        TEXT NOT NULL,
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (poll_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX group_answers_week ON group_answers (chat_id, answered_at);
      CREATE INDEX group_answers_user ON group_answers (user_id);
    `,
  },
  {
    version: 7,
    name: "cloze cards waiting for a typed answer",
    // One row per chat and user: the cloze whose answer their next message is, until `until`. Kept here, not
    // in memory, so a restart between the card and the reply does not send the reply to the search.
    sql: `
      CREATE TABLE cloze_waits (
        chat_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        poll_id TEXT NOT NULL,
        until   INTEGER NOT NULL,
        topic   TEXT,
        PRIMARY KEY (chat_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX cloze_waits_user ON cloze_waits (user_id);
    `,
  },
];

/** The schema version this code writes. */
export const latestVersion: number = migrations.length;

/**
 * Brings the database up to {@link latestVersion}, one migration per transaction.
 * Throws, changing nothing, when the file was written by a newer Konspekt.
 */
export function migrate(db: BetterSqlite3.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > latestVersion) {
    throw new Error(
      `store: the database ${db.name} has schema version ${current}, but this Konspekt knows versions up to ${latestVersion}. ` +
        "Update Konspekt (git pull && npm ci), or point DATABASE_PATH at another file.",
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
