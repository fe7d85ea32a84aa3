import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_WORDS, type QueryTerm } from "../../src/search/understand.ts";
import { pipelineOf } from "../helpers/pipeline.ts";

const GLOSSARY = [
  ["pod", "под", "поды"],
  ["istio", "истио"],
  ["helm", "хельм"],
];

const { understanding, vocabulary } = pipelineOf(
  [
    { text: "Поды запускаются на узлах кластера." },
    { text: "Чтобы посмотреть логи пода, используйте kubectl logs." },
    { text: "Сеть связывает поды, а kube-router раздаёт маршруты." },
    { text: "Репликасет держит нужное число подов." },
    { text: "```bash\nhelm install my-release hello/hello\n```" },
  ],
  GLOSSARY,
);

const termOf = (terms: QueryTerm[], term: string) => terms.find((t) => t.term === term);
const only = (query: string): QueryTerm => {
  const terms = understanding.termsOf(query);
  expect(terms, query).toHaveLength(1);
  return terms[0] as QueryTerm;
};

describe("understand: Russian typed in Latin letters", () => {
  it("reads the words the notes do not know back in Russian letters, keeping English ones they do", () => {
    const notes = pipelineOf([
      { text: "Теинты указывают, где поды размещать нельзя, ingress их не трогает." },
      { text: "Сервис даёт подам стабильный адрес." },
    ]);
    expect(notes.understanding.understand("zachem nuzhny teinty").text).toBe("зачем нужны теинты");
    expect(notes.understanding.understand("chto takoe ingress").text).toBe("что такое ingress");
    // An English question stays English: no word of it is a Russian word in Latin letters.
    expect(notes.understanding.understand("what is ingress").text).toBe("what is ingress");
  });

  it("reads a name the notes write in Russian letters, spelled in Latin ones by an English question", () => {
    const notes = pipelineOf([
      { text: "Главный советник – Победоносцев, обер-прокурор Синода." },
      { text: "Мастер и реплика: мастер принимает записи." },
    ]);
    expect(notes.understanding.understand("who was pobedonostsev").text).toBe("who was победоносцев");
    // Not an everyday English word that spells a Russian one of the notes: «master» stays English.
    expect(notes.understanding.understand("what does the master do").text).toBe("what does the master do");
  });
});

describe("understand: keywords that are function words", () => {
  it("asks about the ones the notes write as keywords when a question has nothing else", () => {
    const notes = pipelineOf([
      { text: "WHERE фильтрует строки до группировки, HAVING — готовые группы после GROUP BY." },
    ]);
    const terms = (q: string) => notes.understanding.understand(q).terms.map((t) => t.term);
    expect(terms("чем where отличается от having")).toEqual(["where", "have"]);
    // With a word of its own, a question's function words stay function words.
    expect(terms("where is group")).toEqual(["group"]);
  });
});

describe("understand: function words a Russian question mentions", () => {
  it("asks about one the notes mention too, and reads one they only have in code as glue", () => {
    const notes = pipelineOf([{ text: "После if будущее не ставят: will нельзя, пишут Present Simple." }]);
    const terms = (q: string) => notes.understanding.understand(q).terms.map((t) => t.term);
    expect(terms("почему после if не ставят will")).toEqual(expect.arrayContaining(["if", "will"]));
    const coded = pipelineOf([{ text: "Шаг запускается по условию:\n\n```yaml\nif: failure()\n```" }]);
    const codedTerms = (q: string) => coded.understanding.understand(q).terms.map((t) => t.term);
    expect(codedTerms("какие функции можно писать в if")).not.toContain("if");
    expect(codedTerms("какие функции можно писать в if")).toContain("функц");
  });
});

describe("understand: pronouns in any case", () => {
  // «какими» once was no stop word: unknown to the notes, it was «corrected» to their «такими» and weighed as the
  // rarest word of «какими способами можно загнать поды на нужные ноды».
  const notes = pipelineOf([{ text: "Такими способами поды размещают на нужных узлах." }]);

  it("keeps a question's pronouns as typed, whatever their case, and gives them no terms", () => {
    const question = notes.understanding.understand("какими способами своими силами разместить поды");
    expect(question.text).toBe("какими способами своими силами разместить поды");
    for (const pronoun of [
      "какими",
      "которыми",
      "такого",
      "своими",
      "нашей",
      "этими",
      "всеми",
      "кому",
      "друга",
    ])
      expect(notes.understanding.termsOf(pronoun), pronoun).toEqual([]);
  });
});

