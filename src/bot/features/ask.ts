// Free-text questions: the answer from the notes, «Ещё» for the next passages, «Тема целиком» for the topic.
import { Composer } from "grammy";
import type { Topic } from "../../knowledge/types.ts";
import type { Hit } from "../../search/types.ts";
import type { AnswerMemory } from "../answer-memory.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { answerKeyboard, decodeAction, topicListKeyboard } from "../keyboards.ts";
import { renderAnswer, renderMore } from "../render.ts";
import { replyHtml, replyTarget } from "../reply.ts";

/** How many passages one press of «Ещё» shows. */
const MORE_PER_PAGE = 2;

/** Drops mentions of the bot, so «@konspekt_bot что такое под» asks «что такое под». */
export function questionText(text: string, botUsername: string): string {
  const mention = new RegExp(`@${botUsername}\\b`, "gi");
  return text.replace(mention, " ").replace(/\s+/g, " ").trim();
}

/** Answers `question` in the chat of `ctx`: the best passages, then the buttons. */
export async function answerQuestion(
  ctx: BotContext,
  deps: BotDeps,
  memory: AnswerMemory,
  question: string,
): Promise<void> {
  const { search } = deps;
  const replyTo = replyTarget(ctx);
  if (question.length === 0) {
    await ctx.reply("Напишите вопрос словами, например: «что такое под».", {
      ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo } } : {}),
    });
    return;
  }
  const answer = search.answer(question);
  if (answer.kind === "uncertain") {
    await replyHtml(ctx, renderAnswer(answer), undefined, replyTo);
    return;
  }
  if (answer.kind === "nothing") {
    const keyboard =
      answer.suggestions.length > 0 ? topicListKeyboard(answer.suggestions, search.topics, false) : undefined;
    await replyHtml(ctx, renderAnswer(answer), keyboard, replyTo);
    return;
  }
  const more =
    answer.more.length > 0
      ? { answerId: memory.remember({ query: answer.query, more: answer.more }), offset: 0 }
      : undefined;
  const keyboard = answerKeyboard(more, hitTopics(answer.hits, search.topics), search.topics);
  await replyHtml(ctx, renderAnswer(answer), keyboard, replyTo);
}

function hitTopics(hits: Hit[], topics: Topic[]): Topic[] {
  return hits.flatMap((hit) => topics.filter((t) => t.id === hit.passage.topicId));
}

/** Free text in private chats, mentions and replies in groups (the group gate lets only those through). */
export function ask(deps: BotDeps, memory: AnswerMemory): Feature {
  const composer = new Composer<BotContext>();

  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/")) return next();
    await answerQuestion(ctx, deps, memory, questionText(ctx.message.text, ctx.me.username));
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== "more") return next();
    const remembered = memory.recall(action.answerId);
    if (!remembered) {
      await ctx.answerCallbackQuery({
        text: "Этот ответ уже забыт — задайте вопрос ещё раз.",
        show_alert: true,
      });
      return;
    }
    await ctx.answerCallbackQuery();
    const hits = remembered.more.slice(action.offset, action.offset + MORE_PER_PAGE);
    if (hits.length === 0) {
      await ctx.reply("Больше ничего по этому вопросу нет.");
      return;
    }
    const following = action.offset + MORE_PER_PAGE;
    const keyboard = answerKeyboard(
      following < remembered.more.length ? { answerId: action.answerId, offset: following } : undefined,
      hitTopics(hits, deps.search.topics),
      deps.search.topics,
    );
    await replyHtml(ctx, renderMore(remembered.query, hits), keyboard);
  });

  return { commands: [], composer };
}
