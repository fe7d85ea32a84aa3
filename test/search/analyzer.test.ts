import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  abbreviationStems,
  abbreviationsIn,
  adjectiveNounStems,
  aspectStems,
  createAnalyzer,
  cyrillicStems,
  enaNounStems,
  fleetingStems,
  gerundNounStems,
  normalize,
  softNounStems,
} from "../../src/search/analyzer.ts";
import { ENGLISH_FUNCTION_WORDS } from "../../src/search/stopwords.ts";

const glossary = [
  ["pod", "под", "поды", "pods"],
  ["load balancer", "балансировщик нагрузки", "loadbalancer"],
  ["kubernetes", "k8s", "кубер"],
];
const analyzer = createAnalyzer(glossary);
const surfaces = (text: string) => analyzer.tokens(text).map((t) => t.surface);

describe("normalize", () => {
  it("applies NFC, lower case and ё → е, and keeps й", () => {
    expect(normalize("ЁЛКА Йод")).toBe("елка йод");
    expect(normalize("йод".normalize("NFD"))).toBe("йод");
    expect(normalize("Café")).toBe("café");
  });

  it("reads Latin look-alikes in a Russian word as Russian letters (OCR, a keyboard switched mid-word)", () => {
    expect(normalize("ссылoк")).toBe("ссылок");
    expect(normalize("OДИН и ВCЕ")).toBe("один и все");
    expect(analyzer.terms("владeние")).toEqual(analyzer.terms("владение"));
    // A word with any other Latin letter, or a Latin word, stays as written.
    expect(normalize("kубectl")).toBe("kубectl");
    expect(normalize("cargo check")).toBe("cargo check");
  });
});

