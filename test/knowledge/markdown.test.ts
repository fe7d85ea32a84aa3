import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hugoShortcodes,
  parseMarkdown,
  splitFrontMatter,
  vaultPluginsDropped,
} from "../../src/knowledge/markdown.ts";
import { boldHeading, labelHeading } from "../../src/knowledge/markup.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

describe("parseMarkdown: a Word document converted by pandoc", () => {
  const note = parseMarkdown(
    [
      "# Потоки и Runnable {#потоки-и-runnable .unnumbered}",
      "",
      "Поток --- отдельная последовательность выполнения, гл. 1--5.\\",
      "Callable\\<V\\> возвращает значение, [Демон-потоки]{.underline} JVM не ждет, `a\\_b` как есть.",
    ].join("\n"),
  );

  it("reads headings without their attributes, and prose without escapes, spans' attributes and «---»", () => {
    expect(note.title).toBe("Потоки и Runnable");
    const prose = note.blocks.filter((b) => b.kind === "prose").map((b) => b.text);
    expect(prose[0]).toBe(
      "Поток — отдельная последовательность выполнения, гл. 1–5.\nCallable<V> возвращает значение, Демон-потоки JVM не ждет, `a\\_b` как есть.",
    );
  });
  it("keeps a table's rule row and an escaped «#» as written: «\\#тег» is a word, not a tag", () => {
    const table = parseMarkdown(
      "| Движок | Когда |\n| --- | --- |\n| MergeTree | всегда |\n\n\\#тег\n\n#настоящий #тег\n",
    );
    const text = table.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("| --- | --- |");
    expect(table.blocks.map((b) => b.text)).toContain("#тег");
    expect(text).not.toContain("#настоящий");
  });
});

describe("parseMarkdown: exports' footnotes and math", () => {
  it("puts each footnote where it is referred to, and drops its line", () => {
    const note = parseMarkdown(
      "F1 — среднее precision и recall[^1].\n\nТекст.\n\n[^1]: при beta > 1 важнее recall\n",
    );
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("recall (при beta > 1 важнее recall).");
    expect(text).not.toContain("[^1]");
  });

  it("leaves footnotes alone when one is referred to twice or never", () => {
    const note = parseMarkdown("Один[^1], два[^1].\n\n[^1]: сноска\n");
    expect(note.blocks.map((b) => b.text).join("\n")).toContain("[^1]: сноска");
  });

  it("keeps a block of math between «$$» lines as a block of math, not prose", () => {
    const note = parseMarkdown("Precision:\n\n$$\n\\frac{TP}{TP + FP}\n$$\n");
    expect(note.blocks.some((b) => b.kind === "code" && b.text.includes("```math"))).toBe(true);
  });
});

describe("parseMarkdown: an MkDocs site's pages", () => {
  const PAGE = [
    "# Виртуальные окружения :material-package-variant:",
    "",
    "Венв — отдельная папка со своим `python`.",
    "",
    '!!! warning "Папку венва не коммитим"',
    "    `.venv` — в `.gitignore`: внутри зашиты абсолютные пути.",
    "",
    "!!! note",
    "    Выйти из венва — `deactivate`.",
    "",
    "## Создание",
    "",
    '=== "Linux/macOS"',
    "",
    "    ```bash",
    "    python3 -m venv .venv",
    "    ```",
    "",
    '=== "Windows"',
    "",
    "    ```powershell",
    "    py -m venv .venv",
    "    ```",
    "",
    '--8<-- "snippets/warn.md"',
    "",
    ":material-alert: Туториалы со `setup.py install` устарели.",
    "",
    "*[PEP]: Python Enhancement Proposal",
    "",
    "```text",
    '!!! note "в коде — как написано"',
    "    :material-alert:",
    "```",
  ].join("\n");
  const note = parseMarkdown(PAGE);

  it("reads an admonition as its text, opened by its title, and drops icons and snippet includes", () => {
    expect(note.title).toBe("Виртуальные окружения");
    const prose = note.blocks.filter((b) => b.kind === "prose").map((b) => b.text);
    expect(prose).toEqual([
      "Венв — отдельная папка со своим `python`.",
      "**Папку венва не коммитим:** `.venv` — в `.gitignore`: внутри зашиты абсолютные пути.",
      "Выйти из венва — `deactivate`.",
      "Туториалы со `setup.py install` устарели.",
      "PEP — Python Enhancement Proposal",
    ]);
  });

  it("reads a content tab's code as code, headed by the tab's label, and leaves code blocks as written", () => {
    const code = note.blocks.filter((b) => b.kind === "code");
    expect(code.map((b) => b.headingPath.join(" › "))).toEqual([
      "Создание › Linux/macOS",
      "Создание › Windows",
      "Создание › Windows",
    ]);
    expect(code.map((b) => b.text)).toEqual([
      "```bash\npython3 -m venv .venv\n```",
      "```powershell\npy -m venv .venv\n```",
      '```text\n!!! note "в коде — как написано"\n    :material-alert:\n```',
    ]);
  });
});

