// Per-(user, card) memory states and the review log. Scheduling maths lives in quiz/schedule.ts; this
// module only stores what it computes, each answer in one transaction.
import type { Database } from "./db.ts";

/** An FSRS memory state, field for field as ts-fsrs's `Card` (so it passes to ts-fsrs unchanged). */
export interface MemoryState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: Date;
}

/** One line of the review log, as ts-fsrs's `ReviewLog` plus whether the answer was right. */
export interface ReviewEntry {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review: Date;
  correct: boolean;
}

/** The forgetting curve R(t) = (1 + factor · t / S) ^ decay, t in days: FSRS's, passed in by quiz/schedule.ts. */
export interface ForgettingCurve {
  decay: number;
  factor: number;
}

/** One topic of the deck as far as a user got: cards answered, and the sum of their recall now. */
export interface TopicProgress {
  topicId: string;
  /** Cards of the deck in this topic the user answered at least once. */
  seen: number;
  /** Sum over those cards last answered right of their recall probability now (wrong ones add 0). */
  recall: number;
}

/** Computes the next state from the previous one (`undefined` for a card never answered). */
export type ReviewStep = (previous: MemoryState | undefined) => { state: MemoryState; entry: ReviewEntry };

/** What {@link ProgressStore.applyReview} changed. */
export interface AppliedReview {
  /** The state before, and whether the answer before was right; absent for a card's first answer. */
  previous?: { state: MemoryState; lastCorrect: boolean };
  state: MemoryState;
  /** The user's {@link ProgressStore.version} after this answer. */
  version: number;
}

/** A card that is due, as listed by {@link ProgressStore.dueCards}. */
export interface DueCard {
  cardId: string;
  topicId: string;
  due: Date;
}

/** Reads and writes `card_states` and `reviews`. Create one per database; statements are prepared once. */
export interface ProgressStore {
  /** The stored state of one card for one user, or `undefined` when never answered. */
  getState(userId: number, cardId: string): MemoryState | undefined;
  /**
   * Reads the previous state, calls `step`, writes the new state and appends the review log — all in one
   * transaction (creating the user row when missing).
   */
  applyReview(userId: number, cardId: string, topicId: string, step: ReviewStep): AppliedReview;
  /**
   * Tells the store which cards the deck has (kept in a per-connection TEMP table), so the sums below
   * ignore states of cards that left the deck. Call again whenever the deck changes.
   */
  setDeckCards(cards: Iterable<{ id: string; topicId: string }>): void;
  /** Per deck topic the user has answered in: cards seen and their summed recall at `now`. */
  topicProgress(userId: number, now: Date, curve: ForgettingCurve): TopicProgress[];
  /** Ids of the cards of a topic the user has answered at least once. */
  seenInTopic(userId: number, topicId: string): Set<string>;
  /** Up to `limit` deck cards the user has answered, soonest due first (ties by card id). */
  soonestCards(userId: number, limit: number, topicId?: string): string[];
  /** How many deck cards the user has due before `before`. */
  countDue(userId: number, before: Date): number;
  /** Cards due at or before `now`, the most overdue first, ties by card id; lazily read. */
  dueCards(userId: number, now: Date, topicId?: string): IterableIterator<DueCard>;
  /** How many answers the user gave, and how many were right. */
  countAnswers(userId: number): { answered: number; correct: number };
  /** A number that changes whenever the user's progress does (an answer, or being forgotten; ids are never reused): for caches. */
  version(userId: number): number;
  /** Times of the user's answers, the latest recorded first; lazily read. */
  answerTimes(userId: number): IterableIterator<Date>;
}

interface StateRow {
  card_id: string;
  topic_id: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
  last_correct: number;
}

function toState(row: StateRow): MemoryState {
  const state: MemoryState = {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
  };
  if (row.last_review !== null) state.last_review = new Date(row.last_review);
  return state;
}

