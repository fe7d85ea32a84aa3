// Pure rendering of the cards that are not asked by choosing an option: a flashcard's front and back, the
// grade a learner gave it, a cloze sentence and the verdict on a typed answer. Telegram HTML, within limits.
import type { Passage } from "../knowledge/types.ts";
import type { TypedVerdict } from "../quiz/cloze.ts";
import type { Card } from "../quiz/types.ts";
import {
  type Block,
  escapeHtml,
  MESSAGE_LIMIT,
  markdownBlocks,
  paginate,
  plainInline,
  plural,
  shorten,
  sourceLine,
} from "./render.ts";

/** The labels of the four grades, in FSRS's order (1 Again … 4 Easy). */
export const GRADE_LABELS = ["Снова", "Трудно", "Хорошо", "Легко"] as const;

/** What a learner does with a flashcard's front. */
export const SHOW_ANSWER = "Показать ответ";

/** A flashcard's front: its question, and what to do. */
export function renderFlashcardFront(card: Card): string {
  return [
    `🃏 <b>${escapeHtml(shorten(plainInline(card.question), 1000))}</b>`,
    "",
    `Вспомните ответ, затем нажмите «${SHOW_ANSWER}».`,
  ].join("\n");
}

/**
 * The flashcard turned over: the question, the notes' passage (its Markdown rendered as the search answers
 * render it, cut to one message with «…»), where it comes from, and the grades to choose.
 */
export function renderFlashcardBack(card: Card, passage?: Passage): string {
  const head: Block[] = [[{ text: `🃏 ${shorten(plainInline(card.question), 1000)}`, style: "bold" }]];
  const tail: Block[] = [];
  if (passage) tail.push(sourceLine(passage));
  tail.push([{ text: "Насколько легко вы вспомнили?", style: "italic" }]);
  const body = markdownBlocks(card.explanation);
  // The question, the source and the grades always fit; the back takes what room is left, whole blocks first.
  const room = MESSAGE_LIMIT - 400;
  const kept: Block[] = [];
  for (const block of body) {
    const candidate = paginate([...head, ...kept, block, ...tail], room);
    if (candidate.length > 1) {
      // A first block too long alone (a long YAML) is cut rather than dropped: the back is never empty.
      if (kept.length === 0) kept.push(block.map((run) => ({ ...run, text: shorten(run.text, room / 2) })));
      kept.push([{ text: "…", style: "plain" }]);
      break;
    }
    kept.push(block);
  }
  return paginate([...head, ...kept, ...tail])[0] ?? "";
}

/** «через 10 минут», «через 3 часа», «через 4 дня»: how long until `due`. */
export function untilText(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `через ${plural(minutes, ["минуту", "минуты", "минут"])}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `через ${plural(hours, ["час", "часа", "часов"])}`;
  return `через ${plural(Math.round(hours / 24), ["день", "дня", "дней"])}`;
}

/** The reply to a grade: which one was recorded and when the card comes back. */
export function renderGraded(grade: number, due: Date | undefined, now: Date): string {
  const label = GRADE_LABELS[grade - 1] ?? "";
  const next = due ? ` Повторим ${untilText(due, now)}.` : "";
  return `Оценка: <b>${escapeHtml(label)}</b>.${next}`;
}

/** A cloze card: the sentence with its blank, and how to answer. */
export function renderCloze(card: Card): string {
  const [prompt, ...rest] = plainInline(card.question).split("\n");
  return [
    `✍️ <b>${escapeHtml(prompt ?? "")}</b>`,
    escapeHtml(shorten(rest.join("\n"), 1500)),
    "",
    "Ответьте следующим сообщением (можно по-русски или по-английски). Любая команда — пропустить вопрос.",
  ].join("\n");
}

const FORGIVEN: Record<TypedVerdict["forgiven"][number], string> = {
  form: "другая форма слова",
  typo: "опечатка",
  layout: "не та раскладка",
};

/**
 * The verdict on a typed answer: right (and which form of the answer it was taken for, and what was
 * forgiven) or wrong (and the answer); then the whole sentence, where it comes from and when it comes back.
 */
export function renderClozeFeedback(
  card: Card,
  typed: string,
  verdict: TypedVerdict,
  context: { passage?: Passage; due?: Date; now: Date },
): string {
  const answer = card.options[card.correctIndex] ?? "";
  const shownTyped = escapeHtml(shorten(typed.trim(), 100));
  const shown = (name: string) => escapeHtml(plainInline(name));
  const lines: string[] = [];
  if (verdict.correct) {
    const matched = verdict.matched ?? answer;
    const how = verdict.forgiven.map((f) => FORGIVEN[f]).join(", ");
    const same = matched === answer && verdict.forgiven.length === 0;
    lines.push(
      same
        ? `✅ Верно: <b>${shown(answer)}</b>.`
        : `✅ Верно! «${shownTyped}» засчитано как <b>${shown(matched)}</b>${how ? ` (${escapeHtml(how)})` : ""}${matched === answer ? "" : ` — это <b>${shown(answer)}</b>`}.`,
    );
  } else {
    lines.push(`❌ Не то: «${shownTyped}». Правильный ответ: <b>${shown(answer)}</b>.`);
  }
  lines.push("", `«${escapeHtml(shorten(plainInline(card.explanation), 1500))}»`);
  if (context.passage) lines.push(`<i>${escapeHtml(sourceLine(context.passage)[0]?.text ?? "")}</i>`);
  if (context.due) lines.push(`Повторим ${untilText(context.due, context.now)}.`);
  return lines.join("\n");
}
