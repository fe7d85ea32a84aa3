import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/knowledge/types.ts";
import type { Candidate } from "../../src/search/candidates.ts";
import { OPENING_TERMS } from "../../src/search/readings.ts";
import { passage } from "../helpers/fixtures.ts";
import { type Pipeline, pipelineOf } from "../helpers/pipeline.ts";

const NOTES = pipelineOf(
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
    { text: "Реплики добавляются по нагрузке.", headingPath: ["Реплики"], topicId: "scaling" },
    {
      text: "Логи пишет каждый контейнер, и хранятся они на узле долго, пока ротация не удалит старые файлы пода.",
      headingPath: ["Хранение"],
    },
    { text: "Логи пода смотрят командой kubectl logs.", headingPath: ["Команды"] },
    { text: "Узлы кластера связывает сеть.", headingPath: ["Раздел"] },
  ],
  [["network", "сеть"]],
  new Map([["scaling", "Масштабирование autoscaling"]]),
);

const gather = (query: string, limit = 12): Candidate[] =>
  NOTES.index.gather(NOTES.understanding.termsOf(query), limit);
const candidate = (query: string, id: string): Candidate => {
  const found = gather(query).find((c) => c.passage.id === id);
  if (found === undefined) throw new Error(`«${query}» did not gather ${id}`);
  return found;
};

describe("gather: where the subject matched", () => {
  it("counts a subject in the heading and the prose as the passage's own", () => {
    expect(candidate("сеть", "notes#0")).toMatchObject({
      own: 1,
      prose: 1,
      code: 0,
      coverage: 1,
    });
  });

  it("counts a subject only in the prose as own prose, not heading", () => {
    expect(candidate("сеть", "notes#7")).toMatchObject({
      own: 1,
      prose: 1,
      code: 0,
      coverage: 1,
    });
  });

  it("gives a subject matched only inside a compound identifier no share and half coverage", () => {
    const etcd = gather("etcd");
    expect(etcd.map((c) => c.passage.id)).toEqual(["notes#1"]);
    expect(etcd[0]).toMatchObject({ own: 0, prose: 0, code: 0, coverage: 0.5 });
  });

  it("counts a subject only in code as code, not own", () => {
    expect(candidate("helm", "notes#2")).toMatchObject({
      own: 0,
      prose: 0,
      code: 1,
      coverage: 1,
    });
  });

  it("counts the named things (Latin terms) apart: in code only for namesWithCode; 1 when none is named", () => {
    expect(candidate("helm", "notes#2")).toMatchObject({ names: 0, namesWithCode: 1 });
    expect(candidate("network", "notes#0")).toMatchObject({ names: 1, namesWithCode: 1 });
    expect(candidate("узлы нагрузка", "notes#3")).toMatchObject({ names: 1, namesWithCode: 1 });
  });

  it("counts the subject words it has in its heading, text or code, not those only in headings above", () => {
    expect(candidate("узлы нагрузка", "notes#3").subjects).toBe(2);
    expect(candidate("helm", "notes#2").subjects).toBe(1);
    expect(candidate("кластер", "notes#3").subjects).toBe(0);
    expect(candidate("сделать сеть", "notes#0").subjects).toBe(1);
  });

  it("counts three quarters of a subject found only in a heading above the passage", () => {
    expect(candidate("кластер", "notes#3")).toMatchObject({ own: 0.75, prose: 0, coverage: 0.5 });
  });

  it("counts three quarters of a subject found only in the topic's names", () => {
    const c = candidate("масштабирование", "scaling#4");
    expect(c.own).toBeCloseTo(0.75, 10);
    expect(c).toMatchObject({ prose: 0, coverage: 0.5 });
  });

  it("counts a name found only in the names of a topic about one or two things, not of one about more", () => {
    // The helper titles a topic by its id.
    const many = "поды, репликасеты и деплойменты";
    const notes = pipelineOf(
      [
        { text: "sum by (job) (rate(x[5m])) — рпс по каждой джобе.", topicId: "promql" },
        { text: "Реплики держат нужное число копий, рпс приложения растёт.", topicId: many },
      ],
      [],
      new Map([
        ["promql", "PromQL промкуэль"],
        [many, "Поды, репликасеты и деплойменты (Pod, ReplicaSet, Deployment)"],
      ]),
    );
    const found = (query: string, id: string) =>
      notes.index.gather(notes.understanding.termsOf(query), 12).find((c) => c.passage.id === id);
    expect(found("promql рпс", "promql#0")?.names).toBeCloseTo(0.75, 10);
    expect(found("replicaset рпс", `${many}#1`)?.names).toBe(0);
    // The topic's name is also one of the subject words the passage has.
    expect(found("promql рпс", "promql#0")?.subjects).toBe(2);
    expect(found("replicaset рпс", `${many}#1`)?.subjects).toBe(1);
  });

  it("counts a name found only in the heading right above, when it names one or two things side by side with none", () => {
    const notes = pipelineOf([
      {
        text: "- $match — фильтр\n- $group — группировка",
        headingPath: ["Aggregation pipeline", "Основные стадии"],
      },
      {
        text: "Порт открыт на каждой ноде.",
        headingPath: ["Чем ClusterIP отличается от NodePort", "NodePort"],
      },
      { text: "Чарт ставится одной командой.", headingPath: ["ClusterIP, NodePort, Ingress и Helm", "Helm"] },
    ]);
    const found = (query: string, id: string) =>
      notes.index.gather(notes.understanding.termsOf(query), 12).find((c) => c.passage.id === id);
    expect(found("стадии aggregation", "notes#0")?.names).toBeCloseTo(0.75, 10);
    // A heading that tells two things apart is about neither alone; one that names four, about none of them.
    expect(found("clusterip порт", "notes#1")?.names).toBe(0);
    expect(found("clusterip чарт", "notes#2")?.names).toBe(0);
  });

  it("counts the headings above in full when the passage's own heading says part of the question", () => {
    const notes = pipelineOf([
      { text: "Окончание -прил. Снижают давление, вызывают сухой кашель.", headingPath: ["Ингибиторы АПФ"] },
      {
        text: "Беременность, гиперкалиемия, ангиоотёк.",
        headingPath: ["Ингибиторы АПФ", "Противопоказания"],
      },
      { text: "Бронхоспазм, брадикардия.", headingPath: ["Бета-блокаторы", "Противопоказания"] },
      { text: "Язва желудка.", headingPath: ["НПВС", "Противопоказания"] },
    ]);
    const gathered = notes.index.gather(notes.understanding.termsOf("противопоказания ингибиторов апф"), 12);
    expect(gathered[0]?.passage.id).toBe("notes#1");
    expect(gathered[0]?.coverage).toBe(1);
    // Without a word of the question in its own heading, a passage has the headings above at half.
    const asked = notes.index.gather(notes.understanding.termsOf("ингибиторы апф кашель"), 12);
    expect(asked.find((c) => c.passage.id === "notes#1")?.coverage ?? 0).toBeLessThan(1);
  });

  it("measures shares against the subject only: a generic word of the question does not dilute them", () => {
    const c = candidate("использовать helm", "notes#2");
    expect(c.code).toBe(1);
    expect(c.coverage).toBeLessThan(1);
  });
});

