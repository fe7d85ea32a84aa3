import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import {
  boldHeading,
  cornellTablesAsSections,
  linksOnly,
  plainHeading,
  plainMarkup,
} from "../../src/knowledge/markup.ts";
import { tableLines } from "../../src/table.ts";

describe("plainMarkup: HTML tables", () => {
  it("turns an HTML table an export left into a Markdown table, its first row the header", () => {
    const html = [
      "<table>",
      "<tr><td></td><td>предсказано 0</td><td>предсказано 1</td></tr>",
      "<tr><td>на самом деле 0</td><td>TN</td><td><b>FP</b> (ложная тревога)</td></tr>",
      "</table>",
    ].join("\n");
    expect(plainMarkup(html)).toBe(
      [
        "|  | предсказано 0 | предсказано 1 |",
        "| --- | --- | --- |",
        "| на самом деле 0 | TN | FP (ложная тревога) |",
      ].join("\n"),
    );
  });
});

describe("plainMarkup", () => {
  it("turns a wiki link into its label, or its page and section", () => {
    expect(plainMarkup("Запускают [[Контейнер|контейнеры]] из [[Образ]].")).toBe(
      "Запускают контейнеры из Образ.",
    );
    expect(plainMarkup("См. [[Сеть#Поды в сети]] и [[Сеть^a1b2]].")).toBe("См. Сеть › Поды в сети и Сеть.");
  });

  it("turns a link by reference into its text, not an index after a name", () => {
    expect(plainMarkup("Проверено по [RAE][rae-agua] и [Kwiziq][].")).toBe("Проверено по RAE и Kwiziq.");
    expect(plainMarkup("Цепочка `df[a][b] = 1` и m[0][1].")).toBe("Цепочка `df[a][b] = 1` и m[0][1].");
  });

  it("drops embeds and comments, keeps highlights' text, and keeps tags: they are words of the notes", () => {
    expect(
      plainMarkup(
        "Схема:\n![[diagram.png]]\n![схема](img/net.png)\nИтог %%черновик%% ==важный== #docker #k8s/net",
      ),
    ).toBe("Схема:\n\nИтог  важный #docker #k8s/net");
    expect(plainMarkup("%%\nскрыто\n%%\nВидно")).toBe("Видно");
  });

  it("keeps a pipe escaped inside a table's cell, and drops the escapes of prose", () => {
    const table =
      "| | L1 | L2 |\n|---|---|---|\n| штраф | $\\lambda\\sum\\|w_j\\|$ | $\\lambda\\sum w_j^2$ |";
    expect(plainMarkup(`${table}\n\nВес \\*не\\* ноль, а \\|w\\| мал.`)).toBe(
      `${table}\n\nВес *не* ноль, а |w| мал.`,
    );
    expect(tableLines(plainMarkup(table).split("\n"))).toEqual([
      "штраф — L1: $\\lambda\\sum|w_j|$; L2: $\\lambda\\sum w_j^2$",
    ]);
  });

  it("drops a line that asks the editor for a table of contents: [TOC], [[_TOC_]], {:toc}", () => {
    expect(plainMarkup("[TOC]\n\nмое: orm-ка удобная")).toBe("мое: orm-ка удобная");
    expect(plainMarkup("Конспект.\n[[_TOC_]]\n* {:toc}\nДальше.")).toBe("Конспект.\n\nДальше.");
    // Words of a sentence stay.
    expect(plainMarkup("Оглавление [TOC] вставляет Typora.")).toBe("Оглавление [TOC] вставляет Typora.");
  });

  it("keeps a link's text, and its address when it is a web address", () => {
    expect(plainMarkup("[Документация](https://kubernetes.io/docs) и [заметка](notes/pods.md)")).toBe(
      "Документация (https://kubernetes.io/docs) и заметка",
    );
  });

  it("turns a callout into its title in bold and its text; a quote into its text; a task into an item", () => {
    expect(plainMarkup("> [!note] Важно\n> Контейнер живёт, пока жив процесс.")).toBe(
      "**Важно:**\nКонтейнер живёт, пока жив процесс.",
    );
    expect(plainMarkup("> [!tip]\n> Совет.")).toBe("Совет.");
    expect(plainMarkup("- [ ] прочитать\n- [x] сделать")).toBe("- прочитать\n- сделать");
    // HackMD's containers and Pandoc's fenced divs: the fences go, a title stays as a callout's does.
    expect(plainMarkup(":::spoiler Ответ\nпотому что MVCC\n:::")).toBe("**Ответ:**\nпотому что MVCC");
    expect(plainMarkup(":::warning\nне на проде\n:::").trim()).toBe("не на проде");
    expect(plainMarkup("::: {.callout}\n**Грабли:** enforce\n:::").trim()).toBe("**Грабли:** enforce");
  });

  it("reads the HTML an export leaves as the text it shows, except inside inline code", () => {
    expect(plainMarkup("Pod&nbsp;— минимальная единица.<br>Ещё&#32;строка &amp; &laquo;кавычки&raquo;")).toBe(
      "Pod — минимальная единица. Ещё строка & «кавычки»",
    );
    expect(plainMarkup("Сравнение: `a &lt; b` и a &lt; b, &unknown; и &#0; как есть")).toBe(
      "Сравнение: `a &lt; b` и a < b, &unknown; и &#0; как есть",
    );
  });

  it("drops what a PDF-to-Markdown converter leaves around the text: anchors, spans, footnote marks, comments", () => {
    expect(
      plainMarkup(
        '<span id="page-2-0"></span>Сервис — абстракция.<sup>1</sup> <!-- image -->Дальше <span class="x">текст</span>.',
      ),
    ).toBe("Сервис — абстракция. Дальше текст.");
    // Tags written as words of the notes stay: «<div> — блочный элемент», and any in code.
    expect(plainMarkup('<div> — блочный элемент, `<span id="x"></span>` в коде')).toBe(
      '<div> — блочный элемент, `<span id="x"></span>` в коде',
    );
    expect(plainHeading('<span id="page-1-0"></span>**3.1 Типы сервисов**')).toBe("3.1 Типы сервисов");
    expect(plainHeading("**kwargs и *args")).toBe("**kwargs и *args");
  });

  it("drops where a highlight stands in the book, as Readwise exports it", () => {
    expect(plainMarkup("- Модуль должен отвечать за одного актора. (Location 1340)")).toBe(
      "- Модуль должен отвечать за одного актора.",
    );
    expect(
      plainMarkup(
        "- Горячая точка (hot spot). ([Location 6105](https://readwise.io/to_kindle?action=open&loc=6105))",
      ),
    ).toBe("- Горячая точка (hot spot).");
    expect(plainMarkup("порт (location header) и (место 5 в очереди)")).toBe(
      "порт (location header) и (место 5 в очереди)",
    );
  });

  it("drops the emoji a heading opens with, and keeps the ones inside it", () => {
    expect(plainHeading("⚙️ Что такое kube-proxy")).toBe("Что такое kube-proxy");
    expect(plainHeading("🔹 2. NodePort")).toBe("2. NodePort");
    expect(plainHeading("1️⃣ Установка")).toBe("Установка");
    expect(plainHeading("👩‍💻 ✅ Итог")).toBe("Итог");
    expect(plainHeading("Итог ✅")).toBe("Итог ✅");
    expect(plainHeading("2024 итоги")).toBe("2024 итоги");
  });

  it("reads a README's HTML as the text it shows: a toggle's «Ответ» and layout tags go, styled text stays", () => {
    expect(
      plainMarkup("<details>\n<summary>Ответ</summary>\n\ninode — метаданные файла.\n</details>").trim(),
    ).toBe("inode — метаданные файла.");
    expect(
      plainMarkup("Прервать: <kbd>Ctrl</kbd>+<kbd>C</kbd>, закрыл <b>первым</b>, <code>ls -la</code>"),
    ).toBe("Прервать: Ctrl+C, закрыл первым, `ls -la`");
    expect(
      plainMarkup(
        '<p align="center">\n  <b>linux-interview-ru</b>\n  <img src="badge.svg" alt="stars">\n</p>',
      ).trim(),
    ).toBe("linux-interview-ru");
    // A toggle that says what it hides keeps its title.
    expect(plainMarkup("<summary>Пример конфига</summary>")).toBe("Пример конфига");
    // Tags written as words of web notes stay: «<p> — абзац» names the tag.
    expect(plainMarkup("<p> — абзац, </p> закрывает его")).toBe("<p> — абзац, </p> закрывает его");
  });

  it("leaves plain Markdown alone: headings' text, C#, numbers, code spans", () => {
    const plain = "Пишем на C# и `kubectl get pods`, **жирный** текст, пункт #1.";
    expect(plainMarkup(plain)).toBe(plain);
  });
});

