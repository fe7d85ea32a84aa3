import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isChecklist, KnowledgeError, loadKnowledge } from "../../src/knowledge/load.ts";
import { structureNote } from "../../src/knowledge/structure.ts";
import { createSearchEngine } from "../../src/search/engine.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → content) into a fresh temporary folder and returns its path. */
/** `text` in a single-byte encoding (Windows-1251, KOI8-R), as an old editor saves it. */
function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from(
    [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (byteOf.get(ch) ?? 0x3f))),
  );
}

async function notes(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "konspekt-knowledge-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const paragraph = (topic: string, n: number) =>
  `Абзац ${n} о теме ${topic}: ${Array.from({ length: 30 }, (_, i) => `слово${n}x${i}`).join(" ")}.`;

describe("loadKnowledge: Markdown", () => {
  it("reads the title and aliases from front matter", async () => {
    const dir = await notes({
      "services.md":
        "---\ntitle: Сервисы (Services)\naliases: [сервисы, svc]\n---\n\nСервис даёт подам имя.\n",
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics).toEqual([
      {
        id: "services",
        title: "Сервисы (Services)",
        aliases: ["сервисы", "svc"],
        file: "services.md",
        sections: [{ heading: "Сервисы (Services)", depth: 0, passageIds: ["services#0"] }],
      },
    ]);
    expect(kb.passages[0]).toEqual({
      id: "services#0",
      topicId: "services",
      topicTitle: "Сервисы (Services)",
      headingPath: [],
      text: "Сервис даёт подам имя.",
      file: "services.md",
      order: 0,
    });
    expect(kb.warnings).toEqual([]);
  });

  it("takes a leading # heading as the title when there is no front matter, else the file name", async () => {
    const dir = await notes({ "a.md": "# Заголовок\n\nТекст.\n", "b.md": "Просто текст.\n" });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.title)).toEqual(["Заголовок", "b"]);
  });

  it("reads a Notion export: no properties, callouts as their text, a list of sub-pages as navigation", async () => {
    const page = [
      "# ClickHouse основы",
      "",
      "Created: 12 марта 2026 г. 14:05",
      "Tags: бд, аналитика",
      "",
      "[Движки таблиц](ClickHouse%20основы%203f2a9c1b7e4d4b0c9a8e1f2d3c4b5a6e/Движки%20таблиц%208b1e4c2d9f3a4e7ba0c5d6e7f8091a2b.md)",
      "",
      "## Что такое ClickHouse",
      "",
      "ClickHouse — колоночная СУБД для аналитики.",
      "",
      "<aside>",
      "💡 мое: не замена постгресу",
      "",
      "</aside>",
    ].join("\n");
    const kb = await loadKnowledge(
      await notes({ "ClickHouse основы 3f2a9c1b7e4d4b0c9a8e1f2d3c4b5a6e.md": page, "plain.md": page }),
    );
    const of = (file: string) => kb.passages.filter((p) => p.file === file);
    const notion = of("ClickHouse основы 3f2a9c1b7e4d4b0c9a8e1f2d3c4b5a6e.md");
    expect(notion.some((p) => p.text.includes("Created"))).toBe(false);
    expect(notion.find((p) => p.text.includes("Движки таблиц"))?.navigation).toBe(true);
    const defined = notion.find((p) => p.headingPath[0] === "Что такое ClickHouse");
    expect(defined?.text).toContain("💡 мое: не замена постгресу");
    expect(defined?.text).not.toContain("aside");
    // Only a page Notion named keeps no properties: elsewhere «Name: value» lines may be the notes.
    expect(of("plain.md").some((p) => p.text.includes("Created: 12 марта"))).toBe(true);
  });

  it("passes over a Notion database's table beside the folder of its pages: its rows are their properties", async () => {
    const id = "fb56118375ab872d60b4e368dc4240eb";
    const page =
      "# gzip\n\nСтатус: Разобрал\n\n`gzip_types` — text/html сжимается всегда, его писать не надо.\n";
    const table = 'Name,Статус,Теги\ngzip,Разобрал,"gzip, сжатие"\nlocation,Разобрал,"location, основы"\n';
    const dir = await notes({
      [`Темы ${id}.csv`]: table,
      [`Темы ${id}/gzip b16730ff11d8a975b126406b678d8b9c.md`]: page,
      // A table with no pages beside it is the notes themselves.
      "Словарь.csv": "Термин,Значение\nlocation,блок конфига nginx для части URI\n",
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.file).sort()).toEqual(
      ["Словарь.csv", `Темы ${id}/gzip b16730ff11d8a975b126406b678d8b9c.md`].sort(),
    );
    expect(kb.warnings).toEqual([
      `${path.join(dir, `Темы ${id}.csv`)}: skipped: a Notion database's table: its rows are the properties of the pages next to it, which are read`,
    ]);
  });

  it("keeps a to-do list apart from the section it ends, as navigation: plans, not an answer", async () => {
    const note = [
      "## GridSearchCV",
      "",
      "Перебирает все комбинации гиперпараметров из сетки и берет лучшую по кросс-валидации.",
      "",
      "- [x] train_test_split, stratify",
      "- [ ] nested CV",
    ].join("\n");
    const kb = await loadKnowledge(await notes({ "ml.md": note }));
    expect(kb.passages.map((p) => [p.text.slice(0, 12), p.navigation ?? false])).toEqual([
      ["Перебирает в", false],
      ["- train_test", true],
    ]);
  });

  it("keeps a to-do list apart in Markdown with no headings too, a long task that opens with its verb among them", async () => {
    const note = [
      "# asyncio MOC",
      "",
      "> [!important] asyncio ≠ многопоточность",
      "> asyncio = один поток и один луп. Это конкурентность, а не параллельность.",
      "",
      "- [x] разобраться с gather vs TaskGroup",
      "- [ ] спросить у Димы, почему у нас в проде `limit=0` в коннекторе aiohttp",
    ].join("\n");
    const kb = await loadKnowledge(await notes({ "moc.md": note }));
    expect(kb.passages.map((p) => [p.text.slice(0, 12), p.navigation ?? false])).toEqual([
      ["**asyncio ≠ ", false],
      ["- разобратьс", true],
    ]);
  });

  it("reads a lecture's plan as a table of contents, navigation; a section headed «План» that says something is not", async () => {
    const lecture = [
      "ОРГАНИЧЕСКАЯ ХИМИЯ",
      "Лекция 3. Алканы, алкены, спирты.",
      "доц. И. В. Соколова",
      "",
      "ПЛАН ЛЕКЦИИ",
      "1. Номенклатура IUPAC: основные правила",
      "2. Алканы: строение, свойства",
      "3. Спирты: классификация, свойства, реакции",
      "",
      "СПИРТЫ: КЛАССИФИКАЦИЯ",
      "По числу групп OH спирты бывают одно-, двух- и трехатомными. По радикалу — предельные и непредельные.",
      "",
      "АЛКАНЫ: СТРОЕНИЕ",
      "Атомы углерода в sp3-гибридизации, угол 109,5 градуса, связи только одинарные.",
    ].join("\n");
    const terraform = [
      "## План",
      "",
      "terraform plan показывает, что изменится, и ничего не меняет.",
      "Сохранить план в файл: -out=tfplan.",
      "Потом apply этого файла.",
    ].join("\n");
    const kb = await loadKnowledge(await notes({ "лекция.txt": lecture, "terraform.md": terraform }));
    const plan = kb.passages.filter((p) => p.headingPath[0] === "ПЛАН ЛЕКЦИИ");
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((p) => p.navigation === true)).toBe(true);
    expect(kb.passages.find((p) => p.text.includes("трехатомными"))?.navigation).toBeUndefined();
    expect(kb.passages.find((p) => p.text.includes("terraform plan"))?.navigation).toBeUndefined();
  });

  it("heads no section with a table of contents whose lines a PDF's dotted leaders made garbage", async () => {
    // How a handout's text reads once its contents' lines («1 Зачем StatefulSet ....... 2») are dropped: the
    // centred «Содержание» over the numbered chapters.
    const handout = [
      "# StatefulSet'ы и операторы",
      "",
      "## Содержание",
      "",
      "Примеры на postgres, проверял на версиях 1.29 и 1.30.",
      "",
      "### Зачем StatefulSet",
      "",
      "Deployment хорош для stateless: поды одинаковые, имена рандомные, убили один — подняли другой.",
      "",
      "### Стабильная идентичность",
      "",
      "Под с тем же именем получает тот же PVC после пересоздания на другой ноде.",
    ].join("\n");
    const kb = await loadKnowledge(await notes({ "раздатка.md": handout }));
    const heading = (text: string) => kb.passages.find((p) => p.text.includes(text))?.headingPath;
    expect(heading("Deployment хорош")).toEqual(["Зачем StatefulSet"]);
    expect(heading("тот же PVC")).toEqual(["Стабильная идентичность"]);
  });

  it("reads a title page (short lines before the sections) as navigation, but not lines that define", async () => {
    const sections = [
      "",
      "## Алканы",
      "",
      "Предельные углеводороды.",
      "",
      "## Алкены",
      "",
      "Одна двойная связь.",
      "",
      "## Спирты",
      "",
      "Есть группа OH.",
    ];
    const lecture = [
      "# Органическая химия",
      "",
      "Лекция 3. Алканы, алкены, спирты.",
      "доц. И. В. Соколова",
      ...sections,
    ];
    const docker = [
      "# Docker",
      "",
      "Docker — платформа контейнеров.",
      "Образ — шаблон контейнера.",
      ...sections,
    ];
    const short = [
      "# Химия",
      "",
      "Лекция 3.",
      "доц. И. В. Соколова",
      "",
      "## Алканы",
      "",
      "Предельные углеводороды.",
    ];
    const kb = await loadKnowledge(
      await notes({
        "lecture.md": lecture.join("\n"),
        "docker.md": docker.join("\n"),
        "short.md": short.join("\n"),
      }),
    );
    const first = (topicId: string) => kb.passages.find((p) => p.topicId === topicId && p.order === 0);
    expect(first("lecture")?.navigation).toBe(true);
    expect(first("lecture")?.text).toContain("Соколова");
    expect(first("docker")?.navigation).toBeUndefined();
    // A note of one section has no title page: its opening may be all it says.
    expect(first("short")?.navigation).toBeUndefined();
  });

  it("keeps a checklist of what to study («☐ схема резолва») apart, as navigation, in plain text too", async () => {
    const note = [
      "Балансировка",
      "round robin — по кругу, least connections — туда, где меньше соединений.",
      "",
      "К экзамену ⚠️",
      "☑ типы DNS-записей наизусть",
      "☐ алгоритмы балансировки + когда какой",
    ].join("\n");
    const kb = await loadKnowledge(await notes({ "сети.txt": note }));
    const plan = kb.passages.find((p) => p.text.includes("☐"));
    expect(plan?.navigation).toBe(true);
    expect(kb.passages.find((p) => p.text.includes("round robin"))?.navigation).toBeUndefined();
    expect(isChecklist("☑ одно\n☐ другое")).toBe(true);
    expect(isChecklist("Сделать:\n- [ ] одно\n- [x] другое")).toBe(true);
    // One box among text, or a line of text after the boxes, is no checklist.
    expect(isChecklist("☐ одно\nА это текст про другое.")).toBe(false);
    expect(isChecklist("☐ одно\n☐ другое\nИ текст после.")).toBe(false);
  });

  it("reads a checklist whose items are notes, not tasks, as notes: exam prep kept with progress marks", async () => {
    const items = [
      "- [x] MVCC — Multi-Version Concurrency Control: каждая строка хранится в нескольких версиях",
      "  - [x] UPDATE в PG = по сути DELETE старой версии + INSERT новой, старая становится dead tuple",
      "- [ ] снимок (snapshot) — xmin снимка, xmax снимка и список активных на тот момент xid (повторить!)",
    ];
    const tasks = ["- [x] скачать список билетов", "- [ ] пройти тест по прошлому году"];
    for (const [file, text] of [
      ["pg.md", `## MVCC\n\n${items.join("\n")}\n\n## План\n\n${tasks.join("\n")}\n`],
      ["pg.txt", `MVCC\n\n${items.join("\n")}\n\nПлан\n\n${tasks.join("\n")}\n`],
    ]) {
      const kb = await loadKnowledge(await notes({ [file as string]: text as string }));
      const passageOf = (words: string) => kb.passages.find((p) => p.text.includes(words));
      expect(passageOf("Multi-Version")?.navigation, file).toBeUndefined();
      expect(passageOf("пройти тест")?.navigation, file).toBe(true);
    }
  });

  it("loads .adoc and .rst files, read as AsciiDoc and reStructuredText", async () => {
    const kb = await loadKnowledge(
      await notes({
        "nginx.adoc":
          "= Nginx\n:toc:\n\n== Команды\n\nnginx -t проверяет конфиг.\n\n== Логи\n\naccess.log пишется на каждый запрос.\n",
        "python.rst":
          "Питон\n=====\n\nДекораторы\n----------\n\n``@deco`` над функцией — сахар для ``f = deco(f)``.\n\nГенераторы\n----------\n\n.. note::\n   yield отдаёт значение.\n",
      }),
    );
    const section = (words: string) => kb.passages.find((p) => p.text.includes(words))?.headingPath;
    expect(section("nginx -t")).toEqual(["Команды"]);
    expect(section("сахар")).toEqual(["Декораторы"]);
    expect(section("yield")).toEqual(["Генераторы"]);
  });

  it("accepts aliases written as a comma-separated string", async () => {
    const dir = await notes({ "x.md": "---\ntitle: X\naliases: один, два\n---\nТекст.\n" });
    expect((await loadKnowledge(dir)).topics[0]?.aliases).toEqual(["один", "два"]);
  });

  it("makes one passage per section, carrying its heading path", async () => {
    const dir = await notes({
      "services.md": [
        "---\ntitle: Сервисы\n---",
        "Введение.",
        "## Типы сервисов",
        "Основные типы.",
        "### ClusterIP",
        "Внутренний адрес.",
        "### NodePort",
        "Порт на каждой ноде.",
        "## Итог",
        "Вот и всё.",
      ].join("\n\n"),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.map((p) => [p.id, p.headingPath, p.text])).toEqual([
      ["services#0", [], "Введение."],
      ["services#1", ["Типы сервисов"], "Основные типы."],
      ["services#2", ["Типы сервисов", "ClusterIP"], "Внутренний адрес."],
      ["services#3", ["Типы сервисов", "NodePort"], "Порт на каждой ноде."],
      ["services#4", ["Итог"], "Вот и всё."],
    ]);
    expect(kb.topics[0]?.sections.map((s) => [s.heading, s.depth])).toEqual([
      ["Сервисы", 0],
      ["Типы сервисов", 1],
      ["ClusterIP", 2],
      ["NodePort", 2],
      ["Итог", 1],
    ]);
  });

  it("splits a long section at paragraph boundaries, in one section", async () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => paragraph("сети", i));
    const dir = await notes({ "net.md": `## Сеть\n\n${paragraphs.join("\n\n")}\n` });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.length).toBeGreaterThan(1);
    expect(kb.passages.map((p) => p.text).join("\n\n")).toBe(paragraphs.join("\n\n"));
    for (const p of kb.passages) {
      expect(p.headingPath).toEqual(["Сеть"]);
      for (const part of p.text.split("\n\n")) expect(paragraphs).toContain(part);
    }
    expect(kb.topics[0]?.sections).toEqual([
      { heading: "Сеть", depth: 1, passageIds: kb.passages.map((p) => p.id) },
    ]);
  });

  it("keeps a code block whole, fences and blank lines included, even past the passage size", async () => {
    const yaml = Array.from({ length: 80 }, (_, i) => `  key${i}: value${i}`).join("\n");
    const code = `\`\`\`yaml\napiVersion: v1\n\n# comment, not a heading\n${yaml}\n\`\`\``;
    const dir = await notes({ "c.md": `## Манифест\n\nВот так:\n\n${code}\n\nПосле кода.\n` });
    const kb = await loadKnowledge(dir);
    const withCode = kb.passages.filter((p) => p.text.includes("apiVersion"));
    expect(withCode).toHaveLength(1);
    expect(withCode[0]?.text).toContain(code);
    expect(withCode[0]?.text.startsWith("Вот так:")).toBe(true);
    expect(kb.passages.every((p) => p.headingPath[0] === "Манифест")).toBe(true);
  });

  it("keeps a sentence that goes on in lower case after code with the code, past the passage size", async () => {
    const long = Array.from({ length: 6 }, (_, i) => paragraph("запросов", i)).join(" ");
    const code = "```promql\nhistogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))\n```";
    const after = "это 95-й перцентиль времени ответа по всем инстансам.";
    const dir = await notes({
      "q.md": `## PromQL\n\n${long} Перцентиль:\n\n${code}\n\n${after}\n\nДругой абзац.\n`,
    });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.find((p) => p.text.includes("histogram_quantile"))?.text.endsWith(after)).toBe(true);
  });

  it("keeps a paragraph that opens by pointing back («У неё…», «Это…») with what it points at, past the passage size", async () => {
    const long = Array.from({ length: 6 }, (_, i) => paragraph("переменных", i)).join(" ");
    const after = "У неё есть поля stdout, stderr, rc (код возврата), changed.";
    const apart = "Модуль debug печатает в вывод значение переменной или своё сообщение, когда это нужно.";
    for (const [file, text] of [
      [
        "a.md",
        `## Переменные\n\n${long} Сохранить результат в переменную:\n\n\`\`\`\nregister: out\n\`\`\`\n\n${after}\n\n${apart}\n`,
      ],
      [
        "b.txt",
        `Переменные\n${long} Сохранить результат в переменную:\ncommand: nginx -v\nregister: out\n${after}\n\n${apart}\n`,
      ],
    ]) {
      const kb = await loadKnowledge(await notes({ [file as string]: text as string }));
      const withCode = kb.passages.find((p) => p.text.includes("register: out"));
      expect(withCode?.text, file).toContain(after);
      expect(withCode?.text, file).not.toContain(apart);
    }
  });

  it("keeps a short note without headings in one passage, and a long text's paragraphs apart", async () => {
    const short = [
      "depends_on — явная зависимость. Обычно не нужен: тф сам строит граф по ссылкам между ресурсами.",
      "Нужен, когда зависимость скрытая и тф ее не видит по ссылкам, например IAM-политика для инстанса.",
    ];
    const long = Array.from({ length: 8 }, (_, i) => paragraph("сети", i));
    const kb = await loadKnowledge(
      await notes({
        "depends_on.md": `# depends_on\n\n${short.join("\n\n")}\n`,
        "long.txt": long.join("\n\n"),
      }),
    );
    const of = (topicId: string) => kb.passages.filter((p) => p.topicId === topicId);
    expect(of("depends_on").map((p) => p.text)).toEqual([short.join("\n\n")]);
    expect(of("long").length).toBeGreaterThan(1);
  });

  it("warns about an unclosed code block and keeps it", async () => {
    const dir = await notes({ "c.md": "Текст.\n\n```bash\nkubectl get pods\n" });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.map((p) => p.text).join("\n")).toContain("kubectl get pods");
    expect(kb.warnings).toHaveLength(1);
    expect(kb.warnings[0]).toContain(path.join(dir, "c.md"));
  });

  it("warns about broken front matter, naming the file, and still loads the body", async () => {
    const dir = await notes({ "broken.md": "---\ntitle: [unclosed\naliases: {\n---\n\nТело заметки.\n" });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.map((p) => p.text)).toEqual(["Тело заметки."]);
    expect(kb.topics[0]?.title).toBe("broken");
    expect(kb.warnings).toHaveLength(1);
    expect(kb.warnings[0]).toContain(path.join(dir, "broken.md"));
    expect(kb.warnings[0]).toMatch(/front matter/);
  });

  it("reads notes in subfolders, ignoring hidden files and other extensions", async () => {
    const dir = await notes({
      "a.md": "Первая.",
      "sub/b.md": "Вторая.",
      ".hidden.md": "Скрытая.",
      "image.png": "not notes",
      "readme.bak": "Не заметки.",
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => [t.id, t.file])).toEqual([
      ["a", "a.md"],
      ["sub-b", "sub/b.md"],
    ]);
  });
});

