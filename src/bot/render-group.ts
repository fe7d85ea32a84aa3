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
 * /top: the first `size` members of the group (ranked by the store: right answers, then accuracy), each with
 * a medal or a place, their name as Telegram shows them (escaped) and «верных из всех (точность)»; then the
 * line of the member who asked (`viewerId`), when they answered this week but are not among those shown.
 */
export function renderLeaderboard(
  rows: readonly LeaderboardRow[],
  weekStart: Date,
  timeZone: string,
  options: { size: number; viewerId?: number },
): string {
  if (rows.length === 0) {
    return "🏆 На этой неделе в группе ещё никто не ответил. Вопрос для всех — /quiz";
  }
  const line = (row: LeaderboardRow, i: number) => {
    const place = MEDALS[i] ?? `${i + 1}.`;
    const accuracy = Math.round((row.correct / row.answered) * 100);
    return `${place} ${escapeHtml(shorten(row.name, 64))} — ${row.correct} из ${row.answered} (${accuracy}%)`;
  };
  const lines = [`🏆 <b>Рейтинг недели</b> — с понедельника, ${dayAndMonth(weekStart, timeZone)}`, ""];
  lines.push(...rows.slice(0, options.size).map(line));
  const viewer = rows.findIndex((row) => row.userId === options.viewerId);
  if (viewer >= options.size) lines.push("…", line(rows[viewer] as LeaderboardRow, viewer));
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
    `Свои повторения по расписанию — /quiz в личном чате: t.me/${escapeHtml(username)}`,
  ].join("\n");
}