describe("gather: ranking", () => {
  it("counts words of the text together only when they stand close", () => {
    const far = candidate("логи пода", "notes#5");
    const near = candidate("логи пода", "notes#6");
    expect(near.coverage).toBe(1);
    expect(far.coverage).toBeLessThan(0.75);
    expect(gather("логи пода")[0]?.passage.id).toBe("notes#6");
  });

  it("gathers nothing for no terms", () => {
    expect(NOTES.index.gather([], 12)).toEqual([]);
  });

  it("returns the best score first, with shares in [0, 1]", () => {
    const words = [
      "сеть",
      "поды",
      "узлы",
      "логи",
      "helm",
      "etcd",
      "кластер",
      "нагрузку",
      "чарта",
      "использовать",
    ];
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), fc.integer({ min: 1, max: 8 }), (query, limit) => {
        const gathered = gather(query.join(" "), limit);
        for (let i = 1; i < gathered.length; i++)
          expect((gathered[i - 1] as Candidate).score).toBeGreaterThanOrEqual(
            (gathered[i] as Candidate).score,
          );
        for (const c of gathered) {
          for (const share of [c.coverage, c.own, c.prose, c.code]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          expect(c.score).toBeCloseTo(c.relevance * c.coverage ** 2, 10);
        }
      }),
      { numRuns: 200 },
    );
  });

  // Once `limit` candidates are ranked, a further one whose bound ties the floor is scored too: the result
  // must still be cut to `limit`. Here the two one-word passages tie, and `limit` 2 must gather two.
  it("returns at most `limit` candidates", () => {
    const tied = pipelineOf([
      { text: "Сеть и нагрузка." },
      { text: "Сеть держит." },
      { text: "Нагрузка растёт." },
    ]);
    expect(tied.index.gather(tied.understanding.termsOf("сеть нагрузка"), 2)).toHaveLength(2);
  });

  it("keeps the best `limit` of what a larger limit gathers", () => {
    const all = gather("узлы поды сеть нагрузку", 12).map((c) => c.passage.id);
    expect(gather("узлы поды сеть нагрузку", 2).map((c) => c.passage.id)).toEqual(all.slice(0, 2));
  });
});

describe("counts", () => {
  it("sees a number said of a term: in its sentence, or anywhere under a heading that names it", () => {
    const notes = pipelineOf([
      {
        text: "Курс по бэкенду, модуль 5. Редис хранит данные в оперативной памяти.",
        headingPath: ["Редис"],
      },
      { text: "Лимит памяти задаётся директивой maxmemory, например 2gb.", headingPath: ["Вытеснение"] },
      { text: "Процессы следят за мастером. Минимум три.", headingPath: ["Сентинелы"] },
    ]);
    const [course, limit, sentinels] = notes.passages;
    const terms = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.counts(course ?? passage(""), terms("памяти"))).toBe(false);
    expect(notes.index.counts(limit ?? passage(""), terms("памяти"))).toBe(true);
    expect(notes.index.counts(sentinels ?? passage(""), terms("сентинелов"))).toBe(true);
    // «мастером» and «три» are in different sentences, and the heading names the sentinels, not the master.
    expect(notes.index.counts(sentinels ?? passage(""), terms("мастера"))).toBe(false);
    expect(notes.index.counts(course ?? passage(""), terms("курс"))).toBe(true);
  });
});

describe("gather", () => {
  it("counts the two sides of a comparison apart, however far apart the passage tells of them", () => {
    const notes = pipelineOf([
      {
        text: "NoSchedule: новые поды без толерейшна не назначаются, а те, что уже работают на ноде, остаются там и дальше работают как раньше. NoExecute выселяет и работающие.",
        headingPath: [],
      },
    ]);
    const terms = notes.understanding.termsOf("noschedule noexecute");
    const sides = [new Set([terms[0]?.term as string]), new Set([terms[1]?.term as string])];
    expect(notes.index.gather(terms, 5)[0]?.coverage).toBeLessThan(1);
    expect(notes.index.gather(terms, 5, sides)[0]?.coverage).toBe(1);
  });
});