describe("loadKnowledge: an Obsidian vault", () => {
  const template =
    "---\ntags: []\ndate: {{date}}\n---\n# {{title}}\n\n## Главное\n\n## Код\n```swift\n\n```\n";
  const note =
    "---\ndate: {{date}}\n---\n# Замыкания\n\nClosure — блок кода, который можно передать как значение.\n";

  it("passes over the templates folder its settings name (core Templates, Templater), saying so", async () => {
    const dir = await notes({
      ".obsidian/templates.json": '{"folder": "Templates"}',
      ".obsidian/plugins/templater-obsidian/data.json": '{"templates_folder": "/Шаблоны/"}',
      "Templates/Конспект.md": template,
      "Шаблоны/Лекция.md": template,
      "Swift/Замыкания.md": note,
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.file)).toEqual(["Swift/Замыкания.md"]);
    expect(kb.warnings).toEqual([
      `${path.join(dir, "Templates")}: skipped: the vault's templates folder (.obsidian): blanks to fill, no notes`,
      `${path.join(dir, "Шаблоны")}: skipped: the vault's templates folder (.obsidian): blanks to fill, no notes`,
    ]);
  });

  it("reads a folder named Templates as notes in a vault that names no templates folder", async () => {
    const dir = await notes({ ".obsidian/app.json": "{}", "Templates/Конспект.md": note });
    const warned = vi.spyOn(process, "emitWarning");
    expect((await loadKnowledge(dir)).topics.map((t) => t.file)).toEqual(["Templates/Конспект.md"]);
    // A blank left in front matter («date: {{date}}») is no problem to print on the console.
    expect(warned).not.toHaveBeenCalled();
    warned.mockRestore();
  });
});

