import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/search/candidates.ts";
import { asksUnheard, DEFAULT_JUDGE, type Judged, judge, type Verdict } from "../../src/search/judge.ts";
import type { Intent } from "../../src/search/query.ts";
import type { PassageReadings } from "../../src/search/readings.ts";
import type { Lifts } from "../../src/search/types.ts";
import type { QueryTerm } from "../../src/search/understand.ts";
import { candidate as candidateOf, NO_TRAITS, passage } from "../helpers/fixtures.ts";
import { pipelineOf } from "../helpers/pipeline.ts";

/** The verdict on each passage the question gathers, by passage id. */
function verdictsIn(notes: ReturnType<typeof pipelineOf>, query: string): Record<string, Verdict> {
  const question = notes.understanding.understand(query);
  const judged = judge(notes.index.gather(question.terms, 12), question.intent, question.terms, notes.index);
  return Object.fromEntries(judged.map((j) => [j.passage.id, j.verdict]));
}

describe("judge: verdicts on a small knowledge base", () => {
  const notes = pipelineOf(
    [
      { text: "Сеть связывает поды между собой.", headingPath: ["Сеть"] },
      {
        text: "Метки на узлах:\n\n```yaml\nlabels:\n  - wrangler.cattle.io/managed-etcd-controller\n```",
        headingPath: ["Метки"],
      },
      {
        text: "Установка чарта:\n\n```bash\nhelm install my-release hello/hello\n```",
        headingPath: ["Установка"],
      },
      { text: "Узлы держат нагрузку.", headingPath: ["Кластер", "Узлы"] },
    ],
    [
      ["network", "сеть"],
      ["helm", "хельм"],
      ["install", "поставить", "установить"],
    ],
  );
  const verdicts = (query: string) => verdictsIn(notes, query);

  it("says none when the subject is only inside a compound identifier", () => {
    expect(verdicts("что такое etcd")).toEqual({ "notes#1": "none" });
  });

  it("says possible to a definition whose subject is only in code", () => {
    expect(verdicts("что такое хельм")).toEqual({ "notes#2": "possible" });
  });

  it("says sure to a how-to whose subject is only in code: the command is the answer", () => {
    expect(verdicts("как поставить хельм")).toEqual({ "notes#2": "sure" });
  });

  it("says possible to a definition whose subject is only a heading above the passage", () => {
    expect(verdicts("что такое кластер")).toEqual({ "notes#3": "possible" });
  });

  it("says sure to a definition of what the passage starts with", () => {
    expect(verdicts("что такое сеть")).toEqual({ "notes#0": "sure" });
  });

  it("is sure of no definition of a thing the notes never name, and offers none as standing apart", () => {
    // «оверлейная сеть» is a kind of network no note names: the passage on networks defines something else.
    expect(verdicts("что такое оверлейная сеть")).toEqual({ "notes#0": "possible" });
    const question = notes.understanding.understand("что такое оверлейная сеть");
    const [top] = judge(notes.index.gather(question.terms, 12), question.intent, question.terms, notes.index);
    expect(top?.elsewhere).toBe(true);
  });

  it("tells when the question's weightiest word is in no note («какие таблетки…»)", () => {
    const cluster = pipelineOf([
      { text: "Сеть связывает поды между собой.", headingPath: ["Сеть"] },
      { text: "Узлы держат нагрузку.", headingPath: ["Кластер", "Узлы"] },
    ]);
    const unheard = (query: string) => asksUnheard(cluster.understanding.understand(query).terms);
    // «таблетки» is in no note: the passage on the cluster's nodes answers something else.
    expect(unheard("какие таблетки держат нагрузку на узлах")).toBe(true);
    // Every word in the notes.
    expect(unheard("какие узлы держат нагрузку")).toBe(false);
  });
});

describe("judge: a how-to that asks for an outcome («как сделать, чтобы…»)", () => {
  const notes = pipelineOf([
    { text: "Бэкенд упал или не отвечает: nginx отдает 502 Bad Gateway.", headingPath: ["Частые ошибки"] },
    { text: "Таймаут чтения: nginx ждет ответа бэкенда 60 секунд.", headingPath: ["Таймауты"] },
    { text: "Запасной сервер в upstream помечают backup.", headingPath: ["Балансировка"] },
    { text: "Кеш хранит ответы на диске.", headingPath: ["Кеш"] },
  ]);
  const verdictsOf = (query: string) => verdictsIn(notes, query);

  it("is not sure of a passage that says nothing of what the asker wants to happen", () => {
    // It says what happens (the backend went down), nothing of a reserve taking over.
    expect(verdictsOf("упал бэкенд, как сделать чтобы подхватывал резервный")["notes#0"]).toBe("possible");
  });

  it("is sure of one that says it", () => {
    expect(verdictsOf("как сделать чтобы бэкенд упал и отдавал 502")["notes#0"]).toBe("sure");
  });
});

/** A candidate matching its whole subject in its own prose, with the given score; overrides win. */
function candidate(id: string, score: number, overrides: Partial<Candidate> = {}): Candidate {
  return candidateOf(
    passage(`passage ${id}`, { id, order: Number(id.split("#")[1] ?? 0) }),
    score,
    overrides,
  );
}