describe("startsWith", () => {
  const network = new Set(["network"]);
  const byId = (id: string) => NOTES.passages.find((p) => p.id === id) ?? passage("");

  it("sees the subject as the heading's first word", () => {
    expect(NOTES.index.startsWith(byId("notes#0"), network)).toBe(true);
  });

  it("does not see a heading that names a case («Для дисперсии», «При малых выборках») as starting with its noun", () => {
    const notes = pipelineOf([
      { text: "Интервал строится по хи-квадрат распределению.", headingPath: ["Для дисперсии"] },
      { text: "Мера разброса вокруг среднего.", headingPath: ["Дисперсия"] },
      { text: "Берут распределение Стьюдента.", headingPath: ["При малых выборках"] },
    ]);
    const [forVariance, variance, small] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.startsWithSubject(forVariance ?? passage(""), term("дисперсия"))).toBe(false);
    expect(notes.index.startsWith(forVariance ?? passage(""), term("дисперсия"))).toBe(false);
    expect(notes.index.startsWithSubject(variance ?? passage(""), term("дисперсия"))).toBe(true);
    expect(notes.index.startsWithSubject(small ?? passage(""), term("выборка"))).toBe(false);
    // It is still the passage's heading.
    expect(notes.index.heads(forVariance ?? passage(""), term("дисперсия"))).toBe(true);
  });

  it("does not see a heading that tells what happens to a thing, or an item that opens with a verb, as about it", () => {
    const notes = pipelineOf([
      {
        text: "- нет подходящего PV по размеру\n- удалил pvc пока её юзает под -> висит в Terminating",
        headingPath: ["pvc висит в Pending"],
      },
      { text: "- PVC (PersistentVolumeClaim) — заявка от приложения на диск", headingPath: ["PV и PVC"] },
      { text: "Заявка на диск нужного размера.", headingPath: ["PVC"] },
      { text: "- удалил PVC, а он висит в Terminating — его ещё использует под", headingPath: ["Грабли"] },
    ]);
    const [pending, defined, headed, deleted] = notes.passages;
    const pvc = new Set([notes.analyzer.termOf("pvc") as string]);
    expect(notes.index.startsWithSubject(pending ?? passage(""), pvc)).toBe(false);
    expect(notes.index.startsWithSubject(defined ?? passage(""), pvc)).toBe(true);
    expect(notes.index.startsWithSubject(headed ?? passage(""), pvc)).toBe(true);
    // …nor its first item, when a verb opens it.
    expect(notes.index.startsWithSubject(deleted ?? passage(""), pvc)).toBe(false);
    // It is still the passage's heading.
    expect(notes.index.heads(pending ?? passage(""), pvc)).toBe(true);
  });

  it("does not see a sentence that opens listing names («ОАК, лейкоформула, СОЭ, СРБ») as about any one of them", () => {
    const notes = pipelineOf([
      { text: "ОАК, лейкоформула, СОЭ, СРБ лекция 3 по клин. лаб. диагностике", headingPath: [] },
      {
        text: "Лейкоформула, она же лейкоцитарная формула, — соотношение видов лейкоцитов.",
        headingPath: [],
      },
    ]);
    const [titleLine, definition] = notes.passages;
    const term = new Set([notes.analyzer.termOf("лейкоформула") as string]);
    expect(notes.index.startsWithSubject(titleLine ?? passage(""), term)).toBe(false);
    expect(notes.index.startsWithSubject(definition ?? passage(""), term)).toBe(true);
  });

  it("takes a name in brackets after the opening name for the same thing: «Сетевые плагины (CNI): …» opens with CNI", () => {
    const notes = pipelineOf([
      { text: "Сетевые плагины (CNI): Kubernetes использует их для сети.", headingPath: [] },
      { text: "Поды общаются между собой.", headingPath: ["Кворумные очереди (quorum queues)"] },
      { text: "Kubernetes использует сетевые плагины (CNI) для сети.", headingPath: [] },
    ]);
    const [plugins, quorum, later] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.startsWithSubject(plugins ?? passage(""), term("cni"))).toBe(true);
    expect(notes.index.startsWithSubject(quorum ?? passage(""), term("quorum"))).toBe(true);
    // Brackets later in the sentence are no name of what it opens with.
    expect(notes.index.startsWithSubject(later ?? passage(""), term("cni"))).toBe(false);
  });

  it("takes the name in brackets of a list's later item too: «- **PersistentVolumeClaim (PVC)** — …»", () => {
    const notes = pipelineOf([
      {
        text: "- **PersistentVolume (PV)** — кусок хранилища.\n- **PersistentVolumeClaim (PVC)** — запрос пода на хранилище.",
        headingPath: ["База"],
      },
      { text: "Поды общаются между собой.", headingPath: ["Сеть"] },
    ]);
    const [base] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.startsWithSubject(base ?? passage(""), term("pvc"))).toBe(true);
    expect(notes.index.startsWithSubject(base ?? passage(""), term("pv"))).toBe(true);
  });

  it("knows a section whose heading names kinds of something («Типы индексов», «Спирты: классификация», «Основные стадии»)", () => {
    const notes = pipelineOf([
      { text: "B-tree, Hash, GIN, GiST, BRIN.", headingPath: ["Индексы", "Типы индексов"] },
      { text: "Частичный индекс строится по части строк.", headingPath: ["Индексы", "Частичные индексы"] },
      { text: "Shell и docker.", headingPath: ["2.1 Виды раннеров"] },
      { text: "Тип поля задает схема.", headingPath: ["Поля", "Тип поля и схема"] },
      // A slide's «X: КЛАССИФИКАЦИЯ», «Классификация спиртов», «Индексы — типы».
      { text: "Первичные, вторичные, третичные.", headingPath: ["СПИРТЫ: КЛАССИФИКАЦИЯ"] },
      { text: "По атомности и по радикалу.", headingPath: ["Классификация спиртов"] },
      { text: "B-tree и hash.", headingPath: ["Индексы — типы"] },
      // The main ones of them name them too.
      { text: "$match, $group, $sort.", headingPath: ["Агрегация", "Основные стадии"] },
      // Not a word that only starts like one, nor kinds named after other words.
      { text: "Спирты кипят выше алканов.", headingPath: ["Спирты: физические свойства и типичные ошибки"] },
      { text: "Основа — B-дерево.", headingPath: ["Индексы", "Основа индекса"] },
    ]);
    expect(notes.passages.map((p) => notes.index.namesKinds(p))).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("knows a passage that opens defining a longer English name than the one asked", () => {
    const notes = pipelineOf([
      { text: "terraform console — интерактивная консоль для проверки выражений.", headingPath: [] },
      { text: "Terraform (терраформ, тф) — инструмент для описания инфраструктуры кодом.", headingPath: [] },
    ]);
    const [consoleNote, terraform] = notes.passages;
    const asked = new Set([notes.analyzer.termOf("terraform") as string]);
    expect(notes.index.definesLonger(consoleNote ?? passage(""), asked)).toBe(true);
    expect(notes.index.definesLonger(terraform ?? passage(""), asked)).toBe(false);
    const both = new Set([...asked, notes.analyzer.termOf("console") as string]);
    expect(notes.index.definesLonger(consoleNote ?? passage(""), both)).toBe(false);
    // «что делает terraform console» says the name as it stands, though «console» alone may weigh too little.
    const said = notes.understanding.termsOf("что делает terraform console").map((t) => t.term);
    expect(notes.index.definesLonger(consoleNote ?? passage(""), asked, said)).toBe(false);
    const reversed = notes.understanding.termsOf("console в терраформе").map((t) => t.term);
    expect(notes.index.definesLonger(consoleNote ?? passage(""), asked, reversed)).toBe(true);
  });

  it("knows a table of a tool's commands defines the commands, not the tool", () => {
    const notes = pipelineOf([
      {
        text: "| Команда | Что делает |\n|---|---|\n| `helmfile diff` | показать diff |\n| `helmfile apply` | применить |",
        headingPath: ["Команды"],
      },
      { text: "| Термин | Что это |\n|---|---|\n| helmfile | обёртка над helm |", headingPath: ["Термины"] },
    ]);
    const [commands, terms] = notes.passages;
    const asked = new Set([notes.analyzer.termOf("helmfile") as string]);
    expect(notes.index.definesLonger(commands ?? passage(""), asked)).toBe(true);
    expect(notes.index.definesLonger(terms ?? passage(""), asked)).toBe(false);
  });

  it("sees no subject in a last sentence that only leads into the next passage («…убив процесс. QoS классы:»)", () => {
    const notes = pipelineOf([
      {
        text: "память: Mi, Gi. память можно только отобрать, убив процесс. QoS классы:",
        headingPath: ["память"],
      },
      {
        text: "Память можно отобрать. QoS классы: Guaranteed, Burstable, BestEffort.",
        headingPath: ["ресурсы"],
      },
    ]);
    const [leadIn, listed] = notes.passages;
    const qos = new Set([notes.analyzer.termOf("qos") as string]);
    expect(notes.index.startsWithSubject(leadIn ?? passage(""), qos)).toBe(false);
    expect(notes.index.startsWithSubject(listed ?? passage(""), qos)).toBe(true);
  });

  it("sees a table row open with its first cell when it names a thing, not when it says something of it", () => {
    const head = "| симптом | причина |\n|---|---|\n";
    const notes = pipelineOf([
      {
        text: `${head}| **лаг растет на всех партициях** | консьюмеры медленнее продюсера |`,
        headingPath: [],
      },
      { text: `${head}| Лаг | сколько сообщений группа еще не прочитала |`, headingPath: [] },
    ]);
    const [symptoms, glossary] = notes.passages;
    const lag = new Set([notes.analyzer.termOf("лаг") as string]);
    expect(notes.index.startsWithSubject(symptoms ?? passage(""), lag)).toBe(false);
    expect(notes.index.startsWithSubject(glossary ?? passage(""), lag)).toBe(true);
  });

  it("sees no subject in a sentence that tells two things apart or opens with a condition", () => {
    const notes = pipelineOf([
      {
        text: "Нужен metrics-server.\n- HPA vs VPA: HPA добавляет поды, VPA меняет requests.",
        headingPath: [],
      },
      {
        text: "Нужен metrics-server.\n- Если HPA включен, replicas из манифеста лучше убрать.",
        headingPath: [],
      },
      { text: "Нужен metrics-server.\n- HPA добавляет поды по метрикам.", headingPath: [] },
    ]);
    const hpa = new Set([notes.analyzer.termOf("hpa") as string]);
    expect(notes.passages.map((p) => notes.index.startsWithSubject(p, hpa))).toEqual([false, false, true]);
  });

  it("sees no name in a clause before a dash: «На нодах taint, а у пода нет toleration — в событии…»", () => {
    const notes = pipelineOf([
      {
        text: "Причина: шедулер не может подобрать ноду.\nНа нодах taint, а у пода нет подходящей toleration — в событии видно.",
        headingPath: [],
      },
      { text: "Под висит в Pending.\nНа нодах taint — метка, которая отталкивает поды.", headingPath: [] },
    ]);
    const taint = new Set([notes.analyzer.termOf("taint") as string]);
    expect(notes.passages.map((p) => notes.index.startsWithSubject(p, taint))).toEqual([false, true]);
  });

  it("takes the last of several English words before a dash or colon for what a later sentence names", () => {
    const notes = pipelineOf([
      {
        text: "Config fields.\nstartupProbe trick: failureThreshold * periodSeconds = max time.",
        headingPath: [],
      },
      { text: "kubelet runs probes.\n- `startupProbe` — checks that the app has started.", headingPath: [] },
      {
        text: "Compose нужен для нескольких контейнеров.\nDocker Compose — запуск нескольких контейнеров.",
        headingPath: [],
      },
    ]);
    const [trick, defined, compose] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.startsWithSubject(trick ?? passage(""), term("startupprobe"))).toBe(false);
    expect(notes.index.startsWithSubject(defined ?? passage(""), term("startupprobe"))).toBe(true);
    expect(notes.index.startsWithSubject(compose ?? passage(""), term("docker"))).toBe(false);
    expect(notes.index.startsWithSubject(compose ?? passage(""), term("compose"))).toBe(true);
  });

  it("sees no subject where a line likens it («≈ SRP, но для интерфейсов») or points to it («см. SRP»)", () => {
    const notes = pipelineOf([
      { text: "- клиенты не зависят от лишних методов\n- ≈ SRP, но для интерфейсов", headingPath: ["ISP"] },
      { text: "Фасад может разрастись в God object → см. SRP для деталей.", headingPath: ["Facade"] },
      { text: "Фасад прячет подсистему. SRP — у класса одна причина меняться.", headingPath: ["Принципы"] },
    ]);
    const [likened, pointed, defined] = notes.passages;
    const srp = new Set([notes.analyzer.termOf("srp") as string]);
    expect(notes.index.startsWithSubject(likened ?? passage(""), srp)).toBe(false);
    expect(notes.index.startsWithSubject(pointed ?? passage(""), srp)).toBe(false);
    expect(notes.index.startsWithSubject(defined ?? passage(""), srp)).toBe(true);
  });

  it("knows that «Модуль ping - это …» defines the ping module, not what a module is", () => {
    const notes = pipelineOf([
      { text: "Модуль ping - это не icmp пинг, он заходит по SSH.", headingPath: [] },
    ]);
    const [ping] = notes.passages;
    const module = new Set([notes.analyzer.termOf("модуль") as string]);
    expect(notes.index.definesLonger(ping ?? passage(""), module)).toBe(true);
    const both = new Set([...module, notes.analyzer.termOf("ping") as string]);
    expect(notes.index.definesLonger(ping ?? passage(""), both)).toBe(false);
  });

  it("takes a name's last word for what it names: «Apache Kafka — …» defines Kafka, a command only itself", () => {
    const notes = pipelineOf([
      { text: "Apache Kafka - это распределенный лог событий.", headingPath: [] },
      { text: "`kafka topics` — показать все топики.", headingPath: [] },
    ]);
    const [kafka, command] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.definesLonger(kafka ?? passage(""), term("kafka"))).toBe(false);
    expect(notes.index.definesLonger(kafka ?? passage(""), term("apache"))).toBe(true);
    expect(notes.index.definesLonger(command ?? passage(""), term("topics"))).toBe(true);
  });

  it("does not see a subject at the start of a sentence that opens with an infinitive", () => {
    const notes = pipelineOf([
      { text: "Команды для групп. Сбросить оффсеты можно только у остановленной группы.", headingPath: [] },
      { text: "Команды для групп. Оффсеты групп лежат в служебном топике.", headingPath: [] },
    ]);
    const offsets = new Set([notes.analyzer.termOf("оффсеты") as string]);
    expect(notes.passages.map((p) => notes.index.startsWith(p, offsets))).toEqual([false, true]);
  });

  it("takes a sentence that opens with a command, or a section headed by a longer Latin name, for that name's", () => {
    const notes = pipelineOf([
      { text: "helm template рендерит шаблоны локально и печатает yaml.", headingPath: ["Рендер"] },
      { text: "Плагин, который показывает разницу с кластером.", headingPath: ["helm diff"] },
      { text: "Helm - это пакетный менеджер для Kubernetes.", headingPath: ["Основы"] },
      { text: "helm any — любой свободный агент.", headingPath: ["Агенты"] },
    ]);
    const helm = new Set([notes.analyzer.termOf("helm") as string]);
    expect(notes.passages.map((p) => notes.index.definesLonger(p, helm))).toEqual([true, true, false, true]);
    // A stop word in the name still makes it longer, even for a question that says its other word.
    expect(notes.index.definesLonger(notes.passages[3] as Passage, helm, ["helm"])).toBe(true);
    expect(notes.index.definesLonger(notes.passages[0] as Passage, helm, ["helm", "templat"])).toBe(false);
  });

  it("sees a subject a passage starts with as what it speaks of only when no preposition governs it", () => {
    const notes = pipelineOf([
      { text: "Информация о релизе хранится в секретах.", headingPath: [] },
      { text: "Команды. Без номера ревизии откат идёт на предыдущую.", headingPath: [] },
      { text: "Релиз в кластере - установка чарта.", headingPath: [] },
      { text: "Команды. Ревизия релиза - его номер.", headingPath: [] },
      { text: "Команды. В стейте лежат пароли.", headingPath: [] },
      { text: "В Kubernetes под - это группа контейнеров.", headingPath: [] },
    ]);
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    const [info, without, release, revision, state, pod] = notes.passages as [
      Passage,
      Passage,
      Passage,
      Passage,
      Passage,
      Passage,
    ];
    // Both start with the word, as far as a passage about it goes…
    expect(notes.index.startsWith(info, term("релиз"))).toBe(true);
    expect(notes.index.startsWith(without, term("ревизия"))).toBe(true);
    // …but speak of information and of a number.
    expect(notes.index.startsWithSubject(info, term("релиз"))).toBe(false);
    expect(notes.index.startsWithSubject(without, term("ревизия"))).toBe(false);
    expect(notes.index.startsWithSubject(without, term("номер"))).toBe(true);
    // What a preposition follows is cut off, not what comes before it.
    expect(notes.index.startsWithSubject(release, term("релиз"))).toBe(true);
    expect(notes.index.startsWithSubject(release, term("кластер"))).toBe(false);
    expect(notes.index.startsWithSubject(revision, term("ревизия"))).toBe(true);
    // A sentence that opens with a preposition speaks of the word right after it.
    expect(notes.index.startsWithSubject(state, term("стейт"))).toBe(true);
    expect(notes.index.startsWithSubject(state, term("пароли"))).toBe(false);
    // A name a dash defines is the name, after the circumstance it opens with.
    expect(notes.index.startsWithSubject(pod, term("под"))).toBe(true);
    expect(notes.index.startsWithSubject(pod, term("kubernetes"))).toBe(false);
  });

  it("takes no sentence that asks how, why or whether for one that says what a thing is", () => {
    const notes = pipelineOf([
      { text: "FAQ:\n- **как понять, что таск завис??** → debug mode", headingPath: [] },
      { text: "FAQ:\n- **можно ли отменить таск?** → да, cancel()", headingPath: [] },
      { text: "FAQ:\n- **что такое таск?** → обертка над корутиной", headingPath: [] },
      { text: "FAQ:\n- таск → обертка над корутиной", headingPath: [] },
    ]);
    const task = new Set([notes.analyzer.termOf("таск") as string]);
    expect(notes.passages.map((p) => notes.index.startsWithSubject(p, task))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    // A passage about it all the same: a reason or a list may be there.
    expect(notes.passages.map((p) => notes.index.startsWith(p, task))).toEqual([true, true, true, true]);
  });

  it("tells a passage that opens defining the subject from one that defines it in a later sentence", () => {
    const notes = pipelineOf([
      { text: "Миграция — python-файл, описывает изменение схемы базы.", headingPath: ["Схема"] },
      {
        text: "Откат делают командой migrate. Миграция данных — миграция, которая правит данные.",
        headingPath: ["Команды"],
      },
    ]);
    const migration = new Set([notes.analyzer.termOf("миграция") as string]);
    expect(notes.passages.map((p) => notes.index.startsWithSubject(p, migration))).toEqual([true, true]);
    expect(notes.passages.map((p) => notes.index.opensWithSubject(p, migration))).toEqual([true, false]);
  });

  it("does not see a subject at the start of a list item that only names it", () => {
    const notes = pipelineOf([
      { text: "В деплойменте указываются:\n\n- Реплики\n- автоскейлинг\n- метки", headingPath: [] },
      { text: "В деплойменте указываются:\n\n- Реплики\n- автоскейлинг - поды по нагрузке", headingPath: [] },
    ]);
    const autoscaling = new Set([notes.analyzer.termOf("автоскейлинг") as string]);
    expect(notes.passages.map((p) => notes.index.startsWith(p, autoscaling))).toEqual([false, true]);
  });

  it("takes a list item of a few words and no verb for a name, not a definition: «• гонка данных между потоками»", () => {
    const notes = pipelineOf([
      {
        text: "Частые примеры UB:\n\n• выход за границы\n• гонка данных между потоками",
        headingPath: ["UB"],
      },
      {
        text: "Потоки работают параллельно.\n\n• гонка данных возникает между потоками без синхронизации",
        headingPath: ["Потоки"],
      },
    ]);
    const race = new Set([notes.analyzer.termOf("гонка") as string]);
    expect(notes.passages.map((p) => notes.index.startsWith(p, race))).toEqual([false, true]);
  });

  it("knows words said together, either way round and one word apart at most, and the words of code", () => {
    const notes = pipelineOf([
      { text: "Образы удалить можно так.\n\n```bash\ndocker rmi nginx\n```", headingPath: ["Удалить образ"] },
      { text: "- пересобрать образы\n- остановить и удалить контейнеры", headingPath: ["Compose"] },
    ]);
    const [images, compose] = notes.passages as [Passage, Passage];
    const [remove, image] = ["удалить", "образ"].map((w) => notes.analyzer.termOf(w) as string) as [
      string,
      string,
    ];
    expect(notes.index.saysTogether(images, remove, image)).toBe(true);
    expect(notes.index.saysTogether(images, image, remove)).toBe(true);
    expect(notes.index.saysTogether(compose, remove, image)).toBe(false);
    expect(notes.index.inCode(images, notes.analyzer.termOf("rmi") as string)).toBe(true);
    expect(notes.index.inCode(images, image)).toBe(false);
  });

  it("knows a passage headed by the subject alone", () => {
    const notes = pipelineOf([
      { text: "Номер сообщения в партиции.", headingPath: ["Оффсет"] },
      { text: "Лежат в служебном топике.", headingPath: ["Коммит оффсетов"] },
    ]);
    const offset = notes.analyzer.termOf("оффсет") as string;
    expect(notes.passages.map((p) => notes.index.headedBy(p, offset))).toEqual([true, false]);
  });

  it("sees a heading start only the first passage of its section", () => {
    const section = pipelineOf([
      { text: "Redis — это хранилище данных в памяти.", headingPath: ["что такое redis простыми словами"] },
      {
        text: "мое: однопоточный, долгая команда тормозит всех.",
        headingPath: ["что такое redis простыми словами"],
      },
    ]);
    const [definition, remark] = section.passages;
    const redis = new Set([section.analyzer.termOf("redis") as string]);
    expect(section.index.startsWith(definition ?? passage(""), redis)).toBe(true);
    expect(section.index.startsWith(remark ?? passage(""), redis)).toBe(false);
  });

  it("sees the subject among the text's first OPENING_TERMS words only", () => {
    expect(OPENING_TERMS).toBe(2);
    // «Узлы кластера связывает сеть.»: the network is the fourth word.
    expect(NOTES.index.startsWith(byId("notes#7"), network)).toBe(false);
    const opening = pipelineOf(
      [{ text: "Кластер и сеть." }, { text: "Кластер, узлы и сеть." }],
      [["network", "сеть"]],
    );
    const [second, fourth] = opening.passages;
    expect(opening.index.startsWith(second ?? passage(""), network)).toBe(true);
    expect(opening.index.startsWith(fourth ?? passage(""), network)).toBe(false);
  });

  it("sees the subject opening any sentence or line: «…нужны taint'ы. Теинты указывают…»", () => {
    const sentences = pipelineOf(
      [
        { text: "Кластер держит узлы. Сеть связывает поды!", headingPath: [] },
        { text: "Узлы кластера связывает сеть. Поды живут на узлах.", headingPath: [] },
        { text: "Узлы и поды.\n\nСеть их связывает", headingPath: [] },
        // A line of its own after a list: «Preflight: перед запросом…» in Markdown notes.
        { text: "Заголовки:\n* Allow-Origin - кого пускаем\nСеть: всё, что их связывает", headingPath: [] },
      ],
      [["network", "сеть"]],
    );
    const [opens, mentions, afterBlank, ownLine] = sentences.passages;
    expect(sentences.index.startsWith(opens ?? passage(""), network)).toBe(true);
    expect(sentences.index.startsWith(mentions ?? passage(""), network)).toBe(false);
    expect(sentences.index.startsWith(afterBlank ?? passage(""), network)).toBe(true);
    expect(sentences.index.startsWith(ownLine ?? passage(""), network)).toBe(true);
  });

  it("reads a sentence that names something with a dash or colon as opening with that name only", () => {
    // «3. **Нет maxmemory** — Redis растёт…» is about maxmemory: it does not define Redis.
    const named = pipelineOf(
      [
        { text: "Ошибки на проде.\n3. Нет maxmemory — сеть растёт без лимита.", headingPath: [] },
        { text: "Ошибки на проде.\nЛимит: сеть растёт без него.", headingPath: [] },
        { text: "Ошибки на проде.\nСеть — то, что связывает поды.", headingPath: [] },
      ],
      [["network", "сеть"]],
    );
    const [afterDash, afterColon, defined] = named.passages;
    expect(named.index.startsWith(afterDash ?? passage(""), network)).toBe(false);
    expect(named.index.startsWith(afterColon ?? passage(""), network)).toBe(false);
    expect(named.index.startsWith(defined ?? passage(""), network)).toBe(true);
  });

  it("reads a sentence that opens with a verb as saying what something does, not what its object is", () => {
    // «Первая команда… Скачивает провайдеры в .terraform/» does not define providers.
    const verbs = pipelineOf(
      [
        { text: "Первая команда в папке. Настраивает сеть и узлы.", headingPath: [] },
        { text: "Первая команда в папке. Сеть настраивает узлы.", headingPath: [] },
      ],
      [["network", "сеть"]],
    );
    const [verbFirst, nounFirst] = verbs.passages;
    expect(verbs.index.startsWith(verbFirst ?? passage(""), network)).toBe(false);
    expect(verbs.index.startsWith(nounFirst ?? passage(""), network)).toBe(true);
  });

  it("reads «Первый - сеть (network): …» as opening with the thing counted off, not with the ordinal", () => {
    const counted = pipelineOf(
      [
        { text: "Есть два способа. Первый - сеть (network, нетворк): её создаёт докер.", headingPath: [] },
        { text: "Есть два способа. Первый - узел: его создаёт докер, и сеть тоже.", headingPath: [] },
      ],
      [["network", "сеть"]],
    );
    const [first, other] = counted.passages;
    expect(counted.index.startsWith(first ?? passage(""), network)).toBe(true);
    expect(counted.index.startsWith(other ?? passage(""), network)).toBe(false);
  });

  it("does not read a table's header row as what the passage opens with", () => {
    // «| | volume (том) | bind mount |» names the columns of a comparison; it defines neither.
    const tables = pipelineOf(
      [
        { text: "| | сеть | узел |\n|---|---|---|\n| кто | докер | я |", headingPath: [] },
        { text: "Итоги.\n| | сеть | узел |\n| --- | --- | --- |\n| кто | докер | я |", headingPath: [] },
        { text: "| сеть | докер |\n| узел | я |", headingPath: [] },
      ],
      [["network", "сеть"]],
    );
    const [opening, later, headless] = tables.passages;
    expect(tables.index.startsWith(opening ?? passage(""), network)).toBe(false);
    expect(tables.index.startsWith(later ?? passage(""), network)).toBe(false);
    // A table with no header row (a glossary's rows) still opens with its first cell.
    expect(tables.index.startsWith(headless ?? passage(""), network)).toBe(true);
  });
});

