// Spaced repetition with FSRS (ts-fsrs): a right answer is Good, a wrong one Again, and a flashcard takes the
// learner's own grade (Again, Hard, Good or Easy). Chooses the next
// card — the most overdue due card, else a new card from the topic the user knows least — and sums up stats.
import {
  computeDecayFactor,
  createEmptyCard,
  type Card as FsrsCard,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
} from "ts-fsrs";
import type {
  ForgettingCurve,
  MemoryState,
  ProgressStore,
  ReviewEntry,
  TopicProgress,
} from "../store/progress.ts";
import { startOfNextLocalDay } from "./daily.ts";
import type { Deck } from "./deck.ts";
import { type Stats, summarize } from "./stats.ts";
import type { Card } from "./types.ts";

const parameters = generatorParameters();
const fsrsScheduler = fsrs(parameters);

/** The four grades a learner gives a flashcard, as FSRS numbers them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

/** True for a number that is one of FSRS's four grades. */
export function isGrade(value: number): value is Grade {
  return (GRADES as readonly number[]).includes(value);
}

/** Whether a grade counts as recalled in the review log and the stats: every grade but Again. */
export function recalled(grade: Grade): boolean {
  return grade !== Rating.Again;
}

/** Why a card was chosen: it is due, it was never asked, or nothing is due and it is the soonest due. */
export type NextReason = "due" | "new" | "ahead";

/** A card to ask now. */
export interface NextCard {
  card: Card;
  reason: NextReason;
}

/** Progress-aware quiz operations for the bot's handlers. */
export interface Scheduler {
  /**
   * Records an answer: FSRS moves the (user, card) state on (by `grade` when given — a flashcard's — else
   * Good when `correct`, Again when not) and the review log gains a line — in one transaction. Returns the
   * new state (its `due` is the next review).
   */
  recordAnswer(
    userId: number,
    cardId: string,
    topicId: string,
    correct: boolean,
    now: Date,
    grade?: Grade,
  ): MemoryState;
  /**
   * The card to ask next: the most overdue due card (ties by card id); else a new card from the topic with
   * the lowest mastery (ties in deck topic order; first unseen card of that topic); else, when every card
   * was seen and none is due, the soonest due («ahead»). `topicId` keeps to one topic; cards in `skip`
   * (suspended after reports, src/quiz/reports.ts) are never chosen. `undefined` only when the deck (or
   * topic) has no other cards.
   */
  nextCard(
    userId: number,
    deck: Deck,
    now: Date,
    topicId?: string,
    skip?: ReadonlySet<string>,
  ): NextCard | undefined;
  /** Up to `count` different cards in the order {@link Scheduler.nextCard} would pick them (for daily quizzes). */
  nextCards(
    userId: number,
    deck: Deck,
    now: Date,
    count: number,
    topicId?: string,
    skip?: ReadonlySet<string>,
  ): NextCard[];
  /** Answers, accuracy, the streak of local days in `timeZone`, per-topic mastery and cards due today. */
  getStats(userId: number, deck: Deck, now: Date, timeZone: string): Stats;
}

/**
 * FSRS's next state after one answer, rated `grade` (default: Good when `correct`, else Again); a
 * never-answered card starts from an empty (new) state.
 */
export function reviewState(
  previous: MemoryState | undefined,
  correct: boolean,
  now: Date,
  grade: Grade = correct ? Rating.Good : Rating.Again,
): { state: MemoryState; entry: ReviewEntry } {
  const card = previous ?? createEmptyCard<FsrsCard>(now);
  // A clock that stepped back must not make FSRS see negative elapsed time (it throws).
  const at = card.last_review && now < card.last_review ? card.last_review : now;
  const { card: next, log } = fsrsScheduler.next(card, at, grade);
  const state: MemoryState = {
    due: next.due,
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
  };
  if (next.last_review) state.last_review = next.last_review;
  return {
    state,
    entry: {
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsed_days: log.elapsed_days,
      last_elapsed_days: log.last_elapsed_days,
      scheduled_days: log.scheduled_days,
      learning_steps: log.learning_steps,
      review: at,
      correct,
    },
  };
}

/** FSRS's forgetting curve for the default parameters, for the progress store's sums. */
export const forgettingCurve: ForgettingCurve = computeDecayFactor(parameters.w);

/**
 * Probability (0..1) that the user recalls the card at `now`: the curve the progress store sums in SQL,
 * computed here for one state. 0 for a never-reviewed card.
 */
export function retrievability(state: MemoryState, now: Date): number {
  if (!state.last_review || state.stability <= 0) return 0;
  const days = Math.max(0, now.getTime() - state.last_review.getTime()) / 86_400_000;
  return (1 + (forgettingCurve.factor * days) / state.stability) ** forgettingCurve.decay;
}

/**
 * How well the user knows each topic of the deck, 0..1: the mean over the topic's cards of the recall
 * probability now of cards last answered right (wrong or never-answered cards count 0).
 */
export function topicMastery(deck: Deck, progress: readonly TopicProgress[]): Map<string, number> {
  const recall = new Map(progress.map((p) => [p.topicId, p.recall]));
  return new Map(
    deck.topicIds.map((topicId) => {
      const total = deck.byTopic(topicId).length;
      return [topicId, total === 0 ? 0 : Math.min(1, (recall.get(topicId) ?? 0) / total)];
    }),
  );
}

