// Free-text questions: the answer from the notes with «Ещё», «Тема целиком», «👍» and «Не то»; an uncertain
// answer's candidates and the candidates after «Не то», each opening its passage. A candidate picked is
// recorded, so that answers to the same or a near question learn from it.
import { Composer } from "grammy";
import type { Topic } from "../../knowledge/types.ts";
import type { Answer, Hit } from "../../search/types.ts";
import type { AnswerMemory } from "../answer-memory.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import {
  answerKeyboard,
  candidatesKeyboard,
  decodeAction,
  topicByKey,
  topicListKeyboard,
} from "../keyboards.ts";
import { renderAnswer, renderMore, renderNotThat, renderPassage } from "../render.ts";
import { replyHtml, replyTarget } from "../reply.ts";

/** How many passages one press of «Ещё» shows. */
const MORE_PER_PAGE = 2;
/** How many candidates «Не то» offers. */
const NOT_THAT_CANDIDATES = 4;

const FORGOTTEN = "Этот ответ уже забыт — задайте вопрос ещё раз.";
const THANKS = "Спасибо! Учту.";
const PICK_THANKS = "Спасибо! Запомню, что ответ здесь.";
const GONE = "Этого раздела больше нет в конспекте. Откройте /topics.";

/** The pattern of a mention of the bot, made once per username rather than for every message. */
const mentions = new Map<string, RegExp>();

/** Drops mentions of the bot, so «@konspekt_bot что такое под» asks «что такое под». */
export function questionText(text: string, botUsername: string): string {
  let mention = mentions.get(botUsername);
  if (mention === undefined) {
    mention = new RegExp(`@${botUsername}\\b`, "gi");
    mentions.set(botUsername, mention);
  }
  return text.replace(mention, " ").replace(/\s+/g, " ").trim();
}

/** Whether the user is one of ADMIN_IDS: an admin's pick lifts a passage alone. */
function isAdmin(deps: BotDeps, userId: number): boolean {
  return deps.admin?.ids.includes(userId) ?? false;
}

/** Answers `question` in the chat of `ctx`: the best passages, then the buttons. */
export async function answerQuestion(
  ctx: BotContext,
  deps: BotDeps,
  memory: AnswerMemory,
  question: string,
): Promise<void> {
  const replyTo = replyTarget(ctx);
  if (question.length === 0) {
    await ctx.reply("Напишите вопрос словами, например: «что такое под».", {
      ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo } } : {}),
    });
    return;
  }
  const answer = ctx.shelf.search.answer(question, deps.feedback?.lifts);
  deps.metrics?.answered(answer.kind);
  try {
    await replyWith(ctx, deps, memory, answer, replyTo);
  } finally {
    // After the reply, so the write never delays it; even when the reply failed, the question was asked.
    deps.feedback?.logQuestion({ terms: answer.terms, query: answer.query, outcome: answer.kind });
  }
}

