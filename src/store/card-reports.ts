// Reports of bad quiz cards («⚠️ Ошибка в вопросе»): who reported which card, against which version of its
// content, with an optional comment. Whether a card is suspended is decided in src/quiz/reports.ts.
import type { Database } from "./db.ts";

/** Longest comment kept, in characters. */
export const MAX_COMMENT_CHARS = 500;

/** One user's report of one version of a card. */
export interface CardReport {
  cardId: string;
  /** The card's content hash when reported (`cardContentHash` in src/quiz/ids.ts). */
  contentHash: string;
  userId: number;
  /** Whether the user was an admin (ADMIN_IDS) when they reported. */
  admin: boolean;
  comment?: string;
  /** When reported (or last commented), ms since the epoch. */
  at: number;
}

/** Reads and writes `card_reports`. Create one per database; statements are prepared once. */
export interface CardReportStore {
  /**
   * Records a report; the same user reporting the same version of the card again only refreshes its time
   * and admin mark, keeping their comment.
   */
  report(report: Omit<CardReport, "comment" | "at">, now?: Date): void;
  /**
   * Sets the comment of the user's report (whitespace flattened, cut to {@link MAX_COMMENT_CHARS}). False
   * when there is no such report (forgotten meanwhile).
   */
  comment(key: { cardId: string; contentHash: string; userId: number }, comment: string, now?: Date): boolean;
  /** Every report, newest first: reports are few, and suspension is decided from all of them at once. */
  all(): CardReport[];
  /** Deletes the user's reports (also done by `UserStore.forget`, in its transaction). */
  forget(userId: number): void;
}

/** Flattens whitespace and cuts to `max` characters without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const code = flat.charCodeAt(max - 1);
  return flat.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

interface ReportRow {
  card_id: string;
  content_hash: string;
  user_id: number;
  is_admin: number;
  comment: string | null;
  created_at: number;
}

/** Creates the {@link CardReportStore} for `db`. */
export function createCardReportStore(db: Database): CardReportStore {
  const insert = db.prepare<[string, string, number, number, number]>(
    `INSERT INTO card_reports (card_id, content_hash, user_id, is_admin, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (card_id, content_hash, user_id)
     DO UPDATE SET is_admin = excluded.is_admin, created_at = excluded.created_at`,
  );
  const setComment = db.prepare<[string, number, string, string, number]>(
    `UPDATE card_reports SET comment = ?, created_at = ?
     WHERE card_id = ? AND content_hash = ? AND user_id = ?`,
  );
  const all = db.prepare<[], ReportRow>(
    `SELECT card_id, content_hash, user_id, is_admin, comment, created_at FROM card_reports
     ORDER BY created_at DESC`,
  );
  const remove = db.prepare<[number]>("DELETE FROM card_reports WHERE user_id = ?");
  return {
    report({ cardId, contentHash, userId, admin }, now = new Date()) {
      insert.run(cardId, contentHash, userId, admin ? 1 : 0, now.getTime());
    },
    comment({ cardId, contentHash, userId }, comment, now = new Date()) {
      const text = clip(comment, MAX_COMMENT_CHARS);
      return setComment.run(text, now.getTime(), cardId, contentHash, userId).changes > 0;
    },
    all() {
      return all.all().map((row) => ({
        cardId: row.card_id,
        contentHash: row.content_hash,
        userId: row.user_id,
        admin: row.is_admin === 1,
        ...(row.comment ? { comment: row.comment } : {}),
        at: row.created_at,
      }));
    },
    forget(userId) {
      remove.run(userId);
    },
  };
}
