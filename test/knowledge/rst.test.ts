import { describe, expect, it } from "vitest";
import { noteFormat } from "../../src/knowledge/formats.ts";
import { rstToMarkdown } from "../../src/knowledge/rst.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const PAGE = [
  ".. _closures:",
  "",
  "======================",
  "Замыкания и декораторы",
  "======================",
  "",
  "Области видимости",
  "-----------------",
  "",
  "nonlocal",
  "    говорит, что имя из объемлющей функции, а не новая локальная.",
  "",
  ".. code-block:: python",
  "",
  "    def make_counter():",
  "        count = 0",
  "",
  "Без nonlocal ``count += 1`` делает count локальной, см. :ref:`замыкания <closures>`.",
  "",
  ".. note::",
  "   ``functools.wraps`` копирует метаданные.",
  "",
  "Декораторы",
  "----------",
  "",
  "#. обернуть функцию",
  "#. вернуть обёртку",
  "",
  "Базовый шаблон::",
  "",
  "    @deco",
  "    def f(): ...",
].join("\n");

describe("rstToMarkdown", () => {
  it("takes a title of two letters under two, and drops what Sphinx builds from other pages", () => {
    const page = [
      "Инструменты",
      "===========",
      "",
      ".. contents:: На странице",
      "   :local:",
      "",
      ".. toctree::",
      "   :maxdepth: 2",
      "",
      "   tools",
      "   packaging",
      "",
      "uv",
      "--",
      "",
      "От Astral, на Rust, в разы быстрее ``pip``.",
    ].join("\n");
    expect(
      rstToMarkdown(page)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual(["# Инструменты", "## uv", "От Astral, на Rust, в разы быстрее `pip`."]);
  });

  it("reads reStructuredText as the Markdown it says: titles, code, definitions, admonitions, roles", () => {
    expect(rstToMarkdown(PAGE)).toBe(
      [
        "# Замыкания и декораторы",
        "",
        "## Области видимости",
        "",
        "- **nonlocal** — говорит, что имя из объемлющей функции, а не новая локальная.",
        "",
        "```python",
        "def make_counter():",
        "    count = 0",
        "```",
        "",
        "Без nonlocal `count += 1` делает count локальной, см. замыкания.",
        "",
        "Note: `functools.wraps` копирует метаданные.",
        "",
        "## Декораторы",
        "",
        "1. обернуть функцию",
        "2. вернуть обёртку",
        "",
        "Базовый шаблон:",
        "",
        "```",
        "@deco",
        "def f(): ...",
        "```",
        "",
      ].join("\n"),
    );
  });

  it("takes no other text for reStructuredText: underlined titles alone, with no directive, role or literal", () => {
    const plain =
      "Сети\n====\n\nDNS переводит имена.\n\nМаршруты\n========\n\nip route показывает таблицу.\n";
    expect(rstToMarkdown(plain)).toBeUndefined();
    expect(rstToMarkdown("Сети\n====\n\n.. note:: одна заметка\n")).toBeUndefined();
  });

  it("reads a file named .rst as reStructuredText, one title or none, and a glossary as its terms defined", () => {
    const glossary = [
      "Глоссарий",
      "=========",
      "",
      ".. glossary::",
      "   :sorted:",
      "",
      "   виртуальное окружение",
      "   venv",
      "      Изолированная папка с питоном и своими пакетами, см. :ref:`venv`.",
      "",
      "   wheel",
      "      Собранный дистрибутив ``.whl``, ставится без сборки.",
    ].join("\n");
    expect(rstToMarkdown(glossary)).toBeUndefined();
    expect(rstToMarkdown(glossary, true)).toBe(
      [
        "# Глоссарий",
        "",
        "- **виртуальное окружение, venv** — Изолированная папка с питоном и своими пакетами, см. venv.",
        "- **wheel** — Собранный дистрибутив `.whl`, ставится без сборки.",
        "",
      ].join("\n"),
    );
    expect(noteFormat("docs/glossary.rst")).toBe("rst");
    const note = structureNote(glossary, noteFormat("glossary.rst"));
    expect(note.blocks.map((b) => b.text).join("\n")).not.toContain(".. glossary::");
    expect(note.blocks.map((b) => b.text).join("\n")).toContain("**wheel** — Собранный");
  });

  it("is how a .txt of such notes is structured", () => {
    const note = structureNote(PAGE, "text");
    expect(note.title).toBe("Замыкания и декораторы");
    const section = (words: string) => note.blocks.find((b) => b.text.includes(words))?.headingPath;
    expect(section("**nonlocal**")).toEqual(["Области видимости"]);
    expect(note.blocks.find((b) => b.text.includes("def make_counter"))?.kind).toBe("code");
  });
});
