import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import { outlineToMarkdown, treeToOutline } from "../../src/knowledge/outline.ts";
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

  it("keeps a list whole when few of its items have points of their own", () => {
    const list = [
      "- Типы индексов",
      "\t- B-tree — дефолт",
      "\t- Hash — только равенство",
      "\t\t- с PG10 пишется в WAL",
    ];
    const note = parseMarkdown(
      outlineToMarkdown([...list, "\t- GIN — инвертированный"].join("\n")) as string,
    );
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual(["Типы индексов"]);
    expect(note.blocks[0]?.text).toContain("GIN — инвертированный");
    // Where most items have points of their own, they are the topic's parts, each a section.
    const parts = parseMarkdown(
      outlineToMarkdown([...list, "\t- GIN", "\t\t- инвертированный"].join("\n")) as string,
    );
    expect(parts.blocks.map((b) => b.headingPath.join(" › "))).toContain("Типы индексов › GIN");
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

/** A mind map exported as text: the centre at the left edge, each node a line indented by tabs under its parent. */
const MAP = [
  "Паттерны проектирования",
  "\tПорождающие",
  "\t\tSingleton",
  "\t\t\tгарантирует один экземпляр класса и глобальную точку доступа к нему",
  "\t\t\tКак сделать",
  "\t\t\t\tприватный конструктор + статический getInstance()",
  "\t\t\t\tв Java проще всего enum Singleton { INSTANCE; }",
  "\t\t\tПочему анти-паттерн",
  "\t\t\t\tпо сути глобальная переменная",
  "\t\tBuilder",
  "\t\t\tпошаговая сборка сложного объекта",
  "\t\t\tПример",
  "\t\t\t\tnew Pizza.Builder().size(30).cheese().build()",
  "\tСтруктурные",
  "\t\tAdapter",
  "\t\t\tпереходник между интерфейсами",
  "\t\t\tКогда использовать",
  "\t\t\t\tсторонний класс с неподходящим интерфейсом, менять который нельзя",
  "\t\tFacade",
  "\t\t\tпростой вход в сложную подсистему",
  "\t\t\tмое: может разрастись в God object",
].join("\n");

describe("treeToOutline", () => {
  it("reads a mind map's tab-indented tree as an outline: the centre names the page, its branches head sections", () => {
    const note = structureNote(MAP, "text");
    expect(note.title).toBe("Паттерны проектирования");
    const sections = [...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))];
    expect(sections).toEqual([
      "Порождающие › Singleton",
      "Порождающие › Builder",
      "Структурные › Adapter",
      "Структурные › Facade",
    ]);
    const singleton = note.blocks.filter((b) => b.headingPath.at(-1) === "Singleton").map((b) => b.text);
    expect(singleton.join("\n")).toContain(
      "- Как сделать\n  - приватный конструктор + статический getInstance()",
    );
    expect(singleton.join("\n")).not.toContain("Builder");
  });

  it("gives the top branches for a tree with several nodes at the left edge", () => {
    const twoMaps = MAP.replace("\tСтруктурные", "Структурные");
    expect(treeToOutline(twoMaps)?.split("\n")[0]).toBe("- Паттерны проектирования");
  });

  it("takes no tree for text indented by spaces, with few lines indented by tabs, or only one level deep", () => {
    expect(treeToOutline(MAP.replaceAll("\t", "    "))).toBeUndefined();
    const prose = Array.from({ length: 30 }, (_, i) => `Абзац ${i} обычного текста о паттернах.`).join("\n");
    expect(treeToOutline(`${prose}\n${MAP.split("\n").slice(1, 8).join("\n")}`)).toBeUndefined();
    const goCode = Array.from({ length: 30 }, (_, i) => `\tfmt.Println(${i})`).join("\n");
    expect(treeToOutline(`func main() {\n${goCode}\n}`)).toBeUndefined();
    expect(treeToOutline(MAP.split("\n").slice(0, 10).join("\n"))).toBeUndefined();
  });
});
