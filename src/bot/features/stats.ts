// /stats: answers, accuracy, the streak of days, cards due today and per-topic mastery.
import { Composer } from "grammy";
import { normalizeTimeZone } from "../../quiz/daily.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { renderStats } from "../render-quiz.ts";

const NOT_A_MEMBER =
  "Прогресс ведётся для каждого участника: напишите /stats от своего имени, а не от имени группы или канала.";

/**
 * /stats, in the user's time zone (for the streak and «today»). In a group it is the member's own progress
 * (group quizzes count for it), sent as a reply to them so the group sees whose it is.
 */
export function stats(deps: BotDeps): Feature {
  const { users, quiz } = deps;
  const composer = new Composer<BotContext>();

  composer.command("stats", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const inGroup = ctx.chat.type !== "private";
    const reply = inGroup ? { reply_parameters: { message_id: ctx.msg.message_id } } : {};
    if (ctx.msg.sender_chat) {
      await ctx.reply(NOT_A_MEMBER, reply);
      return;
    }
    const own = users.getTimezone(userId);
    const timeZone = (own ? normalizeTimeZone(own) : undefined) ?? quiz.defaultTimeZone;
    const { search, deck } = ctx.shelf;
    const figures = quiz.scheduler.getStats(userId, deck, quiz.now(), timeZone);
    await ctx.reply(renderStats(figures, search.topics), { parse_mode: "HTML", ...reply });
  });

  return { commands: [{ command: "stats", description: "Мой прогресс" }], composer };
}
