// /daily [HH:MM [N] | off]: the daily quiz setting; /timezone [Area/City]: the zone «local» means.
import { Composer } from "grammy";
import { formatMinutes, localTime, normalizeTimeZone, parseDailyCommand } from "../../quiz/daily.ts";
import { quoteInput } from "../../quote.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { escapeHtml } from "../render.ts";
import { renderDailySetting, renderDailySubscribed, renderTimeZone } from "../render-quiz.ts";

const HTML = { parse_mode: "HTML" } as const;

/** /daily and /timezone. The deliveries themselves are made by the daily sender (src/bot/daily-sender.ts). */
export function daily(deps: BotDeps): Feature {
  const { users, quiz } = deps;
  const composer = new Composer<BotContext>();
  /** The user's zone, and whether it is only the default. */
  const zoneOf = (userId: number) => {
    const own = users.getTimezone(userId);
    const known = own === undefined ? undefined : normalizeTimeZone(own);
    return { timeZone: known ?? quiz.defaultTimeZone, isDefault: known === undefined };
  };

  composer.command("daily", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const request = parseDailyCommand(ctx.match);
    const { timeZone } = zoneOf(userId);
    switch (request.kind) {
      case "error":
        await ctx.reply(escapeHtml(request.message), HTML);
        return;
      case "show":
        await ctx.reply(renderDailySetting(quiz.daily.get(userId), timeZone), HTML);
        return;
      case "off": {
        const stopped = quiz.daily.unsubscribe(userId);
        await ctx.reply(
          stopped
            ? "Ежедневная викторина выключена. Включить снова: /daily 09:00"
            : "Ежедневная викторина и так выключена. Включить: /daily 09:00",
        );
        return;
      }
      case "set": {
        const now = quiz.now();
        quiz.daily.subscribe(
          { userId, chatId: ctx.chat.id, time: request.time, count: request.count },
          now,
          quiz.defaultTimeZone,
        );
        // The store counts a time already past today as delivered today.
        const today = request.minutes >= localTime(now, timeZone).minutes;
        await ctx.reply(renderDailySubscribed(request.time, request.count, timeZone, today), HTML);
        return;
      }
    }
  });

  composer.command("timezone", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const typed = ctx.match.trim();
    const now = quiz.now();
    if (typed === "") {
      const { timeZone, isDefault } = zoneOf(userId);
      const time = formatMinutes(localTime(now, timeZone).minutes);
      await ctx.reply(renderTimeZone(timeZone, time, isDefault, false), HTML);
      return;
    }
    const timeZone = normalizeTimeZone(typed);
    if (!timeZone) {
      await ctx.reply(
        `Не знаю часовой пояс ${escapeHtml(quoteInput(typed))}. Напишите его как Область/Город, например: /timezone Europe/Moscow или /timezone Asia/Novosibirsk`,
        HTML,
      );
      return;
    }
    users.setTimezone(userId, timeZone);
    const time = formatMinutes(localTime(now, timeZone).minutes);
    const subscription = quiz.daily.get(userId);
    const text = renderTimeZone(timeZone, time, false, true);
    await ctx.reply(subscription ? `${text}\n${renderDailySetting(subscription, timeZone)}` : text, HTML);
  });

  return {
    commands: [
      { command: "daily", description: "Вопросы каждый день: /daily 09:00, /daily 09:00 3, /daily off" },
      { command: "timezone", description: "Часовой пояс: /timezone Europe/Moscow" },
    ],
    composer,
  };
}