describe("loadKnowledge: a title as the first line, as a phone's notes app exports", () => {
  it("takes the first line that is the file's name for the title, not a line of the text", async () => {
    const body =
      "Электролиз — это ОВР на электродах при пропускании постоянного тока через раствор или расплав.\n\n" +
      "Катод — к нему идут катионы, на нем идет восстановление, это надо запомнить навсегда.\n";
    const dir = await notes({
      "Электролиз — база.md": `Электролиз — база\n\n${body}`,
      "Расплавы.txt": `расплавы\n\n${body}`,
      "Другое.md": `Электролиз — база\n\n${body}`,
    });
    const kb = await loadKnowledge(dir);
    const title = (id: string) => kb.topics.find((t) => t.id === id)?.title;
    expect(title("Электролиз — база")).toBe("Электролиз — база");
    expect(title("Расплавы")).toBe("расплавы");
    const texts = (id: string) => kb.passages.filter((p) => p.topicId === id).map((p) => p.text);
    expect(texts("Электролиз — база").some((t) => t.includes("база"))).toBe(false);
    expect(texts("Расплавы").some((t) => t.startsWith("расплавы"))).toBe(false);
    // A first line that is not the file's name stays text.
    expect(texts("Другое").some((t) => t.includes("Электролиз — база"))).toBe(true);
  });
});

