// /quiz [topic]: the next card as a quiz poll (or buttons), a flashcard (turned over with «Показать ответ»,
// graded «Снова / Трудно / Хорошо / Легко») or a cloze (answered by the next message, see typed-answers.ts);
// the answer scored with FSRS and explained from the notes, with «Ещё вопрос» under it.
import { Composer, GrammyError } from "grammy";
import type { Topic } from "../../knowledge/types.ts";
import { kindOf } from "../../quiz/types.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { topicByKey, topicKey } from "../keyboards.ts";
import { type AnswerOutcome, findQuiz, sendFeedback, submitAnswer } from "../quiz-answers.ts";
import { decodeQuizAction, gradesKeyboard } from "../quiz-keyboards.ts";
import { buttonQuizKey, optionOrder, sendCard } from "../quiz-send.ts";
import { escapeHtml } from "../render.ts";
import { renderFlashcardBack } from "../render-cards.ts";
import { renderNoQuizTopic } from "../render-quiz.ts";

/** How many topic-bound polls remember their topic for «Ещё вопрос» (a restart forgets: any topic then). */
const TOPIC_MEMORY = 10_000;

const ALREADY_ANSWERED = "Вы уже ответили на этот вопрос.";
const STALE = "Этот вопрос устарел. Новый — /quiz.";
const QUEUED = "Ответ принят. База сейчас занята — засчитаю его через несколько секунд и пришлю разбор.";

/**
 * Answers the button press. It only stops the button's spinner: when Telegram refuses (e.g. 400 «query is
 * too old»), the answer is already recorded and the feedback still goes out as a message, so it is logged.
 */
async function tell(ctx: BotContext, options: { text?: string; show_alert?: boolean }): Promise<void> {
  try {
    await ctx.answerCallbackQuery(options);
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    ctx.log.warn(
      { method: error.method, description: error.description },
      "could not answer the button press",
    );
  }
}