/** Readings that say passages in `starting` start with the subject. */
function indexStarting(...starting: string[]): PassageReadings {
  return {
    startsWith: (p) => starting.includes(p.id),
    startsWithSubject: (p) => starting.includes(p.id),
    opensWithSubject: (p) => starting.includes(p.id),
    heads: () => false,
    asksWhy: () => false,
    namesKinds: () => false,
    compares: () => false,
    opensSectionOf: () => false,
    under: () => false,
    headedBy: () => false,
    headsAll: () => false,
    definesLonger: () => false,
    says: () => true,
    saysTogether: () => true,
    inCode: () => false,
    counts: () => false,
    negates: () => false,
    affirms: () => false,
    asksWhat: () => false,
    glosses: () => false,
  };
}

const TERMS: QueryTerm[] = [
  { term: "subject", form: 1, generic: false, weight: 2, name: true },
  { term: "сделать", form: 1, generic: true, weight: 0.25, name: false },
];

const verdictOf = (c: Candidate, intent: Intent, index = indexStarting()): Verdict =>
  (judge([c], intent, TERMS, index)[0] as Judged).verdict;

describe("judge: thresholds", () => {
  it("needs the sure coverage and subject for sure, the possible ones for possible", () => {
    const sure = { coverage: DEFAULT_JUDGE.sureCoverage, own: DEFAULT_JUDGE.sureSubject };
    expect(verdictOf(candidate("t#0", 1, sure), "other")).toBe("sure");
    expect(verdictOf(candidate("t#0", 1, { ...sure, coverage: 0.49 }), "other")).toBe("possible");
    expect(verdictOf(candidate("t#0", 1, { ...sure, own: 0.59 }), "other")).toBe("possible");
    expect(verdictOf(candidate("t#0", 1, { coverage: 0.29 }), "other")).toBe("none");
    expect(verdictOf(candidate("t#0", 1, { own: 0.29, prose: 0.29 }), "other")).toBe("none");
  });

  it("counts code as three quarters of the subject, and fully for a how-to", () => {
    const inCode = { own: 0, prose: 0, code: 1 };
    expect(verdictOf(candidate("t#0", 1, inCode), "howto")).toBe("sure");
    expect(verdictOf(candidate("t#0", 1, inCode), "other")).toBe("sure");
    expect(verdictOf(candidate("t#0", 1, { ...inCode, code: 0.7 }), "other")).toBe("possible");
    expect(verdictOf(candidate("t#0", 1, { ...inCode, code: 0.7 }), "howto")).toBe("sure");
  });

  it("answers a list, a reason or a definition surely only from prose, not code", () => {
    const inCode = { own: 0, prose: 0, code: 1 };
    for (const intent of ["list", "why", "definition"] as const)
      expect(verdictOf(candidate("t#0", 1, inCode), intent), intent).toBe("possible");
  });

  it("answers a definition surely only from a passage that starts with the subject, not one that mentions it", () => {
    expect(verdictOf(candidate("t#0", 1), "definition")).toBe("possible");
    expect(verdictOf(candidate("t#0", 1), "definition", indexStarting("t#0"))).toBe("sure");
    expect(verdictOf(candidate("t#0", 1), "other")).toBe("sure");
  });

  it("answers a definition surely only from a passage that speaks of the subject, not of something about it", () => {
    // «Информация о релизе хранится…» starts with «релиз», as a word after a preposition: about it, no definition.
    const about: PassageReadings = { ...indexStarting("t#0"), startsWithSubject: () => false };
    expect(verdictOf(candidate("t#0", 1), "definition", about)).toBe("possible");
    expect(verdictOf(candidate("t#0", 1), "why", about)).toBe("sure");
  });

  it("gives a reason surely only from a passage about the thing: its own heading names it, or it starts with it", () => {
    expect(verdictOf(candidate("t#0", 1), "why")).toBe("possible");
    expect(verdictOf(candidate("t#0", 1), "why", indexStarting("t#0"))).toBe("sure");
    const headed: PassageReadings = {
      ...indexStarting(),
      heads: (p, terms) => p.id === "t#0" && terms.has("subject"),
    };
    expect(verdictOf(candidate("t#0", 1), "why", headed)).toBe("sure");
  });

  it("ranks a section that tells two things apart below its rival for a question that asks what one is", () => {
    // «what is a deployment»: «Главное отличие ReplicaSet от Deployment» below «Что такое деплоймент».
    const comparing: PassageReadings = { ...indexStarting("t#0", "t#1"), compares: (p) => p.id === "t#0" };
    const pair = [candidate("t#0", 1.2), candidate("t#1", 1)];
    expect(judge(pair, "definition", TERMS, indexStarting("t#0", "t#1"))[0]?.passage.id).toBe("t#0");
    expect(judge(pair, "definition", TERMS, comparing)[0]?.passage.id).toBe("t#1");
    // For a question of another form it is just a passage.
    expect(judge(pair, "other", TERMS, comparing)[0]?.passage.id).toBe("t#0");
  });

  it("ranks a reason from the section whose heading asks why of the thing above one that only names it", () => {
    // «зачем сервисы, если у подов есть свои айпишники»: «Зачем нужны сервисы» over «Службы среди объектов».
    const headed: PassageReadings = { ...indexStarting(), heads: (_p, terms) => terms.has("subject") };
    const asking: PassageReadings = { ...headed, asksWhy: (p) => p.id === "t#1" };
    const pair = [candidate("t#0", 1.2), candidate("t#1", 1)];
    expect(judge(pair, "why", TERMS, headed)[0]?.passage.id).toBe("t#0");
    expect(judge(pair, "why", TERMS, asking)[0]?.passage.id).toBe("t#1");
    // A definition is not a reason: the heading that asks why ranks it no higher.
    expect(judge(pair, "definition", TERMS, asking)[0]?.passage.id).toBe("t#0");
    // Both headed by the thing alone («Службы (Services)…», «Зачем нужны сервисы»): the one that asks why ranks first.
    const both: PassageReadings = { ...asking, headedBy: () => true };
    expect(judge(pair, "why", TERMS, both)[0]?.passage.id).toBe("t#1");
  });

  it("ranks a definition from the section whose heading asks what the thing is above one that only names it", () => {
    // «oauth что это вообще»: «Что такое OAuth 2.0?» over «OpenID Connect vs OAuth?».
    const headed: PassageReadings = {
      ...indexStarting("t#0", "t#1"),
      heads: (_p, terms) => terms.has("subject"),
    };
    const asking: PassageReadings = { ...headed, asksWhat: (p) => p.id === "t#1" };
    const pair = [candidate("t#0", 1.2), candidate("t#1", 1)];
    expect(judge(pair, "definition", TERMS, headed)[0]?.passage.id).toBe("t#0");
    expect(judge(pair, "definition", TERMS, asking)[0]?.passage.id).toBe("t#1");
    // «что такое conntrack»: «Conntrack: отслеживание соединений» over «Conntrack на практике», which says it more.
    const glossing: PassageReadings = {
      ...headed,
      glosses: (p, terms) => p.id === "t#1" && terms.has("subject"),
    };
    expect(judge(pair, "definition", TERMS, glossing)[0]?.passage.id).toBe("t#1");
    // Only for a question that asks what it is.
    expect(judge(pair, "why", TERMS, asking)[0]?.passage.id).toBe("t#0");
  });

  it("ranks a list from the section whose heading names kinds of the thing above one that only names it", () => {
    // «какие индексы бывают»: «Типы индексов» over «Частичные и покрывающие индексы», which says «индекс» more.
    const headed: PassageReadings = { ...indexStarting(), heads: (_p, terms) => terms.has("subject") };
    const kinds: PassageReadings = {
      ...headed,
      namesKinds: (p, terms) => p.id === "t#1" && terms.has("subject"),
    };
    const pair = [candidate("t#0", 1.2), candidate("t#1", 1)];
    expect(judge(pair, "list", TERMS, headed)[0]?.passage.id).toBe("t#0");
    expect(judge(pair, "list", TERMS, kinds)[0]?.passage.id).toBe("t#1");
    // Only for a list question.
    expect(judge(pair, "definition", TERMS, kinds)[0]?.passage.id).toBe("t#0");
  });

  it("gives a list surely only from a passage about the thing, as a reason", () => {
    // «какие бывают executors» is not answered by steps that need «раннер с docker executor».
    const list = candidate("t#0", 1, { traits: { ...NO_TRAITS, list: true } });
    expect(verdictOf(list, "list")).toBe("possible");
    expect(verdictOf(list, "list", indexStarting("t#0"))).toBe("sure");
  });

  it("takes what a definition defines from the question's heaviest subject words", () => {
    const asked: string[][] = [];
    const recording: PassageReadings = {
      ...indexStarting(),
      startsWithSubject: (_, terms) => {
        asked.push([...terms]);
        return false;
      },
    };
    const terms: QueryTerm[] = [
      { term: "deploy", form: 1, generic: false, weight: 2, name: true },
      { term: "kubernet", form: 1, generic: false, weight: 0.6, name: true },
      { term: "what", form: 1, generic: true, weight: 0.25, name: false },
    ];
    judge([candidate("t#0", 1)], "definition", terms, recording);
    expect(asked).toEqual([["deploy"]]);
  });

  it("answers a definition surely from the heading only when the passage starts with the subject", () => {
    const headed = { own: 1, prose: 0 };
    expect(verdictOf(candidate("t#0", 1, headed), "definition")).toBe("possible");
    expect(verdictOf(candidate("t#0", 1, headed), "definition", indexStarting("t#0"))).toBe("sure");
    expect(verdictOf(candidate("t#0", 1, headed), "list", indexStarting("t#0"))).toBe("sure");
  });
});

