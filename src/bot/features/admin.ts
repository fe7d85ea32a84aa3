// /admin, for the ADMIN_IDS only: how the bot is used and what went wrong loading the notes and quizzes.
// For anyone else it is an unknown command, and it is not listed in /help or the command menu.
import { Composer } from "grammy";
import type { ReportedCard } from "../../quiz/reports.ts";
import type { FrequentQuestion } from "../../store/feedback.ts";
import type { Overview } from "../../store/overview.ts";
import type { BotContext, BotDeps, Feature, Feedback } from "../context.ts";
import { escapeHtml, shorten } from "../render.ts";
import { problemInRussian } from "../render-problems.ts";

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
    for (const p of problems.slice(0, MAX_PROBLEMS)) lines.push(`• ${escapeHtml(problemInRussian(p))}`);
    if (problems.length > MAX_PROBLEMS) lines.push(`… и ещё ${problems.length - MAX_PROBLEMS} — см. журнал.`);
  }
  return lines.join("\n");
}

const MAX_PROBLEMS = 15;
/** How many questions /admin lists per outcome. */
const MAX_QUESTIONS = 10;

const FAILING_TITLES: Record<keyof ReturnType<Feedback["failing"]>, string> = {
  nothing: "«Ничего не нашёл»",
  not_that: "Отмечены «Не то»",
  uncertain: "«Точного ответа нет»",
};

/**
 * The questions most often answered badly, as Telegram HTML: per outcome at most 10, each cut to 80
 * characters, so the message stays far below Telegram's 4,096 (30 lines of about 100 characters).
 */
export function renderFailingQuestions(failing: ReturnType<Feedback["failing"]>): string {
  const lines = ["<b>Частые вопросы без хорошего ответа</b>"];
  for (const outcome of ["nothing", "not_that", "uncertain"] as const) {
    const questions: FrequentQuestion[] = failing[outcome].slice(0, MAX_QUESTIONS);
    lines.push("", `<b>${FAILING_TITLES[outcome]}:</b>`);
    if (questions.length === 0) lines.push("— пока нет.");
    for (const [i, q] of questions.entries())
      lines.push(`${i + 1}. ${escapeHtml(shorten(q.query, 80))} — ${q.count}`);
  }
  lines.push("", "В набор для оценки: <code>npm run eval -- --from-feedback</code>");
  return lines.join("\n");
}

/** How many reported cards /admin lists, and how many comments of each. */
const MAX_REPORTED = 10;
const MAX_COMMENTS = 2;

/**
 * The cards reported as wrong, as Telegram HTML: at most 10 (suspended first, then most reported), each
 * with its question cut to 80 characters, how many people reported it, whether it is suspended, and its
 * latest 2 comments cut to 80: about 3,000 characters at most, below Telegram's 4,096.
 */
export function renderReportedCards(reported: readonly ReportedCard[]): string {
  const lines = ["<b>Жалобы на вопросы</b>"];
  if (reported.length === 0) lines.push("Жалоб нет.");
  for (const [i, r] of reported.slice(0, MAX_REPORTED).entries()) {
    const state = r.suspended ? " · ⛔ снят с показа" : "";
    lines.push(`${i + 1}. ${escapeHtml(shorten(r.card.question, 80))} — жалоб: ${r.reporters}${state}`);
    for (const comment of r.comments.slice(0, MAX_COMMENTS))
      lines.push(`   💬 <i>${escapeHtml(shorten(comment, 80))}</i>`);
  }
  if (reported.length > MAX_REPORTED) lines.push(`… и ещё ${reported.length - MAX_REPORTED}.`);
  lines.push(
    "",
    "Снятый с показа вопрос вернётся, когда изменится он сам (файл вопросов) или его раздел в конспекте.",
  );
  return lines.join("\n");
}

const PRIVATE_ONLY = "Сводку показываю только в личном чате: напишите мне /admin в личку.";

/**
 * /admin for the ADMIN_IDS, in a private chat only (in a group the statistics would go to every member): the
 * overview, then (when feedback is on) the questions most often answered badly, then the reported cards.
 */
export function admin(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.command("admin", async (ctx, next) => {
    const settings = deps.admin;
    if (!settings || ctx.from === undefined || !settings.ids.includes(ctx.from.id)) return next();
    if (ctx.chat.type !== "private") return ctx.reply(PRIVATE_ONLY);
    const text = renderAdmin(settings.overview(), settings.problems, ctx.shelf.deck.cards.length);
    await ctx.reply(text, { parse_mode: "HTML" });
    if (deps.feedback)
      await ctx.reply(renderFailingQuestions(deps.feedback.failing(MAX_QUESTIONS)), { parse_mode: "HTML" });
    await ctx.reply(renderReportedCards(deps.quiz.reports.reported()), { parse_mode: "HTML" });
  });
  return { commands: [], composer };
}
