import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/knowledge/types.ts";
import { createAnalyzer } from "../../src/search/analyzer.ts";
import { createBaseline } from "../../src/search/baseline.ts";
import { coversBoth, evaluate, isRelevant, parseQuestions, type Ranking } from "../../src/search/evaluate.ts";
import { rankingOf } from "../../src/search/ranking.ts";

/** Whether a question that expects one line would take the passage for its answer. */
const relevantIn = (p: Passage) => (expect: string) => isRelevant({ q: "", kind: "x", expect: [expect] }, p);

const passage = (id: string, text: string, headingPath: string[] = []): Passage => ({
  id,
  topicId: id.split("#")[0] as string,
  topicTitle: "T",
  headingPath,
  text,
  file: "t.md",
  order: 0,
});
const analyzer = createAnalyzer([["pod", "под", "поды"]]);

describe("parseQuestions", () => {
  it("reads a YAML list of questions", () => {
    expect(
      parseQuestions(
        "- q: что такое под\n  kind: definition\n  expect: [минимальная]\n- q: рецепт\n  kind: out_of_scope\n",
      ),
    ).toEqual([
      { q: "что такое под", kind: "definition", expect: ["минимальная"] },
      { q: "рецепт", kind: "out_of_scope" },
    ]);
  });

  it("rejects files that are not a list, and questions without q, kind or expect", () => {
    expect(() => parseQuestions("q: x")).toThrow("eval: the questions file must be a YAML list");
    expect(() => parseQuestions("- kind: definition")).toThrow("eval: question 1 needs q and kind");
    expect(() => parseQuestions("- q: под\n  kind: definition")).toThrow(
      "eval: question 1 («под») needs expect",
    );
  });

  it("reads numbers as the text they are, and rejects sides that are not two", () => {
    expect(
      parseQuestions("- q: 502 или 504\n  kind: comparison\n  expect: [502]\n  covers: [502, 504]"),
    ).toEqual([{ q: "502 или 504", kind: "comparison", expect: ["502"], covers: ["502", "504"] }]);
    expect(() => parseQuestions("- q: a или b\n  kind: comparison\n  expect: [a]\n  covers: [a]")).toThrow(
      "eval: question 1 («a или b»): covers must be a list of two sides",
    );
    expect(() => parseQuestions("- q: под\n  kind: definition\n  expect: [{a: 1}]")).toThrow(
      "eval: question 1 («под»): expect must be a list of strings",
    );
  });
});

