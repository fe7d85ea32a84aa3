import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanLines,
  isGarbageLine,
  joinHyphenated,
  vocabularyOf,
  wrapWidth,
} from "../../src/knowledge/clean.ts";

describe("isGarbageLine", () => {
  it("drops lost script, page numbers and chat residue", () => {
    for (const line of [
      "???? ? ??????",
      "??????????? ?????????? ??",
      "\uFFFD\uFFFD\uFFFD",
      "12",
      "- 7 -",
      "стр. 3",
      "Page 2 of 9",
      "3 / 10",
      "Слайд 12",
      "Slide 3",
      "[12.03.2024 14:22] Андрей:",
      "12.03.2024, 14:22 - Андрей:",
      "Андрей, [12.03.2024 14:22]",
      "Вы, [19.02.2024 21:40]:",
      "Denis, [3/11/2025 8:02 PM]",
      "[В ответ Андрей]",
      "[Переслано от Backend Club]",
      "Forwarded from Habr",
      "Марина К. — 14.03.2024 21:33",
      "Денис | CKA 2023 — Вчера, в 18:05",
      "kubeboy — Today at 9:41 PM",
      "[21:36]",
      "🔥 7",
      "👍 4 😂 2",
      "Задать вопрос",
      "Вопрос задан 3 года назад · Изменён 1 год назад · Просмотрен 12k раз",
      "▲",
      "Поделиться Улучшить ответ Отслеживать",
      "ответ дан 12 мар 2021 в 9:41",
      "Иван Петров 4 512 ● 11 ● 33",
      "Евгений Б. 45.3k ● 6 ● 48 ● 102",
      "Добавить комментарий",
      "Подписаться 3 Средний 2 комментария",
      "Решения вопроса 1",
      "задан 12 мар 2021 в 9:14",
      "Алексей (ментор)  02:15",
      "Speaker 1  0:00",
      "Дима  1:03:44",
      "👁 12.4K  изменено  14:32",
      "1.2K views  09:15",
      "3.1K просмотров  18:47",
      "Комментарии 18",
      "Comments 41",
      "12 марта",
      "March 3",
      "2.1 Декларативный пайплайн ........ 3",
      "Введение . . . . . . 1",
      "2.\tkube-proxy\t4",
      "1.3\tCNI\t12",
      "ChatGPT",
      "You said:",
    ])
      expect(isGarbageLine(line), line).toBe(true);
  });

  it("keeps text, questions and short words", () => {
    for (const line of [
      "Что такое под?",
      "Ingress",
      "nginx",
      "2. NodePort:",
      "...",
      "IP-адрес",
      "Service (?)",
      "v1",
      // A table's row saved as text, its last cell a number, is no table of contents' line.
      "VXLAN\t50 байт\t1450",
      "задан параметр replicas: 3",
      "Встреча в 10:30",
      "12 марта сдача курсовой",
      "3 replicas",
      "Длительность: 47:52",
      "Ответ дан в конце лекции",
    ])
      expect(isGarbageLine(line), line).toBe(false);
  });
});

describe("cleanLines: footnotes", () => {
  it("drops a footnote's mark from the word it is on and from the note itself, and keeps the note", () => {
    expect(cleanLines("Сборки выполняет агент¹ — отдельная машина.\n¹ Раньше назывался slave.")).toEqual([
      "Сборки выполняет агент — отдельная машина.",
      "Раньше назывался slave.",
    ]);
  });
});

