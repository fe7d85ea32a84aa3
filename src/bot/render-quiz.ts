// Pure rendering of the quiz features into Telegram HTML: a button quiz, the feedback to an answer,
// /stats, and the replies of /daily and /timezone.
import type { Passage, Topic } from "../knowledge/types.ts";
import type { Stats } from "../quiz/stats.ts";
import { zoneLabel } from "../quiz/timezone.ts";
import type { Card } from "../quiz/types.ts";
import { quoteInput } from "../quote.ts";
import {
  type Block,
  escapeHtml,
  markdownBlocks,
  paginate,
  plainInline,
  plural,
  shorten,
  sourceLine,
} from "./render.ts";

/** How much of the source passage the feedback quotes, in characters. */
export const EXCERPT_LENGTH = 320;

/** `/quiz <name>` with a name that is no topic: what to do instead. */
export function renderNoQuizTopic(name: string, near: readonly Passage[] = []): string {
  // A section that may be about the name is no quiz topic of that name: its topic is named, not started.
  const titles = [...new Set(near.map((p) => p.topicTitle))].map((t) => `«${escapeHtml(t)}»`);
  const maybe = titles.length > 0 ? ` Возможно, вы про тему ${titles.join(" или ")}.` : "";
  return `Не нашёл тему ${escapeHtml(quoteInput(name))}.${maybe} Все темы — /topics, вопрос из любой — /quiz.`;
}

/** A card that does not fit a poll, as a message: the question and its options numbered in `order`. */
export function renderButtonQuiz(card: Card, order: readonly number[]): string {
  const options = order.map(
    (option, i) => `${i + 1}. ${escapeHtml(shorten(plainInline(card.options[option] ?? ""), 400))}`,
  );
  return [
    `❓ <b>${escapeHtml(shorten(plainInline(card.question), 2000))}</b>`,
    "",
    ...options,
    "",
    "Нажмите номер ответа.",
  ].join("\n");
}

function blockText(block: Block): string {
  return block.map((run) => run.text).join("");
}

/** Cuts `block` to `max` characters of text at a word boundary, ending with «…». */
function cutBlock(block: Block, max: number): Block {
  if (blockText(block).length <= max) return block;
  const cut: Block = [];
  let left = max;
  for (const run of block) {
    if (left <= 0) break;
    if (run.text.length <= left) {
      cut.push(run);
      left -= run.text.length;
      continue;
    }
    const head = run.text.slice(0, left);
    const space = head.lastIndexOf(" ");
    cut.push({ ...run, text: space > left / 2 ? head.slice(0, space) : head });
    left = 0;
  }
  const last = cut.at(-1);
  if (last?.style === "pre") last.text += "\n…";
  else cut.push({ text: "…", style: "plain" });
  return cut;
}

/**
 * A short quote of `passage` for the feedback: the paragraph (or code block) that mentions `answer`,
 * else the first one, cut to `max` characters.
 */
export function passageExcerpt(passage: Passage, answer: string, max = EXCERPT_LENGTH): Block {
  const blocks = markdownBlocks(passage.text).filter((b) => blockText(b).trim().length > 0);
  const names = [answer, answer.replace(/\s*\([^)]*\)\s*/gu, " ").trim()]
    .map((n) => n.toLowerCase())
    .filter((n) => n.length > 1);
  const mentions = blocks.find((b) => names.some((n) => blockText(b).toLowerCase().includes(n)));
  const chosen = mentions ?? blocks[0];
  return chosen ? cutBlock(chosen, max) : [];
}

/** What the feedback to an answer needs. */
export interface Feedback {
  card: Card;
  correct: boolean;
  /** The passage the card comes from, if the deck knows it. */
  passage?: Passage;
  /** The card's topic, for the source line when the passage is unknown. */
  topic?: Topic;
}

