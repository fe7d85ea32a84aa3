// A group's daily quiz and the group's life around it: /daily and /timezone set by the group's admins (one
// quiz a day for the whole group, sent by the daily sender), a greeting when the bot is added, the daily
// quiz stopped when it is removed, and everything moved when the group becomes a supergroup.
import { Composer } from "grammy";
import { formatMinutes, localTime, normalizeTimeZone, parseDailyCommand } from "../../quiz/daily.ts";
import { readTimeZone, zoneLabel } from "../../quiz/timezone.ts";
import { quoteInput } from "../../quote.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { isGroupChat } from "../group-send.ts";
import { escapeHtml } from "../render.ts";
import { renderGroupGreeting } from "../render-group.ts";
import { renderDailySetting, renderDailySubscribed } from "../render-quiz.ts";

const HTML = { parse_mode: "HTML" } as const;

const ADMINS_ONLY =
  "Ежедневную викторину группы настраивают её администраторы. Посмотреть настройку может каждый: /daily";
const ZONE_ADMINS_ONLY =
  "Часовой пояс группы меняют её администраторы. Посмотреть его может каждый: /timezone";

/**
 * True when the message comes from an admin of its group: a member with the status creator or administrator,
 * or an anonymous admin (the message is sent on behalf of the group itself). A channel posting in its
 * discussion group is not one.
 */
async function fromGroupAdmin(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  const message = ctx.msg;
  if (!chat || !message) return false;
  if (message.sender_chat) return message.sender_chat.id === chat.id;
  const from = ctx.from;
  if (!from) return false;
  const member = await ctx.api.getChatMember(chat.id, from.id);
  return member.status === "creator" || member.status === "administrator";
}

/** /daily and /timezone in groups, the bot joining and leaving groups, and group → supergroup. */
export function groupDaily(deps: BotDeps): Feature {
  const { users, quiz } = deps;
  const composer = new Composer<BotContext>();
  const group = composer.chatType(["group", "supergroup"]);
  /** The group's zone, and whether it is only the default. */
  const zoneOf = (chatId: number) => {
    const own = users.getTimezone(chatId);
    const known = own === undefined ? undefined : normalizeTimeZone(own);
    return { timeZone: known ?? quiz.defaultTimeZone, isDefault: known === undefined };
  };

  group.command("daily", async (ctx) => {
    const chatId = ctx.chat.id;
    const request = parseDailyCommand(ctx.match);
    const { timeZone } = zoneOf(chatId);
    if (request.kind === "error") {
      await ctx.reply(escapeHtml(request.message), HTML);
      return;
    }
    if (request.kind === "show") {
      await ctx.reply(renderDailySetting(quiz.daily.get(chatId), timeZone), HTML);
      return;
    }
    if (!(await fromGroupAdmin(ctx))) {
      await ctx.reply(ADMINS_ONLY, { reply_parameters: { message_id: ctx.msg.message_id } });
      return;
    }
    if (request.kind === "off") {
      const stopped = quiz.daily.unsubscribe(chatId);
      await ctx.reply(
        stopped
          ? "Ежедневная викторина группы выключена. Включить снова: /daily 09:00"
          : "Ежедневная викторина группы и так выключена. Включить: /daily 09:00",
      );
      return;
    }
    const now = quiz.now();
    quiz.daily.subscribe(
      { userId: chatId, chatId, time: request.time, count: request.count },
      now,
      quiz.defaultTimeZone,
    );
    const today = request.minutes >= localTime(now, timeZone).minutes;
    const text = renderDailySubscribed(request.time, request.count, timeZone, today);
    await ctx.reply(
      `${text}\nВопросы — для всей группы, каждый отвечает за себя; рейтинг недели — /top.`,
      HTML,
    );
  });

  group.command("timezone", async (ctx) => {
    const chatId = ctx.chat.id;
    const typed = ctx.match.trim();
    if (typed === "") {
      const { timeZone, isDefault } = zoneOf(chatId);
      const time = formatMinutes(localTime(quiz.now(), timeZone).minutes);
      await ctx.reply(
        [
          `Часовой пояс группы: <b>${escapeHtml(zoneLabel(timeZone))}</b>${isDefault ? " (по умолчанию)" : ""}. Сейчас там ${time}.`,
          "Сменить (администраторы): /timezone Новосибирск, /timezone UTC+7",
        ].join("\n"),
        HTML,
      );
      return;
    }
    if (!(await fromGroupAdmin(ctx))) {
      await ctx.reply(ZONE_ADMINS_ONLY, { reply_parameters: { message_id: ctx.msg.message_id } });
      return;
    }
    const reading = readTimeZone(typed);
    if (!reading.ok) {
      await ctx.reply(
        `Не знаю часовой пояс ${escapeHtml(quoteInput(typed))}. Напишите город или смещение: /timezone Новосибирск, /timezone UTC+7`,
        HTML,
      );
      return;
    }
    users.setTimezone(chatId, reading.timeZone);
    const time = formatMinutes(localTime(quiz.now(), reading.timeZone).minutes);
    const subscription = quiz.daily.get(chatId);
    const saved = `Часовой пояс группы сохранён: <b>${escapeHtml(zoneLabel(reading.timeZone))}</b>. Сейчас там ${time}.`;
    await ctx.reply(
      subscription ? `${saved}\n${renderDailySetting(subscription, reading.timeZone)}` : saved,
      HTML,
    );
  });

  composer.on("my_chat_member", async (ctx, next) => {
    const update = ctx.myChatMember;
    if (update.chat.type !== "group" && update.chat.type !== "supergroup") return next();
    const was = update.old_chat_member.status;
    const is = update.new_chat_member.status;
    const gone = (status: string) => status === "left" || status === "kicked";
    if (gone(is)) {
      if (quiz.daily.unsubscribe(update.chat.id)) {
        ctx.log.info({ chatId: update.chat.id }, "removed from a group; its daily quiz is stopped");
      }
      return;
    }
    if (gone(was)) {
      await ctx.api.sendMessage(update.chat.id, renderGroupGreeting(ctx.me.username), {
        ...HTML,
        link_preview_options: { is_disabled: true },
      });
    }
  });

  composer.on("message:migrate_to_chat_id", (ctx) => {
    const to = ctx.message.migrate_to_chat_id;
    quiz.groups.moveChat(ctx.chat.id, to);
    ctx.log.info({ from: ctx.chat.id, to }, "the group became a supergroup; its quizzes moved");
  });

  return {
    commands: [],
    composer,
    concerns: (ctx) => isGroupChat(ctx.chat) || ctx.myChatMember !== undefined,
  };
}
