// /admin, for the ADMIN_IDS only: how the bot is used and what went wrong loading the notes and quizzes.
// For anyone else it is an unknown command, and it is not listed in /help or the command menu.
import { Composer } from "grammy";
import type { Overview } from "../../store/overview.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { escapeHtml } from "../render.ts";

/** The admin report as Telegram HTML; at most `MAX_PROBLEMS` load problems are listed. */
export function renderAdmin(overview: Overview, problems: readonly string[], cards: number): string {
  const lines = [
    "<b>Konspekt: сводка</b>",
    "",
    `Пользователей: ${overview.users} (за сутки: ${overview.activeDay}, за неделю: ${overview.activeWeek})`,
    `Заблокировали бота: ${overview.blocked}`,
    `Подписаны на /daily: ${overview.subscribers}`,
    `Ответов на вопросы: ${overview.answersTotal} (за сутки: ${overview.answersDay})`,
    `Карточек в колоде: ${cards}`,
    "",
  ];
  if (problems.length === 0) lines.push("Конспект и вопросы загружены без ошибок.");
  else {
    lines.push(`<b>Проблемы при загрузке (${problems.length}):</b>`);
    for (const p of problems.slice(0, MAX_PROBLEMS)) lines.push(`• ${escapeHtml(p)}`);
    if (problems.length > MAX_PROBLEMS) lines.push(`… и ещё ${problems.length - MAX_PROBLEMS} — см. журнал.`);
  }
  return lines.join("\n");
}

const MAX_PROBLEMS = 15;

const PRIVATE_ONLY = "Сводку показываю только в личном чате: напишите мне /admin в личку.";

/** /admin for the ADMIN_IDS, in a private chat only: in a group the statistics would go to every member. */
export function admin(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.command("admin", (ctx, next) => {
    const settings = deps.admin;
    if (!settings || ctx.from === undefined || !settings.ids.includes(ctx.from.id)) return next();
    if (ctx.chat.type !== "private") return ctx.reply(PRIVATE_ONLY);
    const text = renderAdmin(settings.overview(), settings.problems, deps.quiz.deck.cards.length);
    return ctx.reply(text, { parse_mode: "HTML" });
  });
  return { commands: [], composer };
}
