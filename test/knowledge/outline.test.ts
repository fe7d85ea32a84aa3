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

  it("reads a page that opens with its properties as an outline, however little it nests", () => {
    const page = [
      "title:: ansible/variables",
      "tags:: ansible",
      "",
      "- Задать можно: inventory, group_vars/host_vars, `-e`",
      "- ## Precedence",
      "- в доке ~22 уровня, от слабого к сильному:",
      "  id:: 664f2d40-7a1b-4c2e-8d3f-5b6a7c8d9e01",
      "\t- defaults роли",
      "\t- `-e` (extra vars) — перебивают всё",
      "- DONE словил баг с приоритетом ((664f2d40-7a1b-4c2e-8d3f-5b6a7c8d9e01))",
      "  SCHEDULED: <2024-05-30 Thu>",
    ].join("\n");
    const note = parseMarkdown(outlineToMarkdown(page) as string);
    // A namespaced page's title keeps its namespace apart: its words are the title's, not parts of one name.
    expect(note.title).toBe("ansible / variables");
    // A heading block heads the blocks after it, as Logseq shows them.
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual(["", "Precedence"]);
    expect(note.blocks[1]?.text).toMatch(/^- в доке ~22 уровня.*\n {2}- defaults роли/u);
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("- словил баг с приоритетом");
    for (const residue of ["title::", "##", "((", "DONE", "SCHEDULED"]) expect(text).not.toContain(residue);
    // Without the properties, so few bullets nesting are a list.
    expect(outlineToMarkdown(page.split("\n").slice(3).join("\n"))).toBeUndefined();
  });

  it("is how a Markdown note that is an outline is read", () => {
    const note = structureNote(PAGE, "markdown");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toContain(
      "Кэширование › Cache-aside (lazy loading)",
    );
  });
});

/** A page of Roam Research's Markdown export: attributes as bullets, a code block closed on its last line. */
const ROAM = [
  "- Type:: concept",
  "- alias:: безголовый сервис",
  "- Манифест",
  "    - ```yaml",
  "      kind: Service",
  "      spec:",
  "        clusterIP: None```",
  "    - name сервиса = то, что пишем в spec.serviceName у sts ((b7Qx2LmZa))",
  "- Нюансы",
  "    - DNS запись пода появляется только когда под Ready",
  "    - {{[[TODO]]}} а если headless без selector?",
].join("\n");