describe("boldHeading", () => {
  it("takes a line that is bold and nothing else as a heading", () => {
    expect(boldHeading("**Сборка образа**")).toBe("Сборка образа");
    expect(boldHeading("__Тома:__")).toBe("Тома");
    expect(boldHeading("**Тома**:")).toBe("Тома");
    // As Word's text converted to Markdown escapes it.
    expect(boldHeading("**4\\. Фишинг и социальная инженерия**")).toBe("4. Фишинг и социальная инженерия");
    expect(boldHeading("**Правило 3\\-2\\-1**")).toBe("Правило 3-2-1");
    // A remark in brackets after it is part of the heading.
    expect(boldHeading("**RF vs бустинг** (итог от препода)")).toBe("RF vs бустинг (итог от препода)");
    expect(boldHeading("**artifacts vs cache** (путаю!):")).toBe("artifacts vs cache (путаю!)");
  });

  it("keeps a heading whose words hold the other delimiter's character («proxy_pass», «**kwargs»)", () => {
    expect(boldHeading("**proxy_pass и слэш в конце**")).toBe("proxy_pass и слэш в конце");
    expect(boldHeading("__max-age и no*cache__")).toBe("max-age и no*cache");
    expect(boldHeading("**один** и **два**")).toBeUndefined();
  });

  it("does not take bold inside a sentence, or a long bold line", () => {
    expect(boldHeading("**Важно:** контейнер живёт, пока жив процесс")).toBeUndefined();
    expect(boldHeading(`**${"очень длинная строка ".repeat(5)}**`)).toBeUndefined();
    expect(boldHeading("обычная строка")).toBeUndefined();
    expect(boldHeading("**Важно** (см. выше) контейнер живёт, пока жив процесс")).toBeUndefined();
  });
});