/** How long a user's per-topic progress is reused for choosing new cards; recall barely moves in that time. */
const progressCacheMs = 10 * 60_000;
const progressCacheSize = 10_000;

/** Creates the {@link Scheduler} that keeps its states in `progress`. */
export function createScheduler(progress: ProgressStore): Scheduler {
  let synced: Deck | undefined;
  let syncedCards: readonly Card[] | undefined;
  // Summing recall over every state costs ~0.5 ms at 1,000 states; choosing a new card reuses the sum
  // until the user's progress changes (see ProgressStore.version) or it is ten minutes old.
  const cache = new Map<number, { version: number; at: number; topics: TopicProgress[] }>();
  // By its cards, not by the object: the library's live deck (the daily sender's) and the shelf an update reads
  // (src/library.ts) are two objects over the same cards, and taking turns must not rewrite the table each time.
  const sync = (deck: Deck) => {
    if (deck.cards === syncedCards) return;
    progress.setDeckCards(deck.cards);
    synced = deck;
    syncedCards = deck.cards;
    cache.clear();
  };
  const cachedProgress = (userId: number, now: Date): TopicProgress[] => {
    const version = progress.version(userId);
    const hit = cache.get(userId);
    if (hit && hit.version === version && Math.abs(now.getTime() - hit.at) < progressCacheMs)
      return hit.topics;
    const topics = progress.topicProgress(userId, now, forgettingCurve);
    cache.delete(userId);
    if (cache.size >= progressCacheSize) cache.delete(cache.keys().next().value as number);
    cache.set(userId, { version, at: now.getTime(), topics });
    return topics;
  };

  const nextCards = (
    userId: number,
    deck: Deck,
    now: Date,
    count: number,
    topicId?: string,
    skip: ReadonlySet<string> = new Set(),
  ): NextCard[] => {
    const picked: NextCard[] = [];
    const taken = new Set<string>();
    const take = (card: Card, reason: NextReason) => {
      picked.push({ card, reason });
      taken.add(card.id);
    };
    if (count <= 0) return picked;
    for (const due of progress.dueCards(userId, now, topicId)) {
      const card = deck.byId(due.cardId);
      if (card && !skip.has(card.id) && (topicId === undefined || card.topicId === topicId))
        take(card, "due");
      if (picked.length >= count) return picked;
    }
    sync(deck);
    const topicProgress = cachedProgress(userId, now);
    const mastery = topicMastery(deck, topicProgress);
    const seenCount = new Map(topicProgress.map((p) => [p.topicId, p.seen]));
    // Least known first; ties keep deck order (Array.prototype.sort is stable).
    const topics = (topicId === undefined ? [...deck.topicIds] : [topicId])
      .filter((t) => (seenCount.get(t) ?? 0) < deck.byTopic(t).length)
      .sort((a, b) => (mastery.get(a) ?? 0) - (mastery.get(b) ?? 0));
    for (const t of topics) {
      const seen = progress.seenInTopic(userId, t);
      for (const card of deck.byTopic(t)) {
        if (picked.length >= count) return picked;
        if (!seen.has(card.id) && !skip.has(card.id)) take(card, "new");
      }
    }
    if (picked.length < count) {
      for (const id of progress.soonestCards(userId, count + taken.size + skip.size, topicId)) {
        const card = deck.byId(id);
        if (card && !taken.has(id) && !skip.has(id)) take(card, "ahead");
        if (picked.length >= count) break;
      }
    }
    return picked;
  };

  return {
    recordAnswer(userId, cardId, topicId, correct, now, grade) {
      if (cache.get(userId)?.version !== progress.version(userId)) cache.delete(userId);
      const applied = progress.applyReview(userId, cardId, topicId, (previous) =>
        reviewState(previous, correct, now, grade),
      );
      const cached = cache.get(userId);
      const card = synced?.byId(cardId);
      if (cached && card) {
        // Keep the cached sums in step with this answer instead of summing everything again.
        const at = new Date(cached.at);
        const recallOf = (state: MemoryState, right: boolean) => (right ? retrievability(state, at) : 0);
        let topic = cached.topics.find((t) => t.topicId === card.topicId);
        if (!topic) {
          topic = { topicId: card.topicId, seen: 0, recall: 0 };
          cached.topics.push(topic);
        }
        if (!applied.previous) topic.seen += 1;
        topic.recall += recallOf(applied.state, correct);
        if (applied.previous) topic.recall -= recallOf(applied.previous.state, applied.previous.lastCorrect);
        cached.version = applied.version;
      }
      return applied.state;
    },
    nextCard(userId, deck, now, topicId, skip) {
      return nextCards(userId, deck, now, 1, topicId, skip)[0];
    },
    nextCards,
    getStats(userId, deck, now, timeZone) {
      sync(deck);
      const topicProgress = progress.topicProgress(userId, now, forgettingCurve);
      return summarize({
        counts: progress.countAnswers(userId),
        answerTimes: progress.answerTimes(userId),
        topicProgress,
        mastery: topicMastery(deck, topicProgress),
        dueToday: progress.countDue(userId, startOfNextLocalDay(now, timeZone)),
        deck,
        now,
        timeZone,
      });
    },
  };
}
