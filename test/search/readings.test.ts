import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/knowledge/types.ts";
import { OPENING_TERMS } from "../../src/search/readings.ts";
import { passage } from "../helpers/fixtures.ts";
import { pipelineOf } from "../helpers/pipeline.ts";

const NOTES = pipelineOf(
  [
    { text: "Сеть связывает поды между собой.", headingPath: ["Сеть"] },
    { text: "Узлы кластера связывает сеть.", headingPath: ["Раздел"] },
  ],
  [["network", "сеть"]],
);

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

  it("reads a line of notes typed along a webinar past its time: «[00:40:45] taint вешают на ноду»", () => {
    const notes = pipelineOf([
      {
        text: "[00:40:20] аффинити притягивает под к нодам.\n[00:40:45] taint вешают на ноду в виде key=value:effect.",
        headingPath: ["Ограничения"],
      },
      {
        text: "[00:44:30] Equal сравнивает ключ и значение.\n(01:02) Exists хватает ключа.",
        headingPath: ["Операторы"],
      },
    ]);
    const [taints, operators] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.startsWithSubject(taints ?? passage(""), term("аффинити"))).toBe(true);
    expect(notes.index.startsWithSubject(taints ?? passage(""), term("taint"))).toBe(true);
    expect(notes.index.startsWithSubject(operators ?? passage(""), term("exists"))).toBe(true);
    expect(notes.index.startsWithSubject(operators ?? passage(""), term("ключ"))).toBe(false);
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
    // Of the things the headings name.
    const named = (p: Passage) => new Set(notes.analyzer.terms(p.headingPath.join(" ")));
    expect(notes.passages.map((p) => notes.index.namesKinds(p, named(p)))).toEqual([
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

  it("knows kinds alone («Три вида») under a heading that names the thing as its kinds, and of nothing else", () => {
    const notes = pipelineOf([
      { text: "Агрегации считают по документам.", headingPath: ["Агрегации"] },
      { text: "Metric, bucket, pipeline.", headingPath: ["Агрегации", "Три вида"] },
      { text: "Term и match.", headingPath: ["Запросы", "Типы:"] },
      { text: "Растут с числом корзин.", headingPath: ["Агрегации", "Три грабли"] },
    ]);
    const [, three, queries, pitfalls] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.namesKinds(three ?? passage(""), term("агрегации"))).toBe(true);
    expect(notes.index.namesKinds(three ?? passage(""), term("запросы"))).toBe(false);
    expect(notes.index.namesKinds(queries ?? passage(""), term("запросы"))).toBe(true);
    expect(notes.index.namesKinds(pitfalls ?? passage(""), term("агрегации"))).toBe(false);
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

  it("takes a heading for the longer name a passage defines only when its text defines no name of its own", () => {
    const notes = pipelineOf([
      { text: "Сайдкар = вспомогательный контейнер рядом с основным.", headingPath: ["Sidecar containers"] },
      { text: "Запускаются до основных контейнеров.", headingPath: ["Init"] },
      { text: "Живет рядом с основным контейнером пода.", headingPath: ["Sidecar containers"] },
    ]);
    const [defining, , describing] = notes.passages;
    const sidecar = new Set([notes.analyzer.termOf("sidecar") as string]);
    expect(notes.index.definesLonger(defining ?? passage(""), sidecar)).toBe(false);
    expect(notes.index.definesLonger(describing ?? passage(""), sidecar)).toBe(true);
  });

  it("takes two names joined («Taints and Tolerations») for no longer name of either", () => {
    const notes = pipelineOf([
      {
        text: "**Taint** — свойство ноды, формат `key=value:effect`.",
        headingPath: ["Taints and Tolerations"],
      },
      { text: "Квоты на неймспейс.", headingPath: ["Resource Quotas"] },
    ]);
    const [taints, quotas] = notes.passages;
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.index.definesLonger(taints ?? passage(""), term("taint"))).toBe(false);
    expect(notes.index.definesLonger(quotas ?? passage(""), term("resource"))).toBe(true);
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

  it("keeps a question's mark with it when a later sentence asks («Адрес есть? Смотрим ip a. Таск есть?»)", () => {
    const notes = pipelineOf([
      {
        text: "Идем по шагам снизу вверх. Адрес есть? Смотрим ip a. Таск есть? Смотрим список задач.",
        headingPath: [],
      },
      {
        text: "Идем по шагам снизу вверх. Адрес есть? Смотрим ip a. Таск — обертка над корутиной.",
        headingPath: [],
      },
    ]);
    const task = new Set([notes.analyzer.termOf("таск") as string]);
    expect(notes.passages.map((p) => notes.index.startsWithSubject(p, task))).toEqual([false, true]);
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
    // Code in a line of text is code: «Посмотреть все метки: `kubectl get nodes --show-labels`».
    const labels = pipelineOf([
      { text: "Посмотреть все метки: `kubectl get nodes --show-labels`", headingPath: ["Метки на нодах"] },
    ]);
    const [shown] = labels.passages as [Passage];
    expect(labels.index.inCode(shown, labels.analyzer.termOf("labels") as string)).toBe(true);
    expect(labels.index.inCode(shown, labels.analyzer.termOf("метки") as string)).toBe(false);
  });

  it("knows a passage headed by the subject alone", () => {
    const notes = pipelineOf([
      { text: "Номер сообщения в партиции.", headingPath: ["Оффсет"] },
      { text: "Лежат в служебном топике.", headingPath: ["Коммит оффсетов"] },
    ]);
    const offset = notes.analyzer.termOf("оффсет") as string;
    expect(notes.passages.map((p) => notes.index.headedBy(p, offset))).toEqual([true, false]);
  });

  it("knows a heading that says what its name is after a colon or a dash, not one that says more of it", () => {
    const notes = pipelineOf([
      { text: "Модуль помнит все соединения.", headingPath: ["Conntrack: отслеживание соединений"] },
      // A later passage of the section says more of it, not what it is.
      { text: "Таблица: conntrack -L.", headingPath: ["Conntrack: отслеживание соединений"] },
      { text: "Сначала правило для ESTABLISHED.", headingPath: ["Conntrack на практике"] },
      { text: "Сколько памяти дать.", headingPath: ["2. Redis — кэш в памяти"] },
      // What a heading tells apart it glosses neither side of.
      { text: "Разное назначение.", headingPath: ["Conntrack vs NAT: отличия"] },
    ]);
    const term = (word: string) => new Set([notes.analyzer.termOf(word) as string]);
    expect(notes.passages.map((p) => notes.index.glosses(p, term("conntrack")))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(notes.index.glosses(notes.passages[3] ?? passage(""), term("redis"))).toBe(true);
    // The gloss is not its name: «отслеживание» is what conntrack is.
    expect(notes.index.glosses(notes.passages[0] ?? passage(""), term("отслеживание"))).toBe(false);
  });

  it("sees no subject in a command on a line of its own, nor in a heading over code alone", () => {
    const notes = pipelineOf([
      {
        text: "```\niptables -A INPUT -m conntrack --ctstate INVALID -j DROP\n```",
        headingPath: ["Conntrack на практике"],
      },
      {
        text: "Посмотреть таблицу соединений:\nconntrack -L\nЛечится увеличением лимита.",
        headingPath: ["Таблица"],
      },
      { text: "Посмотреть таблицу соединений.\nConntrack помнит соединения.", headingPath: ["Таблица"] },
    ]);
    const conntrack = new Set([notes.analyzer.termOf("conntrack") as string]);
    expect(notes.passages.map((p) => notes.index.startsWithSubject(p, conntrack))).toEqual([
      false,
      false,
      true,
    ]);
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
    expect(NOTES.index.startsWith(byId("notes#1"), network)).toBe(false);
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