describe("opensSectionOf", () => {
  it("sees the first passage under a heading above its own open that section, and no later one", () => {
    const asked = "что будет если сеть упадет";
    const notes = pipelineOf(
      [
        { text: "Лимит задаётся директивой.", headingPath: [asked, "Лимиты"] },
        { text: "Политики вытеснения.", headingPath: [asked, "Политики"] },
        { text: "Сеть связывает поды.", headingPath: ["Сеть"] },
      ],
      [["network", "сеть"]],
    );
    const [first, second, own] = notes.passages;
    const network = new Set(["network"]);
    expect(notes.index.opensSectionOf(first ?? passage(""), network)).toBe(true);
    expect(notes.index.opensSectionOf(second ?? passage(""), network)).toBe(false);
    // Its own heading is what `heads` reads: there is nothing above it.
    expect(notes.index.opensSectionOf(own ?? passage(""), network)).toBe(false);
  });
});

describe("heads", () => {
  it("sees the subject anywhere in the passage's own heading, not in the headings above it or the text", () => {
    const notes = pipelineOf(
      [
        { text: "Указываем в манифесте пода.", headingPath: ["Сеть", "nodeSelector и сеть в манифесте"] },
        { text: "Сеть связывает поды.", headingPath: ["Сеть", "Поды"] },
      ],
      [["network", "сеть"]],
    );
    const [own, above] = notes.passages;
    const network = new Set(["network"]);
    expect(notes.index.heads(own ?? passage(""), network)).toBe(true);
    expect(notes.index.heads(above ?? passage(""), network)).toBe(false);
  });

  it("takes a note of one passage under no heading as headed by its title («делегирование.txt»)", () => {
    const notes = pipelineOf([
      {
        text: "Один обработчик на ul вместо обработчика на каждом li.",
        topicId: "делегирование",
        headingPath: [],
      },
      { text: "Обработчик срабатывает и на родителях.", topicId: "события", headingPath: [] },
      { text: "Делегирование экономит обработчики.", topicId: "события", headingPath: [] },
    ]);
    const [tiny, first] = notes.passages;
    const delegation = new Set([notes.analyzer.termOf("делегирование") ?? ""]);
    const events = new Set([notes.analyzer.termOf("события") ?? ""]);
    expect(notes.index.heads(tiny ?? passage(""), delegation)).toBe(true);
    // A note of several passages is about more than its title says of each.
    expect(notes.index.heads(first ?? passage(""), events)).toBe(false);
  });

  it("sees whether the passage's own heading has every one of the terms", () => {
    const notes = pipelineOf([
      { text: "Описание того, что куда проксировать.", headingPath: ["Ingress"] },
      { text: "Приложение, которое проксирует запросы.", headingPath: ["Ingress", "Ingress Controller"] },
    ]);
    const [ingress, controller] = notes.passages;
    const both = notes.understanding.termsOf("ingress controller").map((t) => t.term);
    expect(both).toHaveLength(2);
    expect(notes.index.headsAll(controller ?? passage(""), both)).toBe(true);
    expect(notes.index.headsAll(ingress ?? passage(""), both)).toBe(false);
    expect(notes.index.headsAll(ingress ?? passage(""), both.slice(0, 1))).toBe(true);
  });
});