describe("judge: a how-to and its command", () => {
  const withCommand = candidate("t#1", 1, { traits: { ...NO_TRAITS, code: true } });

  it("is not sure of prose alone when another passage has a command for the subject", () => {
    const verdicts = judge([candidate("t#0", 3), withCommand], "howto", TERMS, indexStarting()).map((j) => [
      j.passage.id,
      j.verdict,
    ]);
    expect(verdicts).toEqual([
      ["t#0", "possible"],
      ["t#1", "sure"],
    ]);
  });

  it("is sure of prose when no command matched the subject", () => {
    const unrelated = candidate("t#1", 1, { traits: { ...NO_TRAITS, code: true }, own: 0, code: 0.2 });
    expect(judge([candidate("t#0", 3), unrelated], "howto", TERMS, indexStarting())[0]?.verdict).toBe("sure");
  });
});

describe("judge: a reason for what the notes never say happens", () => {
  it("is not sure of any passage for «почему под не стартует»: the notes never say pods «стартуют»", () => {
    const happening: QueryTerm[] = [
      { term: "subject", form: 1, generic: false, weight: 2, name: true },
      { term: "старт", form: 1, generic: true, weight: 0.25, name: false, happening: true },
    ];
    const about = indexStarting("t#0");
    expect((judge([candidate("t#0", 1)], "why", happening, about)[0] as Judged).verdict).toBe("possible");
    expect((judge([candidate("t#0", 1)], "why", TERMS, about)[0] as Judged).verdict).toBe("sure");
    expect((judge([candidate("t#0", 1)], "other", happening, about)[0] as Judged).verdict).toBe("sure");
    // …nor whether it can happen at all («реплика может писать?»): the notes can say neither yes nor no.
    const whether = happening.map((t) => (t.happening ? { ...t, questioned: true } : t));
    expect((judge([candidate("t#0", 1)], "other", whether, about)[0] as Judged).verdict).toBe("possible");
  });

  it("is not sure of any passage for what goes wrong («сервис не отвечает»), whatever is asked of it", () => {
    const failing: QueryTerm[] = [
      { term: "subject", form: 1, generic: false, weight: 2, name: true },
      { term: "отвеча", form: 1, generic: true, weight: 0.25, name: false, happening: true, negated: true },
    ];
    // The passage never says «отвечает», so it says nothing against the question either.
    const about: PassageReadings = { ...indexStarting("t#0"), says: (_, term) => term !== "отвеча" };
    expect((judge([candidate("t#0", 1)], "other", failing, about)[0] as Judged).verdict).toBe("possible");
    expect((judge([candidate("t#0", 1)], "howto", failing, about)[0] as Judged).verdict).toBe("possible");
    // Said plainly, not as what goes wrong, it is the question's everyday verb.
    const plain = failing.map(({ negated: _, ...t }) => t);
    expect((judge([candidate("t#0", 1)], "other", plain, about)[0] as Judged).verdict).toBe("sure");
  });
});

