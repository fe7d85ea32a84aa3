// What a reload changed, rendered for admins: pure, no bot.
import { describe, expect, test } from "vitest";
import { renderChange } from "../../src/bot/render-reload.ts";
import type { LibraryChange } from "../../src/library.ts";
import { assertTelegramHtml } from "../helpers/telegram-html.ts";

const NONE: LibraryChange = {
  topics: { added: [], removed: [] },
  passages: { added: 0, removed: 0 },
  cards: { added: 0, removed: 0 },
  newProblems: [],
};

describe("renderChange", () => {
  test("says so when nothing changed", () => {
    expect(renderChange(NONE)).toBe("<b>Конспект перечитан: ничего не изменилось.</b>");
  });

  test("lists topics by title, counts passages and cards, and new problems in Russian, escaped", () => {
    const html = renderChange({
      ...NONE,
      topics: { added: ["<Сети>"], removed: ["Альфа"] },
      passages: { added: 3, removed: 1 },
      newProblems: ["/k/a.md: kept the last good version: it is not valid UTF-8 text; save it as UTF-8"],
    });
    assertTelegramHtml(html);
    expect(html).toContain(
      "Новые темы: «&lt;Сети&gt;»\nУдалённые темы: «Альфа»\nФрагменты: +3, −1\nКарточки: +0, −0",
    );
    expect(html).toContain("/k/a.md: оставлена прошлая версия: это не текст в UTF-8");
  });

  test("a failed load says the old notes stay", () => {
    expect(renderChange({ ...NONE, failed: "knowledge: no notes found in /k" })).toContain(
      "по прежней версии",
    );
  });
});
