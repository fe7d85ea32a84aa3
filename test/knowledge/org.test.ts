import { describe, expect, it } from "vitest";
import { looksLikeOrg, orgToMarkdown } from "../../src/knowledge/org.ts";
import { structureNote } from "../../src/knowledge/structure.ts";
import { tableLines } from "../../src/table.ts";

const ORG = [
  "#+TITLE: Vim — конспект",
  "#+STARTUP: overview indent",
  "",
  "Учу по =vimtutor= и [[https://vimhelp.org][vimhelp]]. Настройки — в [[file:vimrc.org]].",
  "",
  "* DONE [#A] Режимы (modes) [2/3]                          :vim:basics:",
  ":PROPERTIES:",
  ":SOURCE:   vimtutor, уроки 1–2",
  ":END:",
  "CLOCK: [2024-03-04 Mon 19:10]--[2024-03-04 Mon 20:25] =>  1:15",
  "Vim — модальный редактор: *Normal* двигает курсор, =i= включает вставку[fn:1].",
  "# заметка для себя, не для конспекта",
  "** Сохранение и закрытие",
  "SCHEDULED: <2024-03-12 Tue>",
  "| =:w=  | записать файл       |",
  "|-------+---------------------|",
  "| =:q!= | закрыть без сохранения |",
  "- [X] выучить ~:wq~",
  "- [ ] выучить =ZZ=",
  "#+BEGIN_SRC vim",
  "set number",
  ",* not a heading",
  "#+END_SRC",
  "#+begin_quote",
  "Текст чаще правят, чем набирают.",
  "#+end_quote",
  "",
  "[fn:1] Отсюда и модальность.",
].join("\n");

describe("orgToMarkdown", () => {
  const md = orgToMarkdown(ORG);

  it("makes the title front matter, and headings of the stars without TODO words, priorities, cookies or tags", () => {
    expect(md.startsWith('---\ntitle: "Vim — конспект"\n---')).toBe(true);
    expect(md).toContain("\n## Режимы (modes)\n");
    expect(md).toContain("\n### Сохранение и закрытие\n");
    expect(md).not.toMatch(/DONE|\[#A\]|\[2\/3\]|:vim:|STARTUP/);
  });

  it("drops drawers, clock and planning lines and comments", () => {
    expect(md).not.toMatch(/PROPERTIES|SOURCE|:END:|CLOCK|SCHEDULED|заметка для себя/);
  });

  it("writes code, tables, links, verbatim, bold, tasks, quotes and footnotes as Markdown does", () => {
    expect(md).toContain("```vim\nset number\n* not a heading\n```");
    expect(md).toContain("| `:w`  | записать файл       |\n|---|---|\n| `:q!` | закрыть без сохранения |");
    expect(md).toContain("Учу по `vimtutor` и [vimhelp](https://vimhelp.org). Настройки — в file:vimrc.org.");
    expect(md).toContain("**Normal** двигает курсор, `i` включает вставку[^1].");
    expect(md).toContain("- [x] выучить `:wq`\n- [ ] выучить `ZZ`");
    expect(md).toContain("> Текст чаще правят, чем набирают.");
    expect(md).toContain("[^1]: Отсюда и модальность.");
  });

  it("gives a table with no rule an empty header: its first row is a row, not the names of the columns", () => {
    const headless = orgToMarkdown(
      "* Окна\n| =:sp= | разделить окно |\n| =Ctrl-w h/j/k/l= | перейти в соседнее окно |\n",
    );
    expect(headless).toContain("| | |\n|---|---|\n| `:sp` | разделить окно |\n| `Ctrl-w h/j/k/l` |");
    expect(tableLines(headless.split("\n").filter((line) => line.startsWith("|")))).toEqual([
      "`:sp` — разделить окно",
      "`Ctrl-w h/j/k/l` — перейти в соседнее окно",
    ]);
  });

  it("is how a .org note, and an Org file saved as .txt, are read", () => {
    for (const note of [structureNote(ORG, "org"), structureNote(ORG, "text")]) {
      expect(note.title).toBe("Vim — конспект");
      expect([...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))]).toEqual([
        "",
        "Режимы (modes)",
        "Режимы (modes) › Сохранение и закрытие",
      ]);
      expect(note.blocks.some((b) => b.kind === "code" && b.text.includes("set number"))).toBe(true);
      // The footnote is read in place, where it is referred to.
      expect(note.blocks.find((b) => b.text.includes("включает вставку"))?.text).toContain(
        "Отсюда и модальность",
      );
    }
  });
});

describe("looksLikeOrg", () => {
  it("takes text with Org's own lines and two star headings, not text whose list items start with a star", () => {
    expect(looksLikeOrg(ORG)).toBe(true);
    expect(looksLikeOrg("* Режимы\nтекст\n* Движения\nтекст\n* Операторы\n")).toBe(false);
    expect(looksLikeOrg("#+TITLE: Одна тема\n* Только один заголовок\nтекст\n")).toBe(false);
    expect(looksLikeOrg(":PROPERTIES:\n:ID: 1\n:END:\n* Один\n** Два\n")).toBe(true);
  });
});
