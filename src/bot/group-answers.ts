// Recording group quizzes and their members' answers without losing one: as for a person's quiz
// (src/bot/quiz-answers.ts), what the database cannot take now waits in the answer journal and is retried.
import type { Logger } from "pino";
import type { Deck } from "../quiz/deck.ts";
import {
  groupAnswerKey,
  type QueuedGroupAnswer,
  type QueuedGroupQuiz,
  sentKey,
} from "../store/answer-journal.ts";
import { isTransientStorageError } from "../store/db.ts";
import type { GroupQuiz } from "../store/groups.ts";
import type { QuizDeps } from "./context.ts";
import { optionOrder } from "./quiz-send.ts";

/** The group quiz with this poll id: recorded, or queued because the database could not take it. */
export function findGroupQuiz(quiz: QuizDeps, pollId: string): GroupQuiz | undefined {
  const queued = quiz.pendingAnswers.get(sentKey(pollId));
  if (queued?.kind === "group-sent") return { ...queued.quiz, sentAt: new Date(queued.quiz.sentAt) };
  return quiz.groups.findQuiz(pollId);
}

/** Records a posted group quiz, or queues it when the database cannot be written now. Other errors propagate. */
export function recordGroupQuiz(quiz: QuizDeps, posted: GroupQuiz): void {
  try {
    quiz.groups.recordQuiz(posted);
  } catch (error) {
    if (!isTransientStorageError(error)) throw error;
    const entry: QueuedGroupQuiz = {
      kind: "group-sent",
      key: sentKey(posted.pollId),
      quiz: { ...posted, sentAt: posted.sentAt.getTime() },
    };
    quiz.pendingAnswers.add(entry);
  }
}

/**
 * Records a member's answer and the review of their own card (as `deck` has it), in one transaction;
 * `undefined` when it was recorded before, the poll is unknown, or the card left the deck. Throws the
 * database's error.
 */
export function recordGroupAnswer(
  quiz: QuizDeps,
  deck: Deck,
  answer: Omit<QueuedGroupAnswer, "kind" | "key">,
): { correct: boolean } | undefined {
  const at = new Date(answer.at);
  return quiz.groups.answer(answer.pollId, { userId: answer.userId, name: answer.name }, at, (posted) => {
    const card = deck.byId(posted.cardId);
    if (!card) return undefined;
    const correct = optionOrder(card, posted.sentAt)[answer.shown] === card.correctIndex;
    quiz.scheduler.recordAnswer(answer.userId, card.id, card.topicId, correct, at);
    return { correct };
  });
}

/** What became of a member's answer: recorded now (right or not), a repeat, or queued. */
export type GroupAnswerOutcome = "correct" | "wrong" | "duplicate" | "queued";

/**
 * Records the answer now or — when the database cannot take it, or the quiz itself still waits for it —
 * queues it in the answer journal, retried by `startAnswerRetry`. Errors that waiting cannot fix propagate.
 */
export function submitGroupAnswer(
  quiz: QuizDeps,
  deck: Deck,
  answer: Omit<QueuedGroupAnswer, "kind" | "key">,
  logger: Logger,
): GroupAnswerOutcome {
  let error: unknown;
  if (quiz.pendingAnswers.get(sentKey(answer.pollId)) === undefined) {
    try {
      const recorded = recordGroupAnswer(quiz, deck, answer);
      return recorded ? (recorded.correct ? "correct" : "wrong") : "duplicate";
    } catch (caught) {
      if (!isTransientStorageError(caught)) throw caught;
      error = caught;
    }
  }
  const key = groupAnswerKey(answer.pollId, answer.userId);
  const durable = quiz.pendingAnswers.add({ kind: "group-answer", key, ...answer });
  (durable ? logger.warn : logger.error).call(
    logger,
    { ...(error ? { err: error } : {}), key, durable },
    durable
      ? "the database cannot take a group quiz answer now; queued in the journal"
      : "the database cannot take a group quiz answer now and the journal cannot be written; kept in memory",
  );
  return "queued";
}

/**
 * Writes one queued group entry: `"wait"` when the database still refuses (try again later, in order), else
 * `"done"` (recorded, a repeat, or dropped with an error logged — it can never be written).
 */
export function retryGroupWrite(
  quiz: QuizDeps,
  deck: Deck,
  entry: QueuedGroupQuiz | QueuedGroupAnswer,
  logger: Logger,
): "wait" | "done" {
  try {
    if (entry.kind === "group-sent")
      quiz.groups.recordQuiz({ ...entry.quiz, sentAt: new Date(entry.quiz.sentAt) });
    else recordGroupAnswer(quiz, deck, entry);
  } catch (error) {
    if (isTransientStorageError(error)) return "wait";
    logger.error({ err: error, key: entry.key }, "a queued group quiz write cannot be recorded; dropped");
  }
  return "done";
}