describe("loadKnowledge: a Logseq graph", () => {
  it("titles a page in a namespace by its name with the «/» that «___» stands for in its file's name", async () => {
    const page =
      "alias:: эфемерные контейнеры\n\n- ## зачем\n\t- kubectl debug добавляет в под временный контейнер\n\t- нужен когда в образе нет shell\n";
    const dir = await notes({ "pages/kubectl___debug.md": page, "pages/snake_case_names.md": page });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.title).sort()).toEqual(["kubectl / debug", "snake_case_names"]);
  });
});

describe("loadKnowledge: plain text", () => {
  it("spells out a PDF's ligatures, so a question's «firing» finds the notes' «ﬁring»", async () => {
    const dir = await notes({
      "alerts.txt": [
        "Состояния алерта",
        "Если условие продержалось все время for — алерт переходит в ﬁring и уходит в Alertmanager.",
        "Так for отсекает ﬂapping: короткие всплески не будят дежурного.",
      ].join("\n"),
    });
    const kb = await loadKnowledge(dir);
    const text = kb.passages.map((p) => p.text).join("\n");
    expect(text).toContain("переходит в firing");
    expect(text).toContain("отсекает flapping");
    expect(text).not.toMatch(/[\uFB00-\uFB06]/u);
    const answer = createSearchEngine(kb).answer("что значит firing");
    expect(answer.kind === "found" && answer.hits[0]?.passage.text).toContain("firing");
  });

  it("structures .txt: paragraphs joined back, named items as sections, fragments merged", async () => {
    const dir = await notes({
      "raw.txt": [
        "Первый абзац о подах, которые запускают контейнеры приложения,",
        "продолжается здесь и заканчивается тут.",
        "",
        "  ",
        "Основные типы сервисов:",
        "",
        "1. ClusterIP: внутренний адрес сервиса, доступный только изнутри кластера Kubernetes.",
        "2. NodePort: порт на каждой ноде кластера, через который сервис доступен снаружи.",
        "",
        "Коротко.",
      ].join("\r\n"),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.map((p) => [p.headingPath, p.text])).toEqual([
      [
        [],
        "Первый абзац о подах, которые запускают контейнеры приложения, продолжается здесь и заканчивается тут.",
      ],
      [
        ["Основные типы сервисов", "ClusterIP"],
        "ClusterIP: внутренний адрес сервиса, доступный только изнутри кластера Kubernetes.",
      ],
      [
        ["Основные типы сервисов", "NodePort"],
        "NodePort: порт на каждой ноде кластера, через который сервис доступен снаружи.\n\nКоротко.",
      ],
    ]);
    expect(kb.topics[0]).toMatchObject({ id: "raw", title: "raw", file: "raw.txt" });
  });

  it("structures Markdown without headings, keeping its front matter", async () => {
    const dir = await notes({
      "loose.md": [
        "---",
        "title: Сеть",
        "aliases: [network]",
        "---",
        "Основные плагины:",
        "",
        "1. Calico: сетевые политики и маршрутизация через BGP между узлами кластера.",
        "2. Flannel: простая и быстрая настройка оверлейной сети для небольших кластеров.",
      ].join("\n"),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics[0]).toMatchObject({ title: "Сеть", aliases: ["network"] });
    expect(kb.passages.map((p) => p.headingPath)).toEqual([
      ["Основные плагины", "Calico"],
      ["Основные плагины", "Flannel"],
    ]);
  });
});

describe("loadKnowledge: a file that gives no passage", () => {
  it("says which file had words but nothing read as notes, and skips an empty one quietly", async () => {
    const dir = await notes({
      // Only the title of notes never written.
      "docker.txt": "Docker — мои заметки\n",
      "empty.txt": "\n\n",
      "real.md": "Сервис даёт подам стабильный адрес и имя внутри кластера.\n",
    });
    const kb = await loadKnowledge(dir);
    expect(kb.warnings).toEqual([
      `${path.join(dir, "docker.txt")}: skipped: nothing in it reads as notes (only a title, tags or garbage)`,
    ]);
    expect(kb.topics.map((t) => t.id)).toEqual(["real"]);
  });
});

describe("loadKnowledge: Word documents", () => {
  it("makes a topic of a .tid file, and names one that is no tiddler", async () => {
    const tiddler = [
      "tags: security [[веб безопасность]]",
      "title: XSS",
      "",
      "! XSS",
      "!! Виды",
      "; Stored (хранимая)",
      ": пейлоад сохраняется на сервере",
    ].join("\n");
    const dir = await notes({ "XSS.tid": tiddler, "broken.tid": "! XSS\nбез полей" });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => [t.title, t.tags])).toEqual([["XSS", ["security", "веб безопасность"]]]);
    expect(kb.passages.find((p) => p.headingPath.at(-1) === "Виды")?.text).toContain(
      "**Stored (хранимая)** —\nпейлоад сохраняется на сервере",
    );
    expect(kb.warnings.join()).toMatch(/broken\.tid: this is no tiddler/u);
    expect(structureNote("title: X\n\n! Заголовок\nтекст", "tiddler").title).toBe("X");
  });

  it("gives two files that share a name without their extension topics of their own, every passage's id unique", async () => {
    const dir = await notes({
      "Docker сети.md": "# Docker сети\n\n## Bridge\n\nдефолтная сеть.",
      "Docker сети.txt": "Host — без своей сети.",
      "a/b.md": "# B\n\nвложенная заметка.",
      "a-b.md": "# AB\n\nзаметка с дефисом.",
    });
    const kb = await loadKnowledge(dir);
    const ids = kb.topics.map((t) => t.id).sort();
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain("Docker сети");
    expect(new Set(kb.passages.map((p) => p.id)).size).toBe(kb.passages.length);
    // The search engine indexes them all: a repeated id would throw.
    expect(createSearchEngine(kb).answer("host без своей сети").kind).not.toBe("nothing");
  });

  it("reads Markdown by its other names: .markdown, MDX's .mdx, Quarto's .qmd, R Markdown's .Rmd", async () => {
    const dir = await notes({
      "pandas.qmd":
        "---\ntitle: Pandas\n---\n\n## groupby\n\n```{python}\ndf.groupby('city').size()\n```\n\nгруппирует строки.",
      "stats.Rmd": "# Статистика\n\n## t-тест\n\nсравнивает средние двух групп.",
      "git.markdown": "# Git\n\n## rebase\n\nпереписывает историю ветки.",
      "helm.mdx":
        "---\ntitle: Helm\n---\nimport Tabs from '@theme/Tabs';\n\n## hooks\n\n<Tabs>\nхуки — Job с аннотацией.\n</Tabs>",
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.title).sort()).toEqual(["Git", "Helm", "Pandas", "Статистика"]);
    expect(kb.passages.map((p) => p.headingPath.at(-1)).sort()).toEqual([
      "groupby",
      "hooks",
      "rebase",
      "t-тест",
    ]);
    expect(kb.passages.find((p) => p.headingPath.at(-1) === "hooks")?.text).toBe("хуки — Job с аннотацией.");
  });

  it("reads a .docx by its styles, headings as sections, and names one it cannot open", async () => {
    const dir = await notes({
      "services.docx": await readFile(path.join(import.meta.dirname, "fixtures/services.docx")),
      "broken.docx": Buffer.from("это не документ Word"),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => [t.id, t.title])).toEqual([["services", "Сервисы в Kubernetes"]]);
    expect(kb.passages.map((p) => p.headingPath.join(" › "))).toEqual(["", "NodePort", "LoadBalancer"]);
    expect(kb.passages[0]?.text).toBe(
      "**ClusterIP** — внутренний адрес сервиса, доступный только изнутри кластера.",
    );
    expect(kb.warnings).toHaveLength(1);
    expect(kb.warnings[0]).toMatch(
      /broken\.docx: skipped: it is no Word document that can be read \(.*\); save it again from Word as \.docx$/,
    );
  });

  it("reads a .docx made by pandoc: headings behind bookmarks are sections, and a table is a table", async () => {
    const dir = await notes({
      "os.docx": await readFile(path.join(import.meta.dirname, "fixtures/pandoc-os.docx")),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.title)).toEqual(["ОС — конспект"]);
    expect(kb.passages.map((p) => p.headingPath.join(" › "))).toEqual([
      "Планирование › Round Robin",
      "Память",
    ]);
    expect(kb.passages[0]?.text).toContain("Каждому процессу квант времени по очереди;");
    expect(kb.passages[0]?.text).toMatch(/^\| RR +\| да +\| честный \|$/mu);
  });
});

