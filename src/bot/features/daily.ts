// /daily [HH:MM [N] | off]: the daily quiz setting; /timezone [city | offset | Area/City]: the zone «local»
// means, with buttons for Russia's zones when none or an unknown one is given.
import { Composer, InlineKeyboard } from "grammy";
import { formatMinutes, localTime, normalizeTimeZone, parseDailyCommand } from "../../quiz/daily.ts";
import { RUSSIAN_ZONES, readTimeZone } from "../../quiz/timezone.ts";
import { quoteInput } from "../../quote.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { escapeHtml } from "../render.ts";
import { renderDailySetting, renderDailySubscribed, renderTimeZone } from "../render-quiz.ts";

const HTML = { parse_mode: "HTML" } as const;

/** Callback data of a zone button: `z:` and the zone's position in {@link RUSSIAN_ZONES}. */
const ZONE_BUTTON = /^z:(\d{1,2})$/;

/** Russia's time zones, two buttons a row. */
export function zonesKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  RUSSIAN_ZONES.forEach((zone, i) => {
    keyboard.text(zone.label, `z:${i}`);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

const HOW_TO_TYPE =
  "Напишите город или смещение от UTC: /timezone Новосибирск, /timezone Berlin, /timezone UTC+7 — или выберите:";

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

  /** Saves `timeZone` and says so, with the daily quiz's time in it when there is one. */
  const saveZone = async (ctx: BotContext, userId: number, timeZone: string) => {
    users.setTimezone(userId, timeZone);
    const time = formatMinutes(localTime(quiz.now(), timeZone).minutes);
    const subscription = quiz.daily.get(userId);
    const text = renderTimeZone(timeZone, time, false, true);
    await ctx.reply(subscription ? `${text}\n${renderDailySetting(subscription, timeZone)}` : text, HTML);
  };

  composer.command("timezone", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const typed = ctx.match.trim();
    if (typed === "") {
      const { timeZone, isDefault } = zoneOf(userId);
      const time = formatMinutes(localTime(quiz.now(), timeZone).minutes);
      await ctx.reply(`${renderTimeZone(timeZone, time, isDefault, false)}\n\n${HOW_TO_TYPE}`, {
        ...HTML,
        reply_markup: zonesKeyboard(),
      });
      return;
    }
    const reading = readTimeZone(typed);
    if (reading.ok) return saveZone(ctx, userId, reading.timeZone);
    const quoted = escapeHtml(quoteInput(typed));
    const text =
      reading.reason === "halfHour"
        ? `Смещение ${quoted} — не целое число часов: такой пояс задаётся городом, например /timezone Kolkata или /timezone Asia/Kolkata. Или выберите:`
        : `Не знаю часовой пояс ${quoted}. ${HOW_TO_TYPE}`;
    await ctx.reply(text, { ...HTML, reply_markup: zonesKeyboard() });
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const match = ZONE_BUTTON.exec(ctx.callbackQuery.data);
    if (!match) return next();
    const zone = RUSSIAN_ZONES[Number(match[1])];
    if (!zone) {
      await ctx.answerCallbackQuery({ text: "Эта кнопка устарела. Откройте /timezone ещё раз." });
      return;
    }
    await ctx.answerCallbackQuery();
    await saveZone(ctx, ctx.from.id, zone.timeZone);
  });

  return {
    commands: [
      { command: "daily", description: "Вопросы каждый день: /daily 09:00, /daily 09:00 3, /daily off" },
      { command: "timezone", description: "Часовой пояс: /timezone Новосибирск или /timezone UTC+7" },
    ],
    composer,
  };
}
