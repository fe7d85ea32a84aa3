import { describe, expect, it } from "vitest";
import { marpToMarkdown } from "../../src/knowledge/marp.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const DECK = [
  "---",
  "marp: true",
  "theme: gaia",
  "paginate: true",
  "---",
  "",
  "# Регулярки 🧩",
  "<!-- _class: lead -->",
  "<!-- _paginate: false -->",
  "",
  "---",
  "",
  "# <!-- fit --> Жадность",
  "",
  "## Вопрос залу: что найдет `a.*b`?",
  "",
  "---",
  "",
  "Жадный квантификатор захватывает максимум символов.",
  "<!--",
  "Заметка для себя: откат назад называется backtracking.",
  "-->",
  "",
  "```python",
  "# <!-- not a directive in code -->",
  'r"a.*?b"',
  "```",
  "",
  "## Ленивые квантификаторы",
  "",
  "- `*?` берет минимум символов",
].join("\n");

describe("marpToMarkdown", () => {
  const md = marpToMarkdown(DECK) as string;

  it("heads each slide by its own first heading, the first slide's heading the title", () => {
    expect(md.startsWith('---\ntitle: "Регулярки 🧩"\n---')).toBe(true);
    expect(md.match(/^#{2,} .*$/gmu)).toEqual([
      "## Жадность",
      "## Вопрос залу: что найдет `a.*b`?",
      "## Ленивые квантификаторы",
    ]);
  });

  it("drops directives and slide breaks, keeps presenter notes as text and code as written", () => {
    const body = md.slice(md.indexOf("## "));
    expect(body).not.toMatch(/_class|_paginate|<!-- fit|^---$/mu);
    expect(md).toContain("Заметка для себя: откат назад называется backtracking.");
    expect(md).toContain('```python\n# <!-- not a directive in code -->\nr"a.*?b"\n```');
  });

  it("drops the bare «<div>» lines of a slide's two columns, keeping the Markdown between them", () => {
    const deck = [
      "---",
      "marp: true",
      "---",
      "",
      "## Как сервис находит поды",
      "",
      '<div class="columns">',
      "<div>",
      "",
      "- `selector` должен совпасть с `labels` в шаблоне пода",
      "",
      "</div>",
      "<div>",
      "",
      "- `targetPort` — порт контейнера",
      "",
      "</div>",
      "</div>",
    ].join("\n");
    const text = structureNote(deck, "markdown")
      .blocks.map((b) => b.text)
      .join("\n");
    expect(text).not.toMatch(/<\/?div/u);
    expect(text).toContain("- `selector` должен совпасть с `labels` в шаблоне пода");
    expect(text).toContain("- `targetPort` — порт контейнера");
  });

  it("takes no deck for Markdown without `marp: true`", () => {
    expect(marpToMarkdown("---\ntitle: Регулярки\n---\n\n# Жадность\n\n---\n\nтекст")).toBeUndefined();
  });

  it("is how a deck is read: the slide without a heading goes on the one before it", () => {
    const note = structureNote(DECK, "markdown");
    const greedy = note.blocks.filter((b) => b.headingPath.at(-1) === "Вопрос залу: что найдет `a.*b`?");
    expect(greedy.map((b) => b.text).join("\n")).toContain(
      "Жадный квантификатор захватывает максимум символов.",
    );
  });
});
