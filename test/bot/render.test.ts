import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  aliasesShown,
  type Block,
  escapeHtml,
  MESSAGE_LIMIT,
  markdownBlocks,
  paginate,
  renderAnswer,
  renderHelp,
  renderMore,
  renderNotThat,
  renderPassage,
  renderSection,
  renderStart,
  renderTopic,
  renderTopicList,
  sectionsCount,
  snippetBlocks,
  sourceLine,
} from "../../src/bot/render.ts";
import type { Answer } from "../../src/search/types.ts";
import { hit, passage, prose, topic } from "../helpers/fixtures.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../helpers/telegram-html.ts";

const text = (html: string) => checkTelegramHtml(html).text;

describe("escaping", () => {
  test("escapes <, > and & and nothing else", () => {
    expect(escapeHtml(`a <---- b && c > "d"`)).toBe(`a &lt;---- b &amp;&amp; c &gt; "d"`);
  });

  test("any text becomes valid Telegram HTML that reads back the same", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (raw) => {
        fc.pre(raw.trim().length > 0);
        const [html] = paginate([[{ text: raw, style: "bold" }]]);
        expect(checkTelegramHtml(html as string)).toEqual({ errors: [], text: raw });
      }),
    );
  });
});

describe("markdown of the notes", () => {
  test("fenced code becomes <pre> with its language, prose keeps inline code", () => {
    const blocks = markdownBlocks(
      "Посмотреть поды: `kubectl get po`\n\n```yaml\nkind: Pod\nspec: <x>\n```\n\nГотово.",
    );
    const [html] = paginate(blocks);
    expect(html).toBe(
      'Посмотреть поды: <code>kubectl get po</code>\n\n<pre><code class="language-yaml">kind: Pod\nspec: &lt;x&gt;</code></pre>\n\nГотово.',
    );
  });

  test("headings are bold, **bold** stays bold", () => {
    const [html] = paginate(markdownBlocks("## Теинты\n\nЭто **важно** & нужно"));
    expect(html).toBe("<b>Теинты</b>\n\nЭто <b>важно</b> &amp; нужно");
  });
});

describe("snippets", () => {
  test("matched words are bold, the rest escaped", () => {
    const [html] = paginate(snippetBlocks(prose("[[ClusterIP]] - айпишник <---- внутри & [[кластера]]")));
    expect(html).toBe("<b>ClusterIP</b> - айпишник &lt;---- внутри &amp; <b>кластера</b>");
  });

  test("code snippets are <pre> without marks or fences", () => {
    const snippet = {
      blocks: [
        {
          code: true,
          segments: [
            { text: "```bash\nkubectl ", mark: false },
            { text: "taint", mark: true },
            { text: " nodes a b=c:NoSchedule\n```", mark: false },
          ],
        },
      ],
      truncated: false,
    };
    const [html] = paginate(snippetBlocks(snippet));
    expect(html).toBe("<pre>kubectl taint nodes a b=c:NoSchedule</pre>");
  });

  test("a cut snippet ends with an ellipsis", () => {
    const [html] = paginate(snippetBlocks(prose("Первое предложение.", true)));
    expect(html).toBe("Первое предложение. …");
  });

  test("marks inside inline code are dropped: code cannot contain bold", () => {
    const [html] = paginate(snippetBlocks(prose("run `kubectl [[get]] po` now")));
    expect(html).toBe("run <code>kubectl get po</code> now");
  });
});

