// /quiz [topic]: the next card as a quiz poll (or buttons); the answer scored with FSRS and explained
// from the notes, with «Ещё вопрос» under it.
import { type Api, Composer, GrammyError, type InlineKeyboard } from "grammy";
import type { Topic } from "../../knowledge/types.ts";
import { quoteInput } from "../../quote.ts";
import type { SentPoll } from "../../store/polls.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { topicByKey, topicKey } from "../keyboards.ts";
import { decodeQuizAction, nextQuestionKeyboard } from "../quiz-keyboards.ts";
import { buttonQuizKey, optionOrder, sendCard } from "../quiz-send.ts";
import { escapeHtml } from "../render.ts";
import { renderFeedback } from "../render-quiz.ts";

/** How many topic-bound polls remember their topic for «Ещё вопрос» (a restart forgets: any topic then). */
const TOPIC_MEMORY = 10_000;

const NO_CARDS = "Вопросов пока нет: в конспекте не нашлось, из чего их составить. Загляните в /topics.";
const GONE = "Этого вопроса больше нет в конспекте — ответ не засчитан.";

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** /quiz, the answers to its polls and buttons, and «Ещё вопрос». */
export function quiz(deps: BotDeps): Feature {
  const { search, quiz: q } = deps;
  const composer = new Composer<BotContext>();
  /** Poll id → topic key, for polls of `/quiz <topic>`. */
  const pollTopics = new Map<string, string>();

  /** Sends the user's next card (of `topic`, if given) to `chatId`, or says why there is none. */
  const askNext = async (api: Api, chatId: number, userId: number, topic?: Topic) => {
    const next = q.scheduler.nextCard(userId, q.deck, q.now(), topic?.id);
    if (!next) {
      const text = topic
        ? `В теме «${escapeHtml(topic.title)}» пока нет вопросов. Попробуйте просто /quiz.`
        : NO_CARDS;
      await api.sendMessage(chatId, text, HTML);
      return;
    }
    const key = topic ? topicKey(topic, search.topics) : undefined;
    const sent = await sendCard(api, q, { chatId, userId }, next.card, key);
    if (key !== undefined && sent.kind === "poll") {
      if (pollTopics.size >= TOPIC_MEMORY) pollTopics.delete(pollTopics.keys().next().value as string);
      pollTopics.set(sent.pollId, key);
    }
  };

  /** Scores an answer (`option` is the card's own index) and sends the feedback. */
  const score = async (api: Api, sent: SentPoll, option: number, topic?: string) => {
    const keyboard: InlineKeyboard = nextQuestionKeyboard(topic);
    const card = q.deck.byId(sent.cardId);
    if (!card) {
      await api.sendMessage(sent.chatId, GONE, { reply_markup: keyboard });
      return;
    }
    const correct = option === card.correctIndex;
    q.scheduler.recordAnswer(sent.userId, card.id, card.topicId, correct, q.now());
    const passage = q.deck.passageOf(card);
    const cardTopic = search.topics.find((t) => t.id === card.topicId);
    const text = renderFeedback({
      card,
      correct,
      ...(passage ? { passage } : {}),
      ...(cardTopic ? { topic: cardTopic } : {}),
    });
    await api.sendMessage(sent.chatId, text, { ...HTML, reply_markup: keyboard });
  };

  composer.command("quiz", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const name = ctx.match.trim();
    const topic = name ? search.findTopic(name) : undefined;
    if (name && !topic) {
      await ctx.reply(
        `Не нашёл тему ${escapeHtml(quoteInput(name))}. Все темы — /topics, вопрос из любой — /quiz.`,
        HTML,
      );
      return;
    }
    await askNext(ctx.api, ctx.chat.id, userId, topic);
  });

  composer.on("poll_answer", async (ctx) => {
    const answer = ctx.pollAnswer;
    const shown = answer.option_ids[0];
    const sent = q.polls.find(answer.poll_id);
    // A retracted vote has no options; only the user the quiz was sent to is scored.
    if (shown === undefined || !sent || sent.userId !== answer.user?.id) return;
    const claimed = q.polls.claimAnswer(answer.poll_id, q.now());
    if (!claimed) return;
    const card = q.deck.byId(claimed.cardId);
    const option = card ? optionOrder(card, claimed.sentAt)[shown] : undefined;
    await score(ctx.api, claimed, option ?? -1, pollTopics.get(answer.poll_id));
    pollTopics.delete(answer.poll_id);
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeQuizAction(ctx.callbackQuery.data);
    if (action === undefined || action.kind === "forget") return next();
    const chatId = ctx.chat?.id ?? ctx.from.id;
    if (action.kind === "next") {
      await ctx.answerCallbackQuery();
      const topic = action.topic === undefined ? undefined : topicByKey(action.topic, search.topics);
      await askNext(ctx.api, chatId, ctx.from.id, topic);
      return;
    }
    const message = ctx.callbackQuery.message;
    const key = message ? buttonQuizKey(message.chat.id, message.message_id) : "";
    const sent = q.polls.find(key);
    if (!sent) {
      await ctx.answerCallbackQuery({ text: "Этот вопрос устарел. Новый — /quiz.", show_alert: true });
      return;
    }
    if (sent.userId !== ctx.from.id) {
      await ctx.answerCallbackQuery({ text: "Этот вопрос задан другому участнику. Свой — /quiz." });
      return;
    }
    const claimed = q.polls.claimAnswer(key, q.now());
    if (!claimed) {
      await ctx.answerCallbackQuery({ text: "Вы уже ответили на этот вопрос." });
      return;
    }
    await ctx.answerCallbackQuery();
    try {
      await ctx.editMessageReplyMarkup();
    } catch (error) {
      // The buttons staying is harmless: a second press is refused above.
      if (!(error instanceof GrammyError)) throw error;
      ctx.log.debug({ err: error }, "could not remove the answer buttons");
    }
    await score(ctx.api, claimed, action.option, action.topic);
  });

  return {
    commands: [{ command: "quiz", description: "Вопрос по конспекту: /quiz или /quiz сервисы" }],
    composer,
  };
}
