// /start: a greeting, three example questions as buttons, and the commands; /start with a deep link's payload
// (an inline result's «Открыть в боте») opens the passage, topic or topic list it names instead.
import { Composer } from "grammy";
import type { AnswerMemory } from "../answer-memory.ts";
import type { BotContext, BotDeps, CommandInfo, Feature, Search } from "../context.ts";
import { startTarget } from "../deep-link.ts";
import {
  answerKeyboard,
  decodeAction,
  examplesKeyboard,
  topicKeyboard,
  topicListKeyboard,
} from "../keyboards.ts";
import { renderPassage, renderStart, renderTopic, renderTopicList } from "../render.ts";
import { replyHtml } from "../reply.ts";
import { answerQuestion } from "./ask.ts";

const GONE = "Этого раздела больше нет в конспекте — откройте /topics.";

/** How many example questions /start offers. */
const EXAMPLES = 3;

/**
 * Three example questions made from the notes' own topic names, each kept only when the search answers it
 * surely from its own topic: an example that gets «не знаю» or a stray passage would teach distrust at once.
 * Topics are tried in order, their Russian one-word names first.
 */
export function exampleQuestions(search: Search): string[] {
  const examples: string[] = [];
  for (const topic of search.topics) {
    // Russian names first, single words before phrases, otherwise in the author's order (the first is the usual one).
    const words = (a: string) => a.split(/\s+/).length;
    const russian = topic.aliases.filter((a) => /[а-яё]/i.test(a)).sort((a, b) => words(a) - words(b));
    const names = [...russian, ...topic.aliases, topic.title];
    for (const name of names) {
      const question = `Что такое ${name}?`;
      const answer = search.answer(question);
      if (answer.kind === "found" && answer.hits[0]?.passage.topicId === topic.id) {
        examples.push(question);
        break;
      }
    }
    if (examples.length >= EXAMPLES) break;
  }
  return examples;
}

/**
 * Opens what a deep link's payload names, as the buttons of the bot's chat would (the passage under «Тема
 * целиком», a topic page, the topic list); answers whether the payload was one of ours.
 */
async function openDeepLink(ctx: BotContext, payload: string): Promise<boolean> {
  const { search } = ctx.shelf;
  const target = startTarget(payload, search.topics);
  const { topics } = search;
  switch (target?.kind) {
    case undefined:
      return false;
    case "topics":
      await ctx.reply(renderTopicList(topics), {
        parse_mode: "HTML",
        reply_markup: topicListKeyboard(topics, topics),
      });
      return true;
    case "topic":
      await ctx.reply(renderTopic(target.topic, 0), {
        parse_mode: "HTML",
        reply_markup: topicKeyboard(target.topic, 0, topics),
      });
      return true;
    case "passage": {
      const passage = search.passage(`${target.topic.id}#${target.order}`);
      if (!passage) await ctx.reply(GONE);
      else await replyHtml(ctx, renderPassage(passage), answerKeyboard(undefined, [target.topic], topics));
      return true;
    }
    case "gone":
      await ctx.reply(GONE);
      return true;
  }
}

/** /start, with or without a deep link's payload, and the example questions' buttons. */
export function start(deps: BotDeps, memory: AnswerMemory, commands: () => CommandInfo[]): Feature {
  const composer = new Composer<BotContext>();
  // Worked out once per version of the notes: after a reload the examples come from the notes as they are now.
  const examplesOf = new WeakMap<Search, string[]>();
  const examplesFor = (search: Search): string[] => {
    let examples = examplesOf.get(search);
    if (examples === undefined) {
      examples = exampleQuestions(search);
      examplesOf.set(search, examples);
    }
    return examples;
  };

  composer.command("start", async (ctx) => {
    if (await openDeepLink(ctx, ctx.match.trim())) return;
    const chat = ctx.chat.type === "private" ? "private" : "group";
    const examples = examplesFor(ctx.shelf.search);
    const text = renderStart(ctx.from?.first_name, ctx.shelf.search.topics, commands(), examples, chat);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: examplesKeyboard(examples) });
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== "example") return next();
    const question = examplesFor(ctx.shelf.search)[action.index];
    await ctx.answerCallbackQuery();
    if (question === undefined) return;
    await ctx.reply(`❓ ${question}`);
    await answerQuestion(ctx, deps, memory, question);
  });

  return { commands: [{ command: "start", description: "Начало и примеры вопросов" }], composer };
}
