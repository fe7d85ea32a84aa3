// /start: a greeting, three example questions as buttons, and the commands; /start with a deep link's payload
// (an inline result's «Открыть в боте») opens the passage, topic or topic list it names instead.
import { Composer } from "grammy";
import { QUESTION_START } from "../../knowledge/lines.ts";
import { PROPERTY_LABELS } from "../../quiz/terms.ts";
import type { Answer } from "../../search/types.ts";
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
 * The most example questions tried before giving up: each is a search, and notes of thousands of sections whose
 * names are rarely answered surely must not hold up the first /start for seconds.
 */
const MAX_TRIED = 60;

/** A section heading short enough to ask about by name: «ClusterIP», «Поды (Pods)», «Job и CronJob». */
const MAX_HEADING_WORDS = 3;
/** What a heading in brackets adds: its other name («Поды (Pods)»). */
const BRACKETED = /\s*\([^)]*\)/gu;

/**
 * Three example questions made from the notes' own names, each kept only when the search answers it surely from
 * where the name comes from: an example that gets «не знаю» or a stray passage would teach distrust at once.
 * Topics are tried first, their Russian one-word names first; then, for notes of few topics (one PDF's text is one
 * topic with no aliases), their sections' short headings, fewest words first, one per part of the notes where
 * there are enough.
 */
export function exampleQuestions(search: Search): string[] {
  const examples: string[] = [];
  // Each question is searched once, and only so many.
  const tried = new Map<string, Answer | undefined>();
  const answerTo = (question: string): Answer | undefined => {
    if (!tried.has(question))
      tried.set(question, tried.size < MAX_TRIED ? search.answer(question) : undefined);
    return tried.get(question);
  };
  // The passages the examples are answered by: two names of one thing («редис», «Redis») make one example.
  const answering = new Set<string>();
  for (const topic of search.topics) {
    // Russian names first, single words before phrases, otherwise in the author's order (the first is the usual one).
    const russian = topic.aliases.filter((a) => /[а-яё]/i.test(a)).sort((a, b) => wordsIn(a) - wordsIn(b));
    // A title is asked about only when it names a thing, and not when it is the file's name («network-notes»).
    const title = topic.title === topic.id ? undefined : nameOfHeading(topic.title);
    const names = [...russian, ...topic.aliases, ...(title === undefined ? [] : [title])];
    for (const name of names) {
      const question = `Что такое ${name}?`;
      const answer = answerTo(question);
      const first = answer?.kind === "found" ? answer.hits[0]?.passage : undefined;
      if (first?.topicId === topic.id && !answering.has(first.id)) {
        examples.push(question);
        answering.add(first.id);
        break;
      }
    }
    if (examples.length >= EXAMPLES) return examples;
  }
  const asked = new Set(examples.map((e) => e.toLowerCase()));
  const named = search.topics
    .flatMap((topic) => topic.sections.filter((s) => s.depth > 0).map((section) => ({ topic, section })))
    .map(({ topic, section }) => ({ topic, section, name: nameOfHeading(section.heading) }))
    .filter((h): h is typeof h & { name: string } => h.name !== undefined);
  // A name that heads several sections is a label («Замечание», «Пример»), not a thing the notes explain.
  const heads = new Map<string, number>();
  for (const { name } of named) heads.set(name.toLowerCase(), (heads.get(name.toLowerCase()) ?? 0) + 1);
  const headings = named
    .filter(({ name }) => heads.get(name.toLowerCase()) === 1)
    .sort((a, b) => wordsIn(a.name) - wordsIn(b.name));
  // One per part of the notes (the headings above), so three kinds of Service do not fill the examples.
  const parts = new Set<string>();
  for (const spread of [true, false]) {
    for (const { topic, section, name } of headings) {
      const question = `Что такое ${name}?`;
      if (asked.has(question.toLowerCase())) continue;
      // A section under no heading of its own is a part by itself.
      const above = search.passage(section.passageIds[0] ?? "")?.headingPath.slice(0, -1) ?? [];
      const part = `${topic.id} › ${above.length > 0 ? above.join(" › ") : section.heading}`;
      if (spread && parts.has(part)) continue;
      const answer = answerTo(question);
      const first = answer?.kind === "found" ? answer.hits[0]?.passage.id : undefined;
      if (first === undefined || !section.passageIds.includes(first) || answering.has(first)) continue;
      examples.push(question);
      answering.add(first);
      asked.add(question.toLowerCase());
      parts.add(part);
      if (examples.length >= EXAMPLES) return examples;
    }
  }
  return examples;
}

function wordsIn(text: string): number {
  return text.split(/\s+/u).length;
}

/** Headings that name a part of the notes by its place or role, not a thing they explain: «НАЧАЛО», «Разное». */
const PARTS = new Set(
  "начало введение вступление обзор основы основное разное прочее общее заключение содержание оглавление приложение дополнительно вопросы ответы конспект".split(
    " ",
  ),
);

/** Words that make a heading a phrase about something rather than its name: «nginx в проде», «Работа с логами». */
const PREPOSITIONS = new Set(
  "в во на по с со к ко о об от для из за над при про у без до через между".split(" "),
);

/**
 * The name a section heading gives, as asked about: without its other name in brackets, a capital that only
 * starts the heading dropped («Поды (Pods)» → «поды», «ПЛЕЙБУКИ» → «плейбуки»), a name's own kept («ClusterIP»,
 * «Namespace», «TCP»). Undefined for a heading that is no short name: a sentence, a question, a phrase with a
 * preposition, a numbered step, a quoted opening of untitled text.
 */
export function nameOfHeading(heading: string): string | undefined {
  const name = heading.replace(BRACKETED, "").trim();
  if (name === "" || wordsIn(name) > MAX_HEADING_WORDS) return undefined;
  if (!/^\p{L}[\p{L}\p{N} +#.-]*$/u.test(name)) return undefined;
  if (name.split(/\s+/u).some((word) => PREPOSITIONS.has(word.toLowerCase()))) return undefined;
  // «Как подключить зависимость» is a recipe's title, not a thing to ask what it is.
  if (QUESTION_START.test(name)) return undefined;
  // …nor a label of a remark («Замечание», «Пример», «Итог»: the quiz's property labels), nor an adverb
  // («Автоматически»), nor a part of the notes by its place («НАЧАЛО», «Введение», «Разное»).
  const lower = name.toLowerCase();
  if (PROPERTY_LABELS.has(lower) || PARTS.has(lower) || /ически$/iu.test(name)) return undefined;
  if (!/^\p{Script=Cyrillic}/u.test(name)) return name;
  if (name.length > 1 && name === name.toUpperCase()) return name.toLowerCase();
  return /^\p{Lu}[\p{Ll}-]*(?:\s|$)/u.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
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