describe("judge: the notes' own subject", () => {
  it("is sure only of a passage that has more of the question than the word every passage has", () => {
    // «как установить редис» over notes on Redis: «redis» is everywhere, «установить» nowhere.
    const terms: QueryTerm[] = [
      { term: "redi", form: 1, generic: false, weight: 0.7, name: true, everywhere: true },
      { term: "установ", form: 1, generic: true, weight: 0.5, name: false },
    ];
    const onlyRedis: PassageReadings = { ...indexStarting(), says: (_, term) => term === "redi" };
    expect(judge([candidate("t#0", 1)], "howto", terms, onlyRedis)[0]?.verdict).toBe("possible");
    expect(judge([candidate("t#0", 1)], "howto", terms, indexStarting())[0]?.verdict).toBe("sure");
    // A question of the notes' subject alone («что такое redis») asks for nothing else.
    const alone = [terms[0] as QueryTerm];
    expect(judge([candidate("t#0", 1)], "other", alone, onlyRedis)[0]?.verdict).toBe("sure");
  });

  it("asks no more than that subject of a definition that only places it («секрет в кубере это что»)", () => {
    const placed: QueryTerm[] = [
      { term: "secret", form: 1, generic: false, weight: 0.4, name: true, everywhere: true },
      { term: "кубер", form: 1, generic: false, weight: 0.4, name: false, setting: true },
    ];
    const onlySecret: PassageReadings = { ...indexStarting("t#0"), says: (_, term) => term === "secret" };
    expect(judge([candidate("t#0", 1)], "definition", placed, onlySecret)[0]?.verdict).toBe("sure");
    const asked = placed.map(({ setting: _, ...t }) => t);
    expect(judge([candidate("t#0", 1)], "definition", asked, onlySecret)[0]?.verdict).toBe("possible");
  });
});

describe("judge: a question that asks how many", () => {
  const MEMORY: QueryTerm[] = [
    { term: "скольк", form: 1, generic: false, weight: 3, name: false },
    { term: "памят", form: 1, generic: false, weight: 2, name: false },
  ];

  it("is sure only of a passage that gives a number of the subject, and never offers one without as clearly apart", () => {
    const words = judge([candidate("t#0", 1)], "quantity", MEMORY, indexStarting())[0] as Judged;
    expect(words).toMatchObject({ verdict: "possible", other: true });
    const counting: PassageReadings = { ...indexStarting(), counts: (_, terms) => terms.has("памят") };
    const number = judge([candidate("t#0", 1)], "quantity", MEMORY, counting)[0] as Judged;
    expect(number.verdict).toBe("sure");
    expect(number.other).toBeUndefined();
  });

  it("ranks a passage that answers another question below one that fits", () => {
    const counting: PassageReadings = { ...indexStarting(), counts: (p) => p.id === "t#1" };
    const judged = judge([candidate("t#0", 1.5), candidate("t#1", 1)], "quantity", MEMORY, counting);
    expect(judged.map((j) => [j.passage.id, j.verdict])).toEqual([
      ["t#1", "sure"],
      ["t#0", "possible"],
    ]);
  });
});

