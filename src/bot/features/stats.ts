// /stats: answers, accuracy, the streak of days, cards due today and per-topic mastery.
import { Composer } from "grammy";
import { normalizeTimeZone } from "../../quiz/daily.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { renderStats } from "../render-quiz.ts";

/** /stats, in the user's time zone (for the streak and «today»). */
export function stats(deps: BotDeps): Feature {
  const { users, quiz, search } = deps;
  const composer = new Composer<BotContext>();

  composer.command("stats", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const own = users.getTimezone(userId);
    const timeZone = (own ? normalizeTimeZone(own) : undefined) ?? quiz.defaultTimeZone;
    const figures = quiz.scheduler.getStats(userId, quiz.deck, quiz.now(), timeZone);
    await ctx.reply(renderStats(figures, search.topics), { parse_mode: "HTML" });
  });

  return { commands: [{ command: "stats", description: "Мой прогресс" }], composer };
}
