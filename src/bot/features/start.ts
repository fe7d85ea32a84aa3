// /start: a greeting, three example questions as buttons, and the commands.
import { Composer } from "grammy";
import type { AnswerMemory } from "../answer-memory.ts";
import type { BotContext, BotDeps, CommandInfo, Feature, Search } from "../context.ts";
import { decodeAction, examplesKeyboard } from "../keyboards.ts";
import { renderStart } from "../render.ts";
import { answerQuestion } from "./ask.ts";

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

export function start(deps: BotDeps, memory: AnswerMemory, commands: () => CommandInfo[]): Feature {
  const composer = new Composer<BotContext>();
  const examples = exampleQuestions(deps.search);

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
