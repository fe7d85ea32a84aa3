// /topics and /topic: the notes' topics as buttons, a topic's sections page by page, a section in full.
import { Composer, GrammyError } from "grammy";
import type { Passage, Topic } from "../../knowledge/types.ts";
import { quoteInput } from "../../quote.ts";
import type { BotContext, Feature } from "../context.ts";
import {
  candidatesKeyboard,
  decodeAction,
  encodeAction,
  sectionKeyboard,
  topicByKey,
  topicKeyboard,
  topicListKeyboard,
} from "../keyboards.ts";
import {
  escapeHtml,
  renderNearTopic,
  renderSection,
  renderTopic,
  renderTopicList,
  topicPages,
} from "../render.ts";
import { replyHtml } from "../reply.ts";

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** Edits the message the button sits under; an unchanged message is not an error. */
async function editHtml(ctx: BotContext, text: string, keyboard: ReturnType<typeof topicKeyboard>) {
  try {
    await ctx.editMessageText(text, { ...HTML, reply_markup: keyboard });
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
    throw error;
  }
}

export function topics(): Feature {
  const composer = new Composer<BotContext>();

  const showList = (ctx: BotContext, prefix = "") => {
    const { topics } = ctx.shelf.search;
    return ctx.reply(prefix + renderTopicList(topics), {
      ...HTML,
      reply_markup: topicListKeyboard(topics, topics),
    });
  };

  const showTopic = (ctx: BotContext, topic: Topic) =>
    ctx.reply(renderTopic(topic, 0), {
      ...HTML,
      reply_markup: topicKeyboard(topic, 0, ctx.shelf.search.topics),
    });

  composer.command("topics", (ctx) => showList(ctx));

  composer.command("topic", async (ctx) => {
    const name = ctx.match.trim();
    if (name.length === 0) return showList(ctx);
    const { search } = ctx.shelf;
    const found = search.findTopic(name);
    if (found.kind === "topic") return showTopic(ctx, found.topic);
    if (found.kind === "none")
      return showList(ctx, `Не нашёл тему ${escapeHtml(quoteInput(name))}. Вот все темы:\n\n`);
    // No topic of that name: the sections that may be about it, offered, with the way to every topic.
    return ctx.reply(renderNearTopic(name), {
      ...HTML,
      reply_markup: candidatesKeyboard(found.passages, search.topics)
        .row()
        .text("↩ Все темы", encodeAction({ kind: "topics" })),
    });
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    const kind = action?.kind;
    if (
      action === undefined ||
      (kind !== "topics" && kind !== "topic" && kind !== "open" && kind !== "section")
    )
      return next();
    const { search } = ctx.shelf;
    if (action.kind === "topics") {
      await ctx.answerCallbackQuery();
      await editHtml(ctx, renderTopicList(search.topics), topicListKeyboard(search.topics, search.topics));
      return;
    }
    const topic = topicByKey(action.topic, search.topics);
    if (!topic) {
      await ctx.answerCallbackQuery({
        text: "Этой темы больше нет в конспекте. Откройте /topics.",
        show_alert: true,
      });
      return;
    }
    await ctx.answerCallbackQuery();
    if (action.kind === "open") return void (await showTopic(ctx, topic));
    if (action.kind === "topic") {
      const page = Math.min(action.page, topicPages(topic) - 1);
      await editHtml(ctx, renderTopic(topic, page), topicKeyboard(topic, page, search.topics));
      return;
    }
    const section = topic.sections[action.index];
    if (!section) return void (await showTopic(ctx, topic));
    const passages = section.passageIds
      .map((id) => search.passage(id))
      .filter((p): p is Passage => p !== undefined);
    await replyHtml(
      ctx,
      renderSection(topic, action.index, passages),
      sectionKeyboard(topic, action.index, search.topics),
    );
  });

  return {
    commands: [
      { command: "topics", description: "Темы конспекта" },
      { command: "topic", description: "Открыть тему: /topic сервисы" },
    ],
    composer,
  };
}