describe("judge: a how-to that asks for an operation", () => {
  const CREATE: QueryTerm[] = [
    { term: "servic", form: 1, generic: false, weight: 2, name: true },
    { term: "creat", form: 1, generic: false, weight: 1, name: false, operation: true },
  ];
  const UNDO: QueryTerm[] = [
    { term: "repositori", form: 1, generic: false, weight: 2, name: true },
    { term: "удал", form: 1, generic: true, weight: 0.5, name: false, operation: true, undoes: true },
  ];
  const WITH_CODE = { traits: { ...NO_TRAITS, code: true } };
  const saying = (...said: string[]): PassageReadings => ({
    ...indexStarting(),
    says: (_, term) => said.includes(term),
  });
  const verdictWith = (index: PassageReadings) =>
    (judge([candidate("t#0", 1, WITH_CODE)], "howto", UNDO, index)[0] as Judged).verdict;

  it("is sure only of a passage with a command: prose says what the thing is, not how to do it", () => {
    const prose = judge([candidate("t#0", 1)], "howto", CREATE, indexStarting())[0] as Judged;
    expect(prose.verdict).toBe("possible");
    const command = judge([candidate("t#0", 1, WITH_CODE)], "howto", CREATE, indexStarting())[0] as Judged;
    expect(command.verdict).toBe("sure");
  });

  it("is not sure of a passage that never says the undoing verb: it shows another («helm repo add»)", () => {
    const judged = judge([candidate("t#0", 1, WITH_CODE)], "howto", UNDO, saying("repositori"))[0] as Judged;
    expect(judged).toMatchObject({ verdict: "possible", other: true });
  });

  it("is sure of one that says the undoing verb, in its text or its heading", () => {
    expect(verdictWith(saying("repositori", "удал"))).toBe("sure");
    expect(verdictWith({ ...saying("repositori"), heads: (_, terms) => terms.has("удал") })).toBe("sure");
  });
});

describe("judge: a negated question", () => {
  const NEGATED: QueryTerm[] = [
    { term: "pod", form: 1, generic: false, weight: 1, name: true },
    { term: "попада", form: 1, generic: false, weight: 2, name: false, negated: true, prevented: true },
  ];
  const judged = (c: Candidate) => judge([c], "howto", NEGATED, indexStarting())[0] as Judged;

  it("is not sure of a passage that says plainly what the question negates: it says the opposite", () => {
    expect(judged(candidate("t#0", 1))).toMatchObject({ verdict: "possible", other: true });
  });

  it("is sure of a passage that negates it too", () => {
    const negating: PassageReadings = { ...indexStarting(), negates: (_, term) => term === "попада" };
    const negates = judge([candidate("t#0", 1)], "howto", NEGATED, negating)[0] as Judged;
    expect(negates.verdict).toBe("sure");
    expect(negates.other).toBeUndefined();
  });

  it("counts a passage that prohibits, without the negated word, as saying it: it can be sure", () => {
    const prohibiting = candidate("t#0", 1, {
      traits: { ...NO_TRAITS, prohibits: true },
      coverage: 1 / 3,
      own: 1 / 3,
      prose: 1 / 3,
      score: 1 / 9,
    });
    const without: PassageReadings = { ...indexStarting(), says: (_, term) => term !== "попада" };
    const [judgedProhibiting] = judge([prohibiting], "other", NEGATED, without);
    expect(judgedProhibiting).toMatchObject({ verdict: "sure", coverage: 1, own: 1, prose: 1, score: 1 });
    const plain = candidate("t#0", 1, { coverage: 1 / 3, own: 1 / 3, prose: 1 / 3, score: 1 / 9 });
    expect(judge([plain], "other", NEGATED, without)[0]?.verdict).toBe("possible");
    // What goes wrong («сервис не видит поды») is not what must not happen: a prohibition does not answer it.
    const happens = NEGATED.map(({ prevented: _, ...t }) => t);
    expect(judge([prohibiting], "other", happens, without)[0]?.verdict).toBe("possible");
  });

  it("does not count a negated word the notes never use («почему под не стартует») as prohibited", () => {
    const unknownVerb: QueryTerm[] = [
      { term: "pod", form: 1, generic: false, weight: 1, name: true },
      { term: "старт", form: 1, generic: true, weight: 0.25, name: false, negated: true },
    ];
    const prohibiting = candidate("t#0", 1, {
      traits: { ...NO_TRAITS, prohibits: true },
      coverage: 0.4,
      own: 1,
      prose: 1,
      score: 0.16,
    });
    const without: PassageReadings = { ...indexStarting(), says: (_, term) => term !== "старт" };
    const [judged] = judge([prohibiting], "why", unknownVerb, without);
    expect(judged).toMatchObject({ verdict: "possible", coverage: 0.4, score: 0.16, rank: 0.16 });
  });

  it("reads «не тот узел отвечает» as a wrong node answering, not as one that does not answer", () => {
    const notes = pipelineOf([
      {
        text: "Каждый мастер редиса отвечает за свой диапазон слотов. Не тот узел отвечает редиректом MOVED.",
        headingPath: ["Хеш-слоты"],
      },
      { text: "Редис хранит ключи в памяти.", headingPath: ["Редис"] },
    ]);
    const question = notes.understanding.understand("редис не отвечает");
    const [top] = judge(notes.index.gather(question.terms, 12), question.intent, question.terms, notes.index);
    expect(top).toMatchObject({ verdict: "possible", other: true });
  });

  it("is not sure of a passage that says the how-to's action cannot be done («снаружи их не передать»)", () => {
    const asked: QueryTerm[] = [
      { term: "перемен", form: 1, generic: false, weight: 1, name: false },
      { term: "переда", form: 1, generic: false, weight: 2, name: false, action: true },
    ];
    const denying: PassageReadings = { ...indexStarting(), negates: (_, term) => term === "переда" };
    expect(judge([candidate("t#0", 1)], "howto", asked, denying)[0]).toMatchObject({
      verdict: "possible",
      other: true,
    });
    expect(judge([candidate("t#0", 1)], "howto", asked, indexStarting())[0]?.verdict).toBe("sure");
    // …unless it says it plainly too: «-m создать домашний каталог» beside «без -m домашку НЕ создает».
    const alsoDoing: PassageReadings = { ...denying, affirms: (_, term) => term === "переда" };
    expect(judge([candidate("t#0", 1)], "howto", asked, alsoDoing)[0]?.verdict).toBe("sure");
    // A question that negates something asks for what must not happen: there a negating passage answers.
    const negating = [...asked, { ...(NEGATED[1] as QueryTerm) }];
    const both: PassageReadings = {
      ...indexStarting(),
      negates: (_, term) => term === "переда" || term === "попада",
    };
    expect(judge([candidate("t#0", 1)], "howto", negating, both)[0]?.verdict).toBe("sure");
  });

  it("prefers a passage that says what must not happen", () => {
    const prohibits = candidate("t#1", 1, { traits: { ...NO_TRAITS, prohibits: true } });
    const ranked = judge([candidate("t#0", 1.2), prohibits], "other", NEGATED, indexStarting());
    expect(ranked.map((j) => j.passage.id)).toEqual(["t#1", "t#0"]);
    const plain = judge([candidate("t#0", 1.2), prohibits], "other", TERMS, indexStarting());
    expect(plain.map((j) => j.passage.id)).toEqual(["t#0", "t#1"]);
  });
});