describe("analyzer tokens and terms", () => {
  it("folds ё but never strips й", () => {
    expect(analyzer.terms("ёлка")).toEqual(analyzer.terms("елка"));
    expect(analyzer.terms("йод")).not.toEqual(analyzer.terms("иод"));
    expect(surfaces("Йогурт")).toEqual(["йогурт"]);
  });

  it("keeps й in decomposed (NFD) input, as pasted from some editors", () => {
    expect(surfaces("йод".normalize("NFD"))).toEqual(["йод"]);
    expect(surfaces("ёж".normalize("NFD"))).toEqual(["еж"]);
  });

  it("does not treat «под» as a stop word and gives every pod form one term", () => {
    const [term] = analyzer.terms("под");
    expect(term).toBeDefined();
    for (const form of ["поды", "подов", "подами", "pod", "pods", "Поды"]) {
      expect(analyzer.terms(form)).toEqual([term]);
    }
  });

  it("stems «поды» and «подов» alike even without a glossary", () => {
    const bare = createAnalyzer();
    expect(bare.terms("под")).toHaveLength(1);
    expect(bare.terms("поды")).toEqual(bare.terms("подов"));
  });

  it("never makes terms of question words", () => {
    const questions = [
      "что такое",
      "зачем",
      "почему",
      "как",
      "чем отличается от",
      "в чем разница между",
      "what is the",
      "how does",
    ];
    for (const q of questions) expect(analyzer.terms(q), q).toEqual([]);
    expect(analyzer.terms("что такое ClusterIP")).toEqual(analyzer.terms("ClusterIP"));
  });

  it("keeps identifiers whole and gives their parts", () => {
    const cases: [string, string, string[]][] = [
      ["ClusterIP", "clusterip", ["cluster", "ip"]],
      ["kube-router", "kube-router", ["kube", "router"]],
      // A part that is a compound itself is a name too: nodeType.
      ["nodeType=ingress", "nodetype=ingress", ["node", "type", "ingress", "nodetyp"]],
      [
        "-XX:MaxRAMPercentage=75",
        "xx:maxrampercentage=75",
        ["xx", "max", "ram", "percentag", "75", "maxrampercentag"],
      ],
      ["nodeSelector", "nodeselector", ["node", "selector"]],
      // A file is named by its name without the extension; `dump.rdb` is no file of configuration or code.
      ["pyproject.toml", "pyproject.toml", ["pyproject", "toml"]],
      ["docker-compose.yml", "docker-compose.yml", ["docker", "compos", "yml", "docker-compose"]],
      ["dump.rdb", "dump.rdb", ["dump", "rdb"]],
    ];
    for (const [input, surface, parts] of cases) {
      const tokens = analyzer.tokens(input);
      expect(tokens, input).toHaveLength(1);
      expect(tokens[0]?.surface).toBe(surface);
      expect(tokens[0]?.term).toBe(surface);
      expect(tokens[0]?.parts).toEqual(parts);
    }
  });

  it("keeps `--version` as the word version and `k8s-ingress-1` whole, its parts canonicalised", () => {
    const [version] = analyzer.tokens("--version");
    expect(version).toMatchObject({ start: 2, end: 9, surface: "version", term: "version" });
    const [node] = analyzer.tokens("kubectl label nodes k8s-ingress-1").slice(-1);
    expect(node?.surface).toBe("k8s-ingress-1");
    expect(node?.parts).toEqual([analyzer.termOf("kubernetes"), "ingress", "1"]);
    expect(analyzer.terms("k8s-ingress-1")).toContain("k8s-ingress-1");
  });

  it("reads a number with a Russian ending as the number", () => {
    expect(analyzer.terms("95-й перцентиль, 10-го числа")).toEqual([
      "95",
      analyzer.termOf("перцентиль"),
      "10",
      analyzer.termOf("числа"),
    ]);
    expect(analyzer.tokens("это 95-й")[1]).toMatchObject({ start: 4, end: 8, term: "95", parts: [] });
  });

  it("reads «%» after a number as the word «процент», as a question asks for it", () => {
    const percent = analyzer.termOf("проценты");
    expect(analyzer.terms("4% — с физлиц, 6 % с юрлиц")).toEqual([
      "4",
      percent,
      analyzer.termOf("физлиц"),
      "6",
      percent,
      analyzer.termOf("юрлиц"),
    ]);
    expect(analyzer.tokens("до 20%")[2]).toMatchObject({ start: 5, end: 6, term: percent });
    // Not a «%» of a format string or a URL escape.
    expect(analyzer.terms("printf %d")).not.toContain(percent);
    expect(analyzer.terms("a%20b")).not.toContain(percent);
  });

  it("reads «№» before a number as the word «номер»", () => {
    expect(analyzer.terms("Приказ №1, билет № 7")).toEqual(analyzer.terms("приказ номер 1, билет номер 7"));
    expect(analyzer.terms("№ п/п")).not.toContain(analyzer.termOf("номер"));
  });

  it("gives a link's scheme and host no words, keeps its path, and keeps offsets", () => {
    const text =
      "Src: https://prudnitskiy.pro/post/k8s-pod-distribution/ и www.example.com/hello-helm и http";
    const tokens = analyzer.tokens(text);
    const surfaces = tokens.map((t) => t.surface);
    expect(surfaces).not.toContain("https");
    expect(surfaces.some((s) => s.includes("prudnitskiy") || s.includes("example"))).toBe(false);
    expect(surfaces).toEqual(
      expect.arrayContaining(["src", "post/k8s-pod-distribution", "hello-helm", "http"]),
    );
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.surface);
    expect(analyzer.terms(text)).toEqual(
      tokens.flatMap((t) => (t.term ? [t.term, ...t.parts.filter((p) => p !== t.term)] : t.parts)),
    );
  });

  it("maps a glossary phrase to the one term of its group", () => {
    const phrase = analyzer.terms("балансировщик нагрузки");
    expect(new Set(phrase).size).toBe(1);
    expect(phrase[0]).toBe(analyzer.termOf("loadbalancer"));
    expect(new Set(analyzer.terms("балансировщиками нагрузки"))).toEqual(new Set(phrase));
    expect(analyzer.terms("load balancer")).toEqual(phrase);
  });

  it("matches a glossary phrase on its words' terms: any name of each word will do", () => {
    const own = createAnalyzer(
      [["network policy", "сетевая политика"], ["network", "нетворк"], ["service account"]],
      new Map([["сервис", "service"]]),
    );
    const phrase = own.terms("network policy");
    expect(new Set(phrase).size).toBe(1);
    // A glossary word («нетворк» is network) and an English plural; a Russian-lettered twin («сервис»).
    expect(own.terms("нетворк policies")).toEqual(phrase);
    expect(own.terms("сервис аккаунт")).not.toEqual(own.terms("service account"));
    expect(own.terms("сервис account")).toEqual(own.terms("service account"));
    expect(new Set(own.terms("service account")).size).toBe(1);
  });

  it("knows the terms that stand for a glossary group, and no others", () => {
    expect(analyzer.inGlossary(analyzer.termOf("поды") ?? "")).toBe(true);
    expect(analyzer.inGlossary(analyzer.terms("балансировщик нагрузки")[0] ?? "")).toBe(true);
    expect(analyzer.inGlossary(analyzer.termOf("сеть") ?? "")).toBe(false);
  });

  it("leaves the words of a phrase alone when they stand apart", () => {
    const terms = analyzer.terms("нагрузки на балансировщик");
    expect(terms).not.toContain(analyzer.termOf("loadbalancer"));
  });

  it("stems Russian inflections to one term", () => {
    expect(analyzer.terms("сервисы")).toEqual(analyzer.terms("сервисов"));
    expect(analyzer.terms("метку")).toEqual(analyzer.terms("метка"));
  });

  it("reads the plural of a three-letter acronym as the acronym: «CRDs» is CRD, «PVCs» PVC; «dns» stays", () => {
    expect(analyzer.terms("CRDs")).toEqual(analyzer.terms("crd"));
    expect(analyzer.terms("PVCs")).toEqual(analyzer.terms("pvc"));
    expect(analyzer.terms("dns")).not.toEqual(analyzer.terms("dn"));
    expect(analyzer.terms("https")).not.toEqual(analyzer.terms("http"));
    // …and is not split as a compound: «HTTPServer» is, into HTTP and Server.
    expect(analyzer.tokens("CRDs")[0]?.parts).toEqual([]);
    expect(analyzer.tokens("HTTPServer")[0]?.parts).toEqual(analyzer.terms("http server"));
  });

  it("gives both aspects of a verb one term: «удалить» and «удаляет», «обновить» and «обновлять»", () => {
    for (const [perfective, imperfective] of [
      ["удалить", "удаляет"],
      ["проверить", "проверять"],
      ["обновить", "обновлять"],
      ["добавил", "добавляют"],
      ["выполнить", "выполняющиеся"],
    ] as const)
      expect(analyzer.terms(imperfective), imperfective).toEqual(analyzer.terms(perfective));
    // Nouns in «-я» are not verbs: Snowball cuts their ending itself.
    expect(analyzer.terms("история")).toEqual(analyzer.terms("истории"));
    expect(analyzer.terms("линия")).toEqual(analyzer.terms("линию"));
  });

  it("returns undefined from termOf for stop words", () => {
    expect(analyzer.termOf("зачем")).toBeUndefined();
    expect(analyzer.termOf("Под")).toBe(analyzer.terms("pod")[0]);
    // «над чем именно» stresses the question; «по dns имени» is a name, one stem with «именно».
    expect(analyzer.termOf("именно")).toBeUndefined();
    expect(analyzer.termOf("имени")).toBeDefined();
    // «кто реально рулил» stresses it too; «реальное время» is a thing.
    expect(analyzer.termOf("реально")).toBeUndefined();
    // «what happens when…», «what does it actually do» ask as «что будет», «что делает» do; «needs» is a key of CI
    // pipelines, a word of their notes.
    expect(analyzer.termOf("happens")).toBeUndefined();
    expect(analyzer.termOf("actually")).toBeUndefined();
    expect(analyzer.termOf("needs")).toBeDefined();
    // «какие треугольники называются подобными» asks what they are, of any number.
    expect(analyzer.termOf("называются")).toBeUndefined();
    expect(analyzer.termOf("называют")).toBeUndefined();
    expect(analyzer.termOf("реальном")).toBeDefined();
  });

  it("keeps an English function word written in capitals as a keyword: «WHERE», «HAVING»", () => {
    expect(analyzer.terms("SELECT city FROM t WHERE age > 18 GROUP BY city HAVING count(*) > 1")).toEqual(
      expect.arrayContaining([analyzer.terms("where")[0] ?? "where", "have"]),
    );
    expect(analyzer.terms("where")).toEqual([]);
    // Not «explain», a command of SQL and of kubectl as often as a word that asks: asked in English of notes that
    // never say it, it is an everyday word that weighs little (see understand.ts), and «explian» is its typo.
    expect(analyzer.terms("EXPLAIN ANALYZE")).toEqual(["explain", "analyz"]);
    expect(analyzer.terms("tell me")).toEqual([]);
  });
});

