import { describe, expect, it } from "vitest";
import { csvToMarkdown } from "../../src/knowledge/csv.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** A spreadsheet saved as CSV by Excel in Russian: a BOM, CRLF, «;», quoted cells over several lines. */
const SHEET = [
  "\uFEFFТема;Термин;Что это;Пример;Заметки",
  "=== Null safety ===;;;;",
  'Null safety;элвис ?:;"Если слева null, берется значение справа";"val len = s?.length ?: 0";"мое: ""элвис"" — из-за прически"',
  'Null safety;lateinit;Отложенная инициализация var без null;"lateinit var db: Db\nfun init() { db = Db() }";',
  ";;;;",
  "итого: 2 термина;;;;",
].join("\r\n");

describe("csvToMarkdown", () => {
  const md = csvToMarkdown(SHEET) as string;

  it("heads each row by its term, under its group, the definition column saying what the term is", () => {
    expect(md.match(/^#+ .*$/gmu)).toEqual(["## Null safety", "### элвис ?:", "### lateinit"]);
    expect(md).toContain("элвис ?: — Если слева null, берется значение справа");
    expect(md).toContain('Заметки: мое: "элвис" — из-за прически');
  });

  it("fences code, a cell of several lines whole, and keeps a stray remark as a paragraph", () => {
    expect(md).toContain("Пример:\n```\nval len = s?.length ?: 0\n```");
    expect(md).toContain("```\nlateinit var db: Db\nfun init() { db = Db() }\n```");
    expect(md.endsWith("\n\nитого: 2 термина")).toBe(true);
    expect(md).not.toContain("## итого");
  });

  it("reads commas and tabs as separators too, and a table without a header by its first column", () => {
    const commas = csvToMarkdown('термин,определение\nкорутина,"легкий поток, которым управляет Kotlin"\n');
    expect(commas).toContain("### корутина");
    expect(commas).toContain("корутина — легкий поток, которым управляет Kotlin");
    const tabs = csvToMarkdown("flow\tхолодный поток значений\nchannel\tгорячий канал между корутинами\n");
    expect(tabs?.match(/^### .*$/gmu)).toEqual(["### flow", "### channel"]);
  });

  it("leaves out a database's bookkeeping: when a row was made, how far along its note is", () => {
    const notion = [
      "Name,Tags,Status,Created,Конспект",
      '"Flaky тесты","flaky, CI",Done,"March 19, 2024 9:47 PM","Flaky test — тест, который то падает, то проходит"',
      'Pairwise,тест-дизайн,In progress,"March 12, 2024 10:02 PM","Pairwise — все пары значений параметров"',
    ].join("\n");
    const markdown = csvToMarkdown(notion) ?? "";
    expect(markdown).toContain("Tags: flaky, CI");
    expect(markdown).toContain("Конспект: Flaky test — тест, который то падает, то проходит");
    expect(markdown).not.toMatch(/Status|Created|Done|2024/u);
    // A column of dates without a time is the notes' own: «Дата: 1812» of a history table.
    const history = "Событие,Дата,Описание\nБородино,26.08.1812,сражение\nТильзит,07.07.1807,мир с Францией";
    expect(csvToMarkdown(history)).toContain("Дата: 26.08.1812");
  });

  it("takes no table for text without separators, or with a single column", () => {
    expect(csvToMarkdown("просто текст\nи еще строка\n")).toBeUndefined();
    expect(csvToMarkdown("один;\nдва;\n")).toBeUndefined();
  });

  it("is how a .csv note is read: a passage per row, headed by its group and term", () => {
    const note = structureNote(SHEET, "table");
    expect([...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))]).toEqual([
      "Null safety › элвис ?:",
      "Null safety › lateinit",
    ]);
  });
});