describe("splitting", () => {
  const paragraph = (n: number, length: number) => [
    { text: `${n}`.padEnd(length, "ж"), style: "plain" as const },
  ];

  test("splits between paragraphs, each part within the limit", () => {
    const blocks: Block[] = Array.from({ length: 5 }, (_, i) => paragraph(i, 1500));
    const parts = paginate(blocks);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      assertTelegramHtml(part);
      expect(text(part).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    }
    expect(parts[0]?.split("\n\n")).toHaveLength(2);
  });

  test("a block longer than a message is cut at a line end, and tags reopen in each part", () => {
    const code = Array.from({ length: 400 }, (_, i) => `line ${i} <&> of yaml`).join("\n");
    const parts = paginate([[{ text: code, style: "pre", lang: "yaml" }]]);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      assertTelegramHtml(part);
      expect(part.startsWith('<pre><code class="language-yaml">line ')).toBe(true);
    }
    expect(parts.map((p) => text(p)).join("\n")).toBe(code);
  });

  test("property: any blocks split into valid messages that keep every character", () => {
    const run = fc.record({
      text: fc.string({
        minLength: 1,
        maxLength: 3000,
        unit: fc.constantFrom("a", "я", " ", "\n", "<", "&", ">", "😀"),
      }),
      style: fc.constantFrom("plain", "bold", "italic", "code", "pre"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(run, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        (blocks) => {
          const visible = blocks.map((b) => b.map((r) => r.text).join("")).filter((t) => t.length > 0);
          fc.pre(visible.some((t) => t.trim().length > 0));
          const parts = paginate(blocks as Block[]);
          for (const part of parts) {
            const { errors, text: shown } = checkTelegramHtml(part);
            expect(errors.filter((e) => !e.includes("empty"))).toEqual([]);
            expect(shown.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
          }
          const joined = parts.map((p) => text(p)).join("");
          expect(joined.replace(/\s/g, "")).toBe(visible.join("").replace(/\s/g, ""));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("answers", () => {
  test("the source names a chapter titled by its first section once", () => {
    const chapter = {
      ...passage("Если X ~ Exp(λ)…"),
      topicTitle: "Случайные величины",
      headingPath: ["Случайные величины", "Основные распределения"],
    };
    expect(sourceLine(chapter)[0]?.text).toBe("📄 Случайные величины › Основные распределения");
    expect(sourceLine({ ...chapter, headingPath: ["Функция распределения"] })[0]?.text).toBe(
      "📄 Случайные величины › Функция распределения",
    );
  });

  test("a found answer: snippet, then the source «📄 Тема › Раздел»", () => {
    const answer: Answer = {
      kind: "found",
      terms: [],
      query: "что такое clusterip",
      hits: [hit(prose("[[ClusterIP]] - айпишник"))],
      more: [],
    };
    const [html] = renderAnswer(answer);
    expect(html).toBe("<b>ClusterIP</b> - айпишник\n\n<i>📄 Сервисы (Services) › ClusterIP</i>");
  });

  test("an answer that leads into sections lists them, escaped, between the snippet and its source", () => {
    const answer: Answer = {
      kind: "found",
      terms: [],
      query: "что такое сеть",
      hits: [hit(prose("[[Сеть]] включает несколько аспектов:"), { headingPath: ["Сеть"] })],
      more: [],
      leadsInto: [
        { heading: "Поды <в сети>", topicId: "services", section: 1 },
        { heading: "Сервисы & сеть", topicId: "services", section: 2 },
      ],
    };
    const [html] = renderAnswer(answer);
    expect(html).toBe(
      "<b>Сеть</b> включает несколько аспектов:\n\n• Поды &lt;в сети&gt;\n• Сервисы &amp; сеть\n\n<i>📄 Сервисы (Services) › Сеть</i>",
    );
  });

  test("a comparison names both sides and shows one snippet per side", () => {
    const answer: Answer = {
      kind: "found",
      terms: [],
      query: "clusterip vs nodeport",
      hits: [
        hit(prose("[[ClusterIP]] внутри")),
        hit(prose("[[NodePort]] снаружи"), { headingPath: ["NodePort"] }),
      ],
      more: [],
      compared: ["ClusterIP", "NodePort"],
    };
    const [html] = renderAnswer(answer);
    expect(html).toMatch(/^<b>Сравнение: ClusterIP и NodePort<\/b>/);
    expect(html).toContain("<b>ClusterIP</b> внутри");
    expect(html).toContain("<b>NodePort</b> снаружи");
    expect(html).toContain("› NodePort</i>");
  });

  test("two parts of one section name it once, under the second", () => {
    const answer: Answer = {
      kind: "found",
      terms: [],
      query: "как выделить ноды под gpu",
      hits: [
        hit(prose("kubectl taint nodes [[gpu]]-1"), { headingPath: ["Taints"] }),
        hit(prose("Для выделенных нод нужно taint + nodeSelector"), { headingPath: ["Taints"] }),
      ],
      more: [],
    };
    const [html] = renderAnswer(answer);
    expect(html?.match(/📄/g)).toHaveLength(1);
    expect(html).toMatch(/nodeSelector\n\n<i>📄 Сервисы \(Services\) › Taints<\/i>$/);
  });

  test("a word taken for a typo is said first, in each kind of answer, escaped and shortened", () => {
    const corrected = [
      { from: "монопсония", to: "монополия" },
      { from: `<b>${"а".repeat(100)}`, to: "контроллер" },
    ];
    const found = renderAnswer({
      kind: "found",
      terms: [],
      query: "монополия что это",
      hits: [hit(prose("[[Монополия]] — одна фирма"))],
      more: [],
      corrected,
    })[0] as string;
    assertTelegramHtml(found);
    expect(found).toMatch(
      /^<i>Исправил: монопсония → монополия, &lt;b&gt;а+… → контроллер<\/i>\n\n<b>Монополия<\/b>/,
    );
    const uncertain = renderAnswer({
      kind: "uncertain",
      query: "монополия",
      terms: [],
      candidates: [hit(prose("[[Монополия]] — одна фирма"))],
      corrected: corrected.slice(0, 1),
    })[0] as string;
    expect(uncertain).toMatch(/^<i>Исправил: монопсония → монополия<\/i>\n\nТочного ответа нет/);
    const nothing = renderAnswer({
      kind: "nothing",
      query: "монополия",
      terms: [],
      suggestions: [],
      corrected: corrected.slice(0, 1),
    })[0] as string;
    expect(nothing).toMatch(/^<i>Исправил: монопсония → монополия<\/i>\n\nНичего не нашёл/);
    // Nothing corrected, nothing said.
    expect(renderAnswer({ kind: "nothing", query: "x", terms: [], suggestions: [] })[0]).toMatch(/^Ничего/);
  });

  test("a question typed in the other layout is said as it was read, once", () => {
    const found = renderAnswer({
      kind: "found",
      terms: [],
      query: "как создать <деплоймент>",
      hits: [hit(prose("[[Деплоймент]] создают так"))],
      more: [],
      retyped: true,
    })[0] as string;
    assertTelegramHtml(found);
    expect(found).toMatch(/^<i>Понял как: «как создать &lt;деплоймент&gt;»<\/i>\n\n/);
    // «Ничего не нашёл по запросу «…»» quotes it already.
    const nothing = renderAnswer({
      kind: "nothing",
      query: "как создать",
      terms: [],
      suggestions: [],
      retyped: true,
    });
    expect(nothing[0]).toMatch(/^Ничего не нашёл по запросу «как создать»/);
  });

  test("nothing found quotes the question, escaped and shortened", () => {
    const query = `<script>alert("x")</script> & ${"очень ".repeat(1000)}`;
    const [html, ...rest] = renderAnswer({
      kind: "nothing",
      query,
      terms: [],
      suggestions: [topic("helm", 1)],
    });
    expect(rest).toEqual([]);
    assertTelegramHtml(html as string);
    expect(html).toMatch(
      /^Ничего не нашёл по запросу «&lt;script&gt;alert\("x"\)&lt;\/script&gt; &amp; очень/,
    );
    expect((html as string).length).toBeLessThan(300);
  });

  test("an uncertain answer says so and names each candidate (the buttons) with the sentence that matched", () => {
    const answer: Answer = {
      kind: "uncertain",
      query: "сеть",
      terms: ["сет"],
      candidates: [
        hit(prose("Вступление. [[Сеть]] <подов> & сервисов."), { headingPath: ["Сеть", "Поды"] }),
        hit(prose("Про [[сеть]] кластера."), { headingPath: [] }),
      ],
    };
    const [html, ...rest] = renderAnswer(answer);
    expect(rest).toEqual([]);
    assertTelegramHtml(html as string);
    expect(html).toBe(
      [
        "Точного ответа нет. Возможно, вы про:",
        "• <i>Поды</i> — <b>Сеть</b> &lt;подов&gt; &amp; сервисов.",
        "• <i>«Про сеть кластера.»</i> — Про <b>сеть</b> кластера.",
      ].join("\n"),
    );
  });

  test("an opened passage shows its path in bold and its whole text, code kept whole", () => {
    const p = passage("Текст про <теги> & код:\n\n```yaml\nkind: Service\n```", {
      headingPath: ["Типы", "ClusterIP"],
    });
    const [html, ...rest] = renderPassage(p);
    expect(rest).toEqual([]);
    assertTelegramHtml(html as string);
    expect(html).toBe(
      '<b>Сервисы (Services) › Типы › ClusterIP</b>\n\nТекст про &lt;теги&gt; &amp; код:\n\n<pre><code class="language-yaml">kind: Service</code></pre>',
    );
  });

  test("an opened passage shows a table row by row, each row naming its columns", () => {
    const p = passage("Пробы:\n\n| Проба | При провале |\n|---|---|\n| liveness | рестарт <контейнера> |", {
      headingPath: ["Пробы"],
    });
    const [html] = renderPassage(p);
    assertTelegramHtml(html as string);
    expect(html).toBe(
      "<b>Сервисы (Services) › Пробы</b>\n\nПробы:\n\n• liveness — При провале: рестарт &lt;контейнера&gt;",
    );
  });

  test("«Не то» offers candidates, a line each with what matched, or says there are none", () => {
    const html = renderNotThat([hit(prose("Про [[сеть]] <подов>."), { headingPath: ["Сеть"] })]);
    assertTelegramHtml(html);
    expect(html).toBe(
      "Жаль. Может быть, ответ в одном из этих разделов? Выберите — я запомню.\n• <i>Сеть</i> — Про <b>сеть</b> &lt;подов&gt;.",
    );
    expect(renderNotThat([])).toMatch(/^Других подходящих разделов не нашёл/);
  });

  test("«Ещё» repeats the question and lists the passages", () => {
    const [html] = renderMore("под", [hit(prose("[[Под]] — единица")), hit(prose("Поды живут"))]);
    expect(html).toMatch(/^<b>Ещё по запросу «под»:<\/b>/);
    expect(html?.match(/📄/g)).toHaveLength(2);
  });
});

describe("topics", () => {
  test("section counts agree in number", () => {
    expect([1, 2, 5, 11, 14, 21, 22, 25, 101].map(sectionsCount)).toEqual([
      "1 раздел",
      "2 раздела",
      "5 разделов",
      "11 разделов",
      "14 разделов",
      "21 раздел",
      "22 раздела",
      "25 разделов",
      "101 раздел",
    ]);
  });

  test("the topic list shows every topic with its section count", () => {
    const html = renderTopicList([topic("a&b", 3), topic("helm", 1)]);
    assertTelegramHtml(html);
    expect(html).toContain("• Тема a&amp;b — 3 раздела");
    expect(html).toContain("• Тема helm — 1 раздел");
  });

  test("a long topic pages its sections", () => {
    const long = topic("objects", 11);
    const first = renderTopic(long, 0);
    const second = renderTopic(long, 1);
    expect(first).toContain("Разделы (стр. 1 из 2):");
    expect(first).toContain("8. Раздел 8");
    expect(first).not.toContain("9. Раздел 9");
    expect(second).toContain("9. Раздел 9");
    expect(second).toContain("11. Раздел 11");
  });

  test("a topic page shows a few of its other names, not every spelling search knows", () => {
    const network = topic("network", 2, {
      title: "Сеть в Kubernetes и сетевые плагины (CNI)",
      aliases: [
        "сеть",
        "сеть в kubernetes",
        "сеть в кубере",
        "сетка",
        "networking",
        "network",
        "cni",
        "calico",
      ],
    });
    // «сеть», «сеть в kubernetes» and «cni» are in the title; «network» is a form of «networking».
    expect(aliasesShown(network)).toEqual(["сеть в кубере", "сетка", "networking"]);
    expect(renderTopic(network, 0)).toContain("<i>Также: сеть в кубере, сетка, networking</i>");
    expect(renderTopic(topic("x", 1, { title: "Helm", aliases: ["helm"] }), 0)).not.toContain("Также");
  });

  test("a section shows its path and every passage, split when long", () => {
    const t = topic("services", 1);
    const long = Array.from({ length: 12 }, (_, i) => `Абзац ${i} ${"текст ".repeat(100)}`).join("\n\n");
    const parts = renderSection(t, 0, [passage(long)]);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]).toMatch(/^<b>Тема services › Раздел 1<\/b>/);
    for (const part of parts) assertTelegramHtml(part);
  });

  test("help lists every command with its line", () => {
    const html = renderHelp([
      { command: "topics", description: "Темы" },
      { command: "topic", description: "Открыть <тему>" },
    ]);
    expect(html).toContain("/topics — Темы\n/topic — Открыть &lt;тему&gt;");
  });

  test("help says where a command works when it does not work in this chat", () => {
    const commands = [
      { command: "top", description: "Рейтинг группы за неделю", chats: "group" as const },
      { command: "quiz", description: "Вопрос" },
    ];
    expect(renderHelp(commands, "private")).toContain(
      "/top — Рейтинг группы за неделю (в группах)\n/quiz — Вопрос\n",
    );
    expect(renderHelp(commands, "group")).toContain("/top — Рейтинг группы за неделю\n/quiz — Вопрос\n");
    expect(renderStart(undefined, [], commands, [], "private")).toContain(
      "/top — Рейтинг группы за неделю (в группах)",
    );
  });
});