describe("English function words mentioned in Russian", () => {
  it("gives a term to one in a line mostly in Russian, none to one in an English line", () => {
    const terms = analyzer.terms("После if не ставят will.\nIf you study hard, you will pass.");
    expect(terms.filter((t) => t === "if")).toHaveLength(1);
    expect(terms.filter((t) => t === "will")).toHaveLength(1);
    expect(terms).not.toContain("you");
    // A word is analysed the same wherever it stands: the line decides, not the word.
    expect(analyzer.terms("with — контекстный менеджер")).toContain("with");
    expect(analyzer.terms("with open(path) as f")).not.toContain("with");
    // A lone letter is no word being mentioned: «тип a».
    expect(analyzer.terms("тип a и тип b")).not.toContain("a");
  });

  it("marks the same words as mentioned in its tokens as in its terms", () => {
    const text = "почему после if не ставят will";
    expect(analyzer.tokens(text).flatMap((t) => (t.term === undefined ? [] : [t.term]))).toEqual(
      analyzer.terms(text),
    );
  });
});

describe("softNounStems", () => {
  it("maps a noun Snowball cut as a verb to the stem of its form in «-ти»/«-си» the notes use", () => {
    const stems = softNounStems(["памяти", "записи", "сети", "пути", "сколько", "делать"]);
    // «память» → памя and «запись» → зап, as if verbs; «сеть» and «путь» are cut right.
    expect(stems).toEqual(
      new Map([
        ["памя", "памят"],
        ["зап", "запис"],
      ]),
    );
    const analyzer = createAnalyzer([], new Map(), stems);
    expect(analyzer.terms("память и памяти, запись и записи")).toEqual(["памят", "памят", "запис", "запис"]);
    // Without such a form in the notes there is nothing to go by: «печать» is cut as «печатать» would be.
    expect(createAnalyzer([], new Map(), softNounStems(["печатает"])).termOf("печать")).toBe("печа");
  });
});

