import { describe, expect, it } from "vitest";
import { siyuanToMarkdown } from "../../src/knowledge/siyuan.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const EXPORT = [
  "---",
  "title: InnoDB — буфер пул и логи",
  "---",
  "",
  "## Buffer pool",
  '{: id="20240312184650-6ncf10e" updated="20240319111734"}',
  "",
  "#MySQL# #InnoDB#",
  '{: id="20240312184846-dhodzdo"}',
  "",
  'Change buffer копит изменения страниц, которых нет в ((20240312184650-6ncf10e "буфер пуле")).',
  '{: id="20240312185437-h60kvj5"}',
  "",
  "- LRU с midpoint insertion",
  '  {: id="20240312185501-abcdefg"}',
  "",
  "> Doublewrite спасает от рваных страниц.",
  '> {: id="20240312185629-dt2sywb"}',
  "",
  "{{{row",
  "READ COMMITTED: read view на каждый SELECT",
  "}}}",
  "{{SELECT * FROM blocks WHERE content LIKE '%redo%'}}",
  "",
  "```sql",
  '{: id="20240312185700-zzzzzzz"}',
  "```",
].join("\n");

describe("notes exported from SiYuan with their blocks' attributes", () => {
  it("are read without attributes, super blocks or queries; a reference is its words, a tag a tag", () => {
    const note = structureNote(EXPORT, "markdown");
    expect(note.title).toBe("InnoDB — буфер пул и логи");
    expect(note.tags).toEqual(["MySQL", "InnoDB"]);
    const text = note.blocks
      .filter((b) => b.kind === "prose")
      .map((b) => b.text)
      .join("\n");
    expect(text).toContain("Change buffer копит изменения страниц, которых нет в буфер пуле.");
    expect(text).toContain("READ COMMITTED: read view на каждый SELECT");
    expect(text).not.toMatch(/\{: id|\(\(|\{\{\{|\}\}\}|FROM blocks/u);
    // Code is as written.
    expect(note.blocks.find((b) => b.kind === "code")?.text).toContain('{: id="20240312185700-zzzzzzz"}');
  });

  it("leaves kramdown's attributes on other Markdown alone", () => {
    expect(siyuanToMarkdown("# Заголовок\n{: .note}\n\nтекст\n{: #id}\n")).toBeUndefined();
  });
});
