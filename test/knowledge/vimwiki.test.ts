import { describe, expect, it } from "vitest";
import { structureNote } from "../../src/knowledge/structure.ts";
import { vimwikiToMarkdown } from "../../src/knowledge/vimwiki.ts";

const PAGE = [
  "%title Ownership",
  "%date 2024-03-02",
  "",
  "= Владение =",
  ":rust:ownership:",
  "",
  "== Три правила ==",
  "# у каждого значения есть *владелец*",
  "# владелец _один_",
  "",
  "== Copy vs Clone ==",
  "Copy:: неявное побитовое копирование",
  "см. [[traits|трейты]] и [[errors]]",
  "{{{rust",
  "let s2 = s1; // *не* жирный",
  "}}}",
  "",
  "= Заимствование =",
  "* ссылка `&T` — borrow",
].join("\n");

describe("a page of vimwiki", () => {
  it("is read as the Markdown it says: headings by level, numbered items, definitions, code, tags", () => {
    const page = vimwikiToMarkdown(PAGE);
    expect(page?.title).toBe("Ownership");
    expect(page?.markdown.split("\n").filter((l) => l !== "")).toEqual([
      "# Владение",
      "#rust #ownership",
      "## Три правила",
      "1. у каждого значения есть **владелец**",
      "1. владелец *один*",
      "## Copy vs Clone",
      "Copy — неявное побитовое копирование",
      "см. трейты и errors",
      "```rust",
      "let s2 = s1; // *не* жирный",
      "```",
      "# Заимствование",
      "* ссылка `&T` — borrow",
    ]);
  });

  it("makes a topic titled by «%title», tagged by its tag line, a numbered item no heading", () => {
    const note = structureNote(PAGE, "vimwiki");
    expect(note.title).toBe("Ownership");
    expect(note.tags).toEqual(["rust", "ownership"]);
    expect(note.blocks.flatMap((b) => b.headingPath)).not.toContain("у каждого значения есть владелец");
    expect(note.blocks.find((b) => b.text.startsWith("Copy —"))?.headingPath).toEqual([
      "Владение",
      "Copy vs Clone",
    ]);
    // Plain text saved as .wiki is read as plain text.
    expect(structureNote("просто заметка без разметки", "vimwiki").blocks[0]?.text).toBe(
      "просто заметка без разметки",
    );
  });
});