describe("gerundNounStems", () => {
  it("maps the stem Snowball gives «массив» as a gerund to the stem of «массива», given the notes' words", () => {
    const stems = gerundNounStems(["массива", "архивы", "купив", "удалив", "делать"]);
    const analyzer = createAnalyzer([], new Map(), stems);
    expect(analyzer.termOf("массив")).toBe(analyzer.termOf("массива"));
    expect(analyzer.termOf("архив")).toBe(analyzer.termOf("архивы"));
    // A gerund has no other form that stems to it: «купив» stays a form of «купить».
    expect(analyzer.termOf("купив")).toBe(analyzer.termOf("купить"));
    expect(stems.size).toBe(2);
  });
});

describe("fleetingStems", () => {
  it("maps the stem of a noun's form with its fleeting vowel to the one without, when the notes use both", () => {
    const stems = fleetingStems(
      cyrillicStems(["меток", "метки", "настроек", "настройки", "ошибок", "урок", "уроки", "поток"]),
    );
    // «ошибок» alone: the notes never say «ошибки», so nothing to map to; «урок» keeps its vowel in every form.
    expect(stems).toEqual(
      new Map([
        ["меток", "метк"],
        ["настроек", "настройк"],
      ]),
    );
    const analyzer = createAnalyzer([], new Map(), stems);
    expect(analyzer.terms("меток нет, метки есть")).toEqual(["метк", "метк"]);
  });
});

describe("adjectiveNounStems", () => {
  it("maps an adjective in «-чн» to the stem of its noun in «-к» or «-ц», when the notes use both", () => {
    const words = [
      "рыночных",
      "рынок",
      "рынка",
      "облачный",
      "облако",
      "точечный",
      "точка",
      "мышечная",
      "мышцы",
    ];
    // «срочный» has no «срок» in these notes; «частный» and «средний» are no «-чн» adjectives.
    const stems = adjectiveNounStems(
      cyrillicStems([...words, "срочный", "частный", "часть", "средний", "среда"]),
    );
    expect(stems).toEqual(
      new Map([
        ["рыночн", "рынок"],
        ["облачн", "облак"],
        ["точечн", "точк"],
        ["мышечн", "мышц"],
      ]),
    );
    // With the fleeting vowel's map before it, «рыночных» goes where «рынок» and «рынков» go.
    const analyzer = createAnalyzer(
      [],
      new Map(),
      new Map([...fleetingStems(cyrillicStems(["рынок", "рынков"])), ...stems]),
    );
    expect(analyzer.terms("типы рыночных структур, рынок, рынков")).toEqual([
      "тип",
      "рынк",
      "структур",
      "рынк",
      "рынк",
    ]);
  });

  it("leaves a root shorter than three letters alone: «точный» is not of «ток»", () => {
    expect(adjectiveNounStems(cyrillicStems(["точный", "ток", "токи"]))).toEqual(new Map());
  });
});

