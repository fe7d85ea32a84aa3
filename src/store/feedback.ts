// Feedback on answers: the passages people confirmed (👍) or chose instead («Не то» → a pick), and how often
// each question ended found, uncertain, with nothing, or marked «Не то» (for /admin and the eval set).
import type { Database } from "./db.ts";

/** 👍 under an answer, or the passage picked after «Не то». */
export type VoteKind = "up" | "pick";

/** How a question ended. `not_that` is counted when someone presses «Не то» under its answer. */
export type QuestionOutcome = "found" | "uncertain" | "nothing" | "not_that";

/** The outcomes /admin and `npm run eval -- --from-feedback` list, worst first. */
export const FAILING_OUTCOMES = ["nothing", "not_that", "uncertain"] as const satisfies QuestionOutcome[];

/** One person's vote for a passage as the answer to a question. */
export interface StoredVote {
  /** The question as analysed: sorted unique terms joined by a space (`queryKey` in src/search/feedback.ts). */
  key: string;
  passageId: string;
  userId: number;
  /** Whether the user was an admin (ADMIN_IDS) when they voted. */
  admin: boolean;
  kind: VoteKind;
}

/** A question as counted by the log: its latest wording, how often it ended this way. */
export interface FrequentQuestion {
  key: string;
  /** The wording last asked, at most {@link MAX_QUERY_CHARS} characters. */
  query: string;
  outcome: QuestionOutcome;
  count: number;
}

/** Longest raw question kept in the log. */
export const MAX_QUERY_CHARS = 200;

/** Reads and writes `feedback` and `question_log`. Create one per database; statements are prepared once. */
export interface FeedbackStore {
  /** Records a vote; the same user voting the same way again only refreshes its time. */
  vote(vote: StoredVote, now?: Date): void;
  /** Every vote, for building the lifts at start-up. */
  votes(): StoredVote[];
  /**
   * Counts questions with their outcomes, in one transaction: each entry adds `count` (default 1) to its question
   * and outcome, and keeps its latest wording (whitespace flattened, cut to 200 characters) and time (`at`, ms).
   */
  logQuestions(entries: readonly LoggedQuestion[]): void;
  /** The `limit` questions (default 10) that most often ended with `outcome`, most frequent first. */
  frequent(outcome: QuestionOutcome, limit?: number): FrequentQuestion[];
}

/** Questions counted with one outcome, as {@link FeedbackStore.logQuestions} takes them. */
export interface LoggedQuestion {
  key: string;
  query: string;
  outcome: QuestionOutcome;
  /** How many times; default 1. */
  count?: number;
  /** When, last (ms since the epoch); default now. */
  at?: number;
}

/** Flattens whitespace and cuts to `max` characters without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const code = flat.charCodeAt(max - 1);
  return flat.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

interface VoteRow {
  query_key: string;
  passage_id: string;
  user_id: number;
  is_admin: number;
  kind: VoteKind;
}

/** Creates the {@link FeedbackStore} for `db`. */
export function createFeedbackStore(db: Database): FeedbackStore {
  const insertVote = db.prepare<[number, string, string, string, number, number]>(
    `INSERT INTO feedback (user_id, query_key, passage_id, kind, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, query_key, passage_id, kind)
     DO UPDATE SET is_admin = excluded.is_admin, created_at = excluded.created_at`,
  );
  const allVotes = db.prepare<[], VoteRow>(
    "SELECT query_key, passage_id, user_id, is_admin, kind FROM feedback",
  );
  const log = db.prepare<[string, string, string, number, number]>(
    `INSERT INTO question_log (query_key, outcome, query, count, last_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (query_key, outcome)
     DO UPDATE SET count = count + excluded.count, query = excluded.query, last_at = excluded.last_at`,
  );
  const logAll = db.transaction((entries: readonly LoggedQuestion[]) => {
    const now = Date.now();
    for (const e of entries)
      log.run(e.key, e.outcome, clip(e.query, MAX_QUERY_CHARS), e.count ?? 1, e.at ?? now);
  });
  const frequent = db.prepare<[QuestionOutcome, number], { query_key: string; query: string; count: number }>(
    `SELECT query_key, query, count FROM question_log WHERE outcome = ?
     ORDER BY count DESC, last_at DESC LIMIT ?`,
  );
  return {
    vote(vote, now = new Date()) {
      insertVote.run(vote.userId, vote.key, vote.passageId, vote.kind, vote.admin ? 1 : 0, now.getTime());
    },
    votes() {
      return allVotes.all().map((row) => ({
        key: row.query_key,
        passageId: row.passage_id,
        userId: row.user_id,
        admin: row.is_admin === 1,
        kind: row.kind,
      }));
    },
    logQuestions(entries) {
      if (entries.length > 0) logAll(entries);
    },
    frequent(outcome, limit = 10) {
      return frequent
        .all(outcome, limit)
        .map((row) => ({ key: row.query_key, query: row.query, outcome, count: row.count }));
    },
  };
}