describe("cleanLines: a Google Doc's comments", () => {
  it("puts each comment listed after the text back after the word it was made on", () => {
    const source =
      "Эффект запускается после отрисовки[a].\r\nКлюч должен быть стабильным[b]\r\n\r\n[a]Мое: проверить\r\n[b]баг в туду листе!!\r\n";
    expect(cleanLines(source).filter(Boolean)).toEqual([
      "Эффект запускается после отрисовки (Мое: проверить).",
      "Ключ должен быть стабильным (баг в туду листе!!)",
    ]);
  });

  it("leaves text alone unless every comment listed is marked exactly once («arr[i]» is no mark)", () => {
    const twice = "items[a] и ещё раз items[a]\n\n[a]заметка";
    expect(cleanLines(twice).filter(Boolean)).toEqual(["items[a] и ещё раз items[a]", "[a]заметка"]);
    const unmarked = "Просто текст.\n\n[a]заметка без метки";
    expect(cleanLines(unmarked).filter(Boolean)).toEqual(["Просто текст.", "[a]заметка без метки"]);
  });

  it("puts its footnotes, listed before the comments, back where they are referred to", () => {
    const source = [
      "сами объекты (даже если new внутри метода[1])",
      "все его классы висят в Metaspace[2], рестарт[a] помогает",
      "",
      "[1] если JIT через escape analysis не уберёт аллокацию",
      "[2] https://plumbr.io/outofmemoryerror/metaspace",
      "[a]Андрей: только до следующего редеплоя",
    ].join("\n");
    expect(cleanLines(source).filter(Boolean)).toEqual([
      "сами объекты (даже если new внутри метода (если JIT через escape analysis не уберёт аллокацию))",
      "все его классы висят в Metaspace (https://plumbr.io/outofmemoryerror/metaspace), рестарт (Андрей: только до следующего редеплоя) помогает",
    ]);
    // «args[1]» twice is code, not a footnote's mark: the list stays as written.
    const code = "args[1] и args[1]\n\n[1] первая сноска";
    expect(cleanLines(code).filter(Boolean)).toEqual(["args[1] и args[1]", "[1] первая сноска"]);
  });
});

