// Recording a quiz answer before anything is said to Telegram, and never losing it: when the database cannot
// take it now (another process holds a lock, the disk is full), it waits in the answer journal next to the
// database (src/store/answer-journal.ts) and is retried every few seconds and at start-up; when it lands, the
// user gets the feedback they would have got at once.
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { Grade } from "ts-fsrs";
import type { Deck } from "../quiz/deck.ts";
import { isGrade, recalled } from "../quiz/schedule.ts";
import { type Card, kindOf } from "../quiz/types.ts";
import { type QueuedAnswer, type QueuedQuiz, sentKey } from "../store/answer-journal.ts";
import { isTransientStorageError } from "../store/db.ts";
import type { SentPoll } from "../store/polls.ts";
import type { QuizDeps, Search, UpdateShelf } from "./context.ts";
import { retryGroupWrite } from "./group-answers.ts";
import { nextQuestionKeyboard } from "./quiz-keyboards.ts";
import { renderClozeFeedback, renderGraded } from "./render-cards.ts";
import { renderFeedback } from "./render-quiz.ts";

/** An answer that is now in the database. */
export interface RecordedAnswer {
  poll: SentPoll;
  /** Absent when the card left the deck since it was sent: nothing is scored then. */
  card?: Card;
  correct: boolean;
  /** The topic key of `/quiz <topic>`, for «Ещё вопрос». */
  topic?: string;
  /** A flashcard's grade (1 Again … 4 Easy). */
  grade?: number;
  /** A cloze card's typed answer. */
  typed?: string;
  /** When the card is due again. */
  due?: Date;
  /** When the answer was given. */
  at: Date;
}

/** How long a cloze waits for its typed answer before the user's messages are questions for the search again. */
export const CLOZE_WAIT_MS = 15 * 60_000;

/**
 * Makes the user's next message in the chat the answer to the cloze sent as `pollId` (for
 * {@link CLOZE_WAIT_MS}). When the database cannot take it now, a reply to the cloze still answers it.
 */
export function awaitTypedAnswer(
  quiz: QuizDeps,
  to: { chatId: number; userId: number },
  pollId: string,
  topic?: string,
): void {
  const until = new Date(quiz.now().getTime() + CLOZE_WAIT_MS);
  try {
    quiz.clozeWaits.wait(
      to.chatId,
      to.userId,
      topic === undefined ? { pollId, until } : { pollId, until, topic },
    );
  } catch (error) {
    if (!isTransientStorageError(error)) throw error;
  }
}

/** What became of an answer: recorded now, a repeat of one already recorded, or queued for later. */
export type AnswerOutcome =
  | { status: "recorded"; answer: RecordedAnswer }
  | { status: "duplicate" }
  /** `durable`: whether the queue reached the disk (false: only memory, lost if the process dies). */
  | { status: "queued"; durable: boolean };

/** The sent quiz with poll store key `key`: recorded, or queued because the database could not take it. */
export function findQuiz(quiz: QuizDeps, key: string): SentPoll | undefined {
  const queued = quiz.pendingAnswers.get(sentKey(key));
  if (queued?.kind === "sent") return { ...queued.poll, sentAt: new Date(queued.poll.sentAt) };
  return quiz.polls.find(key);
}

/**
 * Records a quiz that went out, or — when the database cannot be written at the moment — queues it ahead of
 * its answers, so the answers are not taken for answers to an unknown quiz. Other errors propagate.
 */
export function recordSentQuiz(quiz: QuizDeps, poll: Omit<SentPoll, "answeredAt">): void {
  try {
    quiz.polls.record(poll);
  } catch (error) {
    if (!isTransientStorageError(error)) throw error;
    const entry: QueuedQuiz = {
      kind: "sent",
      key: sentKey(poll.pollId),
      poll: { ...poll, sentAt: poll.sentAt.getTime() },
    };
    quiz.pendingAnswers.add(entry);
  }
}

/**
 * Claims the quiz and records the review (of the card as `deck` has it) in one transaction. `undefined` when
 * the quiz was answered already (or is unknown). Throws the database's error, leaving nothing half-written.
 */
export function recordAnswer(quiz: QuizDeps, deck: Deck, answer: QueuedAnswer): RecordedAnswer | undefined {
  const at = new Date(answer.at);
  const done = quiz.polls.answer(answer.key, at, (poll) => {
    const card = deck.byId(poll.cardId);
    if (!card) return undefined;
    // A flashcard is scored by the learner's grade; a missing or unknown one counts as Again.
    const grade =
      kindOf(card) === "flashcard" ? (isGrade(answer.grade ?? 0) ? (answer.grade as Grade) : 1) : undefined;
    const correct = grade === undefined ? answer.option === card.correctIndex : recalled(grade);
    const state = quiz.scheduler.recordAnswer(poll.userId, card.id, card.topicId, correct, at, grade);
    return { card, correct, grade, due: state.due };
  });
  if (!done) return undefined;
  const recorded: RecordedAnswer = { poll: done.poll, correct: done.result?.correct ?? false, at };
  if (done.result) {
    recorded.card = done.result.card;
    recorded.due = done.result.due;
    if (done.result.grade !== undefined) recorded.grade = done.result.grade;
  }
  if (answer.topic !== undefined) recorded.topic = answer.topic;
  if (answer.typed !== undefined) recorded.typed = answer.typed;
  return recorded;
}

/**
 * Records `answer` (see {@link recordAnswer}) now, or — when the database cannot be written at the moment —
 * queues it in the answer journal for {@link startAnswerRetry}. Errors that waiting cannot fix propagate.
 */
