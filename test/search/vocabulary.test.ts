import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzer, stem } from "../../src/search/analyzer.ts";
import { CognateIndex, Hearing } from "../../src/search/cognates.ts";
import { otherAspect, Vocabulary } from "../../src/search/vocabulary.ts";

/** A vocabulary that learned and counted each text as one passage, hearing its cognates in `cognates`. */
function vocabularyOf(
  texts: readonly string[],
  glossary: string[][] = [],
  cognates?: CognateIndex,
): Vocabulary {
  const vocabulary = new Vocabulary(createAnalyzer(glossary), cognates);
  for (const text of texts) {
    const { terms, parts } = vocabulary.learn(text);
    vocabulary.count([...terms, ...parts]);
  }
  return vocabulary;
}

const NOTES = [
  "Поды запускаются на узлах кластера.",
  "Поды и сервисы: сервис даёт подам стабильный адрес.",
  "Метка managed-etcd-controller стоит на узлах.",
  "Сеть связывает поды. Посмотрим, как устроена сеть.",
  "Репликасет держит нужное число подов.",
];

describe("Vocabulary.learn", () => {
  it("returns each word's term and the parts of compound identifiers, without stop words", () => {
    const vocabulary = new Vocabulary(createAnalyzer());
    const learned = vocabulary.learn("и managed-etcd-controller на узлах");
    expect(learned.terms).toEqual(["managed-etcd-controller", "узл"]);
    expect(learned.parts).toEqual(["manag", "etcd", "control"]);
  });

  it("names a file by its name without the extension: «pyproject» is a term of `pyproject.toml`", () => {
    const vocabulary = new Vocabulary(createAnalyzer());
    expect(vocabulary.learn("pyproject.toml").terms).toEqual(["pyproject.toml", "pyproject"]);
    expect(vocabulary.learn("dump.rdb").terms).toEqual(["dump.rdb"]);
  });

  it("gives a glossary phrase's canonical term to each of its words", () => {
    const vocabulary = new Vocabulary(createAnalyzer([["ingress controller", "ингресс контроллер"]]));
    expect(vocabulary.learn("ингресс контроллер").terms).toEqual(["ingress_control", "ingress_control"]);
    // …and keeps each word's own term among the parts, as a compound's: «Autoscaler» is still an autoscaler.
    const hpa = new Vocabulary(
      createAnalyzer([
        ["hpa", "horizontal pod autoscaler"],
        ["autoscaler", "автоскейлер"],
      ]),
    );
    const learned = hpa.learn("Horizontal Pod Autoscaler");
    expect(learned.terms).toEqual(["hpa", "hpa", "hpa"]);
    expect(learned.parts).toContain("autoscal");
  });

  it("does not make a learned word count towards the frequencies until counted", () => {
    const vocabulary = new Vocabulary(createAnalyzer());
    vocabulary.learn("кластер");
    expect(vocabulary.has("кластер")).toBe(false);
    expect(vocabulary.knownWord("кластер")).toBe(true);
  });
});

describe("Vocabulary.count and frequency", () => {
  it("counts a term once per passage, however often the passage repeats it", () => {
    const vocabulary = vocabularyOf(["под под под", "под и узел"]);
    expect(vocabulary.frequency("под")).toBe(2);
    expect(vocabulary.frequency("узел")).toBe(1);
    expect(vocabulary.frequency("кластер")).toBe(0);
  });

  it("counts the parts of a compound, so the part is a known term", () => {
    const vocabulary = vocabularyOf(NOTES);
    expect(vocabulary.has("etcd")).toBe(true);
    expect(vocabulary.has("managed-etcd-controller")).toBe(true);
  });
});

