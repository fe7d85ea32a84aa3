// /start: a greeting, three example questions as buttons, and the commands.
import { Composer } from "grammy";
import type { Topic } from "../../knowledge/types.ts";
import type { AnswerMemory } from "../answer-memory.ts";
import type { BotContext, BotDeps, CommandInfo, Feature } from "../context.ts";
import { decodeAction, examplesKeyboard } from "../keyboards.ts";
import { renderStart } from "../render.ts";
import { answerQuestion } from "./ask.ts";

/** Three example questions made from the notes' own topic names, so they always have an answer. */
export function exampleQuestions(topics: Topic[]): string[] {
  return topics.slice(0, 3).map((topic) => {
    const name = topic.aliases.find((alias) => /[а-яё]/i.test(alias)) ?? topic.aliases[0] ?? topic.title;
    return `Что такое ${name}?`;
  });
}

export function start(deps: BotDeps, memory: AnswerMemory, commands: () => CommandInfo[]): Feature {
  const composer = new Composer<BotContext>();
  const examples = exampleQuestions(deps.search.topics);

  composer.command("start", (ctx) =>
    ctx.reply(renderStart(ctx.from?.first_name, deps.search.topics, commands(), examples), {
      parse_mode: "HTML",
      reply_markup: examplesKeyboard(examples),
    }),
  );

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== "example") return next();
    const question = examples[action.index];
    await ctx.answerCallbackQuery();
    if (question === undefined) return;
    await ctx.reply(`❓ ${question}`);
    await answerQuestion(ctx, deps, memory, question);
  });

  return { commands: [{ command: "start", description: "Начало и примеры вопросов" }], composer };
}
