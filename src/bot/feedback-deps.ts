// Builds what the bot needs to learn from feedback: the store on the database and the lifts it teaches,
// loaded once at start-up and updated with every vote.
import { buildLifts, type LearnedLifts, queryKey } from "../search/feedback.ts";
import { FAILING_OUTCOMES, type FeedbackStore, MAX_QUERY_CHARS } from "../store/feedback.ts";
import type { Feedback } from "./context.ts";

/**
 * The {@link Feedback} over `store`: votes are written first, then learned from. A question with no analysed
 * terms (only stop words, or symbols) is logged under its wording in lower case, so /admin still shows it.
 */
export function createFeedback(store: FeedbackStore): Feedback {
  let lifts: LearnedLifts = buildLifts(store.votes());
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
      store.logQuestion({ key, query, outcome });
    },
    failing(limit = 10) {
      const [nothing, notThat, uncertain] = FAILING_OUTCOMES.map((outcome) => store.frequent(outcome, limit));
      return { nothing: nothing ?? [], not_that: notThat ?? [], uncertain: uncertain ?? [] };
    },
    forget() {
      // Votes are few and a forget is rare: learning again from what is left is simplest and surely right.
      lifts = buildLifts(store.votes());
    },
  };
}