describe("cleanLines", () => {
  it("blanks garbage in place, so paragraph breaks stay where they were", () => {
    expect(cleanLines("Абзац.\r\n???? ??\n\nChatGPT\nДальше.")).toEqual(["Абзац.", "", "", "", "Дальше."]);
  });

  it("reads a word processor's bullets («●», «○», «■» of a Google Doc saved as text) as a list's «•»", () => {
    expect(cleanLines("● emptyDir — пустая папка\n   ○ юзать для кэша\n■ hostPath\n●без пробела")).toEqual([
      "• emptyDir — пустая папка",
      "   • юзать для кэша",
      "• hostPath",
      "●без пробела",
    ]);
  });

  it("reads the bullets a PDF keeps of Word and PowerPoint (Symbol's «\uF0B7», Word's second-level «o») as «•»", () => {
    expect(
      cleanLines("\uF0B7 Два этапа:\no Filtering — отсеиваем ноды\n  \uF0A7 Scoring\no\nopen-source"),
    ).toEqual(["• Два этапа:", "• Filtering — отсеиваем ноды", "  • Scoring", "o", "open-source"]);
  });

  it("drops a chat assistant's offers and opening pleasantries, and keeps what the answer says", () => {
    const pasted = [
      "Отличный вопрос! 😊",
      "Конечно! **Pipelining** — клиент отправляет пачку команд сразу.",
      "Отличный вопрос, их часто путают! Sentinel следит за мастером.",
      "Если хотите, могу показать, как подключиться через redis-cli.",
      "Если нужно сохранить данные, включите AOF.",
      "Конечно, это не всё: есть ещё Streams.",
    ].join("\n");
    expect(cleanLines(pasted)).toEqual([
      "",
      "**Pipelining** — клиент отправляет пачку команд сразу.",
      "Sentinel следит за мастером.",
      "",
      "Если нужно сохранить данные, включите AOF.",
      "Конечно, это не всё: есть ещё Streams.",
    ]);
  });

  it("marks a line of lost script as a lost heading when asked, but not a running footer in lost script", () => {
    expect(cleanLines("Абзац.\n???? ??\nChatGPT\nДальше.", { lostHeading: "#" })).toEqual([
      "Абзац.",
      "#",
      "",
      "Дальше.",
    ]);
    // A heading that lost only its Russian words keeps the English name at its end; not words lost ones stood
    // between: «Подключение по SSH и forks» was no name «SSH forks».
    expect(
      cleanLines("Абзац.\n?????? ansible.cfg\n??????????? ?? SSH ? forks", { lostHeading: "#" }),
    ).toEqual(["Абзац.", "#ansible.cfg", "#"]);
    expect(cleanLines("?????? ansible.cfg")).toEqual(["ansible.cfg"]);
    expect(cleanLines("Вопрос?\nChatGPT сказал:\nОтвет.", { answer: ">" })).toEqual([
      "Вопрос?",
      ">",
      "Ответ.",
    ]);
    // On pages split by form feeds, and on pages of 20 lines with none.
    const page = (n: number) => `Строка про кластер ${n}.\n???????? ?? Linux — ???. ${n}`;
    expect(cleanLines([1, 2, 3, 4].map(page).join("\n\f"), { lostHeading: "#" })).not.toContain("#");
    const long = (n: number) => [
      ...Array.from({ length: 20 }, (_, i) => `Строка ${i}.`),
      `???? ?? Git — ???. ${n}`,
    ];
    expect(cleanLines([1, 2, 3].flatMap(long).join("\n"), { lostHeading: "#" })).not.toContain("#");
  });

  it("drops a block of a copied page's buttons that comes after every lesson («Отметить как пройденный»)", () => {
    const names = ["", "порядок запроса", "оконные функции", "рекурсия", "рамка окна"];
    const lesson = (n: number) => [
      `Урок ${n}. ${names[n]}`,
      ...Array.from({ length: 22 }, (_, i) => `Строка ${i} про ${names[n]}.`),
      "",
      "Отметить как пройденный",
      "← Предыдущий урок        Следующий урок →",
      "",
    ];
    const lines = cleanLines([1, 2, 3, 4].flatMap(lesson).join("\n"));
    expect(lines).not.toContain("Отметить как пройденный");
    expect(lines.some((l) => l.includes("Следующий урок"))).toBe(false);
    expect(lines).toContain("Урок 3. рекурсия");
    // A line repeated among text of its own stays: only a block of repeated lines is the page's.
    const remarks = [1, 2, 3, 4].flatMap((n) => [
      ...lesson(n).slice(0, 23),
      "",
      "Отметить как пройденный",
      `Мой вывод про ${names[n]}: важно`,
      "",
    ]);
    expect(cleanLines(remarks.join("\n"))).toContain("Отметить как пройденный");
  });

  it("drops running headers and footers of pages split by form feeds", () => {
    const bodies = [
      "",
      "Поды запускают контейнеры.",
      "Сервис даёт адрес.",
      "Ингресс проксирует.",
      "Теинт отталкивает поды.",
    ];
    const page = (n: number) => `Конспект по Kubernetes\n${bodies[n]}\nстраница ${n} из 4`;
    const lines = cleanLines([1, 2, 3, 4].map(page).join("\n\f"));
    expect(lines.filter((l) => l !== "")).toEqual([1, 2, 3, 4].map((n) => bodies[n]));
  });

  it("drops a scanned book's running header that OCR read a little differently on each page", () => {
    const headers = [
      "Безопасность K8s — конспект, лекция 5",
      "Безопасность K8s — коиспект, лекция 5",
      "Безопасность К8s — конспект, лекция 5 |",
      "Безопасность K8s — конспект, лекция 5",
    ];
    // Lines told apart by letters, not numbers (a running header's key folds numbers).
    const body = (n: number) =>
      Array.from(
        { length: 16 },
        (_, k) => `Строка «${"абвгдежзиклмнопр"[k]}${"стуф"[n]}» про admission и вебхуки.`,
      );
    const pages = headers.map((header, n) => [header, "", ...body(n), "", `— ${n + 1} —`].join("\n"));
    // Atop the text, a title the header repeats is shorter than it, and stays.
    const lines = cleanLines(["БЕЗОПАСНОСТЬ K8S", "", pages.join("\n\f")].join("\n"));
    expect(lines.filter((l) => /Безопасность/iu.test(l))).toEqual(["БЕЗОПАСНОСТЬ K8S"]);
    expect(lines.filter((l) => l.startsWith("Строка")).length).toBe(64);
    // Without page breaks, right after each page number, it goes as well.
    const unbroken = cleanLines(pages.join("\n"));
    expect(unbroken.filter((l) => /Безопасность/iu.test(l))).toEqual([]);
  });

  it("drops a running header of two lines, but keeps a second line that changes from page to page", () => {
    const bodies = [
      [],
      ["Поды запускают контейнеры.", "Их планирует шедулер."],
      ["Сервис даёт адрес.", "Он балансирует трафик."],
      ["Ингресс проксирует.", "Нужен контроллер."],
      ["Теинт отталкивает.", "Толерейшн разрешает."],
    ];
    const page = (n: number, second: string) =>
      [`\fКомпьютерные сети · осень 2024`, second, "", ...(bodies[n] ?? []), "", String(n)].join("\n");
    const twoLines = [1, 2, 3, 4].map((n) => page(n, "Лекции 6–7. Транспортный уровень и HTTP")).join("\n");
    expect(cleanLines(twoLines).filter((l) => l !== "")).toEqual(bodies.flat());
    // «Лекция 2», «Лекция 3» under the course's name say where a lecture starts: they stay.
    const lectures = [1, 2, 3, 4].map((n) => page(n, `Лекция ${Math.ceil(n / 2)}`)).join("\n");
    expect(cleanLines(lectures).filter((l) => l.startsWith("Лекция"))).toHaveLength(4);
  });

  it("drops a book's headers that carry the page's number, the chapter's on one page and the section's on the next", () => {
    const pages = [
      ["Глава 2", "2.1. Клеточная мембрана", "Мембрана отделяет цитоплазму."],
      ["28 Глава 2. Строение и функции клетки", "Транспорт бывает пассивный и активный."],
      ["2.2. Органоиды клетки 29", "Ядро хранит ДНК."],
      ["30 Глава 2. Строение и функции клетки", "Рибосомы собирают белок."],
      ["2.5. Репликация ДНК 31", "2.5. Репликация ДНК", "Репликация удваивает ДНК."],
    ];
    const lines = cleanLines(pages.map((page) => page.join("\n")).join("\n\f"));
    expect(lines.filter((l) => l !== "")).toEqual([
      "Глава 2",
      "2.1. Клеточная мембрана",
      "Мембрана отделяет цитоплазму.",
      "Транспорт бывает пассивный и активный.",
      "Ядро хранит ДНК.",
      "Рибосомы собирают белок.",
      "2.5. Репликация ДНК",
      "Репликация удваивает ДНК.",
    ]);
    // Numbers that do not follow the pages' order are the text's: «5 Мб хватает», «12 подов».
    const text = ["5 Мб хватает на всё.", "12 подов на ноде.", "3 реплики по умолчанию."].join("\n\f");
    expect(cleanLines(text).filter((l) => l !== "")).toHaveLength(3);
  });

  it("drops a footer whose page number changes, wherever it stands, and a header on both of two pages", () => {
    const page = (n: number) => Array.from({ length: 15 }, (_, i) => `Строка ${i} страницы ${n}.`);
    const source = [
      "Конспект по Git",
      ...page(1),
      "Конспект по Git        3",
      ...page(2),
      "Конспект по Git        4",
      "\fКонспект по Git",
      ...page(3),
      "Конспект по Git        5",
    ].join("\n");
    expect(cleanLines(source).filter((l) => l !== "")).toEqual([...page(1), ...page(2), ...page(3)]);
    const examples = [1, 2, 3].flatMap((n) => [`Пример ${n}`, ...page(n)]).join("\n");
    expect(cleanLines(examples).filter((l) => l.startsWith("Пример"))).toHaveLength(3);
    // The page number last, after another number that stays: «модуль 3   стр. 7».
    const module = [1, 2, 3].flatMap((n) => [`Безопасность Kubernetes — модуль 3   стр. ${n}`, ...page(n)]);
    expect(cleanLines(module.join("\n")).filter((l) => l !== "")).toEqual([
      ...page(1),
      ...page(2),
      ...page(3),
    ]);
    // Slides' pages are short: a page break between copies sets them a page apart, though the author typed
    // notes under the footer of some.
    const slide = (n: number) => [`\fСлайд ${n}`, `• пункт ${n} про ConfigMap`, ""];
    const slides = [1, 2, 3, 4].flatMap((n) => [
      ...slide(n),
      `  Kubernetes для разработчиков | Модуль 4 | ${n}`,
      ...(n % 2 === 0 ? ["", `Заметки: про слайд ${n}.`] : []),
    ]);
    expect(cleanLines(slides.join("\n")).some((l) => l.includes("Модуль 4"))).toBe(false);
  });

  it("drops a footer right before each page number of a slide deck, and keeps a line said before one number", () => {
    const slide = (n: number) => [
      `ТЕМА ${n}`,
      ...Array.from({ length: 8 }, (_, i) => `• пункт ${n}.${i} про RBAC`),
      "© DevOps-школа, поток 12",
      `${n}`,
      "",
    ];
    const deck = [1, 2, 3, 4].flatMap(slide).join("\n");
    expect(cleanLines(deck).some((l) => l.startsWith("©"))).toBe(false);
    expect(cleanLines(deck).filter((l) => l.startsWith("• пункт"))).toHaveLength(32);
    expect(cleanLines(slide(1).join("\n")).some((l) => l.startsWith("©"))).toBe(true);
  });

  it("drops a header repeated alone far apart without page breaks, and keeps a lead-in repeated close by", () => {
    const body = (n: number) =>
      Array.from({ length: 25 }, (_, i) => `Строка ${n}.${i} про кластер.`).join("\n");
    const header = [1, 2, 3, 4].map((n) => `\nМои заметки — ${n}\n\n${body(n)}`).join("\n");
    expect(cleanLines(header).some((l) => l.startsWith("Мои заметки"))).toBe(false);
    const close = Array.from({ length: 4 }, () => "\nПример:\n\nkubectl get pods").join("\n");
    expect(cleanLines(close).filter((l) => l === "Пример:")).toHaveLength(4);
  });

  it("drops a footer that closes every slide, and keeps a remark repeated at the end of fewer", () => {
    const slide = (n: number) =>
      `Слайд ${n}\nТема ${n}\n• пункт ${n}.1 про индексы\n• пункт ${n}.2 про индексы\nMySQL для разработчиков · Модуль 3\n`;
    const deck = [1, 2, 3, 4, 5].map(slide).join("\n");
    const cleaned = cleanLines(deck);
    expect(cleaned.some((l) => l.startsWith("MySQL для разработчиков"))).toBe(false);
    expect(cleaned.some((l) => l.startsWith("Слайд"))).toBe(false);
    expect(cleaned.filter((l) => l.startsWith("• пункт"))).toHaveLength(10);
    const remark = [1, 2, 3].map((n) => `Тема ${n}\n• пункт ${n}\n• ещё пункт\nмое: проверить\n`).join("\n");
    expect(cleanLines(remark).filter((l) => l === "мое: проверить")).toHaveLength(3);
  });

  it("drops a header right after each page number, and keeps the cells of a flattened table", () => {
    const body = (n: number) =>
      Array.from({ length: 22 }, (_, i) => `Строка ${n}.${i} про сеть и порты, достаточно длинная.`).join(
        "\n",
      );
    const text = [1, 2, 3].map((n) => `${n}\n\nСети: конспект для бэкенда\n${body(n)}\n`).join("\n");
    expect(cleanLines(text).some((l) => l.startsWith("Сети: конспект"))).toBe(false);
    // Said once, or not after page numbers, such a line is text.
    expect(cleanLines(`Сети: конспект для бэкенда\n${body(1)}`)[0]).toBe("Сети: конспект для бэкенда");
    const table = "Частые порты:\nПорт\nСервис\n22\nSSH\n443\nHTTPS\n\n7\n\nДальше текст.";
    expect(cleanLines(table).filter((l) => /^\d+$/.test(l))).toEqual(["22", "443"]);
  });

  it("never adds a line of its own and keeps every non-garbage line, trimmed at the end (a bullet read as «•»)", () => {
    const line = fc.oneof(fc.string(), fc.constantFrom("????", "12", "ChatGPT", "Текст  ", "  - key: v"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const source = lines.join("\n");
        const out = cleanLines(source);
        expect(out).toHaveLength(source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length);
        // A word processor's bullet («●», U+F0B7, Word's «o») is a list's «•»: the rest of the line is the source's.
        for (const l of out) if (l !== "") expect(source).toContain(l.replace(/^(\s*)•/u, ""));
      }),
    );
  });
});