describe("parseMarkdown", () => {
  it("reads front matter and gives each block its heading path", () => {
    const note = parseMarkdown(
      "---\ntitle: Ingress\naliases: [ингресс]\n---\nВведение.\n\n## A\n\nПод A.\n\n### B\n\nПод B.\n\n## C ##\n\nПод C.",
    );
    expect(note).toEqual({
      title: "Ingress",
      aliases: ["ингресс"],
      problems: [],
      blocks: [
        { kind: "prose", text: "Введение.", headingPath: [] },
        { kind: "prose", text: "Под A.", headingPath: ["A"] },
        { kind: "prose", text: "Под B.", headingPath: ["A", "B"] },
        { kind: "prose", text: "Под C.", headingPath: ["C"] },
      ],
    });
  });

  it("takes the first # heading for a section's, not the title, when another # heading follows", () => {
    const note = parseMarkdown(
      "# Фикстуры\n\nФикстура — функция.\n\n## yield\n\nTeardown.\n\n# Маркеры\n\nskip.",
    );
    expect(note.title).toBeUndefined();
    expect(note.blocks.map((b) => b.headingPath)).toEqual([["Фикстуры"], ["Фикстуры", "yield"], ["Маркеры"]]);
    // One # heading is the title, as before.
    expect(parseMarkdown("# Docker\n\nТекст.\n\n## Сеть\n\nМосты.").title).toBe("Docker");
  });

  it("heads the text under a bold line with it, below the # headings, until the next bold line or heading", () => {
    const note = parseMarkdown(
      "# Docker\n\n## Основы\n**Образ и контейнер**\nОбраз — шаблон.\n\n**Тома**\nДанные в томах.\n\n## Сеть\n\nМосты.",
    );
    expect(note.title).toBe("Docker");
    expect(note.blocks).toEqual([
      { kind: "prose", text: "Образ — шаблон.", headingPath: ["Основы", "Образ и контейнер"] },
      { kind: "prose", text: "Данные в томах.", headingPath: ["Основы", "Тома"] },
      { kind: "prose", text: "Мосты.", headingPath: ["Сеть"] },
    ]);
  });

  it("drops link reference definitions, which Markdown shows nowhere (Foam's block of them too), not code", () => {
    const note = parseMarkdown(
      [
        "# Load average",
        "",
        "Дальше: [[vmstat]], [top-htop][th].",
        "",
        "[th]: top-htop.md",
        '[//begin]: # "Autogenerated link references for markdown compatibility"',
        '[vmstat]: vmstat.md "vmstat"',
        '[//end]: # "Autogenerated link references"',
        "",
        "```ini",
        "[section]: value",
        "```",
      ].join("\n"),
    );
    expect(note.blocks.map((b) => b.text)).toEqual([
      "Дальше: vmstat, top-htop.",
      "```ini\n[section]: value\n```",
    ]);
  });

  it("puts a bold line numbered as a heading beside or under the numbered heading it follows (a Google Doc)", () => {
    const note = parseMarkdown(
      [
        "## **1\\. Зачем**",
        "Конфиг отдельно от образа.",
        "**2\\. ConfigMap: создание**",
        "Пары ключ-значение.",
        "**Императивно**",
        "kubectl create configmap.",
        "**2.1 Из файла**",
        "--from-file.",
        "**3\\. Обновление**",
        "Volume обновится, env нет.",
        "**Итог**",
        "Всё.",
      ].join("\n\n"),
    );
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual([
      "1. Зачем",
      "2. ConfigMap: создание",
      "2. ConfigMap: создание › Императивно",
      "2. ConfigMap: создание › 2.1 Из файла",
      "3. Обновление",
      "3. Обновление › Итог",
    ]);
  });

  it("makes a section of each term of the notes' own glossary, and keeps any other list of bold terms whole", () => {
    const items = [
      "- **Chart (чарт)** — пакет хелма: шаблоны манифестов и values.yaml.",
      "- **Release (релиз)** — конкретная установка чарта в кластер под своим именем.",
      "  Каждое изменение релиза — новая revision.",
      "- **Values** — параметры, которые подставляются в шаблоны.",
    ].join("\n");
    const glossary = parseMarkdown(`## Термины\n\n${items}\n`);
    expect(glossary.blocks.map((b) => b.headingPath)).toEqual([
      ["Термины", "Chart (чарт)"],
      ["Термины", "Release (релиз)"],
      ["Термины", "Values"],
    ]);
    expect(glossary.blocks[1]?.text).toContain("новая revision");
    const parts = parseMarkdown(`## Полная форма\n\n${items}\n`);
    expect(parts.blocks.map((b) => b.headingPath)).toEqual([["Полная форма"]]);
  });

  it("heads each paragraph entry of a glossary («## А», «## Термины») by its term, with what follows it", () => {
    const source = [
      "## А",
      "",
      "**ARP** (Address Resolution Protocol) — по известному IP узнать MAC соседа.",
      "Как выглядит:",
      "- хост шлёт broadcast",
      "",
      "**Адрес IP** (IP address) — логический адрес узла.",
      "",
      "```",
      "ip addr",
      "```",
      "",
      "## Д",
      "",
      "**DHCP** — раздаёт хостам адреса.",
      "",
      "### Процесс DORA",
      "",
      "1. Discover — клиент ищет сервер.",
      "",
      "**DNS** — переводит имена в адреса.",
      "",
      "## Сеть",
      "",
      "**Маршрутизатор** — соединяет сети.",
    ].join("\n");
    expect(parseMarkdown(source).blocks.map((b) => b.headingPath.join(" › "))).toEqual([
      "А › ARP",
      "А › Адрес IP",
      "А › Адрес IP",
      "Д › DHCP",
      "Д › Процесс DORA",
      // A new entry ends the sub-headings of the one before.
      "Д › DNS",
      // Under any other heading, a bold definition is a paragraph of its section.
      "Сеть",
    ]);
  });

  it("keeps a bold label that recurs under many headings («**Причина:**») in its section, as a part of it", () => {
    const entry = (name: string) =>
      `## ${name}\n\n**Симптом:** ${name} в статусе.\n\n**Причина:**\n1. Ошибка.\n\n**Что делать:**\n\`\`\`bash\nkubectl logs x\n\`\`\`\n`;
    const note = parseMarkdown(["CrashLoopBackOff", "ImagePullBackOff", "OOMKilled"].map(entry).join("\n"));
    expect(new Set(note.blocks.map((b) => b.headingPath.join(" › ")))).toEqual(
      new Set(["CrashLoopBackOff", "ImagePullBackOff", "OOMKilled"]),
    );
    expect(note.blocks.some((b) => b.text === "**Причина:**\n1. Ошибка.")).toBe(true);
    // So does a label under each task («Решение:» over its code), where labels head parts.
    const task = (n: number) =>
      `### Задание ${n}: под в Pending\nРешение:\n\`\`\`bash\nk describe pod x\n\`\`\`\n`;
    const tasks = parseMarkdown(["## Траблшутинг", task(1), task(2), task(3)].join("\n"), { labels: true });
    expect(tasks.blocks.every((b) => b.headingPath.at(-1)?.startsWith("Задание"))).toBe(true);
    // Bold lines that each name their own part still head it.
    expect(
      parseMarkdown("## Docker\n\n**Образ**\nШаблон.\n\n**Тома**\nДанные.").blocks[1]?.headingPath,
    ).toEqual(["Docker", "Тома"]);
  });

  it("heads each answer of notes kept as questions and answers by its question", () => {
    const note = parseMarkdown(
      [
        "# Собес",
        "",
        "**Вопрос:** Зачем соль?",
        "**Ответ:** Соль - случайная строка, своя у каждого юзера.",
        "",
        "## JWT",
        "",
        "### Что такое PKCE?",
        "Защита от перехвата кода.",
        "",
        "Q: OpenID Connect vs OAuth?",
        "A:",
        "- OIDC - слой аутентификации поверх OAuth",
      ].join("\n"),
    );
    expect(note.blocks).toEqual([
      { kind: "prose", text: "Соль - случайная строка, своя у каждого юзера.", headingPath: ["Зачем соль?"] },
      { kind: "prose", text: "Защита от перехвата кода.", headingPath: ["JWT", "Что такое PKCE?"] },
      // A question ends the one asked in a heading before it; «A:» is no label of its own.
      {
        kind: "prose",
        text: "- OIDC - слой аутентификации поверх OAuth",
        headingPath: ["JWT", "OpenID Connect vs OAuth?"],
      },
    ]);
    // «в)» of a lettered list, «A:» with no question above, are text.
    expect(parseMarkdown("в) третий пункт\nA: ответ без вопроса").blocks.map((b) => b.text)).toEqual([
      "в) третий пункт\nA: ответ без вопроса",
    ]);
    // A grammar note's «Вопрос:» form with its example after the «?» asks nothing: the text stays its section's.
    const grammar =
      "## Present Perfect\n\nВопрос: Have + V3? — Have you ever been to London?\nОтрицание: I haven't.";
    expect(parseMarkdown(grammar).blocks.map((b) => b.headingPath)).toEqual([["Present Perfect"]]);
  });

  it("with labels, heads what a capitalised «Label:» line introduces, and no more", () => {
    const source = [
      "## Основы",
      "Топик - поток сообщений.",
      "",
      "Оффсет:",
      "Оффсет - номер сообщения в партиции.",
      "",
      "Группы:",
      "",
      "```bash",
      "kafka-consumer-groups.sh --describe",
      "```",
      "сбросить оффсеты можно только у остановленной группы.",
      "",
      "Дальше про ключи.",
      "",
      "Делается это так:",
      "- шаг",
    ].join("\n");
    expect(
      parseMarkdown(source, { labels: true }).blocks.map((b) => [b.headingPath, b.text.slice(0, 12)]),
    ).toEqual([
      [["Основы"], "Топик - пото"],
      [["Основы", "Оффсет"], "Оффсет - ном"],
      [["Основы", "Группы"], "```bash\nkafk"],
      // A remark in lower case after the code is about it; a new capitalised paragraph is back in «Основы».
      [["Основы", "Группы"], "сбросить офф"],
      [["Основы"], "Дальше про к"],
      // «Делается это так:» leads into what follows; it names nothing.
      [["Основы"], "Делается это"],
    ]);
    // Inside a paragraph, a label heads the list right under it.
    const inside =
      "## Продюсер\nПродюсер - клиент, который пишет в топик.\nБатчинг:\n- linger.ms - сколько ждать\n\nДальше.";
    expect(
      parseMarkdown(inside, { labels: true }).blocks.map((b) => [b.headingPath, b.text.slice(0, 8)]),
    ).toEqual([
      [["Продюсер"], "Продюсер"],
      [["Продюсер", "Батчинг"], "- linger"],
      [["Продюсер"], "Дальше."],
    ]);
    // Without labels (what `toMarkdown` writes is read back as written) a label is text.
    expect(parseMarkdown(source).blocks.every((b) => b.headingPath.join() === "Основы")).toBe(true);
  });

  it("reads an Obsidian note's prose without its markup, and leaves code as written", () => {
    const note = parseMarkdown(
      "## Образ\n\nЗапускают [[Контейнер|контейнеры]]. #docker\n\n![[diagram.png]]\n\n```\n[[not a link]] #not-a-tag\n```",
    );
    expect(note.blocks).toEqual([
      { kind: "prose", text: "Запускают контейнеры. #docker", headingPath: ["Образ"] },
      { kind: "code", text: "```\n[[not a link]] #not-a-tag\n```", headingPath: ["Образ"] },
    ]);
  });

  it("drops a paragraph of tags alone, as it does tags in front matter, and keeps tags among words", () => {
    const note = parseMarkdown("#docker #volumes\n\n## Тома\n\n#docker #тома\nТом хранит данные. #docker");
    expect(note.blocks).toEqual([
      { kind: "prose", text: "#docker #тома\nТом хранит данные. #docker", headingPath: ["Тома"] },
    ]);
    expect(parseMarkdown("## Теги\n\n#git #ветки").blocks).toEqual([]);
    // …which files the note: its tags.
    expect(note.tags).toEqual(["docker", "volumes"]);
    expect(
      structureNote("# MVCC\n#postgres/mvcc #db\n\nVACUUM чистит мертвые строки.", "markdown"),
    ).toMatchObject({
      tags: ["postgres/mvcc", "db"],
      blocks: [{ text: "VACUUM чистит мертвые строки." }],
    });
  });

  it("keeps a fenced block whole: blank lines, # lines and ~~~ fences included", () => {
    const code = "```bash\n# not a heading\n\nkubectl get pods\n~~~\n```";
    const note = parseMarkdown(`## X\n\n${code}\n\nПосле.`);
    expect(note.blocks).toEqual([
      { kind: "code", text: code, headingPath: ["X"] },
      { kind: "prose", text: "После.", headingPath: ["X"] },
    ]);
  });

  it("reports an aliases value that is not a list", () => {
    const note = parseMarkdown("---\ntitle: X\naliases: {a: 1}\n---\nТекст.");
    expect(note.aliases).toEqual([]);
    expect(note.problems).toHaveLength(1);
    expect(note.problems[0]).toMatch(/aliases/);
  });
});

