// What a reload of the notes changed, as Telegram HTML for admins. Pure: tested without a bot.
import type { LibraryChange } from "../library.ts";
import { escapeHtml } from "./render.ts";
import { problemInRussian } from "./render-problems.ts";

/** At most this many new problems are listed; /admin has them all. */
const MAX_PROBLEMS = 10;

function counts(name: string, figures: { added: number; removed: number }): string {
  return `${name}: +${figures.added}, −${figures.removed}`;
}

/**
 * The change as Telegram HTML: topics added and removed by title, passages and cards added and removed, the
 * problems this load found anew (in Russian). A load that failed says the old notes stay.
 */
export function renderChange(change: LibraryChange): string {
  if (change.failed !== undefined)
    return "Конспект не перезагружен: папка с заметками пуста или недоступна. Бот отвечает по прежней версии.";
  const { topics, passages, cards } = change;
  const same =
    topics.added.length +
      topics.removed.length +
      passages.added +
      passages.removed +
      cards.added +
      cards.removed ===
    0;
  const lines = [same ? "<b>Конспект перечитан: ничего не изменилось.</b>" : "<b>Конспект обновлён.</b>"];
  if (!same) {
    const titles = (list: string[]) => list.map((t) => `«${escapeHtml(t)}»`).join(", ");
    if (topics.added.length > 0) lines.push(`Новые темы: ${titles(topics.added)}`);
    if (topics.removed.length > 0) lines.push(`Удалённые темы: ${titles(topics.removed)}`);
    lines.push(counts("Фрагменты", passages), counts("Карточки", cards));
  }
  if (change.newProblems.length > 0) {
    lines.push("", `<b>Новые проблемы (${change.newProblems.length}):</b>`);
    for (const p of change.newProblems.slice(0, MAX_PROBLEMS))
      lines.push(`• ${escapeHtml(problemInRussian(p))}`);
    if (change.newProblems.length > MAX_PROBLEMS) lines.push("… остальные — в /admin.");
  }
  return lines.join("\n");
}