export function submitAnswer(
  quiz: QuizDeps,
  deck: Deck,
  answer: QueuedAnswer,
  logger: Logger,
): AnswerOutcome {
  let error: unknown;
  if (quiz.pendingAnswers.get(sentKey(answer.key)) === undefined) {
    try {
      const recorded = recordAnswer(quiz, deck, answer);
      return recorded ? { status: "recorded", answer: recorded } : { status: "duplicate" };
    } catch (caught) {
      if (!isTransientStorageError(caught)) throw caught;
      error = caught;
    }
  }
  // The database refused just now, or the quiz itself still waits for it: queue behind it.
  const durable = quiz.pendingAnswers.add(answer);
  (durable ? logger.warn : logger.error).call(
    logger,
    { ...(error ? { err: error } : {}), key: answer.key, durable },
    durable
      ? "the database cannot take a quiz answer now; queued in the journal"
      : "the database cannot take a quiz answer now and the journal cannot be written; kept in memory",
  );
  return { status: "queued", durable };
}

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;
const GONE = "Этого вопроса больше нет в конспекте — ответ не засчитан.";

/**
 * Sends the feedback on a recorded answer to the chat the quiz went to: right or wrong and the passage from
 * `shelf` (a flashcard: the grade and when it comes back; a cloze: which form of the answer was accepted),
 * «Ещё вопрос» and «⚠️ Ошибка в вопросе».
 */
export async function sendFeedback(
  api: Api,
  quiz: QuizDeps,
  shelf: UpdateShelf,
  recorded: RecordedAnswer,
): Promise<void> {
  const { card } = recorded;
  if (!card) {
    await api.sendMessage(recorded.poll.chatId, GONE, { reply_markup: nextQuestionKeyboard(recorded.topic) });
    return;
  }
  const keyboard = nextQuestionKeyboard(recorded.topic, card.id);
  const passage = shelf.deck.passageOf(card);
  const kind = kindOf(card);
  if (kind === "flashcard" || kind === "cloze") {
    const now = recorded.at;
    const text =
      kind === "flashcard"
        ? renderGraded(recorded.grade ?? 1, recorded.due, now)
        : renderClozeFeedback(card, recorded.typed ?? "", quiz.judgeTyped(card, recorded.typed ?? ""), {
            ...(passage ? { passage } : {}),
            ...(recorded.due ? { due: recorded.due } : {}),
            now,
          });
    await api.sendMessage(recorded.poll.chatId, text, { ...HTML, reply_markup: keyboard });
    return;
  }
  const topic = shelf.search.topics.find((t) => t.id === card.topicId);
  const text = renderFeedback({
    card,
    correct: recorded.correct,
    ...(passage ? { passage } : {}),
    ...(topic ? { topic } : {}),
  });
  await api.sendMessage(recorded.poll.chatId, text, { ...HTML, reply_markup: keyboard });
}

/** A running {@link startAnswerRetry}. */
export interface AnswerRetry {
  /** Tries every queued answer once, in order, stopping at the first the database still refuses. */
  retryNow(): Promise<void>;
  /** Stops the timer (queued answers stay in the journal for the next start). */
  stop(): void;
}

/**
 * Retries the queued answers at once (those a previous run left) and then every `everyMs` (default
 * 2,000 ms), sending each user their feedback as their answer lands.
 */
export function startAnswerRetry(options: {
  api: Api;
  search: Search;
  quiz: QuizDeps;
  logger: Logger;
  everyMs?: number;
}): AnswerRetry {
  const { quiz, logger } = options;
  // The live views of the newest notes: each entry is recorded and its feedback read in one synchronous run,
  // so on one version of the notes even when a reload lands between entries.
  const shelf: UpdateShelf = { search: options.search, deck: quiz.deck };
  let running: Promise<void> | undefined;
  const retryOnce = async () => {
    for (const entry of quiz.pendingAnswers.list()) {
      if (entry.kind === "group-sent" || entry.kind === "group-answer") {
        // No feedback to send: a group quiz's poll showed the member the answer already.
        if (retryGroupWrite(quiz, shelf.deck, entry, logger) === "wait") return;
        quiz.pendingAnswers.remove(entry.key);
        continue;
      }
      if (entry.kind === "sent") {
        try {
          quiz.polls.record({ ...entry.poll, sentAt: new Date(entry.poll.sentAt) });
        } catch (error) {
          if (isTransientStorageError(error)) return;
          logger.error({ err: error, key: entry.key }, "a queued quiz cannot be recorded; dropped");
        }
        quiz.pendingAnswers.remove(entry.key);
        continue;
      }
      const answer = entry;
      let recorded: RecordedAnswer | undefined;
      try {
        recorded = recordAnswer(quiz, shelf.deck, answer);
      } catch (error) {
        if (isTransientStorageError(error)) return;
        logger.error({ err: error, key: answer.key }, "a queued quiz answer cannot be recorded; dropped");
        quiz.pendingAnswers.remove(answer.key);
        continue;
      }
      quiz.pendingAnswers.remove(answer.key);
      if (!recorded) continue;
      logger.info({ key: answer.key, waitedMs: Date.now() - answer.at }, "a queued quiz answer is recorded");
      try {
        await sendFeedback(options.api, quiz, shelf, recorded);
      } catch (error) {
        logger.warn({ err: error, key: answer.key }, "could not send the feedback on a queued answer");
      }
    }
  };
  const retryNow = () => {
    running ??= retryOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (quiz.pendingAnswers.size() > 0) void retryNow();
  }, options.everyMs ?? 2_000);
  timer.unref();
  void retryNow();
  return {
    retryNow,
    stop: () => clearInterval(timer),
  };
}