describe("Vocabulary.idf", () => {
  const vocabulary = vocabularyOf(NOTES);
  const docs = NOTES.length;
  const rarest = Math.log(1 + docs / 0.5);

  it("weighs a rare term above a common one", () => {
    expect(vocabulary.frequency("под")).toBeGreaterThan(vocabulary.frequency("репликасет"));
    expect(vocabulary.idf("репликасет")).toBeGreaterThan(vocabulary.idf("под"));
  });

  it("weighs an unknown Cyrillic word as half the rarest known", () => {
    expect(vocabulary.idf("привяза")).toBeCloseTo(rarest / 2, 10);
  });

  it("weighs an unknown Latin term as twice the rarest: an unknown technical name", () => {
    expect(vocabulary.idf("istio")).toBeCloseTo(2 * rarest, 10);
    expect(vocabulary.idf("kube-scheduler")).toBeCloseTo(2 * rarest, 10);
  });

  it("weighs an unknown Latin term not typed in Latin (a glossary's canonical form) as an unknown word", () => {
    expect(vocabulary.idf("istio", false)).toBeCloseTo(rarest / 2, 10);
  });

  it("does not take a Cyrillic term for Latin, whatever the caller says", () => {
    expect(vocabulary.idf("привяза", true)).toBeCloseTo(rarest / 2, 10);
  });

  it("ranks every known term below an unknown technical name, and above zero", () => {
    fc.assert(
      fc.property(fc.constantFrom("под", "узл", "etcd", "сет", "репликасет", "кластер"), (term) => {
        const idf = vocabulary.idf(term);
        expect(idf).toBeGreaterThan(0);
        expect(idf).toBeLessThan(vocabulary.idf("istio"));
      }),
    );
  });

  it("stays finite on an empty vocabulary", () => {
    const empty = new Vocabulary(createAnalyzer());
    expect(Number.isFinite(empty.idf("под"))).toBe(true);
    expect(Number.isFinite(empty.idf("istio"))).toBe(true);
  });
});

describe("Vocabulary.knownStem", () => {
  const vocabulary = vocabularyOf(NOTES);

  it("maps an unknown verb form to a known stem it starts with («посмотреть» → посмотр of «посмотрим»)", () => {
    expect(vocabulary.has("посмотр")).toBe(true);
    expect(vocabulary.knownStem("посмотрет")).toBe("посмотр");
  });

  it("gives back the «-л» the stemmer takes off a noun in «-ал» («сигнал» → сигнал of «сигналы»)", () => {
    const analyzer = createAnalyzer([]);
    const signals = vocabularyOf(["Сигналы: post_save и pre_delete.", "Он читает конфиг."]);
    expect(analyzer.termOf("сигнал")).toBe("сигна");
    expect(signals.knownStem("сигна")).toBe("сигнал");
    // A verb's past tense stays the verb: «читал» is «чита» of «читает».
    expect(signals.knownStem(analyzer.termOf("читал") ?? "")).toBe("чита");
  });

  it("takes a prefix off an unknown term when the rest is known («отформатировать» → форматир)", () => {
    const fmt = vocabularyOf(["terraform fmt форматирует файлы", "перезапуск подов"]);
    expect(fmt.knownStem("отформатирова")).toBe("форматир");
    // Only a real prefix, and only from a term the notes do not have.
    expect(fmt.knownStem("расформатирова")).toBe("форматир");
    expect(fmt.knownStem("жформатирова")).toBe("жформатирова");
    expect(fmt.knownStem("перезапуск")).toBe("перезапуск");
    // With the prefix off, only a verb's ending comes off too, and only after a prefix of two letters or more:
    // «способности» is no «с» + «пособие», «перепособность» (made up) no «пере» + «пособие».
    const grants = vocabularyOf(["Пособия по безработице платит государство."]);
    expect(grants.knownStem("способн")).toBe("способн");
    expect(grants.knownStem("перепособност")).toBe("перепособност");
  });

  it("maps a verb in «-ировать» to the noun in «-ция» the notes say («реплицировать» → репликац)", () => {
    const nouns = vocabularyOf(["Репликация асинхронная.", "Миграция базы.", "Изоляция подов.", "Шард."]);
    expect(nouns.knownStem("реплицирова")).toBe("репликац");
    expect(nouns.knownStem("реплицир")).toBe("репликац");
    expect(nouns.knownStem("мигрирова")).toBe("миграц");
    expect(nouns.knownStem("изолирова")).toBe("изоляц");
    // No such noun in the notes: the verb stays as it is.
    expect(nouns.knownStem("конфигурирова")).toBe("конфигурирова");
  });

  it("maps a verb to the action noun in «-ение» the notes say («внедрять» → внедрен of «внедрение»)", () => {
    const nouns = vocabularyOf([
      "Внедрение зависимостей.",
      "Подключение роли.",
      "Указано в манифесте.",
      "Шифрование секретов.",
      "Перенаправления потоков.",
      "Распределённая трассировка запросов.",
      "Проверка готовности.",
      "Закрытие соединения.",
    ]);
    expect(nouns.knownStem(stem("внедрять"))).toBe(stem("внедрение"));
    expect(nouns.knownStem(stem("подключить"))).toBe(stem("подключение"));
    // A verb in «-овать»: «шифровать» — «шифрование».
    expect(nouns.knownStem(stem("шифровать"))).toBe(stem("шифрование"));
    // After a labial the noun takes an «л»: «перенаправлять» — «перенаправления».
    expect(nouns.knownStem(stem("перенаправлять"))).toBe(stem("перенаправления"));
    // Not a participle's «-ан»: «указать» is not «указано».
    expect(nouns.knownStem(stem("указать"))).toBe(stem("указать"));
    // A verb in «-овать» whose noun is in «-овка»: «трассировать» — «трассировка».
    expect(nouns.knownStem(stem("трассировать"))).toBe(stem("трассировка"));
    // A verb in «-ывать» of one in «-ыть», whose noun is in «-тие»: «закрывается» — «закрытие».
    expect(nouns.knownStem(stem("закрывается"))).toBe(stem("закрытие"));
    // Not any verb with a noun in «-ка»: «проверить» mostly says how to ask.
    expect(nouns.knownStem(stem("проверить"))).toBe(stem("проверить"));
  });

  it("maps a noun's form to the notes' form of it with or without its fleeting vowel («ошибок» → ошибк)", () => {
    const nouns = vocabularyOf(["Ошибки пишутся в error.log.", "Меток на ноде три.", "Настройки в конфиге."]);
    expect(nouns.knownStem(stem("ошибок"))).toBe(stem("ошибки"));
    expect(nouns.knownStem(stem("метки"))).toBe(stem("меток"));
    expect(nouns.knownStem(stem("настроек"))).toBe(stem("настройки"));
    // A word with no such vowel stays as it is.
    expect(nouns.knownStem(stem("урок"))).toBe(stem("урок"));
  });

  it("keeps a known term", () => {
    expect(vocabulary.knownStem("под")).toBe("под");
  });

  it("never shortens to a known stem under five letters («сетев» does not become «сет»)", () => {
    expect(vocabulary.has("сет")).toBe(true);
    expect(vocabulary.knownStem("сетев")).toBe("сетев");
  });

  it("leaves Latin terms alone", () => {
    const latin = vocabularyOf(["kubectl apply"]);
    expect(latin.knownStem("kubectlx")).toBe("kubectlx");
  });
});