describe("isRelevant and coversBoth", () => {
  it("matches expected text ignoring case, Markdown emphasis and white space", () => {
    const p = passage("a#0", "Поды - это **минимальные**\nрабочие   единицы");
    expect(isRelevant({ q: "", kind: "x", expect: ["поды - это минимальные рабочие единицы"] }, p)).toBe(
      true,
    );
    expect(isRelevant({ q: "", kind: "x", expect: ["сервис"] }, p)).toBe(false);
  });

  it("matches text whose footnote marks and item or section numbers structuring dropped", () => {
    const p = passage(
      "a#0",
      "Сборки выполняет агент — отдельная машина.\nв URL: /v1/users — самый распространённый",
      ["Резервное копирование"],
    );
    const relevant = relevantIn(p);
    expect(relevant("Сборки выполняет агент¹ — отдельная машина")).toBe(true);
    expect(relevant("1) в URL: /v1/users — самый распространённый")).toBe(true);
    expect(relevant("5.2 Резервное копирование")).toBe(true);
    expect(relevant("3) в URL: /v2/users")).toBe(false);
  });

  it("matches a line quoted in LaTeX, reStructuredText or AsciiDoc as the passage reads it, and a table's row", () => {
    const p = passage(
      "a#0",
      [
        "**Функция распределения** (ф.р.): `F_X(x)=\\Prob(X<x)`. Смысл: «центр масс», всего 17%.",
        "- `app-0.1.0-py3-none-any.whl` — wheel, готовый zip",
        "- **durable** — очередь переживает рестарт брокера",
        "| fanout | во ВСЕ привязанные очереди | броадкаст |",
        "| геометрическое | `1/p` | `q/p^2` |",
      ].join("\n"),
    );
    const relevant = relevantIn(p);
    expect(relevant("\\textbf{Функция распределения} (ф.р.): $F_X(x)=\\Prob(X<x)$.")).toBe(true);
    expect(relevant("Смысл: <<центр масс>>, всего 17\\%")).toBe(true);
    expect(relevant("``app-0.1.0-py3-none-any.whl`` — :term:`wheel`, готовый zip")).toBe(true);
    expect(relevant("durable:: очередь переживает рестарт брокера")).toBe(true);
    expect(relevant("|fanout |во ВСЕ привязанные очереди")).toBe(true);
    expect(relevant("геометрическое & $1/p$ & $q/p^2$")).toBe(true);
    // …or in a wiki's markup.
    const wiki = passage(
      "w#0",
      "Линии **ведут взгляд** к главному объекту, просим `scope=openid email`.\n| люди идут | 1/250 |",
      ["UserInfo endpoint"],
    );
    const inWiki = relevantIn(wiki);
    expect(inWiki("Линии '''ведут взгляд''' к главному объекту")).toBe(true);
    expect(inWiki("просим {{scope=openid email}}")).toBe(true);
    expect(inWiki("люди идут || 1/250")).toBe(true);
    expect(inWiki("h2. UserInfo endpoint")).toBe(true);
    expect(inWiki("!! UserInfo endpoint")).toBe(true);
    expect(inWiki("h2. Token endpoint")).toBe(false);
    // …or as pandoc escapes a Word document's text.
    const pandoc = passage("d#0", "--dry-run — «сделай вид»: колонка пустая (<none>), ключ snake_case");
    const inPandoc = relevantIn(pandoc);
    expect(inPandoc("\\--dry-run --- «сделай вид»: колонка пустая (\\<none\\>), ключ snake\\_case")).toBe(
      true,
    );
    expect(inPandoc("\\--dry-run --- «сделай вид»: колонка полная")).toBe(false);
    // …or a row of a table the notes typed with tabs, quoted with its cells run together.
    const table = passage(
      "t#0",
      "| Агрегат | Что входит |\n| --- | --- |\n| M1 | M0 + переводные депозиты |",
    );
    const inTable = relevantIn(table);
    expect(inTable("M1 M0 + переводные депозиты")).toBe(true);
    expect(inTable("M2 M1 + срочные вклады")).toBe(false);
    // …or with an Obsidian link, read as its words.
    const vault = passage("v#0", "perf отвечает на вопрос «ЧТО делает проц», а top только «КТО его жрет»");
    const inVault = relevantIn(vault);
    expect(inVault("perf отвечает на вопрос «ЧТО делает проц», а [[top-htop|top]] только")).toBe(true);
    expect(inVault("perf отвечает на вопрос «ЧТО делает проц», а [[htop]] только")).toBe(false);
    // …or as an Anki card hides its answer.
    const card = passage(
      "k#0",
      "maxUnavailable = сколько подов максимум могут быть недоступны во время обновления",
    );
    const inCard = relevantIn(card);
    expect(inCard("сколько подов максимум могут быть {{c1::недоступны}}")).toBe(true);
    expect(inCard("сколько подов максимум могут быть {{c1::недоступны::кем?}} во время")).toBe(true);
    expect(inCard("сколько подов максимум могут быть {{c1::запущены}}")).toBe(false);
    // Not what the passage does not say.
    expect(relevant("\\textbf{Плотность} --- производная")).toBe(false);
    expect(relevant("exclusive:: очередь одного соединения")).toBe(false);
  });

  it("matches a line a PDF's text hyphenated at its end as the passage reads it, joined", () => {
    const p = passage(
      "h#0",
      "• Хук — обычный ресурс (чаще Job) с аннотацией helm.sh/hook, запускается в момент релиза",
    );
    const relevant = relevantIn(p);
    expect(relevant("• Хук — обычный ресурс (чаще Job) с аннотацией helm.sh/hook, запуска-")).toBe(true);
    expect(relevant("• Хук — обычный ресурс (чаще Job) с аннотацией helm.sh/hook, удаля-")).toBe(false);
  });

  it("matches a line of the notes that structuring made the passage's heading", () => {
    const p = passage("a#0", "chmod меняет права", ["Права доступа"]);
    expect(isRelevant({ q: "", kind: "x", expect: ["1. Права доступа:"] }, p)).toBe(true);
    expect(isRelevant({ q: "", kind: "x", expect: ["2. Права"] }, p)).toBe(false);
    // A passage under no heading is under its note's title.
    const titled = {
      ...passage("s#0", "Инлайн-стили сильнее всего."),
      topicTitle: "Специфичность селекторов",
    };
    expect(isRelevant({ q: "", kind: "x", expect: ["Специфичность селекторов"] }, titled)).toBe(true);
    expect(
      isRelevant({ q: "", kind: "x", expect: ["Специфичность"] }, { ...titled, headingPath: ["Другое"] }),
    ).toBe(false);
    // A section's title run into its text, split by structuring into the heading and the text under it.
    const runIn = passage("h#1", "Все ключи лежат в самом массиве.", ["Хеш-таблицы", "Открытая адресация"]);
    const split = relevantIn(runIn);
    expect(split("4.2 Открытая адресация. Все ключи лежат в самом массиве")).toBe(true);
    expect(split("4.2 Открытая адресация. Все ключи лежат в другом месте")).toBe(false);
    // A Markdown heading's line, its marks and all.
    expect(isRelevant({ q: "", kind: "x", expect: ["## Права доступа"] }, p)).toBe(true);
    expect(isRelevant({ q: "", kind: "x", expect: ["## Права"] }, p)).toBe(false);
    // A line pasted as «### maxmemory и политики вытеснения (eviction)»: the expected words are in its heading.
    const pasted = passage("r#0", "Лимит памяти задаётся директивой maxmemory.", [
      "maxmemory и политики вытеснения",
    ]);
    expect(isRelevant({ q: "", kind: "x", expect: ["политики вытеснения"] }, pasted)).toBe(true);
  });

  it("checks that the passages shown mention both sides, by analysed terms, headings included", () => {
    const q = { q: "", kind: "comparison", expect: ["x"], covers: ["Pod", "NodePort"] as [string, string] };
    expect(coversBoth(q, [passage("a#0", "Поды и сервисы")], analyzer)).toBe(false);
    expect(coversBoth(q, [passage("a#0", "Поды"), passage("b#0", "текст", ["NodePort"])], analyzer)).toBe(
      true,
    );
  });
});