/** Creates the {@link ProgressStore} for `db`. */
export function createProgressStore(db: Database): ProgressStore {
  const columns =
    "card_id, topic_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, last_correct";
  const getOne = db.prepare<[number, string], StateRow>(
    `SELECT ${columns} FROM card_states WHERE user_id = ? AND card_id = ?`,
  );
  // The deck lives in code, not in the file: a TEMP table is per connection and never migrated.
  db.exec(
    "CREATE TEMP TABLE IF NOT EXISTS deck_cards (card_id TEXT PRIMARY KEY, topic_id TEXT NOT NULL) WITHOUT ROWID",
  );
  const clearDeck = db.prepare("DELETE FROM temp.deck_cards");
  const addDeckCard = db.prepare<[string, string]>(
    "INSERT OR IGNORE INTO temp.deck_cards (card_id, topic_id) VALUES (?, ?)",
  );
  const setDeck = db.transaction((cards: Iterable<{ id: string; topicId: string }>) => {
    clearDeck.run();
    for (const card of cards) addDeckCard.run(card.id, card.topicId);
  });
  const summary = db.prepare<
    { user: number; now: number; decay: number; factor: number },
    { topic_id: string; seen: number; recall: number }
  >(
    `SELECT d.topic_id, COUNT(*) AS seen,
       TOTAL(CASE WHEN s.last_correct = 1 AND s.state <> 0 AND s.last_review IS NOT NULL AND s.stability > 0
         THEN pow(1 + :factor * max(0, :now - s.last_review) / 86400000.0 / s.stability, :decay) END) AS recall
     FROM card_states s JOIN temp.deck_cards d ON d.card_id = s.card_id
     WHERE s.user_id = :user GROUP BY d.topic_id`,
  );
  const seenInTopic = db
    .prepare<[number, string], string>("SELECT card_id FROM card_states WHERE user_id = ? AND topic_id = ?")
    .pluck();
  const soonest = db
    .prepare<[number, number], string>(
      `SELECT s.card_id FROM card_states s JOIN temp.deck_cards d ON d.card_id = s.card_id
       WHERE s.user_id = ? ORDER BY s.due, s.card_id LIMIT ?`,
    )
    .pluck();
  const soonestInTopic = db
    .prepare<[number, string, number], string>(
      `SELECT s.card_id FROM card_states s JOIN temp.deck_cards d ON d.card_id = s.card_id
       WHERE s.user_id = ? AND d.topic_id = ? ORDER BY s.due, s.card_id LIMIT ?`,
    )
    .pluck();
  const countDue = db
    .prepare<[number, number], number>(
      `SELECT COUNT(*) FROM card_states s JOIN temp.deck_cards d ON d.card_id = s.card_id
       WHERE s.user_id = ? AND s.due < ?`,
    )
    .pluck();
  const ensureUser = db.prepare<[number, number, number]>(
    "INSERT OR IGNORE INTO users (id, created_at, seen_at) VALUES (?, ?, ?)",
  );
  const upsert = db.prepare(
    `INSERT INTO card_states (user_id, ${columns})
     VALUES (@user_id, @card_id, @topic_id, @due, @stability, @difficulty, @elapsed_days, @scheduled_days,
             @learning_steps, @reps, @lapses, @state, @last_review, @last_correct)
     ON CONFLICT (user_id, card_id) DO UPDATE SET topic_id = excluded.topic_id, due = excluded.due,
       stability = excluded.stability, difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days,
       scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps,
       lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review,
       last_correct = excluded.last_correct`,
  );
  const log = db.prepare(
    `INSERT INTO reviews (user_id, card_id, topic_id, correct, rating, state, due, stability, difficulty,
       elapsed_days, last_elapsed_days, scheduled_days, learning_steps, reviewed_at)
     VALUES (@user_id, @card_id, @topic_id, @correct, @rating, @state, @due, @stability, @difficulty,
       @elapsed_days, @last_elapsed_days, @scheduled_days, @learning_steps, @reviewed_at)`,
  );
  const due = db.prepare<[number, number], { card_id: string; topic_id: string; due: number }>(
    "SELECT card_id, topic_id, due FROM card_states WHERE user_id = ? AND due <= ? ORDER BY due, card_id",
  );
  const dueInTopic = db.prepare<[number, number, string], { card_id: string; topic_id: string; due: number }>(
    "SELECT card_id, topic_id, due FROM card_states WHERE user_id = ? AND due <= ? AND topic_id = ? ORDER BY due, card_id",
  );
  const counts = db.prepare<[number], { answered: number; correct: number | null }>(
    "SELECT COUNT(*) AS answered, SUM(correct) AS correct FROM reviews WHERE user_id = ?",
  );
  const lastReview = db
    .prepare<[number], number | null>("SELECT MAX(id) FROM reviews WHERE user_id = ?")
    .pluck();
  const times = db
    .prepare<[number], number>("SELECT reviewed_at FROM reviews WHERE user_id = ? ORDER BY id DESC")
    .pluck();

  const apply = db.transaction(
    (userId: number, cardId: string, topicId: string, step: ReviewStep): AppliedReview => {
      const row = getOne.get(userId, cardId);
      const previous = row ? { state: toState(row), lastCorrect: row.last_correct === 1 } : undefined;
      const { state, entry } = step(previous?.state);
      const t = entry.review.getTime();
      ensureUser.run(userId, t, t);
      upsert.run({
        user_id: userId,
        card_id: cardId,
        topic_id: topicId,
        due: state.due.getTime(),
        stability: state.stability,
        difficulty: state.difficulty,
        elapsed_days: state.elapsed_days,
        scheduled_days: state.scheduled_days,
        learning_steps: state.learning_steps,
        reps: state.reps,
        lapses: state.lapses,
        state: state.state,
        last_review: state.last_review?.getTime() ?? null,
        last_correct: entry.correct ? 1 : 0,
      });
      const logged = log.run({
        user_id: userId,
        card_id: cardId,
        topic_id: topicId,
        correct: entry.correct ? 1 : 0,
        rating: entry.rating,
        state: entry.state,
        due: entry.due.getTime(),
        stability: entry.stability,
        difficulty: entry.difficulty,
        elapsed_days: entry.elapsed_days,
        last_elapsed_days: entry.last_elapsed_days,
        scheduled_days: entry.scheduled_days,
        learning_steps: entry.learning_steps,
        reviewed_at: t,
      });
      const version = Number(logged.lastInsertRowid);
      return previous ? { previous, state, version } : { state, version };
    },
  );

  return {
    getState(userId, cardId) {
      const row = getOne.get(userId, cardId);
      return row ? toState(row) : undefined;
    },
    applyReview(userId, cardId, topicId, step) {
      return apply(userId, cardId, topicId, step);
    },
    setDeckCards(cards) {
      setDeck(cards);
    },
    topicProgress(userId, now, curve) {
      return summary
        .all({ user: userId, now: now.getTime(), decay: curve.decay, factor: curve.factor })
        .map((row) => ({ topicId: row.topic_id, seen: row.seen, recall: row.recall }));
    },
    seenInTopic(userId, topicId) {
      return new Set(seenInTopic.all(userId, topicId));
    },
    soonestCards(userId, limit, topicId) {
      return topicId === undefined ? soonest.all(userId, limit) : soonestInTopic.all(userId, topicId, limit);
    },
    countDue(userId, before) {
      return countDue.get(userId, before.getTime()) ?? 0;
    },
    *dueCards(userId, now, topicId) {
      const rows =
        topicId === undefined
          ? due.iterate(userId, now.getTime())
          : dueInTopic.iterate(userId, now.getTime(), topicId);
      for (const row of rows) yield { cardId: row.card_id, topicId: row.topic_id, due: new Date(row.due) };
    },
    countAnswers(userId) {
      const row = counts.get(userId);
      return { answered: row?.answered ?? 0, correct: row?.correct ?? 0 };
    },
    version(userId) {
      return lastReview.get(userId) ?? 0;
    },
    *answerTimes(userId) {
      for (const t of times.iterate(userId)) yield new Date(t);
    },
  };
}
