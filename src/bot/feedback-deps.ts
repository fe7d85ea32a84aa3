// Builds what the bot needs to learn from feedback: the store on the database and the lifts it teaches,
// loaded once at start-up and updated with every vote.
import { buildLifts, type LearnedLifts, queryKey } from "../search/feedback.ts";
import {
  FAILING_OUTCOMES,
  type FeedbackStore,
  type LoggedQuestion,
  MAX_QUERY_CHARS,
} from "../store/feedback.ts";
import type { Feedback } from "./context.ts";

/** How long counted questions wait in memory before they are written, together. */
export const QUESTION_LOG_FLUSH_MS = 3_000;

/**
 * The {@link Feedback} over `store`: votes are written first, then learned from. How questions ended is
 * counted in memory and written every {@link QUESTION_LOG_FLUSH_MS} in one transaction (and before /admin
 * reads it, and at shutdown): answering never waits on, or fails with, a write. A failed write keeps the counts
 * for the next one. A question with no analysed terms (only stop words, or symbols) is logged under its
 * wording in lower case, so /admin still shows it.
 */
export function createFeedback(
  store: FeedbackStore,
  options: { flushMs?: number; onFlushError?: (err: unknown) => void } = {},
): Feedback {
  let lifts: LearnedLifts = buildLifts(store.votes());
  const pending = new Map<string, LoggedQuestion>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const entries = [...pending.values()];
    try {
      store.logQuestions(entries);
      pending.clear();
    } catch (err) {
      options.onFlushError?.(err);
      schedule();
    }
  };
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(flush, options.flushMs ?? QUESTION_LOG_FLUSH_MS);
    timer.unref?.();
  };
  return {
    get lifts() {
      return lifts;
    },
    vote({ terms, passageId, userId, admin, kind }) {
      const vote = { key: queryKey(terms), passageId, userId, admin, kind };
      if (vote.key.length === 0) return;
      store.vote(vote);
      lifts.add(vote);
    },
    logQuestion({ terms, query, outcome }) {
      const key =
        queryKey(terms) || query.replace(/\s+/g, " ").trim().toLowerCase().slice(0, MAX_QUERY_CHARS);
      const id = `${key}\u0000${outcome}`;
      const counted = pending.get(id);
      pending.set(id, { key, query, outcome, count: (counted?.count ?? 0) + 1, at: Date.now() });
      schedule();
    },
    flush,
    failing(limit = 10) {
      flush();
      const [nothing, notThat, uncertain] = FAILING_OUTCOMES.map((outcome) => store.frequent(outcome, limit));
      return { nothing: nothing ?? [], not_that: notThat ?? [], uncertain: uncertain ?? [] };
    },
    forget() {
      // Votes are few and a forget is rare: learning again from what is left is simplest and surely right.
      lifts = buildLifts(store.votes());
    },
  };
}