describe("joinHyphenated", () => {
  const none = new Set<string>();

  it("undoes hyphenation of plain Cyrillic words", () => {
    expect(joinHyphenated("балансиров-", "щик нагрузки", none)).toBe("балансировщик нагрузки");
  });

  it("keeps real hyphens: Latin or digits on the left, particles, the words with a short prefix", () => {
    expect(joinHyphenated("в Kubernetes-", "кластерах.", none)).toBe("в Kubernetes-кластерах.");
    expect(joinHyphenated("настройки SSL-", "терминации", none)).toBe("настройки SSL-терминации");
    expect(joinHyphenated("кто-", "то пришёл", none)).toBe("кто-то пришёл");
    expect(joinHyphenated("по-", "русски", none)).toBe("по-русски");
    expect(joinHyphenated("по-", "новому", none)).toBe("по-новому");
    expect(joinHyphenated("во-", "первых,", none)).toBe("во-первых,");
    expect(joinHyphenated("из-", "за этого", none)).toBe("из-за этого");
  });

  it("joins a word the line's end broke after one or two letters: «об-» / «служивает»", () => {
    expect(joinHyphenated("балансировщик об-", "служивает много сервисов", none)).toBe(
      "балансировщик обслуживает много сервисов",
    );
    expect(joinHyphenated("в по-", "рядке очереди", none)).toBe("в порядке очереди");
    expect(joinHyphenated("Пе-", "ресозданный под", none)).toBe("Пересозданный под");
  });

  it("follows how the text itself writes the word", () => {
    expect(joinHyphenated("северо-", "запад", vocabularyOf("на северо-запад"))).toBe("северо-запад");
    expect(joinHyphenated("Ingress-", "controller", vocabularyOf("an ingresscontroller"))).toBe(
      "Ingresscontroller",
    );
  });
});

