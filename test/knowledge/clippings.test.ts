import { describe, expect, it } from "vitest";
import { clippingsToMarkdown } from "../../src/knowledge/clippings.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** A Kindle's «My Clippings.txt» as the device writes it: a BOM, CRLF, entries between lines of ten «=». */
const CLIPPINGS = `\uFEFF${[
  "Думай медленно... решай быстро (Даниэль Канеман)",
  "- Ваш выделенный отрывок на странице 28 | место 412-414 | Добавлено: понедельник, 4 марта 2024 г. в 22:15:33",
  "",
  "Система 1 срабатывает автоматически и очень быстро, не требуя",
  "==========",
  "Думай медленно... решай быстро (Даниэль Канеман)",
  "- Ваш выделенный отрывок на странице 28 | место 412-415 | Добавлено: понедельник, 4 марта 2024 г. в 22:16:01",
  "",
  "Система 1 срабатывает автоматически и очень быстро, не требуя усилий.",
  "==========",
  "Запомнить всё (Питер Браун)",
  "- Ваша закладка на странице 12 | место 180 | Добавлено: вторник, 5 марта 2024 г. в 21:00:00",
  "",
  "",
  "==========",
  "Запомнить всё (Питер Браун)",
  "- Your Highlight on page 14 | Location 201-203 | Added on Tuesday, March 5, 2024 9:05:10 PM",
  "",
  "Интервальная практика: повторяйте с перерывами.",
  "==========",
  "Думай медленно... решай быстро (Даниэль Канеман)",
  "- Ваша заметка на странице 30 | место 440 | Добавлено: среда, 6 марта 2024 г. в 20:00:00",
  "",
  "якорь работает двумя путями",
  "==========",
  "",
].join("\r\n")}`;

describe("clippingsToMarkdown", () => {
  it("reads a Kindle's clippings as a section per book: highlights once, the longer, and notes as the reader's", () => {
    expect(clippingsToMarkdown(CLIPPINGS)).toBe(
      [
        "## Думай медленно... решай быстро (Даниэль Канеман)",
        "Система 1 срабатывает автоматически и очень быстро, не требуя усилий.",
        "мое: якорь работает двумя путями",
        "## Запомнить всё (Питер Браун)",
        "Интервальная практика: повторяйте с перерывами.",
      ].join("\n\n"),
    );
  });

  it("takes no clippings in text with rules of «=» but no Kindle's entry lines", () => {
    expect(clippingsToMarkdown("Заметка\n==========\nтекст\n==========\nещё\n==========\n")).toBeUndefined();
  });

  it("is how a .txt of clippings is read", () => {
    const note = structureNote(CLIPPINGS, "text");
    expect(note.blocks.map((b) => b.headingPath.join())).toEqual([
      "Думай медленно... решай быстро (Даниэль Канеман)",
      "Думай медленно... решай быстро (Даниэль Канеман)",
      "Запомнить всё (Питер Браун)",
    ]);
  });
});