describe("understand: the text as meant", () => {
  it("re-types a question typed in the wrong layout", () => {
    expect(understanding.understand("xnj nfrjt gjl").text).toBe("что такое под");
  });

  it("keeps a word the notes know as typed when re-typing the rest («xnj nfrjt pvc» → «что такое pvc»)", () => {
    const storage = pipelineOf([{ text: "PVC — запрос пода на хранилище. PV — само хранилище." }]);
    expect(storage.understanding.understand("xnj nfrjt pvc").text).toBe("что такое pvc");
    // A word they would know only re-typed is re-typed: «gjl» is «под».
    expect(storage.understanding.understand("xnj nfrjt gjl").text).toBe("что такое под");
  });

  it("does not re-type Russian words the notes lack for the lone letters their other layout has", () => {
    // «хуже» in the other layout is «[e;t»: its «e» and «t» are the notes' flags, not words of a question.
    const flags = pipelineOf([{ text: "nginx -t проверяет конфиг, ключ -e задаёт переменную." }]);
    expect(flags.understanding.understand("хуже под").text).toBe("хуже под");
  });

  it("never corrects a function word into a word of the notes («стоит» is no «строит», «словно» no «условно»)", () => {
    const notes = pipelineOf([{ text: "Докер строит образ условно быстро, откуда берёт слои." }]);
    for (const phrase of ["стоит ли пересобирать", "словно с нуля", "оттуда и слои"])
      expect(notes.understanding.understand(phrase).text).toBe(phrase);
  });

  it("corrects a typo in one word and keeps the rest as typed", () => {
    expect(understanding.understand("что такое репликасте?").text).toBe("что такое репликасет?");
  });

  it("keeps a question whose words the notes know", () => {
    expect(understanding.understand("  как посмотреть\tлоги  ").text).toBe("как посмотреть логи");
    // «столько» is a function word, never a typo of the notes' «сколько».
    const counted = pipelineOf([{ text: "Указываем, сколько реплик держать." }]);
    expect(counted.understanding.understand("ровно столько реплик").text).toBe("ровно столько реплик");
  });

  it("writes two words as the notes' compound of them: «kube router» is their «kube-router»", () => {
    const question = understanding.understand("что делает kube router");
    expect(question.text).toBe("что делает kube-router");
    expect(question.terms.map((t) => t.term)).toEqual(["kube-router"]);
    // …after a typo is corrected too.
    expect(understanding.understand("что делает kube ruoter").text).toBe("что делает kube-router");
    // Only words side by side, in the compound's order.
    expect(understanding.understand("router для kube").text).toBe("router для kube");
    expect(understanding.understand("router kube").text).toBe("router kube");
  });

  it("keeps two words apart when the notes also write them apart: «docker compose» is not «docker-compose»", () => {
    const notes = pipelineOf([
      { text: "Сейчас это docker compose через пробел, старый docker-compose через дефис." },
      { text: "Сообщения pub/sub не хранятся." },
    ]);
    expect(notes.understanding.understand("docker compose down").text).toBe("docker compose down");
    expect(notes.understanding.understand("как работает pub sub").text).toBe("как работает pub/sub");
  });

  it("reads a name's number said as a word as the notes write it: «эсэн два» is their «SN2»", () => {
    const notes = pipelineOf([
      {
        text: "SN2 идёт в одну стадию, в полярных апротонных растворителях. SN или E — смотри на основание.",
      },
      { text: "IPv6 — адрес из 128 бит." },
    ]);
    const { understand } = notes.understanding;
    expect(understand("эсэн два в каком растворителе").text).toBe("sn2 в каком растворителе");
    expect(understand("ipv шесть что это").text).toBe("ipv6 что это");
    // A number the notes never write with that name stays a word.
    expect(understand("sn три").text).toBe("sn три");
  });

  it("joins a compound written apart with the stop words it keeps, and only those", () => {
    const notes = pipelineOf([
      { text: "Stop-the-world — пауза, когда JVM останавливает все потоки." },
      { text: "Гарантия read-your-writes: свою запись видно сразу." },
    ]);
    const { understand } = notes.understanding;
    expect(understand("что такое stop the world").text).toBe("что такое stop-the-world");
    expect(understand("что такое stop the world").terms.map((t) => t.term)).toEqual(["stop-the-world"]);
    expect(understand("read your writes это что").text).toBe("read-your-writes это что");
    // Other stop words between are not the compound's.
    expect(understand("stop in the world").text).toBe("stop in the world");
    expect(understand("read all your writes").text).toBe("read all your writes");
  });
});

describe("understand: intent and sides", () => {
  it("takes the intent from the question as meant", () => {
    expect(understanding.understand("xnj nfrjt gjl").intent).toBe("definition");
    expect(understanding.understand("как посмотреть логи пода").intent).toBe("howto");
  });

  it("gives a comparison its sides", () => {
    const question = understanding.understand("чем под отличается от репликасета");
    expect(question.intent).toBe("comparison");
    expect(question.sides).toEqual(["под", "репликасета"]);
  });

  it("gives other questions no sides", () => {
    expect(understanding.understand("что такое под")).not.toHaveProperty("sides");
  });
});

