import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { KnowledgeBase, Passage } from "../../src/knowledge/types.ts";
import { PASSAGES_PER_STEP } from "../../src/search/candidates.ts";
import { buildSearchEngine, createSearchEngine, type SearchEngine } from "../../src/search/engine.ts";
import { MAX_QUERY_CHARS } from "../../src/search/query.ts";
import type { Answer, Hit, Lifts } from "../../src/search/types.ts";
import { kbFromPassages, passage, topic } from "../helpers/fixtures.ts";

let kb: KnowledgeBase;
let engine: SearchEngine;

beforeAll(async () => {
  kb = await loadKnowledge(path.join(import.meta.dirname, "../../knowledge"));
  engine = createSearchEngine(kb);
});

const fold = (s: string) => s.toLowerCase().replaceAll("ё", "е");
const passageText = (p: Passage) => fold([p.topicTitle, ...p.headingPath, p.text].join(" "));
const snippetText = (h: Hit) => h.snippet.blocks.flatMap((b) => b.segments.map((s) => s.text)).join("");

/** Checks the shape every answer must have, whatever the query. */
function expectValid(answer: Answer): void {
  expect(answer.query).not.toMatch(/[\p{Cc}]/u);
  expect(answer.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  if (answer.kind === "nothing") {
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(new Set(answer.suggestions).size).toBe(answer.suggestions.length);
    for (const t of answer.suggestions) expect(kb.topics).toContain(t);
    return;
  }
  if (answer.kind === "uncertain") {
    expect(answer.candidates.length).toBeGreaterThan(0);
    expect(answer.candidates.length).toBeLessThanOrEqual(3);
    return;
  }
  expect(answer.hits.length).toBeGreaterThan(0);
  const all = [...answer.hits, ...answer.more];
  expect(new Set(all.map((h) => h.passage.id)).size).toBe(all.length);
  for (const h of all) {
    expect(kb.passages).toContain(h.passage);
    expect(Number.isFinite(h.score)).toBe(true);
    expect(h.coverage).toBeGreaterThan(0);
    expect(h.coverage).toBeLessThanOrEqual(1 + 1e-9);
    expect(h.snippet.blocks.length).toBeGreaterThan(0);
    expect(snippetText(h).trim()).not.toBe("");
  }
}

function found(query: string): Extract<Answer, { kind: "found" }> {
  const answer = engine.answer(query);
  expectValid(answer);
  if (answer.kind !== "found") throw new Error(`expected an answer to «${query}», got nothing`);
  return answer;
}

describe("answer: bad input", () => {
  const inputs: [string, string][] = [
    ["empty", ""],
    ["white space", "   \n\t  "],
    ["10,000 characters", "как добавить метку на узел ".repeat(400).slice(0, 10_000)],
    ["10,000 letters in one word", "ы".repeat(10_000)],
    ["punctuation only", "?!...,;:—«»()[]{}"],
    ["emoji only", "🙂🚀🔥👍🏽👨‍👩‍👧"],
    ["NUL bytes", "\u0000\u0000под\u0000"],
    ["HTML", "<script>alert(1)</script>"],
    ["an HTML entity", "&amp;"],
    ["lone surrogates", "\ud800под\udfff"],
    ["right-to-left marks", "\u202eingress\u202c"],
  ];
  for (const [name, input] of inputs) {
    it(`answers ${name} without throwing`, () => {
      expectValid(engine.answer(input));
    });
  }

  it("says nothing for queries with no words", () => {
    for (const input of ["", "   ", "?!...,;:—", "🙂🚀🔥", "&amp;"]) {
      expect(engine.answer(input).kind, JSON.stringify(input)).toBe("nothing");
    }
  });

  it("answers a question repeated up to 10,000 characters as the question itself", () => {
    const once = found("как повесить теинт на ноду");
    const long = found("как повесить теинт на ноду ".repeat(400));
    expect(long.hits[0]?.passage.id).toBe(once.hits[0]?.passage.id);
  });

  it("never throws on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        expectValid(engine.answer(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe("answer: the notes", () => {
  it("answers «чем ClusterIP отличается от NodePort» covering both sides", () => {
    const answer = found("чем ClusterIP отличается от NodePort");
    expect(answer.compared).toEqual(["ClusterIP", "NodePort"]);
    const shown = answer.hits.map((h) => passageText(h.passage)).join(" ");
    expect(shown).toContain("clusterip");
    expect(shown).toContain("nodeport");
  });

  it("names the sides compared as the notes' headings spell them, not in the asker's word forms", () => {
    expect(found("чем statefulset отличается от деплоймента").compared).toEqual([
      "StatefulSet",
      "Деплоймент",
    ]);
  });

  it("answers other comparison forms covering both sides", () => {
    for (const q of ["clusterip vs nodeport", "разница между deployment и statefulset"]) {
      const answer = found(q);
      expect(answer.compared, q).toHaveLength(2);
      const shown = answer.hits.map((h) => passageText(h.passage)).join(" ");
      for (const side of answer.compared ?? []) expect(shown, q).toContain(side.toLowerCase());
    }
  });

  it("finds an ingress passage for «штпкуыы» typed in the wrong layout", () => {
    const answer = found("штпкуыы");
    expect(passageText(answer.hits[0]?.passage as Passage)).toMatch(/ingress|ингресс?/);
  });

  it("finds pods for «gjls» and for «под»", () => {
    for (const q of ["gjls", "под", "что такое под"]) {
      expect(passageText(found(q).hits[0]?.passage as Passage), q).toMatch(/под|pod/);
    }
  });

  it("tolerates a typo in a long word", () => {
    expect(passageText(found("репликасте").hits[0]?.passage as Passage)).toMatch(/replicaset|репликасет/);
  });

  it("answers an English question from the Russian notes", () => {
    expect(passageText(found("what is a statefulset").hits[0]?.passage as Passage)).toContain("statefulset");
  });

  it("marks the matched words in the snippet", () => {
    const hit = found("ingress controller").hits[0] as Hit;
    const marked = hit.snippet.blocks.flatMap((b) =>
      b.segments.filter((s) => s.mark).map((s) => fold(s.text)),
    );
    expect(marked.some((m) => /ingress|ингресс?/.test(m))).toBe(true);
  });

  it("shows a definition from the opening of the section its heading names, not from a later mention", () => {
    const aof = createSearchEngine(
      kbFromPassages([
        {
          heading: "AOF (append only file)",
          text: [
            "Каждая команда записи дописывается в конец лога, при старте редис проигрывает лог.",
            "```conf\nappendonly yes\n```",
            `${"Лог растет бесконечно, а переписывается в фоне. ".repeat(12)}С Redis 7 AOF это папка appendonlydir.`,
          ].join("\n\n"),
        },
        {
          heading: "RDB",
          text: "RDB — снимок всей базы на момент времени, компактный бинарный файл dump.rdb.",
        },
      ]),
    );
    const answer = aof.answer("aof это что");
    expect(answer.kind).toBe("found");
    expect(snippetText((answer as Extract<Answer, { kind: "found" }>).hits[0] as Hit)).toMatch(
      /^Каждая команда записи/u,
    );
  });

  it("says nothing to «что такое rbac» and suggests topics", () => {
    const answer = engine.answer("что такое rbac");
    expect(answer).toMatchObject({ kind: "nothing", query: "что такое rbac" });
    expectValid(answer);
  });

  it("suggests the related topics first when nothing answers", () => {
    const cases: [string, string][] = [
      ["rbac для подов", "pods-deployments"],
      ["настроить rbac для helm", "helm"],
      ["keycloak в ingress", "ingress"],
    ];
    for (const [query, topic] of cases) {
      const answer = engine.answer(query);
      expect(answer.kind, query).toBe("nothing");
      expect(answer.kind === "nothing" && answer.suggestions[0]?.id, query).toBe(topic);
    }
  });

  it("answers the same query the same way twice", () => {
    const a = engine.answer("как добавить метку на узел");
    const b = engine.answer("как добавить метку на узел");
    expect(b).toEqual(a);
  });
});

describe("answer: how sure", () => {
  it("says nothing to «что такое etcd»: etcd is only inside a compound in a YAML dump", () => {
    expect(engine.answer("что такое etcd").kind).toBe("nothing");
  });

  it("is only uncertain about «Что такое хельм?»: the notes have only commands about helm", () => {
    const answer = engine.answer("Что такое хельм?");
    expectValid(answer);
    expect(answer.kind).toBe("uncertain");
    expect(answer.kind === "uncertain" && answer.candidates[0]?.passage.topicId).toBe("helm");
  });

  it("defines no «сетевые политики» by a passage on the network model: what the adjective qualifies is unsaid there", () => {
    const kb = kbFromPassages([
      {
        heading: "Сетевая модель Kubernetes",
        text: "Сетевая модель: у каждого пода свой IP, все поды видят друг друга без NAT.",
      },
      { heading: "Calico", text: "Calico понимает стандартные политики и свои CRD." },
      { heading: "Анатомия", text: "В spec.podSelector выбирают поды, к которым применяются политики." },
      { heading: "Flannel", text: "Flannel делает плоскую сеть между нодами, политик не умеет." },
    ]);
    const engine = createSearchEngine(kb);
    expect(engine.answer("что такое сетевые политики").kind).not.toBe("found");
    // Asked of the model itself, it is.
    const model = engine.answer("что такое сетевая модель");
    expect(model.kind === "found" && model.hits[0]?.passage.headingPath.at(-1)).toBe(
      "Сетевая модель Kubernetes",
    );
  });

  it("defines no node by a passage on labelling one, where a config's comment points at the label", () => {
    // «nodeType: ingress # <--- Вот наш лейбл» had read as «nodeType — Вот наш лейбл»: a sentence opening with a node.
    const answer = engine.answer("что такое нода");
    expectValid(answer);
    expect(answer.kind).not.toBe("found");
  });

  it("gives no bare commands as what a chart is, or why it is needed: those are said in words, and the notes do not", () => {
    for (const question of ["что такое чарт в хелме", "зачем нужен хельм чарт"]) {
      const answer = engine.answer(question);
      expectValid(answer);
      expect(answer.kind, question).toBe("uncertain");
    }
    // The commands still answer how to install one.
    const install = engine.answer("как установить чарт");
    expect(install.kind === "found" && install.hits[0]?.passage.id).toBe("helm#0");
  });

  it("offers the topic whole when unsure of a question that names a topic and no more («helm»)", () => {
    const topicOf = (query: string) => {
      const answer = engine.answer(query);
      return answer.kind === "uncertain" ? (answer.topic?.id ?? "none") : answer.kind;
    };
    expect(topicOf("helm")).toBe("helm");
    expect(topicOf("Что такое хельм?")).toBe("helm");
    // A question with more in it than the name asks something the topic may not answer.
    expect(topicOf("что такое хельм и кубер")).toBe("none");
  });

  it("answers «Что такое сеть?» with the passage that starts «Сеть в Kubernetes»", () => {
    expect(found("Что такое сеть?").hits[0]?.passage.text).toMatch(/^Сеть в Kubernetes/);
  });

  it("does not stop «Что такое сеть?» at «…несколько аспектов:»: it names the sections the passage leads into", () => {
    const answer = found("Что такое сеть?");
    expect(answer.hits[0]?.passage.text).toMatch(/аспектов:$/);
    const led = answer.leadsInto ?? [];
    expect(led.map((s) => s.heading)).toContain("Поды (Pods) в сети");
    const topic = engine.topics.find((t) => t.id === led[0]?.topicId);
    expect(led.map((s) => topic?.sections[s.section]?.heading)).toEqual(led.map((s) => s.heading));
  });

  it("is not sure that «чтобы под не попадал на ноду» is answered by a passage where pods «попадали» there", () => {
    const answer = engine.answer("как сделать чтобы под не попадал на ноду");
    expectValid(answer);
    expect(answer.kind).toBe("uncertain");
    // …and offers the passage that says where pods must not go: «Теинты указывают, где размещать поды нельзя».
    const offered = answer.kind === "uncertain" ? answer.candidates.map((h) => h.passage.text) : [];
    expect(offered.some((text) => text.includes("размещать поды нельзя"))).toBe(true);
  });

  it("does not give a passage that only mentions ingress as its definition, in notes without headings", () => {
    const texts = [
      "Допустим мы хотим разместить ингрессы на машинах, которые мы выделили под ингрессы.",
      "Описание того, что куда и как надо проксировать. Ингресс ничего никуда не проксирует!",
    ];
    const raw = createSearchEngine({
      topics: [topic("notes", 2)],
      passages: texts.map((text, i) =>
        passage(text, { id: `notes#${i}`, topicId: "notes", headingPath: [], order: i }),
      ),
      glossary: [["ingress", "ингресс", "ингрессы"]],
      warnings: [],
    });
    const answer = raw.answer("что такое ингресс");
    expect(answer.kind === "found" && answer.hits[0]?.passage.text).toMatch(/^Описание того/);
  });
});

describe("answer: a name of two words asked by its first", () => {
  const notes = createSearchEngine(
    kbFromPassages([
      {
        heading: "Multibranch Pipeline",
        text: "Multibranch Pipeline сканирует репозиторий и для каждой ветки с Jenkinsfile создает пайплайн.",
      },
      { heading: "Триггеры", text: "Сборку запускают по расписанию или по вебхуку." },
    ]),
  );

  it("reads «multibranch», which the notes never write alone, as their «Multibranch Pipeline»", () => {
    expect(notes.explain("что такое multibranch").meant.toLowerCase()).toBe("что такое multibranch pipeline");
    const answer = notes.answer("что такое multibranch");
    expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath).toEqual(["Multibranch Pipeline"]);
  });
});

describe("answer: words taken for typos", () => {
  const notes = createSearchEngine(
    kbFromPassages([
      { heading: "Монополия", text: "Монополия — одна фирма на рынке, без близких заменителей." },
      { heading: "Taints", text: "Taint на ноде не пускает поды без толерейшна. Лимиты можно ограничивать." },
    ]),
  );

  it("says which words of the question it took for typos, as typed and as corrected", () => {
    const answer = notes.answer("монопсония что это");
    expect(answer.corrected).toEqual([{ from: "монопсония", to: "монополия" }]);
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#0");
  });

  it("says nothing of a word it only heard in the other script, or of a verb's other aspect", () => {
    // «теинт» is their «taint», «ограничить» their «ограничивать»: the same words, no typo.
    expect(notes.explain("что такое теинт").meant).toBe("что такое taint");
    expect(notes.answer("что такое теинт").corrected).toBeUndefined();
    expect(notes.explain("как ограничить лимиты").meant).toBe("как ограничивать лимиты");
    expect(notes.answer("как ограничить лимиты").corrected).toBeUndefined();
    expect(notes.answer("что такое монополия").corrected).toBeUndefined();
  });

  it("takes a name typed in camel case of words the notes write for a name, not a typo of another", () => {
    const chart = createSearchEngine(
      kbFromPassages([
        {
          heading: "Chart.yaml",
          text: "В Chart.yaml: apiVersion: v2, name, version чарта. Поле app: nginx в метках. nodeSelector тоже.",
        },
      ]),
    );
    // «appVersion» is no «apiVersion»: the notes do not say it, so nothing answers it for sure.
    const asked = chart.answer("чем version отличается от appVersion");
    expect(asked.corrected).toBeUndefined();
    expect(asked.kind).not.toBe("found");
    // A typo in camel case is still one: the notes never write «selecor».
    expect(chart.answer("nodeSelecor как работает").corrected).toEqual([
      { from: "nodeselecor", to: "nodeselector" },
    ]);
  });

  it("says a question typed in the other keyboard layout was re-typed", () => {
    const answer = notes.answer("xnj nfrjt vjyjgjkbz");
    expect(answer.query).toBe("что такое монополия");
    expect(answer.retyped).toBe(true);
    expect(notes.answer("что такое монополия").retyped).toBeUndefined();
  });
});

describe("answer: notes filed under tags", () => {
  const note = (id: string, tags: string[]) => topic(id, 1, { title: "Надежность", aliases: [], tags });
  const kbOf = (tagged: boolean): KnowledgeBase => ({
    topics: [note("kafka", []), note("rabbit", tagged ? ["rabbitmq", "надежность"] : [])],
    passages: [
      passage("Prefetch — у консьюмера кафки размер выборки за один poll.", {
        id: "kafka#0",
        topicId: "kafka",
        topicTitle: "Надежность",
        headingPath: [],
      }),
      passage("Prefetch — сколько неподтвержденных сообщений брокер держит на одном консьюмере.", {
        id: "rabbit#0",
        topicId: "rabbit",
        topicTitle: "Надежность",
        headingPath: [],
        order: 1,
      }),
    ],
    glossary: [],
    warnings: [],
  });

  it("takes a note's tags («#rabbitmq») for what its passages are about", () => {
    const first = (kb: KnowledgeBase) => {
      const answer = createSearchEngine(kb).answer("что такое prefetch в rabbitmq");
      return answer.kind === "nothing"
        ? undefined
        : [...(answer.kind === "found" ? answer.hits : answer.candidates)][0]?.passage.id;
    };
    expect(first(kbOf(true))).toBe("rabbit#0");
    expect(first(kbOf(false))).not.toBe("rabbit#0");
  });
});

describe("answer: an escape the notes do not write", () => {
  const notes = createSearchEngine(
    kbFromPassages([
      {
        heading: "Классы символов",
        text: "Классы символов: `[a-z]` — любая строчная латинская буква, `\\d` — цифра, `\\w` — буква, цифра или подчеркивание. Класс совпадает ровно с одним символом алфавита.",
      },
      {
        heading: "Якоря",
        text: "Якорь `^` — начало строки, `$` — конец строки. Якоря не совпадают ни с одним символом.",
      },
    ]),
  );

  it("counts it as a name the notes lack: no sure answer for «\\p{L}», one for «\\d»", () => {
    const unknown = notes.explain("как через \\p{L} поймать буквы любого алфавита");
    expect(unknown.terms.find((t) => t.term === "\\p{l}")).toMatchObject({ generic: false });
    expect(notes.answer("как через \\p{L} поймать буквы любого алфавита").kind).not.toBe("found");
    expect(notes.explain("что значит \\d в классах символов").terms.map((t) => t.term)).not.toContain("\\d");
    expect(notes.answer("буквы алфавита в классах символов").kind).toBe("found");
  });
});

describe("answer: a thing no note names", () => {
  it("is sure of no definition of something named by a word no note has, but knows the topics' own names", () => {
    const notes = createSearchEngine({
      topics: [{ ...topic("beta", 1), title: "Бета" }],
      passages: [
        passage("Квазиротор — это контроллер, который перезапускает упавшие узлы кластера по расписанию.", {
          id: "beta#0",
          topicId: "beta",
          topicTitle: "Бета",
          headingPath: ["Квазиротор"],
          order: 0,
        }),
      ],
      glossary: [],
      warnings: [],
    });
    // «оверлейный» is in no note: the passage on the controller defines something else.
    expect(notes.answer("что такое оверлейный квазиротор").kind).toBe("uncertain");
    // «Бета» is only the topic's title, but it is a name the notes give.
    expect(notes.answer("Что такое Бета?").kind).toBe("found");
  });
});

describe("answer: names inside identifiers and comparisons", () => {
  /** Notes of one topic, a passage per `[heading, text]`. */
  const notesOf = (sections: [string, string][]) =>
    createSearchEngine({
      topics: [topic("jvm", sections.length)],
      passages: sections.map(([heading, text], i) =>
        passage(text, { id: `jvm#${i}`, topicId: "jvm", headingPath: [heading], order: i }),
      ),
      glossary: [],
      warnings: [],
    });

  it("finds a flag asked by the name it has inside a longer one: MaxRAMPercentage in -XX:MaxRAMPercentage=75.0", () => {
    const notes = notesOf([
      [
        "Java в контейнере",
        "Лучше задать процентом: `-XX:MaxRAMPercentage=75.0` — куча = 75% лимита контейнера.",
      ],
      ["Размер кучи", "-Xms — начальный размер кучи, -Xmx — максимальный. В контейнерах ставим их равными."],
    ]);
    const answer = notes.answer("MaxRAMPercentage сколько ставить");
    expect(answer.kind).toBe("found");
    if (answer.kind === "found") expect(answer.hits[0]?.passage.id).toBe("jvm#0");
  });

  it("answers no comparison that also names a thing the notes never name", () => {
    const notes = notesOf([
      [
        "Стек вызовов",
        "Вызвали function — её кадр кладётся на вершину стека, вернула значение — кадр снимается.",
      ],
      ["Колбэки", "Обычная функция, переданная в setTimeout, вызывается позже, когда стек вызовов пуст."],
    ]);
    expect(notes.answer("чем стек вызовов отличается от колбэка").kind).toBe("found");
    expect(notes.answer("как работает yield, чем стек вызовов отличается от колбэка").kind).not.toBe("found");
    // «function*» and «обычная функция» are one word to the notes: no side is told apart (see below).
    expect(notes.answer("чем function* отличается от обычной функции").kind).not.toBe("found");
  });

  it("answers a comparison of two sides its words cannot tell apart only as possible: «kill и kill -9»", () => {
    const notes = notesOf([
      [
        "Сигналы",
        "kill по умолчанию шлёт SIGTERM, kill -9 шлёт SIGKILL: процесс убивается сразу, без уборки.",
      ],
      [
        "Перечитать конфиг",
        "kill -HUP заставляет многие демоны перечитать конфиг, kill -l показывает все сигналы.",
      ],
    ]);
    const answer = notes.answer("чем kill -9 отличается от обычного kill");
    expect(answer.kind).toBe("uncertain");
    if (answer.kind === "uncertain") expect(answer.candidates.map((c) => c.passage.id)).toContain("jvm#0");
    // Sides that differ in words are compared as ever.
    expect(notes.answer("чем SIGTERM отличается от SIGKILL").kind).toBe("found");
  });

  it("defines nothing from a section whose heading asks how, why or when of the thing", () => {
    const notes = notesOf([
      ["Когда микрозадачи вешают страницу", "Бесконечная цепочка then не даёт браузеру отрисовать кадр."],
      [
        "Очереди",
        "Кроме макрозадач, есть микрозадачи: реакции промисов, они идут сразу после текущего кода.",
      ],
    ]);
    const verdicts = new Map(
      notes.explain("что такое микрозадачи").judged.map((j) => [j.passage.id, j.verdict]),
    );
    expect(verdicts.get("jvm#0")).not.toBe("sure");
  });

  it("defines nothing from a section that sets the thing beside another («gRPC vs REST»)", () => {
    const notes = notesOf([
      [
        "gRPC за 5 минут",
        "gRPC — открытый RPC-фреймворк от Google: описываешь сервис в .proto и вызываешь удаленный метод как обычную функцию.\nПод капотом HTTP/2, сообщения сериализуются в protobuf.",
      ],
      [
        "gRPC vs REST — когда что",
        "gRPC:\n• строгий контракт в .proto и кодоген клиентов под любой язык\n• компактный бинарный protobuf + HTTP/2 → меньше трафика\nREST:\n• читается глазами, отлаживается через curl и браузер\nИтог для себя: gRPC — между своими микросервисами, REST — наружу.",
      ],
    ]);
    const { judged } = notes.explain("grpc это что");
    expect(judged.map((j) => [j.passage.id, j.verdict])).toEqual([
      ["jvm#0", "sure"],
      ["jvm#1", "possible"],
    ]);
  });

  it("answers a comparison with the first passage under a heading that names both sides («Главное» under «Artifacts vs cache»)", () => {
    const sections: [string[], string][] = [
      [
        ["Artifacts vs cache", "Главное"],
        "| Что | Artifacts | Cache |\n| --- | --- | --- |\n| зачем | передать собранное дальше по пайпу | не качать зависимости заново |\n| где | на сервере GitLab | на раннере, может не оказаться |",
      ],
      [
        ["Artifacts vs cache", "Cache у нас"],
        "Cache держим в S3 раннеров, ключ cache от хэша package-lock.json, artifacts не трогаем.",
      ],
      [
        ["Artifacts vs cache", "Artifacts"],
        "Artifacts хранятся expire_in, потом удаляются; cache и artifacts качаются в начале джобы.",
      ],
    ];
    const notes = createSearchEngine({
      topics: [topic("ci", sections.length)],
      passages: sections.map(([headingPath, text], i) =>
        passage(text, { id: `ci#${i}`, topicId: "ci", headingPath, order: i }),
      ),
      glossary: [],
      warnings: [],
    });
    const answer = notes.answer("artifacts vs cache в чем разница");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("ci#0");
  });

  const ansible = () => {
    const sections: [string, string[], string][] = [
      [
        "vars",
        ["Где объявить переменные"],
        "Переменные задают в инвентаре, в group_vars и host_vars, в плейбуке (vars:) и в роли: defaults/main.yml и vars/main.yml. Разница между defaults и vars в роли — в приоритете, см. роли.",
      ],
      [
        "roles",
        ["Структура роли"],
        "Роль — это каталог: tasks/, handlers/, templates/, defaults/, vars/, meta/.",
      ],
      [
        "roles",
        ["defaults vs vars"],
        "defaults/main.yml — значения по умолчанию, их пользователь может переопределить.\nvars/main.yml — внутренние константы, их переопределять не предполагается.",
      ],
      ["roles", ["defaults vs vars"], "```yaml\n# defaults/main.yml\nnginx_port: 80\n```"],
    ];
    return createSearchEngine({
      topics: [topic("vars", 1), topic("roles", 3, { title: "Роли" })],
      passages: sections.map(([topicId, headingPath, text], i) =>
        passage(text, { id: `${topicId}#${i}`, topicId, headingPath, order: i }),
      ),
      glossary: [],
      warnings: [],
    });
  };

  it("answers a comparison with the section headed «X vs Y» when the question also says where both are («defaults vs vars в роли»)", () => {
    const answer = ansible().answer("defaults vs vars в роли");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("roles#2");
  });

  it("defines nothing from a section on how it differs from another («Главное отличие ReplicaSet от Deployment»)", () => {
    const notes = notesOf([
      [
        "Главное отличие ReplicaSet от Deployment",
        "Deployment управляет репликасетами и умеет плавно обновлять приложение, ReplicaSet только держит число подов.",
      ],
      ["Что такое Deployment", "Deployment описывает приложение: образ, число реплик, стратегию обновления."],
    ]);
    const verdicts = new Map(
      notes.explain("что такое deployment").judged.map((j) => [j.passage.id, j.verdict]),
    );
    expect(verdicts.get("jvm#0")).not.toBe("sure");
    expect(verdicts.get("jvm#1")).toBe("sure");
  });
});

describe("understanding with the notes' sounds", () => {
  it("re-types a question whose other layout has words the notes only say in English («неймспейс»)", () => {
    const texts = [
      "Namespace делит кластер на части для команд и окружений.",
      "Поды живут в namespace, сервисы тоже.",
    ];
    const notes = createSearchEngine({
      topics: [topic("ns", 2)],
      passages: texts.map((text, i) => passage(text, { id: `ns#${i}`, topicId: "ns", order: i })),
      glossary: [],
      warnings: [],
    });
    // «cvtybnm ytqvcgtqc» is «сменить неймспейс»: «сменить» is in no note, «неймспейс» is namespace by its sound.
    expect(notes.explain("cvtybnm ytqvcgtqc").meant).toBe("сменить namespace");
  });
});

describe("answer: lifts from feedback", () => {
  /** Lifts that raise one passage fully for any question, recording the terms they were asked for. */
  const liftFor = (id: string) => {
    const asked: string[][] = [];
    const lifts: Lifts = {
      for(terms) {
        asked.push([...terms]);
        return new Map([[id, 1]]);
      },
    };
    return { lifts, asked };
  };
  const ids = (answer: Extract<Answer, { kind: "found" }>) =>
    [...answer.hits, ...answer.more].map((h) => h.passage.id);

  it("reorders close candidates: a lifted second passage becomes the answer", () => {
    const plain = found("что такое под");
    const second = ids(plain)[1] as string;
    const { lifts, asked } = liftFor(second);
    const lifted = engine.answer("что такое под", lifts);
    expect(lifted.kind === "found" && ids(lifted)[0]).toBe(second);
    expect(asked).toContainEqual(plain.terms);
  });

  it("cannot lift a passage past a strong exact match", () => {
    const plain = found("как установить чарт helm");
    const [best, weak] = ids(plain) as [string, string];
    const lifted = engine.answer("как установить чарт helm", liftFor(weak).lifts);
    expect(lifted.kind === "found" && ids(lifted).slice(0, 2)).toEqual([best, weak]);
  });

  it("applies lifts to a question asked before, and only to the answer they are given for", () => {
    const fresh = createSearchEngine(kb);
    const plain = fresh.answer("что такое под");
    if (plain.kind !== "found") throw new Error("expected an answer to «что такое под»");
    const second = ids(plain)[1] as string;
    const lifted = fresh.answer("что такое под", liftFor(second).lifts);
    expect(lifted.kind === "found" && ids(lifted)[0]).toBe(second);
    expect(fresh.answer("что такое под")).toEqual(plain);
  });

  it("never turns «nothing» into an answer, whatever it lifts", () => {
    const everything: Lifts = { for: () => new Map(kb.passages.map((p) => [p.id, 1])) };
    for (const query of ["что такое etcd", "что такое rbac"])
      expect(engine.answer(query, everything).kind, query).toBe("nothing");
  });
});

describe("findTopic", () => {
  const topicOf = (name: string) => {
    const found = engine.findTopic(name);
    return found.kind === "topic" ? found.topic : undefined;
  };

  it("finds «автоскейлинг» as the scaling topic: a name holding the alias «скейлинг»", () => {
    expect(topicOf("автоскейлинг")?.id).toBe("scaling");
  });

  const cases: [string, string][] = [
    ["сервисы", "services"],
    ["Services", "services"],
    ["svc", "services"],
    ["ingress", "ingress"],
    ["ингресс", "ingress"],
    ["теинты", "node-placement"],
    ["хельм", "helm"],
    ["ыукмшсуы", "services"],
    ["cthdbcs", "services"],
    ["штпкуыы", "ingress"],
  ];
  for (const [name, id] of cases) {
    it(`finds «${name}» as ${id}`, () => {
      expect(topicOf(name)?.id).toBe(id);
    });
  }

  it("finds every topic by its id, its title and each alias", () => {
    for (const topic of kb.topics) {
      for (const name of [topic.id, topic.title, ...topic.aliases]) {
        expect(topicOf(name), `${topic.id}: «${name}»`).toBe(topic);
      }
    }
  });

  it("finds a topic by meaning only through a passage that surely answers the name", () => {
    // «хранилище» is what the PV/PVC section is about, sure: its topic opens.
    const storage = engine.answer("хранилище");
    expect(storage.kind).toBe("found");
    expect(topicOf("хранилище")?.id).toBe(storage.kind === "found" ? storage.hits[0]?.passage.topicId : "");
  });

  it("offers the sections a name may mean, and opens no topic, when no passage surely answers it", () => {
    // The DaemonSet section names log and monitoring agents among its uses: no topic about logs.
    for (const name of ["логи", "мониторинг"]) {
      const found = engine.findTopic(name);
      expect(found.kind, name).toBe("near");
      const ids = found.kind === "near" ? found.passages.map((p) => p.id) : [];
      expect(ids, name).toContain("statefulset-daemonset#1");
      expect(ids.length, name).toBeLessThanOrEqual(3);
    }
  });

  it("finds nothing for an empty name or one the notes do not know", () => {
    for (const name of ["", "   ", "rbac", "🙂"]) expect(engine.findTopic(name).kind, name).toBe("none");
  });
});

describe("createSearchEngine", () => {
  it("exposes passages by id and the topics", () => {
    const first = kb.passages[0] as Passage;
    expect(engine.passage(first.id)).toBe(first);
    expect(engine.passage("no-such#0")).toBeUndefined();
    expect(engine.topics).toBe(kb.topics);
  });

  it("works on a knowledge base without a glossary", () => {
    const bare = createSearchEngine({ ...kb, glossary: [] });
    expectValid(bare.answer("kubectl label nodes"));
    expect(bare.answer("kubectl label nodes").kind).toBe("found");
  });
});

describe("a question that asks how many", () => {
  it("wants a number of what it asks, not of the notes' subject: «сколько потоков у редиса» is no «модуль 5»", () => {
    const notes = kbFromPassages([
      {
        heading: "Redis",
        text: "Курс по бэкенду, модуль 5. Redis работает без лишних потоков: команды идут по очереди.",
      },
      { heading: "Sentinel", text: "Redis Sentinel следит за мастером. Сентинелов минимум 3." },
      { heading: "Кэш", text: "Redis часто ставят кэшем перед базой данных." },
      { heading: "Кластер", text: "Redis Cluster делит ключи на слоты между мастерами." },
    ]);
    const search = createSearchEngine({ ...notes, glossary: [] });
    expect(search.answer("сколько потоков у редиса").kind).not.toBe("found");
    const sentinels = search.answer("сколько сентинелов нужно редису");
    expect(sentinels.kind === "found" && sentinels.hits[0]?.passage.id).toBe("notes#1");
  });
});

describe("notes that correct themselves", () => {
  it("show a passage they correct later with its correction right after it", () => {
    const notes = kbFromPassages([
      {
        heading: "backoffLimit",
        text: "backoffLimit — сколько раз джоба пробует перезапуск. По умолчанию 3.",
      },
      { heading: "completions", text: "completions — сколько подов должно успешно завершиться." },
      { heading: "parallelism", text: "parallelism — сколько подов работает одновременно." },
      { heading: "Поправка", text: "поправка: по умолчанию backoffLimit = 6, а не 3." },
      { heading: "activeDeadlineSeconds", text: "activeDeadlineSeconds — лимит по времени на всю джобу." },
    ]);
    const search = createSearchEngine({ ...notes, glossary: [] });
    const ids = (answer: Answer) =>
      (answer.kind === "found" ? answer.hits : answer.kind === "uncertain" ? answer.candidates : []).map(
        (h) => h.passage.id,
      );
    const defined = search.answer("что такое backoffLimit");
    expect(defined.kind).toBe("found");
    expect(ids(defined).slice(0, 2)).toEqual(["notes#0", "notes#3"]);
    // What the notes do not correct is shown alone.
    expect(ids(search.answer("что такое completions"))).toEqual(["notes#1"]);
  });

  it("show a correction from its start, whatever else its passage says", () => {
    const long = (words: string) => `${words} `.repeat(30).trim();
    const notes = kbFromPassages([
      {
        heading: "ttlSecondsAfterFinished",
        text: "ttlSecondsAfterFinished — через сколько секунд после окончания джобу удалит TTL-контроллер. Только для успешных.",
      },
      { heading: "parallelism", text: "parallelism — сколько подов работает одновременно." },
      {
        heading: "",
        text: [
          "не так! ttl срабатывает и для Complete, и для Failed.",
          "",
          long("Поле ttlSecondsAfterFinished в spec удаляет джобу."),
          "",
          "ttlSecondsAfterFinished: 0 → джоба удалится сразу как закончится, ttlSecondsAfterFinished удобно.",
        ].join("\n"),
      },
    ]);
    const answer = createSearchEngine({ ...notes, glossary: [] }).answer("что такое ttlSecondsAfterFinished");
    const correction =
      answer.kind === "found" ? answer.hits.find((h) => h.passage.id === "notes#2") : undefined;
    expect(correction && snippetText(correction)).toMatch(/^не так! ttl срабатывает/u);
  });
});

describe("a list inside the section a question names", () => {
  it("shows the section's list with its opening when the opening lists nothing («какие фильтры бывают у httproute»)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "konspekt-list-"));
    try {
      await writeFile(
        path.join(dir, "HTTPRoute.md"),
        [
          "# HTTPRoute",
          "",
          "HTTPRoute - маршрут HTTP в Gateway API: hostnames, matches и filters, куда слать трафик (`backendRefs`).",
          "Filters в HTTPRoute меняют запрос по дороге.",
          "",
          "## filters",
          "",
          "- RequestHeaderModifier - добавить или убрать заголовок запроса",
          "- RequestRedirect - редирект, например на https",
          "- URLRewrite - переписать путь перед бэкендом",
          "",
          "## backendRefs",
          "",
          "Куда слать трафик: сервис и порт, можно с весами для canary.",
          "",
        ].join("\n"),
      );
      await writeFile(
        path.join(dir, "Gateway.md"),
        "# Gateway\n\nGateway - точка входа: listeners, порты, TLS.\n",
      );
      const search = createSearchEngine(await loadKnowledge(dir));
      const answer = search.answer("какие фильтры бывают у httproute");
      expect(answer.kind === "found" && answer.hits.map((h) => h.passage.headingPath.join(" › "))).toEqual([
        "",
        "filters",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a term that heads a section of sub-sections only", () => {
  it("is defined by the first of them («трилемма» under «Трилемма (невозможная троица)»)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "konspekt-opens-"));
    try {
      await writeFile(
        path.join(dir, "Макроэкономика.md"),
        [
          "# Макроэкономика",
          "",
          "## Валютный курс",
          "",
          "Курс - цена одной валюты в другой.",
          "",
          "### Трилемма (невозможная троица)",
          "",
          "#### Нельзя одновременно",
          "",
          "Фиксированный курс, свободный капитал и своя ставка: можно выбрать только два из трех.",
          "",
          "#### Вопросы к семинару",
          "",
          "Какой угол выбрал Китай? А еврозона?",
          "",
        ].join("\n"),
      );
      const search = createSearchEngine(await loadKnowledge(dir));
      const answer = search.answer("трилемма");
      expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath.at(-1)).toBe(
        "Нельзя одновременно",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a kind of thing the notes never name", () => {
  it("does not let a passage on the thing stand apart for a kind of it the notes never say («византийская»)", async () => {
    // Notes on distributed systems that cover Raft's quorums, and never Byzantine faults.
    const search = createSearchEngine(
      await loadKnowledge(path.join(import.meta.dirname, "../eval/dev-ascii/notes")),
    );
    const byzantine = "византийская отказоустойчивость, сколько нужно узлов если часть из них врет";
    expect(search.answer(byzantine).kind).not.toBe("found");
    // Without the kind, the passage on the thing is the answer.
    expect(search.answer("отказоустойчивость, сколько нужно узлов если часть из них отказала").kind).toBe(
      "found",
    );
  });
});

describe("definitions of a longer name", () => {
  it("does not take the definition of «X console» for one of X", () => {
    const notes = kbFromPassages([
      {
        heading: "terraform console",
        text: "terraform console — интерактивная консоль для проверки выражений и функций.",
      },
      {
        heading: "terraform — что это",
        text: "Terraform (терраформ, тф) — инструмент от HashiCorp для описания инфраструктуры кодом.",
      },
    ]);
    const { judged } = createSearchEngine({ ...notes, glossary: [] }).explain("что такое терраформ");
    const verdictOf = (start: string) => judged.find((c) => c.passage.text.startsWith(start))?.verdict;
    expect(verdictOf("terraform console")).not.toBe("sure");
    expect(verdictOf("Terraform (терраформ")).toBe("sure");
  });

  it("does not take «terraform output — …» for what an output is, however the question names terraform", () => {
    const notes = kbFromPassages([
      {
        heading: "outputs",
        text: "`terraform output` — показать все значения, `terraform output -raw web_ip` — одно значение.",
      },
      { heading: "outputs", text: "output — значение, которое модуль отдаёт наружу после apply." },
      // Notes on Terraform say «terraform» everywhere: it is what the question is in, not what it asks about.
      ...["apply", "plan", "init", "state", "import", "fmt"].map((command) => ({
        heading: `terraform ${command}`,
        text: `Команда terraform ${command} работает с инфраструктурой из кода.`,
      })),
    ]);
    const { judged } = createSearchEngine({ ...notes, glossary: [] }).explain("output в терраформе что это");
    const verdictOf = (start: string) => judged.find((c) => c.passage.text.startsWith(start))?.verdict;
    expect(verdictOf("`terraform output`")).not.toBe("sure");
    expect(verdictOf("output —")).toBe("sure");
    // …but «что делает terraform output» names the command itself.
    const asked = createSearchEngine({ ...notes, glossary: [] }).explain(
      "что делает terraform output",
    ).judged;
    expect(asked.find((c) => c.passage.text.startsWith("`terraform output`"))?.verdict).toBe("sure");
  });

  it("takes «Apache Kafka — …» for what Kafka is, over a table headed «Kafka vs RabbitMQ»", () => {
    const notes = kbFromPassages([
      {
        heading: "Что такое кафка",
        text: "Apache Kafka - это распределенный лог событий. Продюсеры пишут сообщения в топики, консьюмеры читают.",
      },
      {
        heading: "Kafka vs RabbitMQ",
        text: "| | Kafka | RabbitMQ |\n|---|---|---|\n| модель | лог | очередь |\n\nесли нужна очередь задач - кролик.",
      },
    ]);
    const answer = createSearchEngine({ ...notes, glossary: [] }).answer("что такое kafka");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#0");
  });
});

describe("a how-to about a thing no note names", () => {
  it("is not answered surely by a passage that does the action to something else", () => {
    const notes = kbFromPassages([
      {
        heading: "nack и reject",
        text: "requeue=false — сообщение выкинется или, если у очереди настроен DLX, уйдет туда. Сообщения копятся в очереди.",
      },
      { heading: "Очередь", text: "Очередь — буфер, где лежат сообщения, пока их не заберет консьюмер." },
      { heading: "Эксчейндж", text: "Exchange — точка, куда публикуют сообщения." },
    ]);
    const engine = createSearchEngine({ ...notes, glossary: [] });
    expect(engine.answer("как настроить приоритеты сообщений в очереди").kind).not.toBe("found");
    // The same question about a thing the notes name may be answered.
    expect(engine.explain("как настроить dlx").judged[0]?.passage.id).toBe("notes#0");
  });
});

describe("what a definition places its subject in", () => {
  it("does not define «маппинг в elasticsearch» by the passage that defines Elasticsearch", () => {
    const notes = kbFromPassages([
      {
        heading: "Что это",
        text: "Elasticsearch (он же эластик) - это распределенный поисковый движок поверх Lucene.\n\n```\nPUT /products/_doc/1\n```",
      },
      { heading: "Индекс", text: "Индекс - коллекция документов, у каждого индекса есть маппинг." },
      { heading: "Маппинг", text: "Маппинг - это схема индекса: какие в нем поля и какого они типа." },
    ]);
    const engine = createSearchEngine({ ...notes, glossary: [] });
    const { judged } = engine.explain("что такое маппинг в elasticsearch");
    expect(judged.find((c) => c.passage.id === "notes#0")?.verdict).not.toBe("sure");
    expect(judged.find((c) => c.passage.id === "notes#2")?.verdict).not.toBe("none");
    const answer = engine.answer("что такое маппинг в elasticsearch");
    expect(answer.kind !== "found" || answer.hits[0]?.passage.id === "notes#2").toBe(true);
  });

  it("ranks a passage no higher for saying where in passing: «что такое taint в кубере»", () => {
    const notes = kbFromPassages([
      { heading: "Аффинити", text: "Аффинити притягивает под к нодам, у него есть операторы In и NotIn." },
      {
        heading: "Taints",
        text: "Taint наоборот: нода отталкивает поды. Taint вешают на ноду в виде key=value:effect, снимают taint с минусом.",
      },
      {
        heading: "Taints",
        text: "Встроенные taint ставит node controller по состоянию ноды: not-ready, unreachable, memory-pressure. Кубер сам добавляет подам толерейшны на пять минут.",
      },
      { heading: "Дебаг", text: "Первым делом kubectl describe pod и смотрим события внизу." },
    ]);
    const engine = createSearchEngine({ ...notes, glossary: [] });
    const { judged } = engine.explain("что такое taint в кубере");
    expect(judged[0]?.passage.id).toBe("notes#1");
    // It still counts: said where asked, a passage ranks above one that is otherwise the same.
    const [inKube, plain] = createSearchEngine({
      ...kbFromPassages([
        { heading: "Taints", text: "Taint отталкивает поды от ноды, кубер ставит их сам." },
        { heading: "Taints", text: "Taint отталкивает поды от ноды, их ставят руками." },
      ]),
      glossary: [],
    }).explain("что такое taint в кубере").judged;
    expect([inKube?.passage.id, plain?.passage.id]).toEqual(["notes#0", "notes#1"]);
  });

  it("counts where the subject is as said when the notes' title says it: «что такое чарт в хелме» of slides on Helm", () => {
    const sections = [
      {
        heading: "Термины",
        text: "• Chart (чарт) — пакет: папка или архив с шаблонами манифестов и значениями по умолчанию\n• Release (релиз) — установка чарта в кластер под своим именем",
      },
      {
        heading: "Установка",
        text: "Helm ставит чарт командой helm install, а сам чарт Helm берёт из репозитория.",
      },
      {
        heading: "Зачем Helm",
        text: "Helm — пакетный менеджер для Kubernetes, как apt, только ставит манифесты.",
      },
    ];
    const engine = createSearchEngine(kbFromPassages(sections, [], { title: "Лекция 7. Helm и шаблоны" }));
    // The passage that defines a chart is about all the question asks, as the ones that also say «Helm» are.
    const coverage = engine
      .explain("что такое чарт в хелме")
      .judged.find((c) => c.passage.id === "notes#0")?.coverage;
    expect(coverage).toBe(1);
  });

  it("reads a heading that only asks «Что это» as asking it of the note's title: a Logseq page «Go/context»", () => {
    const sections = [
      {
        heading: "Что это",
        text: "- context.Context — штука, которая несет сигнал отмены и дедлайн через цепочку вызовов",
      },
      {
        heading: "Производные контексты",
        text: "- дерево: отмена родительского контекста отменяет всех детей",
      },
      { heading: "Контекст в хендлере", text: "- r.Context() отменяется, когда клиент закрыл соединение" },
    ];
    const engine = createSearchEngine(
      kbFromPassages(sections, [], { title: "Go / context", aliases: ["контекст"] }),
    );
    const answer = engine.answer("контекст в го это че вообще");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#0");
    const judged = engine.explain("что такое контекст").judged;
    expect(judged.find((c) => c.passage.id === "notes#0")?.verdict).toBe("sure");
  });

  it("answers from the passage that defines the subject, though it never names where the subject is", () => {
    // Notes on Kubernetes rarely repeat «Kubernetes»: the definition of a deployment does not.
    const notes = kbFromPassages([
      {
        heading: "Деплоймент",
        text: "Деплоймент описывает приложение: образ, число реплик, стратегию обновления.",
      },
      { heading: "Kubernetes", text: "Kubernetes запускает контейнеры на кластере машин и следит за ними." },
      { heading: "Сервис", text: "Сервис дает подам постоянный адрес внутри кластера." },
    ]);
    const engine = createSearchEngine({ ...notes, glossary: [["deployment", "деплоймент"]] });
    const [first] = engine.explain("what is a deployment in kubernetes").judged;
    expect(first?.passage.id).toBe("notes#0");
    expect(first?.coverage).toBeCloseTo(1, 9);
    expect(first?.verdict).toBe("sure");
  });
});

describe("a subject's own section", () => {
  it("is the opening of a note whose title asks what the thing is («terraform — что это»)", () => {
    const note = (title: string, texts: string[]) =>
      texts.map((text, i) =>
        passage(text, { id: `${title}#${i}`, topicId: title, topicTitle: title, headingPath: [], order: i }),
      );
    const passages = [
      ...note("terraform — что это", [
        "Terraform — инструмент для описания инфраструктуры кодом.",
        "Все *.tf в одной папке — один модуль.",
      ]),
      ...note("terraform init", [
        "terraform init качает провайдеры terraform и модули terraform.",
        "Запускать первым.",
      ]),
      ...note("terraform plan", [
        "terraform plan показывает, что terraform изменит.",
        "План можно сохранить.",
      ]),
    ];
    const engine = createSearchEngine({
      topics: ["terraform — что это", "terraform init", "terraform plan"].map((t) => ({
        ...topic(t, 2),
        title: t,
      })),
      passages,
      glossary: [],
      warnings: [],
    });
    const answer = engine.answer("что такое terraform");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("terraform — что это#0");
  });

  it("is the opening of a note titled by the thing («# Замыкания (closures)» over «Closure — блок кода…»)", () => {
    const note = (title: string, parts: [string[], string][]) =>
      parts.map(([headingPath, text], i) =>
        passage(text, { id: `${title}#${i}`, topicId: title, topicTitle: title, headingPath, order: i }),
      );
    const kbOf = (title: string): KnowledgeBase => ({
      topics: [title, "ARC"].map((t) => ({ ...topic(t, 2), title: t })),
      passages: [
        ...note(title, [
          [[], "Closure — блок кода, который можно передать как значение и вызвать потом."],
          [["@escaping"], "Если замыкание сохраняется в свойство, его помечают @escaping."],
        ]),
        ...note("ARC", [
          [[], "ARC считает сильные ссылки на объект."],
          [
            ["Retain cycle через замыкание"],
            "Замыкание, которое держит self, а self держит замыкание, — цикл.",
          ],
        ]),
      ],
      glossary: [],
      warnings: [],
    });
    const first = (kb: KnowledgeBase) => {
      const answer = createSearchEngine(kb).answer("что такое замыкание");
      return answer.kind === "found" ? answer.hits[0]?.passage.id : undefined;
    };
    expect(first(kbOf("Замыкания (closures)"))).toBe("Замыкания (closures)#0");
    // Not a title that sets two things side by side: its opening is about neither alone.
    expect(first(kbOf("Замыкания vs функции"))).not.toBe("Замыкания vs функции#0");
  });

  it("is headed by a question of what the thing is («Что значит sealed»), not by something that happens", () => {
    const engine = createSearchEngine(
      kbFromPassages([
        {
          heading: "Seal руками",
          text: "vault operator seal — если подозрение на взлом. Ключи выкидываются из памяти, всё встает.",
        },
        {
          heading: "Что значит sealed",
          text: "При старте волт всегда в состоянии sealed: данные лежат зашифрованные, расшифровать их он не может.",
        },
        { heading: "Init", text: "vault operator init режет unseal key на части по Шамиру." },
      ]),
    );
    const answer = engine.answer("что значит sealed");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#1");
  });

  it("is headed by the subject beside its other name in brackets: «DAG (даг)» answers «что такое даг»", () => {
    const notes = kbFromPassages([
      {
        heading: "DAG (даг)",
        text: "DAG = directed acyclic graph. Даг — это набор тасок, зависимостей между ними и расписание.",
      },
      {
        heading: "Как Airflow находит даги",
        text: "- даг = питоновский файл в папке dags\n- новый даг шедулер ищет раз в 5 минут\n- даг виден, если объект лежит в модуле\n- даг на паузе по умолчанию",
      },
    ]);
    const answer = createSearchEngine({ ...notes, glossary: [] }).answer("что такое даг");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#0");
  });

  it("is headed by the subject after a number too: «5. Парадокс пестицида» defines the paradox", () => {
    const notes = kbFromPassages([
      {
        heading: "5. Парадокс пестицида",
        text: "Если повторять одни и те же тесты, они перестают находить новые баги.",
      },
      {
        heading: "7. Заблуждение об отсутствии ошибок",
        text: "Найти и исправить все баги мало, если система не нужна пользователю. Парадокс пестицида тут ни при чем.",
      },
    ]);
    const answer = createSearchEngine({ ...notes, glossary: [] }).answer("что такое парадокс пестицида");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#0");
  });

  it("answers «что такое оффсет» from the section headed «Оффсет», not the one headed «Коммит оффсетов»", () => {
    const notes = kbFromPassages([
      { heading: "Топик", text: "Топик - именованный поток сообщений одного вида." },
      {
        heading: "Оффсет",
        text: "Оффсет (offset) - порядковый номер сообщения внутри партиции: 0, 1, 2. Консьюмер запоминает, до какого места дочитал, и после рестарта продолжает оттуда.",
      },
      { heading: "Коммит оффсетов", text: "Оффсеты групп лежат в служебном топике. Оффсеты коммитят." },
    ]);
    const answer = createSearchEngine({ ...notes, glossary: [] }).answer("что такое оффсет");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("notes#1");
  });
});

describe("a how-to's action and what it is done to", () => {
  it("is not sure of a passage that does the action to something else, and is of the command for the thing", () => {
    const notes = kbFromPassages([
      {
        heading: "Compose",
        text: "- `docker compose up -d --build` - пересобрать образы и поднять\n- `docker compose down` - остановить и удалить контейнеры и сеть",
      },
      {
        heading: "Команды",
        text: "```bash\ndocker images  # список образов\ndocker rmi nginx  # удалить образ\n```",
      },
      { heading: "Тома", text: "Тома живут отдельно от контейнеров, данные в них остаются." },
    ]);
    const { judged } = createSearchEngine({ ...notes, glossary: [] }).explain("как удалить образ");
    const verdictOf = (id: string) => judged.find((c) => c.passage.id === id)?.verdict;
    expect(verdictOf("notes#0")).not.toBe("sure");
    expect(verdictOf("notes#1")).toBe("sure");
  });
});

describe("list questions", () => {
  const plugins = ["Calico", "Flannel", "Weave"].map((name, i) =>
    passage(
      `${name} — сетевой плагин. Методы маршрутизации: ${["BGP и маршрутизация на уровне узла", "VXLAN, UDP и Host-GW", "mesh-сеть между узлами"][i]}.`,
      {
        id: `cni#${i}`,
        topicId: "cni",
        topicTitle: "Сеть",
        headingPath: ["Сетевые плагины", name],
        order: i,
      },
    ),
  );
  // Other notes, so that «методы маршрутизации» are words of the plugins' sections, not of every passage.
  const other = [
    "Под — минимальная единица.",
    "Сервис даёт подам имя.",
    "Секрет хранит пароли.",
    "Том хранит данные.",
  ];
  const engine = createSearchEngine({
    topics: [topic("cni", 0, { title: "Сеть" }), topic("other", 0)],
    passages: [
      ...plugins,
      ...other.map((text, i) =>
        passage(text, {
          id: `other#${i}`,
          topicId: "other",
          topicTitle: "Другое",
          headingPath: [`Раздел ${i}`],
        }),
      ),
    ],
    glossary: [["routing", "маршрутизация"]],
    warnings: [],
  });
  const shown = (q: string) => {
    const a = engine.answer(q);
    return a.kind === "found" ? a.hits.map((h) => h.passage.id) : [];
  };

  it("answers with the sections of the list when the question asks for the list", () => {
    expect(shown("какие бывают сетевые плагины")).toEqual(["cni#0", "cni#1", "cni#2"]);
  });

  it("answers with one section alone when the question names it: the list inside it is asked for", () => {
    expect(shown("какие методы маршрутизации есть у flannel")).toEqual(["cni#1"]);
  });
});

describe("links to other notes", () => {
  it("never answers with a passage that only links elsewhere, though it has the words asked", () => {
    const notes = kbFromPassages([
      { heading: "Связано", text: "Связано: drift, terraform state" },
      { heading: "Дрифт", text: "Дрифт — когда реальная инфраструктура разошлась со стейтом и кодом." },
      {
        heading: "Обнаружить",
        text: "Обнаружить дрифт: `terraform plan -refresh-only` показывает изменения.",
      },
    ]);
    const links = notes.passages[0] as Passage;
    const withLinks = { ...notes, passages: [{ ...links, navigation: true }, ...notes.passages.slice(1)] };
    const ids = (kb: KnowledgeBase) =>
      createSearchEngine({ ...kb, glossary: [] })
        .explain("дрифт drift")
        .judged.map((c) => c.passage.id);
    expect(ids(notes)).toContain(links.id);
    expect(ids(withLinks)).not.toContain(links.id);
    expect(ids(withLinks).length).toBeGreaterThan(0);
  });
});

describe("nouns Snowball cuts as verbs", () => {
  it("matches «память» in a question with «памяти» in the notes", () => {
    const notes = kbFromPassages([
      { heading: "Лимиты", text: "Лимит памяти задаётся директивой maxmemory." },
      { heading: "Без лимита", text: "Без лимита Redis съест всю память." },
      { heading: "Сеть", text: "Сеть связывает поды между собой." },
    ]);
    const engine = createSearchEngine(notes);
    expect(engine.explain("памяти").terms.map((t) => t.term)).toEqual(
      engine.explain("память").terms.map((t) => t.term),
    );
    const found = engine.explain("память").judged.map((c) => c.passage.id);
    expect(found).toEqual(expect.arrayContaining(["notes#0", "notes#1"]));
  });
});

describe("questions asked in a chat", () => {
  it("answers a why-question with the answer under the same question, though the answer has headings of its own", () => {
    const asked = "что будет если память кончится";
    const base = { topicId: "redis", topicTitle: "Redis" };
    const notes: KnowledgeBase = {
      topics: [topic("redis", 2)],
      passages: [
        passage(
          "Лимит памяти задаётся директивой maxmemory. Когда лимит достигнут, Redis вытесняет ключи, а без лимита съест всю память.",
          { ...base, id: "redis#0", order: 0, headingPath: [asked, "maxmemory и вытеснение"] },
        ),
        passage("Pipelining — клиент шлёт пачку команд сразу и читает ответы разом.", {
          ...base,
          id: "redis#1",
          order: 1,
          headingPath: ["как работает pipeline"],
        }),
      ],
      glossary: [],
      warnings: [],
    };
    const answer = createSearchEngine(notes).answer(asked);
    expect(answer.kind).toBe("found");
    expect(answer.kind === "found" && answer.hits[0]?.passage.id).toBe("redis#0");
  });
});

describe("buildSearchEngine", () => {
  it("builds the engine createSearchEngine builds, letting other work run between its steps", async () => {
    // Three copies of the notes: more passages than one step indexes.
    const copies = [0, 1, 2].flatMap((copy) =>
      kb.passages.map((p) => ({ ...p, id: `${p.id}~${copy}`, topicId: `${p.topicId}~${copy}` })),
    );
    expect(copies.length).toBeGreaterThan(PASSAGES_PER_STEP);
    const topics = [0, 1, 2].flatMap((copy) => kb.topics.map((t) => ({ ...t, id: `${t.id}~${copy}` })));
    const large: KnowledgeBase = { ...kb, passages: copies, topics };
    let turns = 0;
    const counting = setInterval(() => {
      turns += 1;
    }, 0);
    const built = await buildSearchEngine(large).finally(() => clearInterval(counting));
    // An engine built in one synchronous run would let no timer fire before it is done.
    expect(turns).toBeGreaterThan(0);
    const at = createSearchEngine(large);
    const shown = (a: Answer) =>
      a.kind === "found"
        ? a.hits.map((h) => h.passage.id)
        : a.kind === "uncertain"
          ? a.candidates.map((c) => c.passage.id)
          : [];
    for (const q of ["что такое ингресс", "чем clusterip отличается от nodeport", "кубер сеть", "борщ"]) {
      expect(shown(built.answer(q)), q).toEqual(shown(at.answer(q)));
      expect(built.answer(q).kind, q).toBe(at.answer(q).kind);
    }
  });
});