/** Right or wrong, the correct answer, the explanation, and where in the notes it comes from. */
export function renderFeedback({ card, correct, passage, topic }: Feedback): string {
  const answer = plainInline(card.options[card.correctIndex] ?? "");
  const blocks: Block[] = [
    [{ text: correct ? "✅ Верно!" : "❌ Неверно.", style: "bold" }],
    [
      { text: "Правильный ответ: ", style: "plain" },
      { text: shorten(answer, 300), style: "bold" },
    ],
  ];
  if (card.explanation.trim())
    blocks.push([{ text: shorten(plainInline(card.explanation), 600), style: "plain" }]);
  if (passage) {
    blocks.push(sourceLine(passage));
    const excerpt = passageExcerpt(passage, answer);
    if (excerpt.length > 0) blocks.push(excerpt);
  } else if (topic || card.source.heading) {
    const path = [topic?.title, card.source.heading].filter((p): p is string => Boolean(p));
    blocks.push([{ text: `📄 ${path.join(" › ")}`, style: "italic" }]);
  }
  return paginate(blocks)[0] ?? "";
}

/** A bar of `width` cells for a share 0..1: «▓▓▓░░». */
export function masteryBar(share: number, width = 10): string {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * width);
  return "▓".repeat(filled) + "░".repeat(width - filled);
}

/** The /stats message; topic titles come from `topics`, by id. */
export function renderStats(stats: Stats, topics: readonly Topic[]): string {
  const lines = ["<b>Ваш прогресс</b>", ""];
  if (stats.answered === 0) {
    lines.push("Вы ещё не ответили ни на один вопрос. Начните с /quiz.", "");
  } else {
    lines.push(
      `Ответов: ${stats.answered}, верных: ${stats.correct} (${Math.round(stats.accuracy * 100)}%)`,
      `Серия: ${plural(stats.streakDays, ["день", "дня", "дней"])} подряд`,
    );
  }
  lines.push(`К повторению сегодня: ${plural(stats.dueToday, ["карточка", "карточки", "карточек"])}`);
  if (stats.topics.length > 0) {
    lines.push("", "<b>Темы</b>");
    for (const t of stats.topics) {
      const title = topics.find((topic) => topic.id === t.topicId)?.title ?? t.topicId;
      lines.push(
        `<code>${masteryBar(t.mastery)}</code> ${escapeHtml(shorten(title, 60))} — ${Math.round(t.mastery * 100)}% · ${t.seen}/${t.total}`,
      );
    }
  }
  return lines.join("\n");
}

/** «1 вопрос», «3 вопроса», «5 вопросов». */
export function questionsCount(n: number): string {
  return plural(n, ["вопрос", "вопроса", "вопросов"]);
}

/** The daily setting as /daily shows it. */
export function renderDailySetting(
  subscription: { time: string; count: number } | undefined,
  timeZone: string,
): string {
  if (!subscription) {
    return [
      "Ежедневная викторина выключена.",
      `Включить: /daily 09:00 (по времени ${escapeHtml(zoneLabel(timeZone))}), или /daily 09:00 3 — три вопроса.`,
    ].join("\n");
  }
  return [
    `Ежедневная викторина: каждый день в <b>${subscription.time}</b> (${escapeHtml(zoneLabel(timeZone))}), ${questionsCount(subscription.count)}.`,
    "Изменить: /daily 20:30 2 · выключить: /daily off · часовой пояс: /timezone",
  ].join("\n");
}

/** The reply to `/daily HH:MM [N]`. `today` tells whether the first quiz comes today or tomorrow. */
export function renderDailySubscribed(time: string, count: number, timeZone: string, today: boolean): string {
  return [
    `Готово! Каждый день в <b>${time}</b> (${escapeHtml(zoneLabel(timeZone))}) пришлю ${questionsCount(count)}.`,
    `Первый раз — ${today ? "сегодня" : "завтра"}. Другой часовой пояс: /timezone Europe/Berlin · выключить: /daily off`,
  ].join("\n");
}

/** The reply to /timezone: the zone, whether it is the default, and the time there now. */
export function renderTimeZone(
  timeZone: string,
  localTime: string,
  isDefault: boolean,
  changed: boolean,
): string {
  const head = changed
    ? `Часовой пояс сохранён: <b>${escapeHtml(zoneLabel(timeZone))}</b>.`
    : `Ваш часовой пояс: <b>${escapeHtml(zoneLabel(timeZone))}</b>${isDefault ? " (по умолчанию)" : ""}.`;
  return [head, `Сейчас там ${localTime}.`].join("\n");
}