describe("linksOnly", () => {
  it("sees prose that only links to other notes: a «Связано:» line, a map of content with short glosses", () => {
    expect(linksOnly("Связано: [[drift]], [[terraform state|стейт]]")).toBe(true);
    expect(linksOnly("См. также: [[import]]")).toBe(true);
    expect(linksOnly("- [[outputs]] — что отдаём наружу\n- [[модули]] — переиспользование кода")).toBe(true);
    expect(linksOnly("1. [[plan и apply]]\n2. [[drift]]")).toBe(true);
    // …grouped under bullets of a few words.
    expect(
      linksOnly(
        "- основы\n  - [[эксчейнджи]] — direct, fanout\n  - [[очереди]]\n- типы очередей\n  - [[lazy queue]]",
      ),
    ).toBe(true);
    expect(
      linksOnly("- практика (Go)\n  - [[kubebuilder]], [[controller-runtime]]\n- [[daily]] — журнал"),
    ).toBe(true);
  });

  it("does not take prose that says something, even with links in it, for links only", () => {
    expect(linksOnly("Стейт хранится в [[remote backend]], а лок — в [[state lock]].")).toBe(false);
    expect(linksOnly("- [[outputs]] — что отдаём наружу\n- модуль отдаёт значения родителю")).toBe(false);
    expect(linksOnly("Связано: drift, import")).toBe(false);
    expect(linksOnly("- [[outputs]]\n- [[drift]]\n- модуль отдаёт значения родителю наружу")).toBe(false);
    expect(linksOnly("- основы\n  - [[эксчейнджи]]")).toBe(false);
    expect(linksOnly("")).toBe(false);
  });
});

describe("cornellTablesAsSections", () => {
  const CORNELL = [
    "| Вопросы / ключевые слова | Конспект |",
    "|---|---|",
    "| pull или push? | Pull: консюмер сам ходит к брокеру через `poll(Duration)` в цикле, читает в своем темпе. |",
    "| consumer group | Одинаковый `group.id` = одна группа, делят партиции между собой:<br>• одна партиция → ровно один консюмер в группе<br>• один консюмер может держать несколько партиций |",
    "| static membership | `group.instance.id` — постоянный id. Вернулся после рестарта быстрее session.timeout.ms → без ребаланса, те же партиции. |",
  ].join("\n");

  it("heads each note of a Cornell table by its cue, its line breaks and points kept", () => {
    const note = parseMarkdown(`## Часть 1\n\n${CORNELL}\n\n**Summary:** консюмеры тянут сами.`);
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual([
      "Часть 1 › pull или push?",
      "Часть 1 › consumer group",
      "Часть 1 › static membership",
      "Часть 1",
    ]);
    expect(note.blocks[1]?.text).toBe(
      "Одинаковый `group.id` = одна группа, делят партиции между собой:\n- одна партиция → ровно один консюмер в группе\n- один консюмер может держать несколько партиций",
    );
  });

  it("leaves a table of values, and one of more columns, a table", () => {
    const values = "| Флаг | Значение |\n|---|---|\n| acks | all |\n| retries | 3 |\n| linger.ms | 5 |";
    expect(cornellTablesAsSections(values)).toBe(values);
    const wide = CORNELL.replace("| Конспект |", "| Конспект | Ещё |").replace("|---|---|", "|---|---|---|");
    expect(cornellTablesAsSections(wide)).toBe(wide);
    // Nor a table in a code block.
    expect(cornellTablesAsSections(`\`\`\`\n${CORNELL}\n\`\`\``)).toBe(`\`\`\`\n${CORNELL}\n\`\`\``);
  });
});
