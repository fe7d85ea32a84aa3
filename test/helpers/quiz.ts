// Asking and answering quiz cards of every kind through the fake Bot API: a poll is voted, a button quiz
// pressed, a flashcard turned over and graded, a cloze answered by the next message.
import type { Message } from "grammy/types";
import type { QuizDeps } from "../../src/bot/context.ts";
import { buttonQuizKey } from "../../src/bot/quiz-send.ts";
import type { Deck } from "../../src/quiz/deck.ts";
import { createCardReports } from "../../src/quiz/reports.ts";
import { type Card, type CardKind, kindOf } from "../../src/quiz/types.ts";
import { createCardReportStore } from "../../src/store/card-reports.ts";
import type { Database } from "../../src/store/db.ts";
import { buttons, sentMessage } from "./calls.ts";
import type { ApiCall } from "./fake-bot-api.ts";
import type { Harness } from "./harness.ts";
import { callbackQuery, message, pollAnswer, type user } from "./updates.ts";

type User = ReturnType<typeof user>;

/** The deck with only the cards of `kinds`: the bot then asks nothing else. */
export function onlyKinds(deck: Deck, kinds: readonly CardKind[]): Deck {
  const keep = (card: Card) => kinds.includes(kindOf(card));
  const cards = deck.cards.filter(keep);
  const byId = new Map(cards.map((card) => [card.id, card]));
  return {
    cards,
    topicIds: deck.topicIds.filter((t) => cards.some((card) => card.topicId === t)),
    byId: (id) => byId.get(id),
    byTopic: (topicId) => deck.byTopic(topicId).filter(keep),
    passageOf: (card) => deck.passageOf(card),
  };
}

/** `quiz` asking only the cards of `kinds` (its reports about that deck, stored in `db`). */
export function quizOfKinds(quiz: QuizDeps, db: Database, kinds: readonly CardKind[]): QuizDeps {
  const deck = onlyKinds(quiz.deck, kinds);
  return { ...quiz, deck, reports: createCardReports(createCardReportStore(db), deck) };
}

/** A card that went out: the call that sent it, and the card the poll store says it asks. */
export interface SentCard {
  call: ApiCall;
  card: Card;
}

/** The card a sendPoll or sendMessage call asks, by the poll store; undefined for any other message. */
export function cardSentBy(h: Pick<Harness, "quiz">, call: ApiCall): Card | undefined {
  if (!call.reply.ok) return undefined;
  const sent = call.reply.result as Message;
  const key =
    call.method === "sendPoll"
      ? (sent as Message.PollMessage).poll.id
      : buttonQuizKey(sent.chat.id, sent.message_id);
  const poll = h.quiz.polls.find(key);
  return poll ? h.quiz.deck.byId(poll.cardId) : undefined;
}

/** Every card sent to `chatId` so far, in order. */
export function cardsSent(h: Pick<Harness, "quiz" | "fake">, chatId: number): SentCard[] {
  return h.fake.calls
    .filter((c) => (c.method === "sendPoll" || c.method === "sendMessage") && c.payload.chat_id === chatId)
    .flatMap((call) => {
      const card = cardSentBy(h, call);
      return card ? [{ call, card }] : [];
    });
}

/** Waits for the next card sent to `chatId` (after the `before` cards already sent). */
export async function nextCard(
  h: Pick<Harness, "quiz" | "fake">,
  chatId: number,
  before = cardsSent(h, chatId).length,
): Promise<SentCard> {
  await h.fake.waitFor(() => cardsSent(h, chatId).length > before, 5_000, `a card to ${chatId}`);
  return cardsSent(h, chatId)[before] as SentCard;
}

/**
 * Answers `sent` as `u` would — right when `right`, else wrong — and returns the feedback message: the poll
 * or buttons get the right (or a wrong) option, a flashcard is turned over and graded «Хорошо» (or «Снова»),
 * a cloze gets its answer (or a word that is none) as the next message.
 */
export async function answerCard(h: Harness, u: User, sent: SentCard, right = true): Promise<ApiCall> {
  const { call, card } = sent;
  const kind = kindOf(card);
  const before = h.fake.sent(u.id).length;
  if (call.method === "sendPoll") {
    const correct = call.payload.correct_option_id as number;
    const pollId = (call.reply.result as Message.PollMessage).poll.id;
    h.fake.push(pollAnswer(pollId, u, [right ? correct : (correct + 1) % card.options.length]));
  } else if (kind === "flashcard") {
    const show = buttons(call)[0]?.callback_data as string;
    h.fake.push(callbackQuery(show, sentMessage(call), u));
    const turned = () =>
      h.fake
        .callsOf("editMessageText", u.id)
        .find((c) => c.payload.message_id === sentMessage(call).message_id);
    await h.fake.waitFor(() => turned() !== undefined);
    const grade = buttons(turned()).find((b) => b.text === (right ? "Хорошо" : "Снова"));
    h.fake.push(callbackQuery(grade?.callback_data as string, sentMessage(call), u));
  } else if (kind === "cloze") {
    h.fake.push(message(right ? (card.options[0] as string) : "абракадабра", { from: u }));
  } else {
    const wanted = right ? card.correctIndex : (card.correctIndex + 1) % card.options.length;
    const press = buttons(call).find((b) => b.callback_data?.startsWith(`q:${wanted}`));
    h.fake.push(callbackQuery(press?.callback_data as string, sentMessage(call), u));
  }
  await h.fake.waitFor(() => h.fake.sent(u.id).length > before, 5_000, `feedback to ${u.id}`);
  return h.fake.sent(u.id)[before] as ApiCall;
}
