// What the bot says in groups, as pure functions: the week's leaderboard (/top) and the greeting when it is
// added to a group.
import type { LeaderboardRow } from "../store/groups.ts";
import { escapeHtml, shorten } from "./render.ts";

const MEDALS = ["🥇", "🥈", "🥉"];

/** «9 марта»: the local date `instant` falls on in `timeZone`. */
function dayAndMonth(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", timeZone }).format(instant);
}

/**
 * /top: the members of the group best first (as the store ranks them: right answers, then accuracy), each
 * with a medal or a place, their name as Telegram shows it (escaped) and «верных из всех (точность)».
 */
export function renderLeaderboard(
  rows: readonly LeaderboardRow[],
  weekStart: Date,
  timeZone: string,
): string {
  if (rows.length === 0) {
    return "🏆 На этой неделе в группе ещё никто не ответил. Вопрос для всех — /quiz";
  }
  const lines = [`🏆 <b>Рейтинг недели</b> — с понедельника, ${dayAndMonth(weekStart, timeZone)}`, ""];
  rows.forEach((row, i) => {
    const place = MEDALS[i] ?? `${i + 1}.`;
    const accuracy = Math.round((row.correct / row.answered) * 100);
    lines.push(
      `${place} ${escapeHtml(shorten(row.name, 64))} — ${row.correct} из ${row.answered} (${accuracy}%)`,
    );
  });
  lines.push("", "Места — по верным ответам, при равенстве — по точности. Вопрос для всех — /quiz");
  return lines.join("\n");
}

/** What the bot says when it is added to a group; `username` is the bot's, for asking it by mention. */
export function renderGroupGreeting(username: string): string {
  return [
    "Привет! Я задаю вопросы по конспекту Kubernetes.",
    "",
    "/quiz — вопрос для всех (викторина в чате; каждый отвечает за себя, ответы идут в личный прогресс)",
    "/top — рейтинг недели",
    "/daily 09:00 — вопрос каждый день (включают администраторы группы)",
    "",
    `Спросить по конспекту: @${escapeHtml(username)} что такое под — или ответом на моё сообщение.`,
  ].join("\n");
}