describe("judge: a question that asks where", () => {
  it("prefers a passage that names a place: a path, or what something lies in", () => {
    const placed = (text: string) =>
      judge(
        [candidate("t#0", 1.2), candidate("t#1", 1, { passage: passage(text, { id: "t#1", order: 1 }) })],
        "where",
        TERMS,
        indexStarting(),
      ).map((j) => j.passage.id);
    expect(placed("Воркфлоу описывается в YAML-файле в папке `.github/workflows/`.")).toEqual(["t#1", "t#0"]);
    expect(placed("Конфиг лежит в /etc/nginx/nginx.conf.")).toEqual(["t#1", "t#0"]);
    expect(placed("Стейт лежит в текущей папке.")).toEqual(["t#1", "t#0"]);
    // «CI/CD», «pub/sub» are no paths.
    expect(placed("GitHub Actions — встроенный CI/CD и pub/sub.")).toEqual(["t#0", "t#1"]);
    // Nor is a link: it is somewhere on the web.
    expect(placed("- https://docs.gitlab.com/ee/ci/yaml/ - все ключи .gitlab-ci.yml")).toEqual([
      "t#0",
      "t#1",
    ]);
  });
});

describe("judge: the things a question names", () => {
  it("is not sure of a passage without the named thing in its own words, however much else it covers", () => {
    const elsewhere = candidate("t#0", 1, { names: 0.4, namesWithCode: 0.4 });
    const about = indexStarting("t#0", "t#1");
    expect(verdictOf(elsewhere, "why", about)).toBe("possible");
    expect(verdictOf(candidate("t#1", 1, { names: 0.5, namesWithCode: 0.5 }), "why", about)).toBe("sure");
  });

  it("takes a how-to's named thing from its command", () => {
    const inCode = candidate("t#0", 1, { names: 0, namesWithCode: 1 });
    expect(verdictOf(inCode, "howto")).toBe("sure");
    expect(verdictOf(inCode, "why")).toBe("possible");
  });
});