async function replyWith(
  ctx: BotContext,
  deps: BotDeps,
  memory: AnswerMemory,
  answer: Answer,
  replyTo: number | undefined,
): Promise<void> {
  const { search } = ctx.shelf;
  if (answer.kind === "uncertain") {
    const candidates = answer.candidates.map((hit) => hit.passage);
    // Choosing one of «Возможно, вы про:» says which passage the question meant, just as a pick after «Не то»
    // does, and the questions the search is unsure of are the ones that most need to learn.
    const pickFor = deps.feedback
      ? memory.remember({ query: answer.query, more: answer.candidates, terms: answer.terms, shown: [] })
      : undefined;
    await replyHtml(
      ctx,
      renderAnswer(answer),
      candidatesKeyboard(candidates, search.topics, pickFor, answer.topic),
      replyTo,
    );
    return;
  }
  if (answer.kind === "nothing") {
    const keyboard =
      answer.suggestions.length > 0 ? topicListKeyboard(answer.suggestions, search.topics, false) : undefined;
    await replyHtml(ctx, renderAnswer(answer), keyboard, replyTo);
    return;
  }
  const answerId =
    answer.more.length > 0 || deps.feedback
      ? memory.remember({
          query: answer.query,
          more: answer.more,
          terms: answer.terms,
          shown: answer.hits.map((hit) => hit.passage.id),
        })
      : undefined;
  const keyboard = answerKeyboard(
    answer.more.length > 0 && answerId !== undefined ? { answerId, offset: 0 } : undefined,
    hitTopics(answer.hits, search.topics),
    search.topics,
    deps.feedback && answerId !== undefined ? { answerId } : undefined,
    answer.leadsInto,
  );
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

  const showMore = async (ctx: BotContext, answerId: string, offset: number) => {
    const { search } = ctx.shelf;
    const remembered = memory.recall(answerId);
    if (!remembered) return void (await ctx.answerCallbackQuery({ text: FORGOTTEN, show_alert: true }));
    await ctx.answerCallbackQuery();
    const hits = remembered.more.slice(offset, offset + MORE_PER_PAGE);
    if (hits.length === 0) {
      await ctx.reply("Больше ничего по этому вопросу нет.");
      return;
    }
    const following = offset + MORE_PER_PAGE;
    const keyboard = answerKeyboard(
      following < remembered.more.length ? { answerId, offset: following } : undefined,
      hitTopics(hits, search.topics),
      search.topics,
    );
    await replyHtml(ctx, renderMore(remembered.query, hits), keyboard);
  };

  const vote = async (ctx: BotContext, userId: number, answerId: string) => {
    const remembered = memory.recall(answerId);
    if (!remembered?.terms || !deps.feedback)
      return void (await ctx.answerCallbackQuery({ text: FORGOTTEN, show_alert: true }));
    for (const passageId of remembered.shown ?? []) {
      deps.feedback.vote({
        terms: remembered.terms,
        passageId,
        userId,
        admin: isAdmin(deps, userId),
        kind: "up",
      });
    }
    await ctx.answerCallbackQuery({ text: THANKS });
  };

  const notThat = async (ctx: BotContext, answerId: string) => {
    const { search } = ctx.shelf;
    const remembered = memory.recall(answerId);
    if (!remembered) return void (await ctx.answerCallbackQuery({ text: FORGOTTEN, show_alert: true }));
    await ctx.answerCallbackQuery();
    const offered = remembered.more.slice(0, NOT_THAT_CANDIDATES);
    const candidates = offered.map((hit) => hit.passage);
    try {
      await ctx.reply(renderNotThat(offered), {
        parse_mode: "HTML",
        ...(candidates.length > 0
          ? { reply_markup: candidatesKeyboard(candidates, search.topics, answerId) }
          : {}),
      });
    } finally {
      if (!remembered.notThatCounted) {
        remembered.notThatCounted = true;
        const entry = {
          terms: remembered.terms ?? [],
          query: remembered.query,
          outcome: "not_that" as const,
        };
        deps.feedback?.logQuestion(entry);
      }
    }
  };

  /** Opens one passage; after «Не то» (`pickFor`), first records it as the answer to that question. */
  const openPassage = async (
    ctx: BotContext,
    userId: number,
    where: { topic: string; order: number },
    pickFor?: string,
  ) => {
    const { search } = ctx.shelf;
    const topic = topicByKey(where.topic, search.topics);
    const passage = topic && search.passage(`${topic.id}#${where.order}`);
    if (!topic || !passage) return void (await ctx.answerCallbackQuery({ text: GONE, show_alert: true }));
    const terms = pickFor === undefined ? undefined : memory.recall(pickFor)?.terms;
    const feedback = terms === undefined ? undefined : deps.feedback;
    const recorded = terms !== undefined && feedback !== undefined;
    if (recorded) {
      const admin = isAdmin(deps, userId);
      feedback.vote({ terms, passageId: passage.id, userId, admin, kind: "pick" });
    }
    await ctx.answerCallbackQuery(recorded ? { text: PICK_THANKS } : {});
    await replyHtml(ctx, renderPassage(passage), answerKeyboard(undefined, [topic], search.topics));
  };

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    switch (action?.kind) {
      case "more":
        return showMore(ctx, action.answerId, action.offset);
      case "vote":
        return vote(ctx, ctx.from.id, action.answerId);
      case "notThat":
        return notThat(ctx, action.answerId);
      case "pick":
        return openPassage(ctx, ctx.from.id, action, action.answerId);
      case "passage":
        return openPassage(ctx, ctx.from.id, action);
      default:
        return next();
    }
  });

  return { commands: [], composer };
}