describe("aspectStems", () => {
  it("maps a verb's imperfective to its perfective, and a verb to its noun in «-инг», when the notes use both", () => {
    const words = ["запрещает", "запретить", "освобождает", "освободить", "ограничивает", "ограничить"];
    const stems = aspectStems(cyrillicStems([...words, "троттлят", "троттлинг", "сокращает", "мониторинг"]));
    expect(stems).toEqual(
      new Map([
        ["запреща", "запрет"],
        ["освобожда", "освобод"],
        ["ограничива", "огранич"],
        ["троттл", "троттлинг"],
      ]),
    );
    // «сокращает» has no «сократить» in these notes, «мониторинг» no verb: nothing to join.
    const analyzer = createAnalyzer([], new Map(), stems);
    expect(analyzer.terms("запретить, запрещает; троттлят, троттлинг")).toEqual([
      "запрет",
      "запрет",
      "троттлинг",
      "троттлинг",
    ]);
  });

  it("leaves a short stem alone: «пуща» is no aspect of «пут»", () => {
    expect(aspectStems(cyrillicStems(["пущать", "путь", "путем"]))).toEqual(new Map());
  });
});

describe("analyzer properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc
      .array(fc.constantFrom("под", "Ёж", "kube-router", "=", "-", " ", "ClusterIP", "йод", "\u0306", "İ"), {
        maxLength: 12,
      })
      .map((w) => w.join("")),
  );

  it("never throws, and its tokens slice the text back to their surface", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const token of analyzer.tokens(text)) {
          expect(token.start).toBeGreaterThanOrEqual(last);
          expect(token.end).toBeGreaterThan(token.start);
          expect(normalize(text.slice(token.start, token.end))).toBe(token.surface);
          last = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never gives an empty term or part", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const term of analyzer.terms(text)) expect(term).not.toBe("");
        for (const token of analyzer.tokens(text)) expect(token.parts).not.toContain("");
      }),
      { numRuns: 500 },
    );
  });

  it("scan (for indexing) gives every word the term tokens (for snippets) gives it, glossary phrases included", () => {
    const phrased = fc.array(
      fc.constantFrom(
        "балансировщик",
        "нагрузки",
        "под",
        "Load",
        "Balancer",
        "сервис",
        "и",
        "kube-router",
        "!",
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          phrased.map((w) => w.join(" ")),
        ),
        (text) => {
          const scanned: (string | undefined)[] = [];
          analyzer.scan(text, (_word, term) => scanned.push(term));
          expect(scanned).toEqual(analyzer.tokens(text).map((t) => t.term));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("ignores letter case in Russian and English text", () => {
    const letters = [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz -=."];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 40 }), (text) => {
        // Save for the one rule that reads case: an English function word in capitals is a keyword («ME», «WHERE»),
        // tested above.
        fc.pre(!(text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => ENGLISH_FUNCTION_WORDS.has(w)));
        expect(analyzer.terms(text.toUpperCase())).toEqual(analyzer.terms(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe("abbreviationStems", () => {
  it("reads a word cut short with a dot as the one word of the notes it cuts, and no inflected or common word", () => {
    const text = [
      "Task = обертка над корут., кот. луп планирует сам; корут. начинает выполняться сразу.",
      "Корутина ждет ответа. без await корутина не выполнится.",
      "пул соед. держит соединение открытым; напр. так: session.get(url).",
      "Все микросервисов. дальше про поток. потокобезопасный код.",
    ].join("\n");
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const stems = abbreviationStems(abbreviationsIn(text), words);
    const analyzer = createAnalyzer([], new Map(), stems);
    expect(analyzer.termOf("корут")).toBe(analyzer.termOf("корутина"));
    expect(analyzer.termOf("соед")).toBe(analyzer.termOf("соединение"));
    // «напр.» is «например»; «микросервисов.» ends a sentence; «поток» is no cut of a compound.
    expect(analyzer.termOf("напр")).not.toBe(analyzer.termOf("напрямую"));
    expect([...stems.keys()].sort()).toEqual(["корут", "соед"]);
  });
});

describe("enaNounStems", () => {
  it("gives a noun in «-ена» the stem of its other forms the notes use, and no other noun", () => {
    const stems = enaNounStems(["отмена", "отменить", "токена", "токеном", "цена", "арена"]);
    const analyzer = createAnalyzer([], new Map(), stems);
    expect(analyzer.termOf("отмена")).toBe(analyzer.termOf("отменить"));
    expect(analyzer.termOf("токена")).toBe(analyzer.termOf("токеном"));
    // «арена» has no other form in these notes: nothing says «арен» is its root.
    expect([...stems.keys()].sort()).toEqual(["отм", "ток"]);
  });
});