/** One page of a chat Telegram Desktop exported as HTML, holding `texts` as its messages on `day`, linking to `other`. */
const exportPage = (texts: string[], day: string, other: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>Exported Data</title></head><body>
<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">
Избранное
</div></div></div>
<div class="page_body chat_page"><div class="history">
${texts
  .map(
    (text, i) => `<div class="message default clearfix" id="message${i + 1}"><div class="body">
<div class="pull_right date details" title="${day} 10:0${i}:00 UTC+03:00">10:0${i}</div>
<div class="from_name">Андрей</div>
<div class="text">
${text}
</div></div></div>`,
  )
  .join("\n")}
</div></div></div>
<a class="pagination block_link" href="${other}">Other messages</a>
</body></html>
`;

describe("loadKnowledge: a chat exported from Telegram", () => {
  it("reads each page of an HTML export as a topic of its messages, and passes its styles and pictures by", async () => {
    const dir = await notes({
      "ChatExport_2024-03-20/messages.html": exportPage(
        ["Сервис даёт подам стабильный адрес и имя внутри кластера.<br>Типы: ClusterIP, NodePort."],
        "12.03.2024",
        "messages2.html",
      ),
      "ChatExport_2024-03-20/messages2.html": exportPage(
        ["Ingress — вход в кластер по HTTP, правила по хостам и путям."],
        "14.03.2024",
        "messages.html",
      ),
      "ChatExport_2024-03-20/css/style.css": "body { margin: 0 }\n",
      "ChatExport_2024-03-20/js/script.js": "function CheckLocation() {}\n",
      "ChatExport_2024-03-20/photos/photo_1@12-03-2024_10-00-00.jpg": Buffer.from([0xff, 0xd8]),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.warnings).toEqual([]);
    expect(kb.topics.map((t) => t.title)).toEqual(["Избранное, 12.03.2024", "Избранное, 14.03.2024"]);
    expect(kb.passages.map((p) => p.text)).toEqual([
      "Сервис даёт подам стабильный адрес и имя внутри кластера.\nТипы: ClusterIP, NodePort.",
      "Ingress — вход в кластер по HTTP, правила по хостам и путям.",
    ]);
  });
});

describe("loadKnowledge: documents it cannot read", () => {
  it("says what to do with a PDF, a Word file, an e-book or JSON that is no chat export, and passes pictures by quietly", async () => {
    const dir = await notes({
      "kubernetes.pdf": Buffer.from("%PDF-1.7\n"),
      "lectures/week1.odt": Buffer.from("PK\u0003\u0004"),
      "settings.json": '{"theme": "dark"}',
      "book.fb2": "<FictionBook/>\n",
      // LaTeX is read, as Markdown is.
      "agenda.tex": "\\section{Сервисы}\nСервис даёт подам адрес.\n",
      "lecture.pptx": Buffer.from("PK\u0003\u0004"),
      "grades.xlsx": Buffer.from("PK\u0003\u0004"),
      // Org mode is read, as Markdown is.
      "todo.org": "* Сервисы\nСервис даёт подам стабильный адрес.\n",
      "attachments/diagram.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      "real.md": "Сервис даёт подам стабильный адрес и имя внутри кластера.\n",
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.id)).toEqual(["agenda", "real", "todo"]);
    expect(kb.topics[0]?.title).toBe("Сервисы");
    expect(kb.passages.find((p) => p.topicId === "todo")?.headingPath).toEqual(["Сервисы"]);
    expect(kb.warnings).toEqual([
      `${path.join(dir, "book.fb2")}: skipped: an e-book is not read; save its text as .txt or .md`,
      `${path.join(dir, "grades.xlsx")}: skipped: a spreadsheet is not read; save it as CSV (.csv)`,
      `${path.join(dir, "kubernetes.pdf")}: skipped: a PDF is not read; save its text as .txt (pdftotext notes.pdf notes.txt)`,
      `${path.join(dir, "lecture.pptx")}: skipped: slides are not read; save them as PDF, then its text as .txt (pdftotext slides.pdf slides.txt)`,
      `${path.join(dir, "lectures/week1.odt")}: skipped: a word processor's file is not read; save it as plain text (.txt) or export it to Markdown (.md)`,
      // Of JSON files only a chat Telegram exported is read.
      `${path.join(dir, "settings.json")}: skipped: of .json files only a chat exported from Telegram Desktop (Export chat history) and a note of Google Keep from Takeout are read`,
    ]);
  });

  it("names the documents it found when there are no notes to read", async () => {
    const dir = await notes({ "kubernetes.pdf": Buffer.from("%PDF-1.7\n") });
    const failure = loadKnowledge(dir);
    await expect(failure).rejects.toBeInstanceOf(KnowledgeError);
    await expect(failure).rejects.toThrow(
      /no notes found.*Found and not read: .*kubernetes\.pdf: skipped: a PDF is not read/,
    );
  });
});