const NO_CARDS = "Вопросов пока нет: в конспекте не нашлось, из чего их составить. Загляните в /topics.";

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** /quiz, the answers to its polls and buttons, and «Ещё вопрос». */
export function quiz(deps: BotDeps): Feature {
  const q = deps.quiz;
  const composer = new Composer<BotContext>();
  /** Poll id → topic key, for polls of `/quiz <topic>`. */
  const pollTopics = new Map<string, string>();
  /** Counts a quiz answer taken now or queued, for /metrics; a repeat press counts nothing. */
  const countAnswer = (outcome: AnswerOutcome) => {
    if (outcome.status === "recorded") deps.metrics?.quizAnswer(outcome.answer.correct ? "correct" : "wrong");
    else if (outcome.status === "queued") deps.metrics?.quizAnswer("queued");
  };

  /** Sends the user's next card (of `topic`, if given) to `chatId`, or says why there is none. */
  const askNext = async (ctx: BotContext, chatId: number, userId: number, topic?: Topic) => {
    const { api } = ctx;
    const { search, deck } = ctx.shelf;
    const next = q.scheduler.nextCard(userId, deck, q.now(), topic?.id, q.reports.suspended);
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

  /** «Показать ответ»: the flashcard's message becomes its back, with the four grades under it. */
  const turnOver = async (ctx: BotContext, cardId: string, answered: boolean, topic?: string) => {
    const { deck } = ctx.shelf;
    const card = deck.byId(cardId);
    if (!card || kindOf(card) !== "flashcard") {
      await tell(ctx, { text: STALE, show_alert: true });
      return;
    }
    if (answered) {
      await tell(ctx, { text: ALREADY_ANSWERED });
      return;
    }
    await tell(ctx, {});
    const passage = deck.passageOf(card);
    try {
      await ctx.editMessageText(renderFlashcardBack(card, passage), {
        ...HTML,
        reply_markup: gradesKeyboard(topic),
      });
    } catch (error) {
      // A second press while the first edit is under way: the back is already there.
      if (!(error instanceof GrammyError)) throw error;
      ctx.log.warn(
        { method: error.method, description: error.description },
        "could not turn a flashcard over",
      );
    }
  };

  composer.command("quiz", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const name = ctx.match.trim();
    const found = name ? ctx.shelf.search.findTopic(name) : undefined;
    if (found && found.kind !== "topic") {
      await ctx.reply(renderNoQuizTopic(name, found.kind === "near" ? found.passages : []), HTML);
      return;
    }
    await askNext(ctx, ctx.chat.id, userId, found?.topic);
  });

  composer.on("poll_answer", async (ctx) => {
    const answer = ctx.pollAnswer;
    const shown = answer.option_ids[0];
    const sent = findQuiz(q, answer.poll_id);
    // A retracted vote has no options; only the user the quiz was sent to is scored.
    if (shown === undefined || !sent || sent.userId !== answer.user?.id || sent.answeredAt) return;
    const card = ctx.shelf.deck.byId(sent.cardId);
    const option = card ? (optionOrder(card, sent.sentAt)[shown] ?? -1) : -1;
    const topic = pollTopics.get(answer.poll_id);
    const outcome = submitAnswer(
      q,
      ctx.shelf.deck,
      {
        kind: "answer",
        key: answer.poll_id,
        userId: sent.userId,
        option,
        at: q.now().getTime(),
        ...(topic ? { topic } : {}),
      },
      ctx.log,
    );
    pollTopics.delete(answer.poll_id);
    countAnswer(outcome);
    // Queued: a poll answer has no chat to explain it in now; the feedback goes out when it lands.
    if (outcome.status === "recorded") await sendFeedback(ctx.api, q, ctx.shelf, outcome.answer);
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeQuizAction(ctx.callbackQuery.data);
    if (action === undefined || action.kind === "forget" || action.kind === "report") return next();
    const chatId = ctx.chat?.id ?? ctx.from.id;
    if (action.kind === "next") {
      await ctx.answerCallbackQuery();
      const topic =
        action.topic === undefined ? undefined : topicByKey(action.topic, ctx.shelf.search.topics);
      await askNext(ctx, chatId, ctx.from.id, topic);
      return;
    }
    const message = ctx.callbackQuery.message;
    const key = message ? buttonQuizKey(message.chat.id, message.message_id) : "";
    const sent = findQuiz(q, key);
    if (!sent) {
      await ctx.answerCallbackQuery({ text: STALE, show_alert: true });
      return;
    }
    if (sent.userId !== ctx.from.id) {
      await ctx.answerCallbackQuery({ text: "Этот вопрос задан другому участнику. Свой — /quiz." });
      return;
    }
    if (action.kind === "show") {
      await turnOver(ctx, sent.cardId, sent.answeredAt !== undefined, action.topic);
      return;
    }
    // Recorded (or queued) before anything is said to Telegram: a failing answerCallbackQuery (e.g. 400
    // «query is too old» after a restart) must not cost the answer.
    const outcome = sent.answeredAt
      ? ({ status: "duplicate" } as const)
      : submitAnswer(
          q,
          ctx.shelf.deck,
          {
            kind: "answer",
            key,
            userId: sent.userId,
            option: action.kind === "answer" ? action.option : -1,
            ...(action.kind === "grade" ? { grade: action.grade } : {}),
            at: q.now().getTime(),
            ...(action.topic !== undefined ? { topic: action.topic } : {}),
          },
          ctx.log,
        );
    await tell(
      ctx,
      outcome.status === "duplicate"
        ? { text: ALREADY_ANSWERED }
        : outcome.status === "queued"
          ? { text: QUEUED, show_alert: true }
          : {},
    );
    if (outcome.status === "duplicate") return;
    countAnswer(outcome);
    try {
      await ctx.editMessageReplyMarkup();
    } catch (error) {
      // The buttons staying is harmless: a second press is refused above.
      if (!(error instanceof GrammyError)) throw error;
      ctx.log.debug({ err: error }, "could not remove the answer buttons");
    }
    if (outcome.status === "recorded") await sendFeedback(ctx.api, q, ctx.shelf, outcome.answer);
  });

  return {
    commands: [{ command: "quiz", description: "Вопрос по конспекту: /quiz или /quiz сервисы" }],
    composer,
  };
}
