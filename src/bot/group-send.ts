// Quizzes for a whole group: choosing the cards and posting each as a non-anonymous quiz poll, recorded so
// every member's answer (a poll_answer update) counts for that member.
import type { Api } from "grammy";
import type { User } from "grammy/types";
import type { Deck } from "../quiz/deck.ts";
import { pickForGroup } from "../quiz/group.ts";
import type { Card } from "../quiz/types.ts";
import type { QuizDeps } from "./context.ts";
import { recordGroupQuiz } from "./group-answers.ts";
import { fitsPoll, optionOrder, sendQuizPoll } from "./quiz-send.ts";

/** True for a group or supergroup chat. */
export function isGroupChat(chat: { type: string } | undefined): boolean {
  return chat?.type === "group" || chat?.type === "supergroup";
}

/** True for a daily subscription that belongs to a group (keyed by the chat's own id, which is negative). */
export function isGroupSubscription(subscription: { userId: number; chatId: number }): boolean {
  return subscription.userId < 0 && subscription.userId === subscription.chatId;
}

/** A member's name as Telegram shows it: first and last name. */
export function memberName(user: Pick<User, "first_name" | "last_name">): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || "Без имени";
}

/**
 * Up to `count` cards of `deck` for the group `chatId`: only cards every member can answer in the poll itself
 * (a quiz poll's limits), a fair turn through the deck (src/quiz/group.ts), never a suspended card.
 */
export function pickGroupCards(
  quiz: QuizDeps,
  deck: Deck,
  chatId: number,
  count: number,
  topicId?: string,
): Card[] {
  return pickForGroup(deck, {
    count,
    lastAsked: quiz.groups.lastAsked(chatId),
    eligible: fitsPoll,
    seed: String(chatId),
    skip: quiz.reports.suspended,
    ...(topicId !== undefined ? { topicId } : {}),
  });
}

/**
 * Posts `card` in the group `chatId` as a non-anonymous quiz poll (so the bot gets each member's answer) and
 * records it (or queues it in the answer journal while the database cannot take it). The card must fit a poll
 * (see {@link pickGroupCards}). Errors from the Bot API propagate.
 */
export async function sendGroupCard(
  api: Api,
  quiz: QuizDeps,
  chatId: number,
  card: Card,
): Promise<{ pollId: string; messageId: number }> {
  const sentAt = quiz.now();
  const order = optionOrder(card, sentAt);
  const message = await sendQuizPoll(api, chatId, card, order);
  // Recorded, or queued when the database cannot take it now: the poll is out, its answers must count.
  recordGroupQuiz(quiz, {
    pollId: message.poll.id,
    chatId,
    cardId: card.id,
    messageId: message.message_id,
    sentAt,
  });
  return { pollId: message.poll.id, messageId: message.message_id };
}