describe("judge: the question's form", () => {
  const ranked = (intent: Intent, a: Candidate, b: Candidate, index = indexStarting()) =>
    judge([a, b], intent, TERMS, index).map((j) => j.passage.id);

  const cases: [Intent, Partial<Candidate>][] = [
    ["list", { traits: { ...NO_TRAITS, list: true } }],
    ["howto", { traits: { ...NO_TRAITS, code: true } }],
    ["why", { traits: { ...NO_TRAITS, reason: true } }],
  ];
  for (const [intent, fitting] of cases) {
    it(`prefers a passage that fits a ${intent} question by ${DEFAULT_JUDGE.fit}`, () => {
      const judged = judge(
        [candidate("t#0", 1.2), candidate("t#1", 1, fitting)],
        intent,
        TERMS,
        indexStarting(),
      );
      expect(judged.map((j) => j.passage.id)).toEqual(["t#1", "t#0"]);
      expect(judged[0]?.rank).toBeCloseTo(DEFAULT_JUDGE.fit, 10);
      expect(judged[1]?.rank).toBe(1.2);
    });
  }

  it("prefers for a definition the passage that starts with the subject", () => {
    expect(ranked("definition", candidate("t#0", 1.2), candidate("t#1", 1), indexStarting("t#1"))).toEqual([
      "t#1",
      "t#0",
    ]);
  });

  it("prefers, of two that define the subject, the one that opens with it, by a little", () => {
    const later: PassageReadings = {
      ...indexStarting("t#0", "t#1"),
      opensWithSubject: (p) => p.id === "t#1",
    };
    expect(ranked("definition", candidate("t#0", 1.05), candidate("t#1", 1), later)).toEqual(["t#1", "t#0"]);
    // A tie-breaker: a passage that matches clearly more still ranks first.
    expect(ranked("definition", candidate("t#0", 1.5), candidate("t#1", 1), later)).toEqual(["t#0", "t#1"]);
  });

  it("prefers, of two that start with the subject, the one that defines it in bold («**Subject** - …»)", () => {
    const inBold = (names: string[][]) =>
      candidate("t#1", 1, { traits: { ...NO_TRAITS, boldDefines: new Set(names.flat()), boldNames: names } });
    const bold = inBold([["subject"]]);
    const both = indexStarting("t#0", "t#1");
    expect(ranked("definition", candidate("t#0", 1.2), bold, both)).toEqual(["t#1", "t#0"]);
    // Only for a definition, and only of what is asked.
    expect(ranked("other", candidate("t#0", 1.2), bold, both)).toEqual(["t#0", "t#1"]);
    expect(ranked("definition", candidate("t#0", 1.2), inBold([["другое"]]), both)).toEqual(["t#0", "t#1"]);
    // Not a longer name with it, which names something else: «**fragment shader** —» is a shader.
    expect(ranked("definition", candidate("t#0", 1.2), inBold([["subject", "shader"]]), both)).toEqual([
      "t#0",
      "t#1",
    ]);
  });

  it("prefers, of two that start with the subject, the one that defines it by its very name («Чанк (chunk) — …»)", () => {
    const named = (names: string[][]) =>
      candidate("t#1", 1, { traits: { ...NO_TRAITS, definedNames: names } });
    const both = indexStarting("t#0", "t#1");
    expect(ranked("definition", candidate("t#0", 1.2), named([["subject"]]), both)).toEqual(["t#1", "t#0"]);
    // Not a longer name with it («optimization.splitChunks — …»), nor another name, nor for another form.
    expect(ranked("definition", candidate("t#0", 1.2), named([["split", "subject"]]), both)).toEqual([
      "t#0",
      "t#1",
    ]);
    expect(ranked("definition", candidate("t#0", 1.2), named([["другое"]]), both)).toEqual(["t#0", "t#1"]);
    expect(ranked("other", candidate("t#0", 1.2), named([["subject"]]), both)).toEqual(["t#0", "t#1"]);
  });

  it("prefers nothing for a question of no particular form", () => {
    const code = candidate("t#1", 1, {
      traits: {
        code: true,
        list: true,
        reason: true,
        defines: new Set(),
        boldDefines: new Set(),
        boldNames: [],
        definedNames: [],
        columns: new Set(),
        prohibits: false,
        inWords: true,
      },
    });
    expect(ranked("other", candidate("t#0", 1.2), code, indexStarting("t#1"))).toEqual(["t#0", "t#1"]);
  });

  it("does not let a strong passage lose to a weak one that fits", () => {
    const fitting = candidate("t#1", 1, { traits: { ...NO_TRAITS, list: true } });
    expect(ranked("list", candidate("t#0", 2), fitting)).toEqual(["t#0", "t#1"]);
  });

  it("breaks ties in reading order", () => {
    expect(ranked("other", candidate("t#3", 1), candidate("t#1", 1))).toEqual(["t#1", "t#3"]);
  });

  it("prefers, by the same share, the passage whose own heading names every thing asked («Ingress Controller»)", () => {
    const both: QueryTerm[] = [
      { term: "ingress", form: 1, generic: false, weight: 2, name: true },
      { term: "controller", form: 1, generic: false, weight: 2, name: true },
      { term: "сделать", form: 1, generic: true, weight: 0.5, name: false },
    ];
    const headed = (...ids: string[]): PassageReadings => ({
      ...indexStarting(),
      headsAll: (p, terms) => ids.includes(p.id) && terms.join() === "ingress,controller",
    });
    for (const intent of ["definition", "other"] as const) {
      const judged = judge([candidate("t#0", 1.2), candidate("t#1", 1)], intent, both, headed("t#1"));
      expect(judged.map((j) => j.passage.id)).toEqual(["t#1", "t#0"]);
      expect(judged[0]?.rank).toBeCloseTo(DEFAULT_JUDGE.fit, 10);
    }
    // One thing asked: a heading naming it is the form's business (a definition starts with it), not this.
    const one = judge([candidate("t#0", 1.2), candidate("t#1", 1)], "other", TERMS, headed("t#1"));
    expect(one.map((j) => j.passage.id)).toEqual(["t#0", "t#1"]);
  });

  it("asks no heading for what only places a definition's subject, unless a heading names both", () => {
    // «что такое автоконфигурация в буте»: «Автоконфигурация» under «boot».
    const placed: QueryTerm[] = [
      { term: "автоконфигурац", form: 1, generic: false, weight: 2, name: false },
      { term: "boot", form: 1, generic: false, weight: 1, name: true, setting: true },
    ];
    const headedBy = (heads: Record<string, string[]>): PassageReadings => ({
      ...indexStarting("t#0", "t#1"),
      headedBy: (p, term) => heads[p.id]?.join() === term,
      headsAll: (p, terms) => terms.every((t) => heads[p.id]?.includes(t)),
    });
    const only = headedBy({ "t#1": ["автоконфигурац"] });
    const ranks = (index: PassageReadings) =>
      judge([candidate("t#0", 1.2), candidate("t#1", 1)], "definition", placed, index).map(
        (j) => j.passage.id,
      );
    expect(ranks(only)).toEqual(["t#1", "t#0"]);
    // A heading that names the setting too is the one about it: «Службы (Services) среди объектов Kubernetes».
    const both = headedBy({ "t#0": ["автоконфигурац", "boot"], "t#1": ["автоконфигурац"] });
    expect(ranks(both)).toEqual(["t#0", "t#1"]);
  });
});

