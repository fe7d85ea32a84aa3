import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import { outlineToMarkdown } from "../../src/knowledge/outline.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const PAGE = [
  "title:: Кэш и балансировка",
  "alias:: [[кэш]], caching",
  "tags:: system-design",
  "",
  "- [[Кэширование]] #interview",
  "\t- Cache-aside (lazy loading)",
  "\t  id:: 6650b2d3-8e4f-4a2b-8c3d-4f5a6b7c8d92",
  "\t\t- при промахе читает из БД и кладет в кэш",
  "\t\t- ```python",
  "\t\t  if user is None:",
  "\t\t      user = db.get_user(uid)",
  "\t\t  ```",
  "\t- Write-through - запись идет в кэш и сразу синхронно в БД",
  "\t- TTL (time to live) - через сколько секунд ключ протухнет и удалится сам",
  "\t  collapsed:: true",
  "\t\t- добавляй к TTL случайный jitter",
  "- [[Балансировка]]",
  "\t- L4 vs L7",
  "\t\t- | | L4 | L7 |",
  "\t\t  |---|---|---|",
  "\t\t  | смотрит на | IP и порт | URL |",
].join("\n");

describe("outlineToMarkdown", () => {
  it("heads a bullet's bullets by it, keeps code and tables whole, and drops block properties", () => {
    const note = parseMarkdown(outlineToMarkdown(PAGE) as string);
    expect(note.title).toBe("Кэш и балансировка");
    expect(note.aliases).toEqual(["кэш", "caching"]);
    const under = (heading: string) =>
      note.blocks.filter((b) => b.headingPath.at(-1) === heading).map((b) => b.text);
    expect(under("Cache-aside (lazy loading)")).toEqual([
      "- при промахе читает из БД и кладет в кэш",
      "```python\nif user is None:\n    user = db.get_user(uid)\n```",
    ]);
    // A plain bullet after one that heads its own is back under the heading above them; links are words.
    expect(under("Кэширование")).toEqual(["- Write-through - запись идет в кэш и сразу синхронно в БД"]);
    // A long bullet that defines a name heads its bullets by the name, and is their first paragraph.
    expect(under("TTL (time to live)")).toEqual([
      "TTL (time to live) - через сколько секунд ключ протухнет и удалится сам",
      "- добавляй к TTL случайный jitter",
    ]);
    expect(under("L4 vs L7")).toEqual(["| | L4 | L7 |\n|---|---|---|\n| смотрит на | IP и порт | URL |"]);
    expect(note.blocks.some((b) => b.text.includes("id::") || b.text.includes("collapsed::"))).toBe(false);
  });

  it("takes no outline for Markdown with headings, prose, or bullets that do not nest", () => {
    expect(outlineToMarkdown("# Кэш\n\n- один\n  - два\n  - три\n  - четыре")).toBeUndefined();
    expect(outlineToMarkdown("Текст абзацем.\n\nЕщё абзац текста.\n\n- один\n  - два")).toBeUndefined();
    expect(outlineToMarkdown("- один\n- два\n- три\n- четыре")).toBeUndefined();
  });

  it("is how a Markdown note that is an outline is read", () => {
    const note = structureNote(PAGE, "markdown");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toContain(
      "Кэширование › Cache-aside (lazy loading)",
    );
  });
});