describe("evaluate", () => {
  const a = passage("a#0", "ответ про поды");
  const b = passage("b#0", "что-то другое");
  const questions = [
    { q: "first", kind: "definition", expect: ["ответ"] },
    { q: "second", kind: "definition", expect: ["ответ"] },
    { q: "third", kind: "typo", expect: ["ответ"] },
    { q: "unsure", kind: "typo", expect: ["ответ"] },
    { q: "outside", kind: "out_of_scope" },
    { q: "offered", kind: "out_of_scope" },
  ];
  const answers: Record<string, Ranking> = {
    first: { passages: [a, b], shown: 1, outcome: "answer" },
    second: { passages: [b, a], shown: 1, outcome: "answer" },
    third: { passages: [], shown: 0, outcome: "nothing" },
    unsure: { passages: [a, b], shown: 0, outcome: "uncertain" },
    outside: { passages: [], shown: 0, outcome: "nothing" },
    offered: { passages: [b], shown: 0, outcome: "uncertain" },
  };

  it("scores hit@1 for sure right answers only; candidates offered count one rank lower; wrong apart", () => {
    const result = evaluate(questions, (q) => answers[q] as Ranking, analyzer);
    const none = { wrong: 0, unsure: 0, refused: 0 };
    expect(result.byKind).toEqual([
      { kind: "definition", count: 2, hit1: 0.5, hit3: 1, mrr: 0.75, ...none, wrong: 0.5 },
      { kind: "typo", count: 2, hit1: 0, hit3: 0.5, mrr: 0.25, ...none, unsure: 0.5, refused: 0.5 },
      { kind: "out_of_scope", count: 2, hit1: 1, hit3: 1, mrr: 1, ...none, unsure: 0.5, refused: 0.5 },
    ]);
    expect(result.answerable).toMatchObject({ count: 4, hit1: 0.25, hit3: 0.75, wrong: 0.25 });
    expect(result.all.count).toBe(6);
    expect(result.failures).toEqual([
      "definition: «second» → WRONG, rank 2 (top: b#0)",
      "typo: «third» → nothing (top: nothing)",
      "typo: «unsure» → unsure, rank 2 (top: a#0)",
    ]);
  });

  it("fails an out-of-scope question that gets an answer", () => {
    const result = evaluate(
      [{ q: "outside", kind: "out_of_scope" }],
      () => ({ passages: [b], shown: 1, outcome: "answer" }),
      analyzer,
    );
    expect(result.all.hit1).toBe(0);
    expect(result.all.wrong).toBe(1);
    expect(result.failures).toEqual(["out_of_scope: «outside» answered with b#0"]);
  });
});

describe("rankingOf and the baseline", () => {
  it("flattens hits then «more», and gives nothing for «nothing»", () => {
    const snippet = { blocks: [], truncated: false };
    expect(rankingOf({ kind: "nothing", query: "x", terms: [], suggestions: [] })).toEqual({
      passages: [],
      shown: 0,
      outcome: "nothing",
    });
    const offered = rankingOf({
      kind: "uncertain",
      query: "x",
      terms: [],
      candidates: [{ passage: passage("b#0", "b"), score: 1, coverage: 1, snippet }],
    });
    expect(offered).toMatchObject({ shown: 0, outcome: "uncertain" });
    expect(offered.passages.map((p) => p.id)).toEqual(["b#0"]);
    expect(
      rankingOf({
        kind: "found",
        terms: [],
        query: "x",
        hits: [{ passage: passage("a#0", "a"), score: 1, coverage: 1, snippet }],
        more: [{ passage: passage("c#0", "c"), score: 0.5, coverage: 0.5, snippet }],
      }).passages.map((p) => p.id),
    ).toEqual(["a#0", "c#0"]);
  });

  it("ranks passages with default MiniSearch", () => {
    const search = createBaseline([passage("a#0", "ingress controller"), passage("b#0", "service nodeport")]);
    expect(search("nodeport").map((p) => p.id)).toEqual(["b#0"]);
    expect(search("поды")).toEqual([]);
  });
});