describe("loadKnowledge: duplicates", () => {
  it("collapses near-duplicate passages into the first, across files", async () => {
    const text = paragraph("подов", 1);
    const nearly = text.replace("слово1x29", "слово1x29 ещё");
    const dir = await notes({
      "a.md": `## Один\n\n${text}\n\n## Другое\n\n${paragraph("сервисов", 2)}\n`,
      "b.md": `## Копия\n\n${nearly}\n`,
      "c.md": `${text}\n\n## Ноды\n\n${paragraph("нод", 3)}\n`,
    });
    const kb = await loadKnowledge(dir);
    expect(kb.passages.filter((p) => p.text.includes("слово1x0"))).toHaveLength(1);
    expect(kb.passages.find((p) => p.text.includes("слово1x0"))?.id).toBe("a#0");
    expect(kb.passages.map((p) => p.id)).toEqual(["a#0", "a#1", "c#1"]);
    expect(kb.topics.map((t) => t.id)).toEqual(["a", "b", "c"]);
    expect(kb.topics.find((t) => t.id === "b")?.sections).toEqual([]);
    const ids = new Set(kb.passages.map((p) => p.id));
    for (const topic of kb.topics)
      for (const section of topic.sections) for (const id of section.passageIds) expect(ids).toContain(id);
  });

  it("keeps passages that merely share a few words", async () => {
    const dir = await notes({
      "a.md": "Под это минимальная единица в кубере.\n\nСервис это стабильный адрес для подов в кубере.\n",
    });
    expect((await loadKnowledge(dir)).passages).toHaveLength(1);
    const split = await notes({
      "a.md":
        "## Под\n\nПод это минимальная единица в кубере.\n\n## Сервис\n\nСервис это стабильный адрес в кубере.\n",
    });
    expect((await loadKnowledge(split)).passages).toHaveLength(2);
  });
});