describe("Vocabulary.knownWord", () => {
  const vocabulary = vocabularyOf(NOTES);

  it("knows words of the notes as typed and by their analysed form", () => {
    expect(vocabulary.knownWord("поды")).toBe(true);
    expect(vocabulary.knownWord("подах")).toBe(true);
  });

  it("knows stop words: they are real words, never to be corrected", () => {
    expect(vocabulary.knownWord("что")).toBe(true);
  });

  it("does not know a word the notes lack", () => {
    expect(vocabulary.knownWord("ингресс")).toBe(false);
  });
});

describe("Vocabulary.correctWord", () => {
  const vocabulary = vocabularyOf(NOTES);

  it("re-types a word typed in the wrong layout («gjls» → «поды»)", () => {
    expect(vocabulary.correctWord("gjls")).toBe("поды");
  });

  it("corrects a typo of «explain», a command of the notes («kubectl explain», SQL's EXPLAIN), no word of a question's form", () => {
    const notes = vocabularyOf([
      "kubectl explain — встроенная дока по полям ресурса.",
      "EXPLAIN ANALYZE показывает план.",
    ]);
    expect(notes.correctWord("explian")).toBe("explain");
  });

  it("reads a word clipped as slang clips them as the one word of the notes it starts, when no word of the language is", () => {
    const clipped = vocabularyOf([
      "Сертификат кладем в Secret, сертификаты продлевает бот.",
      "Пайплайн падает, если упала джоба.",
      "Каждый процесс получает сигнал, и процесс завершается.",
      "Митохондрии дают клетке энергию.",
    ]);
    expect(clipped.correctWord("серт")).toBe("сертификат");
    expect(clipped.correctWord("пайпе")).toBe("пайплайн");
    expect(clipped.correctWord("митохи")).toBe("митохондрии");
    // «проц» is the language's «процесс» as well as its «процессор»: no word of the notes is sure to be meant.
    expect(clipped.correctWord("проца")).toBeUndefined();
  });

  it("reads an acronym the notes only spell out as the name they write in capitalised words («pvc»)", () => {
    const spelled = vocabularyOf([
      "Persistent Volumes и Persistent Volume Claims хранят данные.",
      "Horizontal Pod Autoscaler масштабирует поды.",
      "Pod Security и Pod Scheduling — две разные вещи.",
      "Про persistent storage здесь ничего.",
    ]);
    expect(spelled.correctWord("pvc")).toBe("Persistent Volume Claims");
    // One name, singular or plural.
    expect(spelled.correctWord("pv")).toBe("Persistent Volumes");
    expect(spelled.correctWord("hpa")).toBe("Horizontal Pod Autoscaler");
    // Said or written in Russian letters too.
    expect(spelled.correctWord("пвц")).toBe("Persistent Volume Claims");
    expect(spelled.correctWord("эйчпиэй")).toBe("Horizontal Pod Autoscaler");
    // Two names with the same initials are neither; words in lower case are no name.
    expect(spelled.correctWord("ps")).toBeUndefined();
  });

  it("knows a name of several words by its first word, when the notes never write that word alone", () => {
    const notes = vocabularyOf(
      [
        "Multibranch Pipeline сканирует репозиторий.",
        "Ingress Controller читает Ingress.",
        "Custom Resource Definitions.",
      ],
      [["multibranch pipeline"], ["ingress controller"], ["custom resource definition", "crd"]],
    );
    expect(notes.nameStartingWith("multibranch")?.toLowerCase()).toBe("multibranch pipeline");
    expect(notes.nameStartingWith("custom")?.toLowerCase()).toBe("custom resource definitions");
    // «Ingress» stands on its own too; «resource» is no first word.
    expect(notes.nameStartingWith("ingress")).toBeUndefined();
    expect(notes.nameStartingWith("resourc")).toBeUndefined();
  });

  it("reads a name the notes only write with its version as that name: «jinja» is their «Jinja2»", () => {
    const notes = vocabularyOf([
      "Шаблоны пишутся на Jinja2.",
      "Python3 и python2 живут рядом.",
      "es6 модули",
    ]);
    expect(notes.correctWord("jinja")?.toLowerCase()).toBe("jinja2");
    // Two versions: either may be meant.
    expect(notes.correctWord("python")).toBeUndefined();
    expect(notes.correctWord("es")).toBeUndefined();
  });

  it("corrects a typo to the nearest word of the notes", () => {
    expect(vocabulary.correctWord("репликасте")).toBe("репликасет");
  });

  it("takes an everyday English word for itself, not for a typo of the notes' word one letter off", () => {
    const notes = vocabularyOf(["Build context уходит демону целиком.", "Контейнер слушает порт."]);
    expect(notes.correctWord("content")).toBeUndefined();
    expect(notes.correctWord("contxet")).toBe("context");
  });

  it("takes a word of Russian for itself, not for a typo of the notes' word a letter off, but for their verb's other aspect", () => {
    const notes = vocabularyOf([
      "Нужно сказать кластеру, что делать.",
      "Лимиты ограничивают память. Их можно ограничивать и дальше.",
      "Файлы можно скопировать в контейнер.",
    ]);
    // «скачать», «сканировать» are words of their own.
    expect(notes.correctWord("скачать")).toBeUndefined();
    expect(notes.correctWord("сканировать")).toBeUndefined();
    // A typo is still corrected: «сказтаь» is no word.
    expect(notes.correctWord("сказтаь")).toBe("сказать");
    // «ограничить» is «ограничивать» of the notes, as the other aspect of one verb.
    expect(notes.correctWord("ограничить")).toBe("ограничивать");
    // «контролер» is a word, and their «контроллер» with a letter doubled.
    expect(vocabularyOf(["Контроллер следит за подами."]).correctWord("контролер")).toBe("контроллер");
  });

  it("hears a Russian word as two English words the notes write side by side («сторипоинты» → story points)", () => {
    const heard = (text: string) => {
      const cognates = new CognateIndex(stem);
      for (const word of ["story", "points"]) cognates.add(word);
      const notes = new Vocabulary(createAnalyzer([]), cognates);
      const { terms, parts } = notes.learn(text);
      notes.count([...terms, ...parts]);
      return notes;
    };
    const notes = heard("Story points — относительная оценка задачи.");
    expect(notes.correctWord("сторипоинты")).toBe("story points");
    expect(notes.correctWord("сторипоинтах")).toBe("story points");
    // Words the notes never write side by side are no name of theirs.
    expect(heard("Одна story, много points.").correctWord("сторипоинты")).toBeUndefined();
  });

  it("hears a Russian word as the notes' compound of two English words joined by a hyphen («мультистейдж»)", () => {
    const cognates = new CognateIndex(stem);
    for (const word of ["multi", "stage"]) cognates.add(word);
    const notes = vocabularyOf(
      ["multi-stage: собираем в жирном образе, в финальный тащим артефакт."],
      [],
      cognates,
    );
    expect(notes.correctWord("мультистейдж")).toBe("multi-stage");
  });

  it("hears a compound as the words the notes write side by side, when they do: «эвентлуп» is their «event loop»", () => {
    const hearing = new Hearing(stem);
    const texts = [
      "Event loop берет задачу из очереди.",
      "План: event-loop, промисы.",
      "Как работает event loop.",
    ];
    for (const text of texts) hearing.read(text);
    expect(vocabularyOf(texts, [], hearing.index).correctWord("эвентлуп")).toBe("event loop");
  });

  it("corrects a compound identifier word by word, from the words of the notes' compounds", () => {
    expect(vocabulary.correctWord("managed-etcd-contoller")).toBe("managed-etcd-controller");
    expect(vocabulary.knownWord("controller")).toBe(true);
    expect(vocabulary.correctWord("managed-etcd-controller")).toBeUndefined();
  });

  it("reads a verb made of an English word with «-нуть» as the word the notes have («синкнуть» → sync)", () => {
    const cognates = new CognateIndex(stem);
    for (const word of ["sync", "grep", "крик"]) cognates.add(word);
    const argo = new Vocabulary(createAnalyzer([]), cognates);
    argo.count(argo.learn("argocd app sync guestbook, grep -i").terms);
    expect(argo.correctWord("синкнуть")).toBe("sync");
    expect(argo.correctWord("грепнул")).toBe("grep");
    // A Russian verb of its own is no such verb: «крикнуть» has no English word to be.
    expect(argo.correctWord("крикнуть")).toBeUndefined();
  });

  it("reads a verb made of an English word with a Russian prefix as the word the notes have («забэкапить» → backup)", () => {
    const cognates = new CognateIndex(stem);
    for (const word of ["backup", "deploy", "store"]) cognates.add(word);
    const cka = new Vocabulary(createAnalyzer([]), cognates);
    cka.count(cka.learn("etcdctl snapshot save — backup etcd; kubectl apply to deploy; object store").terms);
    expect(cka.correctWord("забэкапить")).toBe("backup");
    expect(cka.correctWord("задеплоили")).toBe("deploy");
    // A Russian verb with a prefix is no such verb, whatever its sound: «настроить» is not «на» + store.
    expect(cka.correctWord("настроить")).toBeUndefined();
  });

  it("reads a slang verb as the verb the notes say («юзается» → «использовать»), only when they say it", () => {
    const pg = vocabularyOf(["Когда индекс есть, а планировщик его не использует."]);
    expect(pg.correctWord("юзается")).toBe("использовать");
    expect(vocabularyOf(["Индекс ускоряет поиск."]).correctWord("юзается")).toBeUndefined();
  });

  it("splits a word typed as one into two words the notes write side by side («репликасете»)", () => {
    const mongo = vocabularyOf(["Выборы в реплика сете идут за секунды.", "Сете", "Реплика"]);
    expect(mongo.correctWord("репликасете")).toBe("реплика сете");
    // Words the notes never write one right after the other are no split of it.
    const apart = vocabularyOf(["Реплика отстаёт.", "В этом сете три узла."]);
    expect(apart.correctWord("репликасете")).toBeUndefined();
  });

  it("reads a hyphenated word as the notes write it whole, or in Russian letters («re-render» → «ререндер»)", () => {
    const cognates = new CognateIndex(stem);
    for (const word of ["изменение", "вызывает", "ререндер", "рендер"]) cognates.add(word);
    const react = new Vocabulary(createAnalyzer([]), cognates);
    const { terms } = react.learn("Изменение ref не вызывает ререндер, хук precommit тоже.");
    react.count(terms);
    expect(react.correctWord("re-render")).toBe("ререндер");
    expect(react.correctWord("pre-commit")).toBe("precommit");
    // A typo in it is heard whole too, when one word of the notes sounds clearly nearest.
    expect(react.correctWord("re-rendr")).toBe("ререндер");
    // Not heard whole: corrected word by word, as any compound.
    expect(react.correctWord("pre-rendr")).toBe("pre-рендер");
  });

  it("corrects a compound whole when a part is too short to correct on its own («client_max_body_szie»)", () => {
    const nginx = vocabularyOf(["client_max_body_size по умолчанию 1m, proxy_read_timeout 60s"]);
    expect(nginx.knownWord("szie")).toBe(false);
    expect(nginx.correctWord("client_max_body_szie")).toBe("client_max_body_size");
    expect(nginx.correctWord("proxy_read_timeuot")).toBe("proxy_read_timeout");
    // Two parts changed is another identifier, not a typo of this one.
    expect(nginx.correctWord("client_min_body_sz")).toBeUndefined();
  });

  it("reads «и» typed for «й» and back, in words too short for a typo («фаил» → «файл»)", () => {
    const bash = vocabularyOf(["Читаем файл построчно, край строки не трогаем."]);
    expect(bash.correctWord("фаил")).toBe("файл");
    expect(bash.correctWord("краи")).toBe("край");
    expect(bash.correctWord("фаиа")).toBeUndefined();
  });

  it("reads a name and its number typed as one word as the notes part them («http2» → «http/2»)", () => {
    const grpc = vocabularyOf(["gRPC работает поверх HTTP/2, а REST обычно по HTTP 1.1."]);
    expect(grpc.correctWord("http2")).toBe("http/2");
    // A number the notes never put after the name is no such compound.
    expect(grpc.correctWord("http3")).toBeUndefined();
  });

  it("does not re-type a word that reads as Russian by the notes' own words («луны» is not «keys»)", () => {
    const redis = vocabularyOf(["KEYS и SCAN.", "Луна, лунный свет, сны, ключи, ингресс."]);
    expect(redis.correctWord("луны")).toBeUndefined();
    // English typed in the Russian layout has letter pairs no Russian word of the notes has: «лгиу», «штпкуыы».
    const kube = vocabularyOf(["kube и ingress.", "Луна, лунный свет, сны, ключи."]);
    expect(kube.correctWord("лгиу")).toBe("kube");
    expect(kube.correctWord("штпкуыы")).toBe("ingress");
  });

  it("does not re-type into a stop word («xnj» is «что», which means nothing to search)", () => {
    expect(vocabulary.correctWord("xnj")).toBeUndefined();
  });

  it("leaves short words, words with digits and words far from any known one alone", () => {
    expect(vocabulary.correctWord("ab")).toBeUndefined();
    expect(vocabulary.correctWord("k8s")).toBeUndefined();
    expect(vocabulary.correctWord("кубернетис")).toBeUndefined();
  });
  it("answers a word looked up before the notes' last words were learned as the notes are now", () => {
    const growing = vocabularyOf(NOTES);
    expect(growing.knownWord("ингресс")).toBe(false);
    expect(growing.correctWord("ингрес")).toBeUndefined();
    const { terms, parts } = growing.learn("Ингресс принимает внешний трафик.");
    growing.count([...terms, ...parts]);
    expect(growing.knownWord("ингресс")).toBe(true);
    expect(growing.correctWord("ингрес")).toBe("ингресс");
  });
});

describe("otherAspect", () => {
  it("pairs a verb's two aspects and forms, not verbs with a short root in common", () => {
    expect(otherAspect("перезапустить", "перезапускать")).toBe(true);
    expect(otherAspect("передавать", "передать")).toBe(true);
    expect(otherAspect("ограничить", "ограничивать")).toBe(true);
    expect(otherAspect("скачать", "сказать")).toBe(false);
    expect(otherAspect("висит", "видит")).toBe(false);
    expect(otherAspect("сканировать", "скопировать")).toBe(false);
    // Not a verb: «процессора» is no form of «процесса».
    expect(otherAspect("процессора", "процесса")).toBe(false);
  });
});
