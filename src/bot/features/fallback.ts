// What nothing else handled: unknown commands, non-text messages, stale buttons.
import { Composer } from "grammy";
import type { BotContext, Feature } from "../context.ts";
import { escapeHtml, shorten } from "../render.ts";

export function fallback(): Feature {
  const composer = new Composer<BotContext>();

  composer.on("message:text", (ctx) => {
    const command = ctx.message.text.split(/\s/, 1)[0] ?? "";
    return ctx.reply(`Не знаю команду ${escapeHtml(shorten(command, 40))}. Все команды — /help.`, {
      parse_mode: "HTML",
    });
  });

  composer.on("message", (ctx) => ctx.reply("Я читаю только текст — напишите вопрос словами."));

  composer.on("callback_query", (ctx) =>
    ctx.answerCallbackQuery({ text: "Эта кнопка устарела. Откройте /help.", show_alert: true }),
  );

  return { commands: [], composer };
}