describe("loadKnowledge: bad folders and files", () => {
  it("throws KnowledgeError naming a missing folder", async () => {
    const missing = path.join(tmpdir(), "konspekt-no-such-folder-4242");
    const error = await loadKnowledge(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as Error).message).toContain(missing);
    expect((error as Error).message).toContain("KNOWLEDGE_DIR");
  });

  it("throws KnowledgeError when the path is a file", async () => {
    const dir = await notes({ "a.md": "Текст." });
    const file = path.join(dir, "a.md");
    await expect(loadKnowledge(file)).rejects.toThrow(KnowledgeError);
  });

  it("throws KnowledgeError naming a folder without notes", async () => {
    const dir = await notes({ "photo.png": "x", "empty.md": "\n\n", "glossary.yaml": "- [pod, под]\n" });
    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as Error).message).toContain(dir);
  });

  it("skips a file that is no text with a warning naming it, and loads the rest", async () => {
    const dir = await notes({
      "good.md": "Хорошая заметка.",
      "noise.md": Buffer.from([0x00, 0x01, 0xcf, 0x02, 0x03, 0xff, 0x00, 0x2e]),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.topics.map((t) => t.id)).toEqual(["good"]);
    expect(kb.warnings).toHaveLength(1);
    expect(kb.warnings[0]).toContain(path.join(dir, "noise.md"));
    expect(kb.warnings[0]).toMatch(/UTF-8/);
  });

  it("reads a Russian file saved as Windows-1251, KOI8-R or UTF-16, as older editors save them", async () => {
    const dir = await notes({
      "ansi.txt": encodeSingleByte(
        "Сервисы\n\nСервис даёт подам стабильный адрес внутри кластера.\n",
        "windows-1251",
      ),
      "koi.txt": encodeSingleByte("Поды\n\nПод - наименьшая единица развёртывания в кластере.\n", "koi8-r"),
      "unicode.txt": Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from("Ингресс\n\nИнгресс ведёт запросы снаружи к сервисам по правилам.\n", "utf16le"),
      ]),
    });
    const kb = await loadKnowledge(dir);
    expect(kb.warnings).toEqual([]);
    expect(kb.passages.map((p) => p.text)).toEqual([
      "Сервис даёт подам стабильный адрес внутри кластера.",
      "Под - наименьшая единица развёртывания в кластере.",
      "Ингресс ведёт запросы снаружи к сервисам по правилам.",
    ]);
  });

  it("strips a UTF-8 byte order mark", async () => {
    const dir = await notes({ "bom.md": "\uFEFF---\ntitle: С меткой\n---\nТекст.\n" });
    const kb = await loadKnowledge(dir);
    expect(kb.topics[0]?.title).toBe("С меткой");
    expect(kb.passages[0]?.text).toBe("Текст.");
  });
});