describe("wrapWidth", () => {
  it("finds the width of wrapped text", () => {
    const words =
      "Сервисы в Kubernetes это абстракция которая позволяет управлять доступом к набору подов".split(" ");
    const lines: string[] = [];
    let line = "";
    for (let i = 0; i < 200; i++) {
      const w = words[i % words.length] as string;
      if (line.length + w.length + 1 > 60) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    const width = wrapWidth(lines);
    expect(width).toBeGreaterThan(50);
    expect(width).toBeLessThanOrEqual(60);
  });

  it("says text is not wrapped when lines are whole paragraphs or too few", () => {
    expect(wrapWidth(["Короткая строка.", "Ещё одна."])).toBeUndefined();
    const paragraphs = Array.from({ length: 20 }, (_, i) => "слово ".repeat(20 + ((i * 37) % 90)));
    expect(wrapWidth(paragraphs)).toBeUndefined();
  });
});

describe("a chat copied from Discord", () => {
  it("keeps a conversation's messages together, without who wrote them when, and starts a new one after a pause", () => {
    const chat = [
      "lena_ops — 22.03.2024 19:30",
      "чем cordon от drain отличается, вечно путаю",
      "kubeboy — 22.03.2024 19:33",
      "cordon — нода помечается unschedulable, новые поды туда не едут (изменено)",
      "[19:34]",
      "drain — cordon плюс выселение подов",
      "👍 3",
      "lena_ops — 22.03.2024 21:10",
      "а что такое PDB",
    ];
    expect(cleanLines(chat.join("\n"))).toEqual([
      "",
      "---",
      "",
      "чем cordon от drain отличается, вечно путаю",
      "cordon — нода помечается unschedulable, новые поды туда не едут",
      "drain — cordon плюс выселение подов",
      "",
      "",
      "---",
      "",
      "а что такое PDB",
    ]);
  });
});

describe("a channel copied from Slack", () => {
  it("keeps a conversation's messages together, without who wrote them when and what Slack shows around them", () => {
    const chat = [
      "Tuesday, March 12th",
      "Ирина Кузнецова  10:41 AM",
      "@Дима начинаем с SLO :wave:",
      "Screenshot 2024-03-12 at 10.41.png",
      "10:42",
      "SLO — цель для SLI за окно времени",
      "(edited)",
      ":+1:",
      "2",
      "Дима Соколов  10:46 AM",
      "а SLI это прям любая метрика?",
      "3 replies",
      "Last reply 2 days ago",
      "View thread",
      "Ирина Кузнецова  2:10 PM",
      "burn rate — с какой скоростью жрём бюджет",
      "Дима Соколов  2:12 PM",
      "понял",
      "Wednesday, March 13th",
      "Ирина Кузнецова  2:15 PM",
      "```",
      "10:42",
      "```",
    ];
    expect(cleanLines(chat.join("\n"))).toEqual([
      "",
      "---",
      "",
      "@Дима начинаем с SLO",
      "SLO — цель для SLI за окно времени",
      "а SLI это прям любая метрика?",
      "",
      "---",
      "",
      "burn rate — с какой скоростью жрём бюджет",
      "понял",
      "",
      "---",
      "",
      "```",
      "10:42",
      "```",
    ]);
  });

  it("is not what a Telegram channel's views under its posts look like", () => {
    const posts = Array.from({ length: 5 }, (_, i) => [
      `пост ${i} про замыкания`,
      `👁 25.${i}K  13:1${i}`,
    ]).flat();
    expect(cleanLines(posts.join("\n")).filter((l) => l.startsWith("пост"))).toHaveLength(5);
    expect(cleanLines(posts.join("\n"))).not.toContain("---");
  });
});

describe("a chat exported from WhatsApp", () => {
  it("keeps a conversation's messages together without who wrote them when, and drops the chat's own lines", () => {
    const chat = [
      '12.03.2024, 20:01 - Анна Смирнова создала группу "Фарма экзамен 💊"',
      "13.03.2024, 19:40 - Вика Белова: макролиды бактерицидные?",
      "13.03.2024, 19:44 - Марина Ким: не, макролиды бактериостатики,",
      "как и тетрациклины",
      "13.03.2024, 19:45 - Олег Тарасов: <Без медиафайлов>",
      "13.03.2024, 19:46 - Олег Тарасов: Это сообщение удалено",
      "[14.03.24, 18:20:05] Катя Орлова: цефтриаксон — III поколение",
      "[14.03.24, 18:21:10] Вика Белова: 😱",
    ];
    expect(cleanLines(chat.join("\n")).filter((l) => l !== "")).toEqual([
      "---",
      "---",
      "макролиды бактерицидные?",
      "не, макролиды бактериостатики,",
      "как и тетрациклины",
      "---",
      "цефтриаксон — III поколение",
      "😱",
    ]);
    // A few dated lines are no export.
    expect(cleanLines("12.03.2024, 20:01 - Анна: привет\nпросто текст")).toEqual([
      "12.03.2024, 20:01 - Анна: привет",
      "просто текст",
    ]);
  });
});

describe("a chat copied by hand, each message on its header's line", () => {
  it("keeps a conversation's messages together without who wrote them when", () => {
    const chat = [
      "[13.03.24 19:02] Ментор: Привет) Сегодня сетевые политики.",
      "[13.03.24 19:05] Я: а кто ее применяет? апи сервер?",
      "[13.03.24 19:06] Ментор: нет, apiserver просто хранит объект. Применяет CNI плагин",
      "[13.03.24 19:13] Я: а если на один под две политики?",
      "[13.03.24 19:13] Ментор: пройдет и то и то",
      "[14.03.24 20:01] Ментор: Сегодня egress.",
    ];
    expect(cleanLines(chat.join("\n")).filter((l) => l !== "")).toEqual([
      "---",
      "Привет) Сегодня сетевые политики.",
      "а кто ее применяет? апи сервер?",
      "нет, apiserver просто хранит объект. Применяет CNI плагин",
      "а если на один под две политики?",
      "пройдет и то и то",
      "---",
      "Сегодня egress.",
    ]);
  });
});

describe("a page of a Q&A site copied from the browser", () => {
  it("heads the page by its question, and drops the buttons, votes, dates and who commented when", () => {
    const page = [
      "Почему ALTER TABLE ADD COLUMN повесил всю базу?",
      "Подписаться 3 Средний 2 комментария",
      "Миграция сама мгновенная, но пару минут стояли все запросы к orders.",
      "а lock_timeout стоял? – n.zaytsev 22 сен 2022 в 9:02",
    ];
    expect(cleanLines(page.join("\n"), { lostHeading: "#" })).toEqual([
      "#Почему ALTER TABLE ADD COLUMN повесил всю базу?",
      "",
      "Миграция сама мгновенная, но пару минут стояли все запросы к orders.",
      "а lock_timeout стоял?",
    ]);
  });
});

describe("an online course's pages copied with their steps", () => {
  it("heads each step by its breadcrumbs' last part and drops the page's buttons, quizzes and counters", () => {
    const page = [
      "Поколение Python: курс для начинающих › 9. Строки › 9.2 Срезы",
      "Шаг 4 из 12",
      "Срез s[a:b] берёт символы с a по b, не включая b.",
      "Выберите все подходящие ответы из списка",
      "Правильно.",
      "Верно решили 12 345 учащихся",
      "Из всех попыток 67% верных",
      "Следующий шаг",
      "Поколение Python: курс для начинающих › 9. Строки › 9.3 Методы строк",
      "Шаг 1 из 10",
      "Комментарии",
    ];
    expect(cleanLines(page.join("\n")).filter((l) => l !== "")).toEqual([
      "## 9.2 Срезы",
      "Срез s[a:b] берёт символы с a по b, не включая b.",
      "## 9.3 Методы строк",
    ]);
    // Without a course's steps, «Комментарии» and «Решения» are the notes' own words.
    expect(cleanLines("Решения\nуравнение имеет два корня")).toEqual([
      "Решения",
      "уравнение имеет два корня",
    ]);
  });
});