describe("gather: words most passages have", () => {
  const words = ["поды", "узлы", "сеть", "логи", "helm", "etcd"];
  const notesOf = (texts: readonly string[]) => texts.map((text) => ({ text: `${text}.` }));
  const ids = (candidates: readonly Candidate[]) => candidates.map((c) => c.passage.id).sort();

  it("scores a common word only in passages that have a rarer word of the question", () => {
    // «поды» is in five passages of seven: common when more than three passages make a word common.
    const texts = ["поды логи", "поды узлы", "поды сеть", "поды узлы сеть", "поды", "логи сеть", "узлы"];
    const pruned = pipelineOf(notesOf(texts), [], new Map(), 3);
    const full = pipelineOf(notesOf(texts), [], new Map(), Number.POSITIVE_INFINITY);
    const gatherIn = (p: Pipeline, query: string) => p.index.gather(p.understanding.termsOf(query), 12);
    // «логи» selects: «поды узлы», «поды» have only the common word.
    expect(ids(gatherIn(pruned, "поды логи"))).toEqual(["notes#0", "notes#5"]);
    expect(ids(gatherIn(full, "поды логи"))).toHaveLength(6);
    // Every word common («поды» 5, «узлы» 4): the rarest selects, and the other still scores.
    const allCommon = gatherIn(pruned, "поды узлы");
    expect(ids(allCommon)).toEqual(["notes#1", "notes#3", "notes#6"]);
    expect(allCommon[0]?.coverage).toBe(1);
  });

  it("keeps the scores of the passages it gathers, and every passage with a rarer word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(words, { minLength: 1 }), { minLength: 4, maxLength: 16 }),
        fc.subarray(words, { minLength: 1 }),
        fc.integer({ min: 1, max: 6 }),
        (notes, query, commonFrom) => {
          const texts = notes.map((n) => n.join(" "));
          const pruned = pipelineOf(notesOf(texts), [], new Map(), commonFrom);
          const full = pipelineOf(notesOf(texts), [], new Map(), Number.POSITIVE_INFINITY);
          const terms = pruned.understanding.termsOf(query.join(" "));
          const byId = new Map(full.index.gather(terms, 50).map((c) => [c.passage.id, c]));
          const gathered = pruned.index.gather(terms, 50);
          for (const c of gathered) {
            const same = byId.get(c.passage.id);
            expect(same).toBeDefined();
            expect(c.relevance).toBeCloseTo(same?.relevance ?? 0, 9);
            expect(c.coverage).toBeCloseTo(same?.coverage ?? 0, 9);
          }
          const rare = terms.filter((t) => {
            const df = pruned.vocabulary.frequency(t.term);
            return df > 0 && df <= commonFrom;
          });
          const kept = new Set(gathered.map((c) => c.passage.id));
          for (const c of byId.values())
            if (rare.some((t) => pruned.index.says(c.passage, t.term))) expect(kept).toContain(c.passage.id);
        },
      ),
      { numRuns: 150 },
    );
  });
});