describe("judge: lifts from feedback", () => {
  const liftsOf = (lifts: Record<string, number>) => {
    const asked: string[][] = [];
    const source: Lifts = {
      for(terms) {
        asked.push([...terms]);
        return new Map(Object.entries(lifts));
      },
    };
    return { source, asked };
  };
  const rankOf = (c: Candidate, lift: number) =>
    (
      judge(
        [c],
        "other",
        TERMS,
        indexStarting(),
        DEFAULT_JUDGE,
        liftsOf({ [c.passage.id]: lift }).source,
      )[0] as Judged
    ).rank;

  it("looks lifts up by the question's terms", () => {
    const { source, asked } = liftsOf({});
    judge([candidate("t#0", 1)], "other", TERMS, indexStarting(), DEFAULT_JUDGE, source);
    expect(asked).toEqual([["subject", "сделать"]]);
  });

  it("multiplies a rank by at most maxLift, in proportion to the lift", () => {
    expect(rankOf(candidate("t#0", 2), 1)).toBeCloseTo(2 * DEFAULT_JUDGE.maxLift, 10);
    expect(rankOf(candidate("t#0", 2), 0.5)).toBeCloseTo(2 * (1 + (DEFAULT_JUDGE.maxLift - 1) / 2), 10);
    expect(rankOf(candidate("t#0", 2), 7)).toBeCloseTo(2 * DEFAULT_JUDGE.maxLift, 10);
    expect(rankOf(candidate("t#0", 2), 0)).toBe(2);
  });

  it("never lifts a passage judged not about the question", () => {
    expect(rankOf(candidate("t#0", 2, { own: 0, prose: 0 }), 1)).toBe(2);
  });

  it("reorders close candidates but cannot lift one past a strong match", () => {
    const { source } = liftsOf({ "t#1": 1 });
    const close = judge(
      [candidate("t#0", 1.2), candidate("t#1", 1)],
      "other",
      TERMS,
      indexStarting(),
      DEFAULT_JUDGE,
      source,
    );
    expect(close.map((j) => j.passage.id)).toEqual(["t#1", "t#0"]);
    const far = judge(
      [candidate("t#0", 2), candidate("t#1", 1)],
      "other",
      TERMS,
      indexStarting(),
      DEFAULT_JUDGE,
      source,
    );
    expect(far.map((j) => j.passage.id)).toEqual(["t#0", "t#1"]);
  });
});

describe("judge: properties", () => {
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const arbitraryCandidate = fc
    .record({
      order: fc.nat({ max: 50 }),
      score: fc.double({ min: 0, max: 100, noNaN: true }),
      coverage: share,
      own: share,
      prose: share,
      code: share,
      traits: fc.record({
        code: fc.boolean(),
        list: fc.boolean(),
        reason: fc.boolean(),
        defines: fc.constant(new Set<string>()),
        boldDefines: fc.constant(new Set<string>()),
        boldNames: fc.constant([]),
        definedNames: fc.constant([]),
        columns: fc.constant(new Set<string>()),
        prohibits: fc.boolean(),
        inWords: fc.constant(true),
      }),
    })
    .map(({ order, score, ...rest }) => candidate(`t#${order}`, score, rest));
  const intent = fc.constantFrom<Intent>(
    "definition",
    "list",
    "howto",
    "why",
    "quantity",
    "comparison",
    "other",
  );
  const lift = fc.dictionary(
    fc.nat({ max: 50 }).map((n) => `t#${n}`),
    fc.double({ min: 0, max: 2, noNaN: true }),
  );

  it("gives each candidate one of three verdicts, ranks sorted descending within the bounds", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCandidate, { maxLength: 12 }),
        intent,
        fc.subarray(["t#0", "t#1", "t#2", "t#3"]),
        lift,
        (candidates, asked, starting, lifts) => {
          const source: Lifts = { for: () => new Map(Object.entries(lifts)) };
          const judged = judge(candidates, asked, TERMS, indexStarting(...starting), DEFAULT_JUDGE, source);
          expect(judged).toHaveLength(candidates.length);
          for (const j of judged) {
            expect(["sure", "possible", "none"]).toContain(j.verdict);
            // A passage that answers another question ranks lower by the fit a fitting one gains.
            expect(j.rank).toBeGreaterThanOrEqual((j.score / DEFAULT_JUDGE.fit) * (1 - 1e-12));
            expect(j.rank).toBeLessThanOrEqual(
              j.score * DEFAULT_JUDGE.fit * DEFAULT_JUDGE.maxLift * (1 + 1e-12),
            );
          }
          for (let i = 1; i < judged.length; i++)
            expect((judged[i - 1] as Judged).rank).toBeGreaterThanOrEqual((judged[i] as Judged).rank);
        },
      ),
      { numRuns: 300 },
    );
  });
});