describe("a page of Roam Research's export", () => {
  it("reads its attributes as properties, closes code on its last line, and drops its markers", () => {
    const note = parseMarkdown(outlineToMarkdown(ROAM) as string);
    expect(note.aliases).toEqual(["безголовый сервис"]);
    const under = (heading: string) =>
      note.blocks.filter((b) => b.headingPath.at(-1) === heading).map((b) => b.text);
    expect(under("Манифест")).toEqual([
      "```yaml\nkind: Service\nspec:\n  clusterIP: None\n```",
      "- name сервиса = то, что пишем в spec.serviceName у sts",
    ]);
    expect(under("Нюансы").join("\n")).toContain("- а если headless без selector?");
    expect(note.blocks.map((b) => b.text).join("\n")).not.toMatch(/Type::|\(\(|\{\{/u);
  });
});

/** Workflowy's export as plain text: the bullet exported at the top, every other bullet under it. */
const EXPORTED = [
  "- Linux: юзеры, группы, права доступа #linux #конспект",
  '  "экспорт из workflowy, курс по админке"',
  "  - Группы (groups)",
  "    - /etc/group, формат: devs:x:1005:vasya,petya",
  "    - добавить юзера в группу",
  "      - usermod -aG docker vasya",
  "      - без -a юзера выкинет из всех остальных групп!!",
  "    - изменения групп применяются только после перелогина",
  "  - umask",
  "    - маска: какие права УБРАТЬ у новых файлов",
  "    - 022 → файлы 644, каталоги 755",
].join("\n");

describe("an outliner's export as text", () => {
  it("is read as an outline whose top bullet is the note's title, not a heading over every section", () => {
    const note = structureNote(EXPORTED, "text");
    expect(note.title).toBe("Linux: юзеры, группы, права доступа");
    const sections = [...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))];
    expect(sections).toEqual(["", "Группы (groups)", "umask"]);
    expect(note.blocks.find((b) => b.headingPath[0] === "umask")?.text).toContain("- 022 → файлы 644");
  });

  it("keeps a Markdown outline's one top bullet a heading: the page's name is its file's", () => {
    const note = parseMarkdown(outlineToMarkdown(EXPORTED) as string);
    expect(note.title).toBeUndefined();
    expect(note.blocks.at(-1)?.headingPath).toEqual(["Linux: юзеры, группы, права доступа", "umask"]);
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

  it("joins a point's text that went on two levels deeper, and keeps a child one level deeper apart", () => {
    const outline = treeToOutline(
      [
        MAP,
        "\tПоведенческие",
        "\t\tObserver",
        "\t\t\tподписчики получают уведомления об изменении",
        "\t\t\t\t\tсостояния издателя, без опроса",
        "\t\t\tпримеры:",
        "\t\t\t\t\tсобытия DOM",
      ].join("\n"),
    ) as string;
    expect(outline).toContain(
      "- подписчики получают уведомления об изменении состояния издателя, без опроса",
    );
    // After a colon the deeper line is what it lists; a child one level deeper is a node of its own.
    expect(outline).toContain("- примеры:\n        - события DOM");
    expect(outline).toContain("- Singleton\n    - гарантирует один экземпляр");
  });

  it("puts a school outline's lettered sections under its Roman parts, typed flush left alike", () => {
    const outline = [
      "I. СДЕЛКИ",
      "A. Понятие и виды",
      "\t1. Сделка (ст. 153 ГК РФ) — действия граждан и ЮЛ, направленные на установление, изменение",
      "\t\t\tили прекращение гражд. прав и обязанностей",
      "\t2. Односторонние и договоры, ст. 154",
      "\t3. Условные (ст. 157)",
      "\t\tа) отлагательное условие — права возникают",
      "\t\tб) отменительное — прекращаются",
      "B. Форма",
      "\t1. Простая письменная (ст. 161)",
      "\t\tа) ЮЛ между собой и с гражданами",
      "\t\tб) граждане между собой — свыше 10 000 р.",
      "\t2. Нотариальная (ст. 163) — несоблюдение = ничтожность",
      "\t\tа) сделки с недвижимостью — если закон требует",
      "\t\tб) по соглашению сторон",
      "C. Недействительность",
      "\t1. Оспоримая — недействительна в силу признания судом",
      "\t\tа) эстоппель (п. 5 ст. 166)",
      "\t\tб) реституция (ст. 167)",
      "\t2. Ничтожная — независимо от признания",
      "\t\tа) мнимая (ст. 170)",
      "\t\tб) притворная (ст. 170)",
      "II. ДАВНОСТЬ",
      "A. Сроки",
      "\t1. Общий — 3 года (ст. 196)",
      "\t\tа) не более 10 лет со дня нарушения",
      "\t\tб) для граждан восстанавливается (ст. 205)",
      "\t2. Специальные — по закону",
      "\t\tа) по оспоримой — 1 год",
      "\t\tб) по ничтожной — 3 года",
      "\t3. Перерыв (ст. 203) — признание долга",
      "\t\tа) после перерыва течёт заново",
    ].join("\n");
    const note = structureNote(outline, "text");
    const sections = [...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))];
    // «C.» is section C, not the Roman hundred.
    expect(sections).toEqual([
      "I. СДЕЛКИ › A. Понятие и виды",
      "I. СДЕЛКИ › B. Форма",
      "I. СДЕЛКИ › C. Недействительность",
      "II. ДАВНОСТЬ › A. Сроки",
    ]);
    expect(note.blocks[0]?.text).toContain("изменение или прекращение гражд. прав");
  });
});