describe("loadKnowledge: glossary", () => {
  it("reads glossary.yaml as groups, dropping single-word groups", async () => {
    const dir = await notes({
      "a.md": "Текст.",
      "glossary.yaml": "- [pod, под, поды]\n- [single]\n- [ingress, ингресс]\n",
    });
    expect((await loadKnowledge(dir)).glossary).toEqual([
      ["pod", "под", "поды"],
      ["ingress", "ингресс"],
    ]);
  });

  it("warns about a glossary that is not a list, naming it, and loads the notes", async () => {
    const dir = await notes({ "a.md": "Текст.", "glossary.yaml": "pod: под\n" });
    const kb = await loadKnowledge(dir);
    expect(kb.glossary).toEqual([]);
    expect(kb.passages).toHaveLength(1);
    expect(kb.warnings[0]).toContain(path.join(dir, "glossary.yaml"));
  });
});

describe("loadKnowledge: the bundled notes", () => {
  it("marks passages that only link to other notes: a map of content, «Связано: [[…]]» lines", async () => {
    const dir = await notes({
      "MOC.md":
        "# Terraform\n\nКонспект по терраформу для работы.\n\n- [[drift]] — когда реальность разошлась\n- [[outputs]] — что отдаём наружу\n",
      "drift.md":
        "Дрифт — когда реальная инфраструктура разошлась со стейтом и кодом: кто-то поменял её руками.\n\nСвязано: [[outputs]], [[MOC]]\n",
      "outputs.md":
        "# Outputs\n\n## Что это\n\nOutput — значение, которое модуль отдаёт наружу после apply.\n\n## Ссылки\n\nСм. также: [[drift]]\n",
    });
    const kb = await loadKnowledge(dir);
    const navigation = (start: string) =>
      kb.passages.find((p) => p.text.startsWith(start))?.navigation ?? false;
    // A map of content under an introduction is a passage of its own.
    expect(navigation("- drift — когда")).toBe(true);
    expect(navigation("Конспект по терраформу")).toBe(false);
    expect(navigation("Связано: outputs")).toBe(true);
    expect(navigation("См. также: drift")).toBe(true);
    expect(navigation("Дрифт — когда")).toBe(false);
    expect(navigation("Output — значение")).toBe(false);
    // A map with an introduction is a topic to read; one of links alone (Notion's «Untitled» over its subpages) is
    // searched, but no topic /topics lists.
    expect(kb.topics.map((t) => t.id).sort()).toEqual(["MOC", "drift", "outputs"]);
    const index = await notes({
      "Untitled.md": "# Untitled\n\n[Drift](Untitled/Drift.md)\n\n[Outputs](Untitled/Outputs.md)\n",
      "Untitled/Drift.md": "# Drift\n\nДрифт — когда реальная инфраструктура разошлась со стейтом.\n",
    });
    const pages = await loadKnowledge(index);
    expect(pages.topics.map((t) => t.title)).toEqual(["Drift"]);
    expect(pages.passages.some((p) => p.navigation && p.topicId === "Untitled")).toBe(true);
  });

  it("loads knowledge/ without warnings and with unique passage ids", async () => {
    const kb = await loadKnowledge(path.join(import.meta.dirname, "../../knowledge"));
    expect(kb.warnings).toEqual([]);
    expect(kb.topics.length).toBeGreaterThanOrEqual(5);
    expect(new Set(kb.passages.map((p) => p.id)).size).toBe(kb.passages.length);
    expect(kb.glossary.length).toBeGreaterThan(10);
    for (const topic of kb.topics) expect(topic.aliases.length, topic.id).toBeGreaterThan(0);
  });
});