describe("parseMarkdown properties", () => {
  const word = fc.constantFrom("под", "сервис", "kubectl", "#тег", "-", "текст", "1.", "**важно**");
  /** A paragraph of tags alone, which is dropped. */
  const tagsOnly = (part: string) => /^(?:#тег\s*)+$/.test(part);
  // A line that is bold and nothing else is a heading, and «- - -» a rule (both tested above), not a line of text.
  const line = fc
    .array(word, { minLength: 1, maxLength: 6 })
    .map((ws) => ws.join(" "))
    .filter((l) => boldHeading(l) === undefined && !/^(?:-[ \t]*){3,}$/u.test(l));
  const paragraph = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join("\n"));
  const heading = fc.tuple(fc.integer({ min: 2, max: 4 }), line).map(([n, l]) => `${"#".repeat(n)} ${l}`);
  const codeLine = fc.oneof(line, fc.constant(""), heading);
  const code = fc.array(codeLine, { maxLength: 6 }).map((ls) => ["```yaml", ...ls, "```"].join("\n"));
  const part = fc.oneof(paragraph, paragraph, heading, code);
  const note = fc.array(part, { minLength: 1, maxLength: 12 });

  it("keeps every line of text and code exactly once, in order, and code blocks whole", () => {
    fc.assert(
      fc.property(note, (parts) => {
        const source = parts.join("\n\n");
        const { blocks, problems } = parseMarkdown(source);
        expect(problems).toEqual([]);
        const expected = parts.filter((p) => (!/^#{2,4} /.test(p) || p.includes("\n")) && !tagsOnly(p));
        expect(blocks.map((b) => b.text)).toEqual(expected);
        for (const [i, block] of blocks.entries()) {
          expect(block.kind).toBe(expected[i]?.startsWith("```") ? "code" : "prose");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives each block the path of the headings above it", () => {
    fc.assert(
      fc.property(note, (parts) => {
        const { blocks } = parseMarkdown(parts.join("\n\n"));
        const stack: { level: number; text: string }[] = [];
        const paths: string[][] = [];
        for (const p of parts) {
          const h = /^(#{2,4}) (.*)$/.exec(p);
          if (h && !p.includes("\n")) {
            const level = (h[1] as string).length;
            while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
            stack.push({ level, text: h[2] as string });
          } else if (!tagsOnly(p)) paths.push(stack.map((s) => s.text));
        }
        expect(blocks.map((b) => b.headingPath)).toEqual(paths);
      }),
      { numRuns: 300 },
    );
  });
});

describe("labelHeading", () => {
  it("reads a short capitalised line or two lower-case Latin words before «:» as a label; a key or a lead-in is none", () => {
    expect(
      ["Оффсет:", "Exactly once:", "match vs term:", "Делается это так:", "acks:", "Оффсет: номер"].map(
        labelHeading,
      ),
    ).toEqual(["Оффсет", "Exactly once", "match vs term", undefined, undefined, undefined]);
  });
});

describe("a Hugo site's posts", () => {
  const POST = [
    "+++",
    'title = "Terraform: state и backends"',
    "date = 2024-03-02T21:14:00+03:00",
    'tags = ["terraform", "devops"]',
    "+++",
    "",
    'Всем привет! В [прошлом посте]({{< ref "terraform-intro.md" >}}) мы подняли EC2.',
    "",
    "<!--more-->",
    "",
    "## S3 backend",
    "",
    '{{< highlight hcl "linenos=table" >}}',
    "terraform {",
    '  backend "s3" {}',
    "}",
    "{{< /highlight >}}",
    "",
    "{{< notice warning >}}",
    "В стейте пароли открытым текстом.",
    "{{< /notice >}}",
    "",
    '{{< figure src="/img/state.png" caption="Код → state → облако" >}}',
  ].join("\n");

  it("reads TOML front matter's title, and shortcodes as the code, boxes and captions they show", () => {
    const note = parseMarkdown(POST);
    expect(note.title).toBe("Terraform: state и backends");
    expect(note.blocks.map((b) => b.text)).toEqual([
      "Всем привет! В прошлом посте мы подняли EC2.",
      '```hcl\nterraform {\n  backend "s3" {}\n}\n```',
      "В стейте пароли открытым текстом.",
      "Код → state → облако",
    ]);
    expect(note.problems).toEqual([]);
  });

  it("leaves a shortcode inside a code block as written", () => {
    expect(hugoShortcodes("```\n{{< notice >}}\n```")).toBe("```\n{{< notice >}}\n```");
  });
});

describe("an Obsidian vault's plugins", () => {
  it("drops query blocks, inline fields and block ids, and keeps other code as written", () => {
    const note = [
      "Источник:: [[Redis in Action]]",
      "Статус:: 🌱 черновик",
      "",
      "## Eviction",
      "- `noeviction` — дефолт, ничего не выкидывает ^ev0001",
      "- `allkeys-lru` — самые давно не читанные",
      "^policies",
      "",
      "```dataview",
      "TABLE Статус FROM #redis",
      "```",
      "",
      "```yaml",
      "key:: value ^abc123",
      "```",
    ].join("\n");
    expect(vaultPluginsDropped(note)).toBe(
      [
        "",
        "## Eviction",
        "- `noeviction` — дефолт, ничего не выкидывает",
        "- `allkeys-lru` — самые давно не читанные",
        "",
        "",
        "",
        "```yaml",
        "key:: value ^abc123",
        "```",
      ].join("\n"),
    );
  });

  it("skips a drawing of the Excalidraw plugin, saying why", () => {
    const drawing =
      "---\nexcalidraw-plugin: parsed\n---\n# Excalidraw Data\n## Text Elements\nmaster A ^86eMK2U4\n";
    const note = structureNote(drawing, "markdown");
    expect(note.blocks).toEqual([]);
    expect(note.problems).toEqual([
      "skipped: a drawing of the Excalidraw plugin is not read as notes (it has no text to answer from)",
    ]);
  });
});

describe("rules and Setext headings", () => {
  it("takes a line over «---» or «===» for a heading, and a rule alone for no text", () => {
    const note = parseMarkdown(
      [
        "Брокеры",
        "=======",
        "",
        "Очереди",
        "-------",
        "Продюсер пишет в exchange.",
        "",
        "---",
        "",
        "Консюмер подтверждает ack.",
        "",
        "- пункт списка",
        "---",
      ].join("\n"),
    );
    expect(note.title).toBeUndefined();
    expect(note.blocks.map((b) => [b.headingPath.join(" › "), b.text])).toEqual([
      ["Брокеры › Очереди", "Продюсер пишет в exchange."],
      ["Брокеры › Очереди", "Консюмер подтверждает ack."],
      ["Брокеры › Очереди", "- пункт списка"],
    ]);
  });
});

describe("Scrivener's compile to MultiMarkdown", () => {
  const COMPILED = [
    "Title: Архитектура — конспект",
    "Author: Олег",
    "Base Header Level: 2",
    "",
    "## Микросервисы",
    "",
    "{--Микросервисы всегда лучше.--} Нет, зависит от команды.{>> спорно <<}",
    "Для CRUD это оверхед.{++ Применять точечно.++} Выносим {~~всё~>модули~~} по одному, {==без спешки==}.",
    "",
    "```",
    "{--keep--}",
    "```",
  ].join("\n");

  it("takes the metadata's title as the note's, and the rest of it as no text", () => {
    const note = structureNote(COMPILED, "markdown");
    expect(note.title).toBe("Архитектура — конспект");
    expect(note.blocks.map((b) => b.text).join("\n")).not.toMatch(/Author|Олег|Base Header/u);
  });

  it("accepts the edits CriticMarkup marks: deletions and comments gone, additions and new text kept", () => {
    const note = structureNote(COMPILED, "markdown");
    expect(note.blocks.map((b) => b.text)).toEqual([
      "Нет, зависит от команды.\nДля CRUD это оверхед. Применять точечно. Выносим модули по одному, без спешки.",
      "```\n{--keep--}\n```",
    ]);
  });

  it("leaves a note that opens with a line «Вопрос: …» as text", () => {
    expect(
      splitFrontMatter("Вопрос: что такое под\nОтвет: группа контейнеров\n\nтекст").meta,
    ).toBeUndefined();
  });
});
