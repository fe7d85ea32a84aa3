// Sending one card: a native quiz poll when it fits Telegram's limits, else a message with numbered
// buttons; a flashcard's front with «Показать ответ»; a cloze sentence asking for a reply. Each is recorded
// in the poll store so the answer can be scored once.
import type { Api } from "grammy";
import { stableShuffle } from "../quiz/ids.ts";
import { type Card, kindOf } from "../quiz/types.ts";
import type { QuizDeps } from "./context.ts";
import { awaitTypedAnswer, recordSentQuiz } from "./quiz-answers.ts";
import { optionsKeyboard, showAnswerKeyboard } from "./quiz-keyboards.ts";
import { plainInline, shorten } from "./render.ts";
import { renderCloze, renderFlashcardFront } from "./render-cards.ts";
import { renderButtonQuiz } from "./render-quiz.ts";

/** Telegram's limits on a quiz poll. */
export const POLL_LIMITS = { question: 300, option: 100, options: 10, explanation: 200 } as const;

/** True when Telegram accepts the card as a quiz poll: question ≤ 300, 2–10 options of 1–100 characters. */
export function fitsPoll(card: Card): boolean {
  const options = card.options.map(plainInline);
  return (
    plainInline(card.question).length <= POLL_LIMITS.question &&
    options.length >= 2 &&
    options.length <= POLL_LIMITS.options &&
    options.every((o) => o.length >= 1 && o.length <= POLL_LIMITS.option)
  );
}

/**
 * The order the card's options are shown in when sent at `sentAt`: `order[shown] = index in the card`.
 * It looks random but depends only on the card and the sending time, both stored with the poll, so the
 * answer maps back to the card even after a restart, without storing the order.
 */
export function optionOrder(card: Card, sentAt: Date): number[] {
  return stableShuffle(
    card.options.map((_, i) => i),
    `${card.id}:${sentAt.getTime()}`,
    String,
  );
}

/**
 * Posts `card` (which must fit a poll) to `chatId` as a non-anonymous quiz poll, its options in `order`: the bot
 * gets every answer, in a private chat and in a group alike. Errors from the Bot API propagate.
 */
export function sendQuizPoll(api: Api, chatId: number, card: Card, order: number[]) {
  // A poll is plain text: the notes' inline markup would show as backticks and asterisks.
  const explanation = shorten(plainInline(card.explanation), POLL_LIMITS.explanation);
  const correct = order.indexOf(card.correctIndex);
  return api.sendPoll(
    chatId,
    plainInline(card.question),
    order.map((i) => ({ text: plainInline(card.options[i] as string) })),
    {
      type: "quiz",
      is_anonymous: false,
      // Newer Bot API versions take a list (multi-answer quizzes); older servers, self-hosted ones included,
      // read `correct_option_id`. Both go out, saying the same.
      correct_option_ids: [correct],
      ...({ correct_option_id: correct } as object),
      ...(explanation ? { explanation } : {}),
    },
  );
}

/** The key a button quiz is stored under in the poll store (Telegram gives it no poll id). */
export function buttonQuizKey(chatId: number, messageId: number): string {
  return `btn:${chatId}:${messageId}`;
}

/** A quiz that went out. */
export interface SentQuiz {
  /** The poll store key: Telegram's poll id, or {@link buttonQuizKey}. */
  pollId: string;
  kind: "poll" | "buttons";
  /** The message Telegram created for it. */
  messageId: number;
}

/**
 * Sends `card` to `chatId` for `userId` and records it. `topic` (a `topicKey`) marks a quiz that keeps to
 * one topic; button quizzes carry it in their buttons. Errors from the Bot API propagate.
 */
export async function sendCard(
  api: Api,
  quiz: QuizDeps,
  to: { chatId: number; userId: number },
  card: Card,
  topic?: string,
): Promise<SentQuiz> {
  const sentAt = quiz.now();
  const order = optionOrder(card, sentAt);
  // Recorded, or queued when the database cannot take it now: the quiz is out, its answer must count.
  const record = (pollId: string, messageId: number) =>
    recordSentQuiz(quiz, {
      pollId,
      userId: to.userId,
      chatId: to.chatId,
      cardId: card.id,
      messageId,
      sentAt,
    });
  const kind = kindOf(card);
  if (kind === "flashcard" || kind === "cloze") {
    const message =
      kind === "flashcard"
        ? await api.sendMessage(to.chatId, renderFlashcardFront(card), {
            parse_mode: "HTML",
            reply_markup: showAnswerKeyboard(topic),
          })
        : await api.sendMessage(to.chatId, renderCloze(card), {
            parse_mode: "HTML",
            // A reply names the card whatever came in between; in a group it is how the bot sees the answer.
            reply_markup: { force_reply: true, input_field_placeholder: "Термин", selective: true },
          });
    const pollId = buttonQuizKey(to.chatId, message.message_id);
    record(pollId, message.message_id);
    if (kind === "cloze") awaitTypedAnswer(quiz, to, pollId, topic);
    return { pollId, kind: "buttons", messageId: message.message_id };
  }
  if (fitsPoll(card)) {
    const message = await sendQuizPoll(api, to.chatId, card, order);
    record(message.poll.id, message.message_id);
    return { pollId: message.poll.id, kind: "poll", messageId: message.message_id };
  }
  const message = await api.sendMessage(to.chatId, renderButtonQuiz(card, order), {
    parse_mode: "HTML",
    reply_markup: optionsKeyboard(order, topic),
  });
  const pollId = buttonQuizKey(to.chatId, message.message_id);
  record(pollId, message.message_id);
  return { pollId, kind: "buttons", messageId: message.message_id };
}