describe("understand: weighted terms", () => {
  it("weighs a known subject word by its IDF", () => {
    const term = only("репликасет");
    expect(term).toMatchObject({ term: "репликасет", form: 1, generic: false });
    expect(term.weight).toBeCloseTo(vocabulary.idf("репликасет"), 10);
  });

  it("weighs a generic word a quarter of its IDF", () => {
    const term = only("использовать");
    expect(term.generic).toBe(true);
    expect(term.weight).toBeCloseTo(vocabulary.idf(term.term) / 4, 10);
  });

  it("takes «задать» of «как задать число реплик» for the question's form, though the notes say it", () => {
    const notes = pipelineOf([
      { text: "В деплойменте можно задать число реплик и шаблон пода." },
      { text: "Реплики задаются полем replicas." },
    ]).understanding;
    const set = notes.termsOf("задать")[0]?.term ?? "";
    expect(termOf(notes.understand("как задать число реплик").terms, set)?.generic).toBe(true);
  });

  it("takes «состоит» of «из чего состоит» for the question's form, not its subject, though the notes say it", () => {
    const notes = pipelineOf([
      { text: "Образ состоит из слоев." },
      { text: "Слои неизменяемые." },
    ]).understanding;
    const consists = notes.termsOf("состоит")[0]?.term ?? "";
    expect(termOf(notes.understand("из чего состоит образ").terms, consists)?.generic).toBe(true);
  });

  it("takes «руками» and «вручную» as typed for how a thing is done, not what: «как подтверждать сообщения руками»", () => {
    const notes = pipelineOf([
      { text: "Консюмер сам шлет basic.ack после обработки, сообщение подтверждается." },
      { text: "Биндинги руками: queue_bind." },
    ]).understanding;
    const byHand = notes.termsOf("руками")[0]?.term ?? "";
    const terms = notes.understand("как подтверждать сообщения руками").terms;
    expect(termOf(terms, byHand)?.generic).toBe(true);
    // Only as typed: the hand itself is no word of how («с какими выдержками можно снимать с рук»).
    expect(termOf(notes.understand("можно ли снимать с рук").terms, byHand)?.generic).toBe(false);
  });

  it("takes «начинать» of «с чего начинать» for the question's form: where to start, not what starts", () => {
    const notes = pipelineOf([
      { text: "Первое, что делать с проблемным подом, — kubectl describe pod и смотреть Events." },
      { text: "При упоре в лимит CPU приложение начинает медленнее отвечать." },
    ]).understanding;
    const starts = notes.termsOf("начинать")[0]?.term ?? "";
    expect(termOf(notes.understand("с чего начинать разбор проблемных подов").terms, starts)?.generic).toBe(
      true,
    );
  });

  it("takes «виды» of a list question for its form, and keeps it the subject of any other", () => {
    const notes = pipelineOf([
      { text: "Stored XSS хранится в базе, reflected приходит в URL." },
      { text: "Вид страницы задает CSS." },
    ]).understanding;
    const kinds = notes.termsOf("виды")[0]?.term ?? "";
    expect(termOf(notes.understand("какие бывают виды xss").terms, kinds)?.generic).toBe(true);
    expect(termOf(notes.understand("что задает вид страницы").terms, kinds)?.generic).toBe(false);
  });

  it("gives no term to «входит в», which says what something is part of, and keeps «вход» the noun", () => {
    const notes = pipelineOf([
      { text: "В экосистему входят Helm и Prometheus." },
      { text: "Вход в кластер через ингресс." },
    ]).understanding;
    const terms = (q: string) => notes.understand(q).terms.map((t) => t.term);
    const entry = notes.termsOf("вход")[0]?.term ?? "";
    expect(terms("что входит в экосистему")).not.toContain(entry);
    expect(terms("что входит в экосистему").length).toBe(1);
    expect(terms("как настроить вход в кластер")).toContain(entry);
  });

  it("takes «должно» for the question's form, as «нужно», though the notes say it", () => {
    const notes = pipelineOf([
      { text: "Агенты мониторинга должны работать на каждом узле." },
      { text: "Слои неизменяемые." },
    ]).understanding;
    const must = notes.termsOf("должно")[0]?.term ?? "";
    expect(termOf(notes.understand("так и должно быть?").terms, must)?.generic).toBe(true);
  });

  it("takes an unknown Russian verb form for generic («задеплоить»)", () => {
    const term = only("задеплоить");
    expect(vocabulary.has(term.term)).toBe(false);
    expect(term.generic).toBe(true);
    expect(term.weight).toBeCloseTo(vocabulary.idf(term.term) / 4, 10);
  });

  it("does not take a noun for a verb: «памяти», «сущности» are no «нести», «идти», «найти», «память» no «мять»", () => {
    for (const noun of ["памяти", "сущности", "скорости", "память"])
      expect(only(noun).generic, noun).toBe(false);
    for (const verb of ["перенести", "довезти", "пройти", "обойти"])
      expect(only(verb).generic, verb).toBe(true);
  });

  it("marks an unknown finite verb as a happening the notes never tell of («стартует»), not an infinitive or a known verb", () => {
    expect(only("стартует").happening).toBe(true);
    expect(only("задеплоить").happening).toBeUndefined();
    expect(only("посмотрим").happening).toBeUndefined();
  });

  it("marks an unknown verb of a condition as a happening («что будет, если удалить под»)", () => {
    const happening = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.happening)
        .map((t) => t.term);
    const remove = understanding.termsOf("удалить")[0]?.term;
    expect(happening("что будет если удалить под")).toEqual([remove]);
    expect(happening("что будет, если сразу удалить под")).toEqual([remove]);
    expect(happening("как удалить под")).toEqual([]);
  });

  it("marks a word the notes never use in a yes-no question («сеть плоская?») as what it asks whether holds", () => {
    const asked = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.questioned && t.happening)
        .map((t) => t.term);
    const flat = understanding.termsOf("плоская")[0]?.term;
    expect(asked("сеть плоская?")).toEqual([flat]);
    // A question word asks something else; without «?» it is a search for words.
    expect(asked("почему сеть плоская?")).toEqual([]);
    expect(asked("сеть плоская")).toEqual([]);
    expect(asked("репликасет есть у пода?")).toEqual([]);
  });

  it("takes «лежат», «находится» after «где» for the question's form, not its subject; elsewhere they count", () => {
    const notes = pipelineOf([
      { text: "Таски роли лежат в tasks/main.yml." },
      { text: "Сервис лежит, если под упал." },
      { text: "Роль раскладывает плейбук по папкам." },
    ]).understanding;
    const lie = notes.termsOf("лежат")[0]?.term ?? "";
    expect(termOf(notes.understand("где лежат таски роли").terms, lie)?.generic).toBe(true);
    expect(
      termOf(notes.understand("почему сервис лежит").terms, notes.termsOf("лежит")[0]?.term ?? "")?.generic,
    ).toBe(false);
  });

  it("marks an unknown verb a question asks whether can happen («под может переезжать?», «можно ли …»)", () => {
    const asked = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.questioned)
        .map((t) => `${t.term}${t.happening ? " happening" : ""}`);
    const moves = `${understanding.termsOf("переезжать")[0]?.term} happening`;
    // (Without «?»: these notes never say «нода», which a yes-no question would ask about too.)
    expect(asked("под может переезжать на другую ноду")).toEqual([moves]);
    expect(asked("можно ли переезжать поду на другую ноду")).toEqual([moves]);
    expect(asked("может ли под сам переезжать")).toEqual([moves]);
    // A question word asks how or when, not whether; a verb the notes use is theirs to answer.
    expect(asked("как под может переезжать на другую ноду")).toEqual([]);
    expect(asked("когда под может переезжать")).toEqual([]);
    expect(asked("под может переезжать")).toEqual([moves]);
    expect(asked("можно ли посмотреть под")).toEqual([]);
    expect(asked("под переезжать")).toEqual([]);
  });

  it("marks the operation a how-to asks to do, after fillers, and whether it undoes", () => {
    const marked = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.operation)
        .map((t) => `${t.term}${t.undoes ? " undoes" : ""}`);
    expect(marked("как удалить репозиторий хельма")).toEqual([
      `${understanding.termsOf("удалить")[0]?.term} undoes`,
    ]);
    expect(marked("как можно быстро снять теинт с ноды")).toHaveLength(1);
    expect(marked("как почистить неиспользуемые образы")).toEqual([
      `${understanding.termsOf("почистить")[0]?.term} undoes`,
    ]);
    expect(marked("как повесить теинт на ноду")).toEqual([understanding.termsOf("повесить")[0]?.term]);
    expect(marked("how to delete a helm release")).toEqual(["delet undoes"]);
    expect(marked("как создать сервис")).toEqual([understanding.termsOf("создать")[0]?.term]);
    // Bringing something up is an operation: «как поднять кластер» is not answered by «внутри кластера».
    expect(marked("как поднять кластер")).toEqual([understanding.termsOf("поднять")[0]?.term]);
    // Seeing something is done by a command too: `INFO memory`, not the passage that says «посмотреть, сколько…».
    expect(marked("как посмотреть сколько памяти жрет редис")).toEqual([
      understanding.termsOf("посмотреть")[0]?.term,
    ]);
    // …as is finding it out: «как узнать ip пода» is a command, not the passage that says pods have addresses.
    expect(marked("как узнать ip пода")).toEqual([understanding.termsOf("узнать")[0]?.term]);
    // …and so is moving it: «как скачать образ» is `docker pull`, not a passage that names images.
    expect(marked("как скачать образ")).toEqual([understanding.termsOf("скачать")[0]?.term]);
    expect(marked("как скопировать файл в под")).toEqual([understanding.termsOf("скопировать")[0]?.term]);
    // A verb of no operation, a word after the verb, or no how-to at all: none.
    expect(marked("как указать версию")).toEqual([]);
    expect(marked("как сделать чтобы удалить под")).toEqual([]);
    expect(marked("зачем удалять поды")).toEqual([]);
  });

  it("marks what a how-to asks to do, operation or not, and nothing in another question", () => {
    const action = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.action)
        .map((t) => t.term);
    expect(action("как указать версию")).toEqual([understanding.termsOf("указать")[0]?.term]);
    expect(action("как можно быстро снять теинт с ноды")).toEqual([understanding.termsOf("снять")[0]?.term]);
    // «сделать, чтобы…» asks for what follows «чтобы» to happen.
    expect(action("как сделать чтобы удалить под")).toEqual([understanding.termsOf("удалить")[0]?.term]);
    expect(action("как сделать так, чтобы контейнер перезапускался сам")).toEqual([
      understanding.termsOf("перезапускался")[0]?.term,
    ]);
    expect(action("как сделать чтобы под")).toEqual([]);
    expect(action("зачем удалять поды")).toEqual([]);
    expect(action("как под")).toEqual([]);
    // «удалить под» asks how with no «как».
    expect(action("удалить под")).toEqual([understanding.termsOf("удалить")[0]?.term]);
  });

  it("marks what a definition places its subject in: the word or two right after «в», «in»", () => {
    const setting = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.setting)
        .map((t) => t.term);
    expect(setting("что такое под в кластере")).toEqual([understanding.termsOf("кластере")[0]?.term]);
    expect(setting("what is a pod in kubernetes")).toEqual([understanding.termsOf("kubernetes")[0]?.term]);
    // A word and its noun: «в будущем времени» is the future tense.
    expect(setting("что значит сервис в облачном кластере")).toEqual(
      understanding.termsOf("облачном кластере").map((t) => t.term),
    );
    expect(setting("что такое под в кластере kubernetes сегодня")).toEqual(
      understanding.termsOf("кластере kubernetes").map((t) => t.term),
    );
    // A number after «в» says how: «стрим в обе стороны» is a stream both ways.
    expect(setting("что такое стрим в обе стороны")).toEqual([]);
    // It weighs half what it places at most, however rare its word.
    const weights = Object.fromEntries(
      understanding.understand("что такое под в кластере").terms.map((t) => [t.term, t.weight]),
    );
    const [pod, cluster] = ["под", "кластере"].map((w) => understanding.termsOf(w)[0]?.term as string);
    expect(weights[cluster as string]).toBeCloseTo((weights[pod as string] as number) / 2);
    expect(understanding.termsOf("кластере")[0]?.weight).toBeGreaterThan(weights[pod as string] as number);
    // Not in another question, and not the subject itself.
    expect(setting("как запустить под в кластере")).toEqual([]);
    expect(setting("в кластере что такое")).toEqual([]);
  });

  it("marks what a Russian how-to's verb is done to: the first word it asks about after the verb", () => {
    const object = (query: string) =>
      understanding
        .understand(query)
        .terms.filter((t) => t.object)
        .map((t) => t.term);
    const pod = understanding.termsOf("под")[0]?.term;
    expect(object("как удалить под")).toEqual([pod]);
    expect(object("как посмотреть логи пода")).toEqual([understanding.termsOf("логи")[0]?.term]);
    expect(object("удалить под с ноды")).toEqual([pod]);
    // Not a word a preposition governs: it says where.
    expect(object("как удалить на ноде поды")).toEqual([pod]);
    // An English question's words come in another order than the notes'.
    expect(object("how to delete a pod")).toEqual([]);
    // …and whether the notes use it at all.
    const unknown = (query: string) => understanding.understand(query).terms.some((t) => t.unknownObject);
    expect(unknown("как удалить под")).toBe(false);
    expect(unknown("как удалить приоритеты")).toBe(true);
    expect(object("зачем удалять поды")).toEqual([]);
  });

  it("weighs the operation of a how-to half of the same word elsewhere, and leaves a generic one as it is", () => {
    const notes = pipelineOf([
      { text: "Создать сервис можно командой kubectl expose." },
      { text: "Поставить чарт можно командой helm install." },
      { text: "Сервис открывает порт." },
    ]).understanding;
    const weight = (query: string, word: string) =>
      termOf(notes.understand(query).terms, notes.termsOf(word)[0]?.term ?? "")?.weight ?? 0;
    const asked = weight("как создать сервис", "создать");
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeCloseTo(weight("зачем создать сервис", "создать") / 2);
    expect(weight("как поставить чарт", "поставить")).toBeGreaterThan(0);
    expect(weight("как поставить чарт", "поставить")).toBeCloseTo(
      weight("зачем поставить чарт", "поставить"),
    );
  });

  it("weighs a Russian adjective half, unless the glossary names it or the question asks why", () => {
    const notes = pipelineOf(
      [
        { text: "Поды на конкретной ноде." },
        { text: "Внешний балансировщик и развертывание." },
        { text: "Поды и ноды." },
      ],
      [["external", "внешний"]],
    );
    const weightIn = (query: string, term: string) => {
      const { terms } = notes.understanding.understand(query);
      return terms.find((t) => t.term === notes.analyzer.termOf(term))?.weight;
    };
    const idf = (word: string) => notes.vocabulary.idf(notes.analyzer.termOf(word) ?? "");
    expect(weightIn("как привязать поды к конкретной ноде", "конкретной")).toBeCloseTo(
      idf("конкретной") / 2,
      10,
    );
    expect(weightIn("почему поды на конкретной ноде", "конкретной")).toBeCloseTo(idf("конкретной"), 10);
    // A glossary word and a noun that ends like an adjective («-ние») keep their weight.
    expect(weightIn("как сделать внешний балансировщик", "внешний")).toBeCloseTo(idf("внешний"), 10);
    expect(weightIn("как устроено развертывание", "развертывание")).toBeCloseTo(idf("развертывание"), 10);
  });

  it("weighs a modal verb as generic even when the notes use it («какие cni умеют bgp»)", () => {
    const notes = pipelineOf([{ text: "Что умеют ингресс-контроллеры: маршрутизацию и SSL." }]);
    const [modal] = notes.understanding.termsOf("умеют");
    expect(notes.vocabulary.has(modal?.term ?? "")).toBe(true);
    expect(modal?.generic).toBe(true);
  });

  it("weighs «по какому принципу» as a way of asking how, not as a subject", () => {
    const notes = pipelineOf([
      { text: "Pub/sub работает по принципу fire and forget, ключи вытесняются по политике." },
    ]);
    const principle = notes.understanding
      .termsOf("по какому принципу вытесняются ключи")
      .find((t) => t.term.startsWith("принцип"));
    expect(principle?.generic).toBe(true);
  });

  it("takes «сколько» for the form of a question that asks how many, and for a word of one that asks how", () => {
    const notes = pipelineOf([{ text: "Посмотреть, сколько осталось: TTL. Память ограничивает maxmemory." }]);
    const terms = (q: string) => notes.understanding.understand(q).terms.map((t) => t.term);
    const many = notes.understanding.termsOf("сколько")[0]?.term;
    expect(terms("сколько памяти можно дать поду")).not.toContain(many);
    expect(terms("как посмотреть сколько осталось")).toContain(many);
  });

  it("never corrects colloquial «скока» into a word of the notes: it asks how many", () => {
    const notes = pipelineOf([{ text: "Время жизни ключа: до срока. Сентинелов минимум 3." }]);
    const question = notes.understanding.understand("скока сентинелов надо поднять");
    expect(question.intent).toBe("quantity");
    expect(question.text).toBe("скока сентинелов надо поднять");
    expect(question.terms.map((t) => t.term)).not.toContain(notes.analyzer.termOf("срока"));
  });

  it("reads «-ется» written as said or with a soft sign, and «каким образом» as a way, not an image", () => {
    expect(understanding.understand("чем отличаеца под от ноды").intent).toBe("comparison");
    expect(understanding.understand("чем отличаеться под от ноды").intent).toBe("comparison");
    expect(understanding.understand("чем отличаються поды от нод").intent).toBe("comparison");
    expect(understanding.termsOf("каким образом работает под").map((t) => t.term)).toEqual(
      understanding.termsOf("работает под").map((t) => t.term),
    );
  });

  it("takes the words of asking for no term: «поясни за сервисы», «инфа по hpa», «что представляет собой под»", () => {
    const subject = (q: string) => understanding.termsOf(q).map((t) => t.term);
    expect(subject("поясни за сервисы")).toEqual(subject("сервисы"));
    expect(subject("инфа по поду")).toEqual(subject("под"));
    expect(subject("что из себя представляет под")).toEqual(subject("под"));
    expect(subject("дай определение пода")).toEqual(subject("под"));
  });

  it("takes «под» before a pronoun for the preposition, not a pod: «под свой кластер», «под каким аккаунтом»", () => {
    const subject = (q: string) => understanding.termsOf(q).map((t) => t.term);
    expect(subject("плагин под свой кластер")).toEqual(subject("плагин кластер"));
    expect(subject("под каким аккаунтом")).toEqual(subject("аккаунтом"));
    // A pod it stays before a word that follows a noun as often.
    expect(subject("под это что")).toEqual(subject("под"));
    expect(subject("под все равно падает")).toContain(subject("под")[0]);
  });

  it("takes colloquial «че», «чё», «шо», «што» for «что»: no term of the question", () => {
    for (const q of ["че такое под", "чё такое под", "шо такое под", "што такое под"])
      expect(
        understanding.termsOf(q).map((t) => t.term),
        q,
      ).toEqual(understanding.termsOf("под").map((t) => t.term));
  });

  it("weighs everyday English words of a question as generic: the subject outweighs them", () => {
    // (A subject the notes do not have and no dictionary knows: a technical name, as «configmap» is to these notes.)
    const { terms } = understanding.understand("what kind of data goes into a configmap");
    const generic = terms.filter((t) => t.generic).map((t) => t.term);
    expect(generic).toEqual(expect.arrayContaining(["kind", "goe"]));
    const configmap = terms.find((t) => t.term === understanding.termsOf("configmap")[0]?.term);
    for (const t of terms.filter((t) => t.generic))
      expect(t.weight, t.term).toBeLessThan(configmap?.weight ?? 0);
  });

  it("keeps a verb the notes use as the subject of a how-to («посмотреть»)", () => {
    expect(only("посмотреть").generic).toBe(false);
  });

  it("marks a word right after «не» or «ни» as negated, and only that word", () => {
    const [verb] = understanding.termsOf("запускались");
    const terms = understanding.termsOf("чтобы поды не запускались на узлах");
    expect(terms.filter((t) => t.negated).map((t) => t.term)).toEqual([verb?.term]);
    expect(understanding.termsOf("поды запускались на узлах").some((t) => t.negated)).toBe(false);
    expect(understanding.termsOf("нечто запускались").some((t) => t.negated)).toBe(false);
  });

  it("marks a negated word after «чтобы» as what must not happen, and one said of what happens as not", () => {
    const [verb] = understanding.termsOf("запускались");
    const wanted = understanding.termsOf("как сделать чтобы поды не запускались на узлах");
    expect(wanted.find((t) => t.term === verb?.term)).toMatchObject({ negated: true, prevented: true });
    const happens = understanding.termsOf("поды не запускались на узлах, что делать");
    expect(happens.find((t) => t.term === verb?.term)).toMatchObject({ negated: true });
    expect(happens.some((t) => t.prevented)).toBe(false);
  });

  it("takes a how-to's negated verb right after «как» for what must not happen: «как не запускать поды на узлах»", () => {
    const [verb] = understanding.termsOf("запускать");
    const asked = understanding.understand("как не запускать поды на узлах").terms;
    expect(asked.find((t) => t.term === verb?.term)).toMatchObject({ negated: true, prevented: true });
    // Said later, it is no how-to's verb: what happens, not what to do.
    const later = understanding.understand("как поды не запускать на узлах").terms;
    expect(later.some((t) => t.prevented)).toBe(false);
  });

  it("does not take a contrast for a negation: «поды, а не репликасет»", () => {
    expect(understanding.termsOf("лучше поды, а не репликасет").some((t) => t.negated)).toBe(false);
  });

  it("drops lone letters: the «b» of a pasted tag is not what a question is about", () => {
    const notes = pipelineOf([{ text: "Поды на узлах." }]);
    expect(notes.understanding.termsOf("поды <b>").map((t) => t.term)).toEqual(
      notes.understanding.termsOf("поды").map((t) => t.term),
    );
  });

  it("marks Latin terms, typed or from the glossary, as the names of things; generic words never", () => {
    const notes = pipelineOf([{ text: "Cilium быстрый, helm ставит чарты." }], [["helm", "хельм"]]);
    const names = (q: string) => notes.understanding.termsOf(q).map((t) => [t.term, t.name]);
    expect(names("cilium быстрый")).toEqual([
      ["cilium", true],
      ["быстр", false],
    ]);
    expect(names("хельм")).toEqual([["helm", true]]);
    expect(names("use")).toEqual([["use", false]]);
  });

  it("does not take a Russian verb for the name of a thing, though the glossary spells it in Latin", () => {
    const notes = pipelineOf(
      [{ text: "Run запускает под, CronJob запускает задачи." }, { text: "Поды на узлах." }],
      [["run", "запускать", "запустить"]],
    );
    const names = (q: string) => notes.understanding.termsOf(q).map((t) => [t.term, t.name]);
    expect(names("запускать")).toEqual([["run", false]]);
    expect(names("cronjob")).toEqual([["cronjob", true]]);
    // …nor an everyday English word, typed so, for one.
    expect(names("run")).toEqual([["run", false]]);
  });

  it("maps an unknown form of a known verb to its known stem, and keeps its weight («посмотреть» of «посмотрим»)", () => {
    const notes = pipelineOf([
      { text: "Посмотрим логи." },
      { text: "Поды на узлах." },
      { text: "Сеть и поды." },
    ]);
    expect(notes.analyzer.termOf("посмотреть")).toBe("посмотрет");
    const terms = notes.understanding.termsOf("посмотреть");
    expect(terms).toEqual([
      { term: "посмотр", form: 1, generic: false, weight: notes.vocabulary.idf("посмотр"), name: false },
    ]);
  });

  it("weighs an unknown Latin word typed by the user as an unknown technical name", () => {
    const term = only("istio");
    expect(term.generic).toBe(false);
    expect(term.weight).toBeCloseTo(vocabulary.idf("istio", true), 10);
    expect(term.weight).toBeGreaterThan(only("репликасет").weight);
  });

  it("does not weigh a Russian word the glossary maps to a Latin term the notes lack as a technical name", () => {
    const russian = only("истио");
    expect(russian.term).toBe("istio");
    expect(russian.weight).toBeCloseTo(only("istio").weight / 4, 10);
    expect(russian.weight).toBeCloseTo(only("привязка").weight, 10);
  });

  it("looks an unknown compound up by its parts, a known part weighing 0.7 of a whole word", () => {
    const terms = understanding.termsOf("kube-scheduler");
    // The compound itself stays, at half weight: a passage with only its parts apart is not sure.
    expect(terms.map((t) => t.term)).toEqual(["kube", "schedul", "kube-scheduler"]);
    expect(termOf(terms, "kube-scheduler")?.form).toBe(0.5);
    expect(termOf(terms, "kube")?.form).toBe(0.7);
    expect(termOf(terms, "kube")?.weight).toBeCloseTo(0.7 * vocabulary.idf("kube"), 10);
    expect(termOf(terms, "schedul")?.form).toBe(1);
  });

  it("keeps a compound the notes have whole", () => {
    expect(understanding.termsOf("kube-router").map((t) => t.term)).toEqual(["kube-router"]);
  });

  it("marks a term most passages have as the notes' own subject", () => {
    const notes = pipelineOf([
      { text: "Redis хранит ключи в памяти." },
      { text: "Redis умеет репликацию." },
      { text: "Кластер Redis шардирует ключи." },
      { text: "Sentinel следит за мастером." },
    ]);
    const terms = notes.understanding.termsOf("как redis шардирует ключи");
    expect(terms.filter((t) => t.everywhere).map((t) => t.term)).toEqual([
      notes.analyzer.termOf("redis"),
      notes.analyzer.termOf("ключи"),
    ]);
    expect(terms.find((t) => t.term === notes.analyzer.termOf("шардирует"))?.everywhere).toBeUndefined();
  });

  it("gives a repeated word one term and drops stop words", () => {
    expect(understanding.termsOf("что такое под и под и поды").map((t) => t.term)).toEqual(["pod"]);
  });

  it("gives no terms to a request to tell, show or remind («напомни», «подскажите»)", () => {
    const terms = (q: string) => understanding.termsOf(q).map((t) => t.term);
    for (const q of ["напомни что такое под", "под напомните", "подскажите про под", "покажите под"])
      expect(terms(q), q).toEqual(["pod"]);
  });

  it("gives no terms to words that say how to answer («простыми словами», «вкратце», in simple terms)", () => {
    const terms = (q: string) => understanding.termsOf(q).map((t) => t.term);
    expect(terms("объясни простыми словами, что такое под")).toEqual(["pod"]);
    expect(terms("вкратце про хельм")).toEqual(["helm"]);
    expect(terms("what is helm in simple terms")).toEqual(["helm"]);
    expect(terms("под в двух словах")).toEqual(["pod"]);
    // …nor how to do it: «одной командой» asks for a command, not about commands.
    expect(terms("как удалить под одной командой")).not.toContain("команд");
    expect(terms("how to delete a pod in one command")).not.toContain("command");
    expect(terms("какие команды есть у kubectl")).toContain("команд");
    // Only the phrase: the same words elsewhere still count.
    expect(terms("простые слова в логах пода")).toEqual(expect.arrayContaining(["pod", "лог"]));
    expect(terms("простые слова в логах пода").length).toBeGreaterThan(2);
  });

  it(`reads only the first ${MAX_QUERY_WORDS} words`, () => {
    const filler = Array.from({ length: MAX_QUERY_WORDS }, () => "под").join(" ");
    expect(understanding.termsOf(`${filler} репликасет`).map((t) => t.term)).toEqual(["pod"]);
  });

  it("gives every term a finite positive weight, never more than once, and never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const { terms } = understanding.understand(raw);
        expect(new Set(terms.map((t) => t.term)).size).toBe(terms.length);
        for (const t of terms) {
          expect(Number.isFinite(t.weight)).toBe(true);
          expect(t.weight).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
