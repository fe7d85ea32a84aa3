import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyzer.ts";
import {
  CognateIndex,
  consonantsOf,
  Hearing,
  soundOf,
  spelledAcronyms,
  writtenAcronyms,
} from "../../src/search/cognates.ts";
import { createSearchEngine } from "../../src/search/engine.ts";
import { kbFromPassages } from "../helpers/fixtures.ts";

const consonants = (word: string) => consonantsOf(soundOf(word));

/** An index of these words of the notes, Russian ones heard by their stems as the analyzer makes them. */
function indexOf(...words: string[]): CognateIndex {
  const index = new CognateIndex(stem);
  for (const word of words) index.add(word);
  return index;
}

describe("cognates: how a word sounds", () => {
  it("gives an English term and its Russian spelling the same consonants", () => {
    const pairs: [string, string][] = [
      ["деплоймент", "deployment"],
      ["теинт", "taint"],
      ["ингресс", "ingress"],
      ["цилиум", "cilium"],
      ["толерейшн", "toleration"],
      ["коммит", "commit"],
      ["мердж", "merge"],
      ["неймспейс", "namespace"],
      ["фетч", "fetch"],
    ];
    for (const [russian, english] of pairs) expect(consonants(russian), russian).toBe(consonants(english));
  });

  it("hears a stem of a noun in «-ция» as the English word in «-tion»", () => {
    const pairs: [string, string][] = [
      ["агрегация", "aggregation"],
      ["транзакции", "transaction"],
      ["репликация", "replication"],
    ];
    for (const [russian, english] of pairs)
      expect(consonants(stem(russian)), russian).toBe(consonants(english));
    expect(indexOf("aggregation").find("агрегации")).toBe("aggregation");
  });

  it("tells words of other consonants apart", () => {
    expect(consonants("деплоймент")).not.toBe(consonants("department"));
    expect(consonants("сервис")).not.toBe(consonants("server"));
  });
});

describe("cognates: the index", () => {
  it("finds the English word of the notes for a Russian stem, and the Russian word for an English one", () => {
    const index = indexOf("deployments", "taint", "деплойментами", "kubernetes");
    expect(index.find("деплоймент")).toBe("deployments");
    expect(index.find("теинтов")).toBe("taint");
    expect(index.find("deployment")).toBe("деплойментами");
    expect(index.find("кубернетес")).toBe("kubernetes");
  });

  it("finds nothing for short words, another first sound, or two English words of one sound", () => {
    expect(indexOf("pods").find("под")).toBeUndefined();
    expect(indexOf("bash").find("общаться")).toBeUndefined();
    expect(indexOf("pools", "pulls").find("пулы")).toBeUndefined();
    // A function word is no term: «форма» is not FROM.
    expect(indexOf("from").find("форма")).toBeUndefined();
    expect(indexOf("taint").find("тент")).toBe("taint");
    expect(indexOf("taint").find("tent")).toBeUndefined();
  });

  it("takes the word that sounds exactly so over look-alikes: «render» is «рендер», not «ререндер»", () => {
    const index = indexOf("рендера", "ререндер", "рендерами");
    expect(index.find("render")).toBe("рендера");
    expect(index.find("rerender")).toBe("ререндер");
    expect(index.find("renders")).toBe("рендера");
  });

  it("hears no Russian verb of its own kinds as English: «передать» is not prod, «владеет» not validate", () => {
    expect(indexOf("prod", "передать").find("передать")).toBeUndefined();
    expect(indexOf("prod").find("передать")).toBeUndefined();
    expect(indexOf("validate", "владеет").find("validate")).toBeUndefined();
    // A verb borrowed from English takes «-ить»: it is still heard.
    expect(indexOf("deploy").find("деплоить")).toBe("deploy");
  });

  it("hears a word's opening as English spells it: «стоп» is not setup, «трафик» not Traefik, «записан» not space", () => {
    const heard = (russian: string, english: string) => indexOf(english).find(russian);
    for (const [russian, english] of [
      ["стоп", "setup"],
      ["плюс", "policy"],
      ["сразу", "source"],
      ["трафик", "traefik"],
      ["просто", "persist"],
      ["прямо", "prom"],
      ["скрыт", "secrets"],
      // Two consonants open a word in either script, or in neither.
      ["записан", "space"],
      ["прям", "param"],
      ["первые", "prev"],
      ["сетке", "static"],
    ])
      expect(heard(russian as string, english as string), russian).toBeUndefined();
    for (const [russian, english] of [
      ["лейбл", "label"],
      ["пайплайн", "pipeline"],
      ["кластер", "cluster"],
      ["волт", "vault"],
      ["ивент", "event"],
      ["роутинг", "routing"],
      ["демонсет", "daemonset"],
      ["теинт", "taint"],
      ["сикрет", "secret"],
      ["эндпоинт", "endpoint"],
      ["спейс", "space"],
      ["парам", "param"],
      ["скрипт", "script"],
    ])
      expect(heard(russian as string, english as string), russian).toBe(english);
  });

  it("hears an English plural in «ies» as its singular in «y»", () => {
    // «policy» and «policies» are one word: a Russian «полиси» is heard as it when the notes have both.
    expect(indexOf("policy", "policies").find("полиси")).toBe("policy");
    expect(indexOf("policies").find("полиси")).toBe("policies");
  });

  it("keeps a word's length within a third of its match", () => {
    expect(indexOf("kubernetes").find("кубернетесовский")).toBeUndefined();
    // A Russian word a whole third longer than the English one is another word: «теорема» is no term.
    expect(indexOf("term").find("теорема")).toBeUndefined();
    expect(indexOf("deployment").find("деплоймент")).toBe("deployment");
  });
});

describe("cognates: in the notes", () => {
  it("pairs each Russian stem of the notes with the English word it spells", () => {
    const hearing = new Hearing(stem);
    for (const text of ["Деплоймент (Deployment) управляет подами.", "Теинты и taints, ингресс."])
      hearing.read(text);
    const heard = hearing.index;
    const found = heard.twins();
    expect(found.get(stem("деплоймент"))).toBe("deployment");
    expect(found.get(stem("теинты"))).toBe("taints");
    expect(found.has(stem("ингресс"))).toBe(false);
    expect(found.has(stem("подами"))).toBe(false);
    // An English word of a question finds the notes' Russian one, plural or not.
    expect(heard.find("deployments")).toBe("деплоймент");
    expect(heard.find("ингрессы")).toBeUndefined();
  });

  it("answers a question in either script from notes with no glossary", () => {
    const kb = kbFromPassages([
      { heading: "Taints", text: "Taint marks a node so that the scheduler keeps pods off it." },
      { heading: "Деплоймент", text: "Деплоймент описывает приложение и его реплики." },
      {
        heading: "Deployment strategy",
        text: "RollingUpdate replaces pods gradually: a deployment never stops.",
      },
      { heading: "Сервисы", text: "Сервис даёт подам постоянный адрес." },
    ]);
    const engine = createSearchEngine(kb);
    const first = (q: string) => {
      const answer = engine.answer(q);
      return answer.kind === "found" ? answer.hits[0]?.passage.headingPath.at(-1) : answer.kind;
    };
    // «теинт» is a word the notes never use: it is heard as their «taint».
    expect(first("что такое теинт")).toBe("Taints");
    // «деплоймент» and «deployment», both in the notes, are one term; «сервис» has no English twin there.
    expect(engine.analyzer.termOf("деплойментом")).toBe(engine.analyzer.termOf("deployment"));
    expect(engine.analyzer.termOf("сервис")).toBe(stem("сервис"));
    expect(first("стратегия rollingupdate у деплоймента")).toBe("Deployment strategy");
    expect(first("what is a деплоймент")).toBe("Деплоймент");
    // And back: «service» is a word these notes only have in Russian letters.
    expect(first("what is a service")).toBe("Сервисы");
    expect(first("what are services")).toBe("Сервисы");
  });

  it("hears the programs the notes' code runs, for questions only, and none of the code's keys", () => {
    const kb = kbFromPassages([
      { heading: "Список подов", text: "Смотрим поды:\n\n```\n$ kubectl get pods -o wide\n```" },
      {
        heading: "Толерейшены",
        text: "Под терпит теинт:\n\n```yaml\ntolerations:\n  - key: dedicated\n    operator: Exists\n```",
      },
      { heading: "Ноды", text: "Нода — машина кластера, на ней работают поды." },
    ]);
    const engine = createSearchEngine(kb);
    // «кубектл»: the notes write kubectl only in a command.
    expect(engine.explain("кубектл гет поды").meant).toContain("kubectl");
    const answer = engine.answer("кубектл гет поды");
    expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath.at(-1)).toBe("Список подов");
    // `operator:` is a key of the YAML, not what «оператор» of a question means.
    expect(engine.explain("как написать свой оператор").meant).not.toContain("operator");
    // The notes' own Russian words keep their terms: code heard for questions is no twin of theirs.
    const hearing = new Hearing(stem);
    hearing.read("Хельм ставит чарты.");
    hearing.readCode("helm install my-release bitnami/nginx");
    expect(hearing.index.twins().has(stem("хельм"))).toBe(false);
    expect(hearing.index.find("хельм")).toBe("helm");
  });

  it("reads an acronym said letter by letter as the notes' acronym: «айпишник» is IP", () => {
    expect(spelledAcronyms("айпи")).toEqual(["ip"]);
    expect(spelledAcronyms("айпишники")).toEqual(["ip"]);
    expect(spelledAcronyms("пивиси")).toEqual(["pvc"]);
    expect(spelledAcronyms("эйчпиэй")).toEqual(["hpa"]);
    // Words that are no run of English letter names spell nothing.
    expect(spelledAcronyms("сидит")).toEqual([]);
    expect(spelledAcronyms("кейс")).toEqual([]);
    const kb = kbFromPassages([
      { heading: "Рейт лимит", text: "Лимит запросов с одного IP защищает логин от брутфорса." },
      { heading: "Логи", text: "Запросы пишутся в access.log, ошибки в error.log." },
    ]);
    const engine = createSearchEngine(kb);
    const answer = engine.answer("запросы с айпишника");
    expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath.at(-1)).toBe("Рейт лимит");
    expect(engine.explain("лимит запросов с одного айпишника").meant).toContain("ip");
  });

  it("reads an acronym written in Russian letters as the notes' acronym: «грпц» is gRPC, «гц» GC", () => {
    expect(writtenAcronyms("грпц")).toEqual(["grpc"]);
    expect(writtenAcronyms("джит")).toEqual(["jit", "djit"]);
    expect(writtenAcronyms("цпу").sort()).toEqual(["cpu"]);
    // «x» is said «кс», and «к» may write it: «ксс» is XSS (or CSS, whichever the notes have).
    expect(writtenAcronyms("ксс")).toContain("xss");
    expect(writtenAcronyms("ксс")).toContain("css");
    expect(writtenAcronyms("ск").sort()).toEqual(["sc", "sk", "sx", "cc", "ck", "cx"].sort());
    // A longer word is a word, not an acronym…
    expect(writtenAcronyms("контейнер")).toEqual([]);
    // …unless it is one with a slang ending, as «айпишник» is: «цнишку» is the CNI.
    expect(writtenAcronyms("цнишку")).toContain("cni");
    expect(writtenAcronyms("кошка")).toEqual([]);
    const kb = kbFromPassages([
      { heading: "Сборка мусора", text: "GC освобождает память объектов, до которых не дойти от корней." },
      { heading: "JIT", text: "JIT компилирует горячие методы в машинный код." },
      { heading: "gRPC", text: "gRPC работает поверх HTTP/2 и передает protobuf." },
    ]);
    const engine = createSearchEngine(kb);
    expect(engine.explain("джит че делает").meant).toBe("jit че делает");
    expect(engine.explain("логи гц").meant).toBe("логи gc");
    const answer = engine.answer("что такое грпц");
    expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath.at(-1)).toBe("gRPC");
    // A short word whose letters write no acronym of the notes stays as typed.
    expect(engine.explain("на дом").meant).toBe("на дом");
  });

  it("reads an acronym with a number written in Russian letters as the notes': «л1» is L1, «к8с» k8s", () => {
    expect(writtenAcronyms("л1")).toEqual(["l1"]);
    expect(writtenAcronyms("к8с")).toContain("k8s");
    expect(writtenAcronyms("ес2")).toContain("ec2");
    // A word with a number is no acronym when its letters are a word's.
    expect(writtenAcronyms("версия2")).toEqual([]);
    const kb = kbFromPassages([
      {
        heading: "Иерархия памяти",
        text: "L1 ≈ 1 нс, L2 ≈ 4 нс. Почему L1 не делают большим: длиннее провода.",
      },
      { heading: "Кластер", text: "В k8s под — минимальная единица." },
    ]);
    const engine = createSearchEngine(kb);
    expect(engine.explain("почему л1 такой маленький").meant).toBe("почему l1 такой маленький");
    expect(engine.explain("что такое под в к8с").meant).toBe("что такое под в k8s");
    // One the notes never write stays as typed.
    expect(engine.explain("что такое с3").meant).toBe("что такое с3");
  });

  it("reads two words typed apart as the one word the notes write them as, in either script", () => {
    const kb = kbFromPassages([
      { heading: "dataclasses", text: "Dataclass генерирует __init__ по аннотациям полей." },
      { heading: "Учётки", text: "ServiceAccount даёт поду учётную запись для API." },
      { heading: "Compose", text: "Сейчас это docker compose через пробел, а dockercompose уже не ставят." },
    ]);
    const engine = createSearchEngine(kb);
    expect(engine.explain("дата класс зачем нужен").meant).toBe("dataclass зачем нужен");
    expect(engine.explain("что такое service account").meant).toBe("что такое serviceaccount");
    // Words the notes also write apart stay apart.
    expect(engine.explain("docker compose down").meant).toBe("docker compose down");
    // With a typo in one of them too, when it is a word the notes never use.
    const js = createSearchEngine(
      kbFromPassages([{ heading: "Ошибки", text: "Браузер генерирует событие unhandledrejection." }]),
    );
    expect(js.explain("unhandeled rejection что значит").meant).toBe("unhandledrejection что значит");
    // A stop word is part of a compound the notes spell with a hyphen: «here doc» is their «Here-doc».
    const bash = createSearchEngine(
      kbFromPassages([{ heading: "Here-doc", text: "Here-doc - многострочный текст на stdin команды." }]),
    );
    expect(bash.explain("что такое here doc").meant).toBe("что такое here-doc");
    expect(bash.explain("here is the doc").meant).toBe("here is the doc");
    // …three words of it too, all of them stop words: «at most once» is their «at-most-once».
    const kafka = createSearchEngine(
      kbFromPassages([
        {
          heading: "Семантики",
          text: "at-most-once — может потеряться. at-least-once — может прийти повторно.",
        },
      ]),
    );
    expect(kafka.explain("чем at most once отличается от at least once").meant).toBe(
      "чем at-most-once отличается от at-least-once",
    );
    expect(kafka.explain("at most once").terms.map((t) => t.term)).not.toEqual([]);
  });

  it("reads three English words typed apart as the notes' name they spell, the last in any form", () => {
    const kb = kbFromPassages([
      { heading: "Preemption", text: "PodDisruptionBudget шедулер уважает, но только по возможности." },
      { heading: "Сеть", text: "Pod network — сеть подов, network policy — правила для неё." },
    ]);
    const engine = createSearchEngine(kb);
    expect(engine.explain("does preemption respect pod disruption budgets").meant).toBe(
      "does preemption respect poddisruptionbudgets",
    );
    // Words the notes write apart stay apart: «pod network policy» is two of their words and one more.
    expect(engine.explain("pod network policy").meant).toBe("pod network policy");
  });

  it("hears a compound of English words joined by hyphens as one word: «кубпрокси» is kube-proxy", () => {
    const hearing = new Hearing(stem);
    hearing.read("kube-proxy пишет правила, а pod anti-affinity разводит поды. Про Kube-Proxy ниже.");
    expect(hearing.index.find("кубпрокси")).toBe("kube-proxy");
    expect(hearing.index.find("антиаффинити")).toBe("anti-affinity");
    // Not a word of a letter or two: «a-b» is no compound.
    hearing.read("схема a-b-c");
    expect(hearing.index.find("эйбиси")).toBeUndefined();
  });

  it("hears a camel-case name by its first words too: «комплитбл» is Completable of CompletableFuture", () => {
    const hearing = new Hearing(stem);
    hearing.read(
      "CompletableFuture навешивает колбэки, GridSearchCV перебирает сетку, а ThreadLocal хранит копию.",
    );
    const heard = hearing.index;
    expect(heard.find("комплитбл")).toBe("completable");
    // Said without the acronym it ends in, a name is the whole name: «гридсерч» is GridSearchCV, «рэббит» RabbitMQ.
    expect(heard.find("гридсерч")).toBe("gridsearchcv");
    const rabbit = new Hearing(stem);
    rabbit.read("RabbitMQ держит очереди, MongoDB документы.");
    expect(rabbit.index.find("рэббит")).toBe("rabbitmq");
    expect(rabbit.index.find("монго")).toBe("mongodb");
    // Other first words stay the words the index has: «комплитбл» above is Completable alone.
    // A Russian ending the stemmer would take off is the word's own: «тредлокал» is not a past tense.
    expect(stem("тредлокал")).not.toBe("тредлокал");
    expect(heard.find("тредлокал")).toBe("threadlocal");
    // The notes' own Russian words are never read as the start of a name.
    const names = new Hearing(stem);
    names.read("ReplicaSet держит реплики пода.");
    expect(names.index.twins().has(stem("реплики"))).toBe(false);
    expect(names.index.find("реплика")).toBe("replica");
  });

  it("hears English as said: «tu» as «чу», «ssur» as «шур»; and «структура» still as structure", () => {
    expect(indexOf("future").find("фьючер")).toBe("future");
    expect(indexOf("backpressure").find("бэкпрешер")).toBe("backpressure");
    expect(indexOf("ensure").find("эншур")).toBe("ensure");
    expect(indexOf("browser").find("браузер")).toBe("browser");
    expect(indexOf("window").find("виндоу")).toBe("window");
  });

  it("takes the word clearly nearest in sound among words of alike consonants: «флауэр» is flower, not failure", () => {
    expect(indexOf("failure", "flower").find("флауэр")).toBe("flower");
    // …and none when that one opens otherwise: «флауэр» opens with two consonants, failure with one.
    expect(indexOf("failure").find("флауэр")).toBeUndefined();
    // Two words about as near stay ambiguous: none.
    expect(indexOf("render", "rander").find("рэндар")).toBeUndefined();
    expect(indexOf("features").find("фичер")).toBe("features");
    expect(indexOf("structure").find("структура")).toBe("structure");
    expect(indexOf("tutorial").find("чуториал")).toBeUndefined();
  });

  it("answers a question about a camel-case name written in Russian letters", () => {
    const kb = kbFromPassages([
      { heading: "ThreadLocal", text: "ThreadLocal даёт каждому потоку свою копию значения." },
      {
        heading: "Future",
        text: "CompletableFuture позволяет навесить действие на завершение, Future.get() блокирует.",
      },
      { heading: "Потоки", text: "Поток останавливают флагом interrupt, а не stop()." },
    ]);
    const engine = createSearchEngine(kb);
    const answer = engine.answer("тредлокал че такое");
    expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath.at(-1)).toBe("ThreadLocal");
    // Both words heard, they are the one name the notes write: «комплитбл фьючер» is CompletableFuture.
    expect(engine.explain("комплитбл фьючер зачем").meant).toBe("completablefuture зачем");
  });

  it("hears only the notes' own prose: not English keys of their code, nor a glossary's words", () => {
    const kb = kbFromPassages(
      [
        {
          heading: "Толерейшены",
          text: "Толерейшн разрешает поду ноду с теинтом:\n\n```yaml\noperator: Exists\neffect: NoSchedule\n```",
        },
        { heading: "Контроллеры", text: "Контроллер следит за подами. A controller watches pods." },
      ],
      [["update", "обновить"]],
    );
    const engine = createSearchEngine(kb);
    expect(engine.explain("какие эффекты у оператора").meant).toBe("какие эффекты у оператора");
    expect(engine.explain("что будет если под апдейт").meant).toBe("что будет если под апдейт");
    // A typo of a word the notes have is that word, not its twin in the other script.
    expect(engine.explain("контролер").meant).toBe("контроллер");
  });

  it("leaves a glossary's word to its glossary group", () => {
    const kb = kbFromPassages(
      [
        { heading: "Traefik", text: "Traefik is an ingress controller." },
        { heading: "Трафик", text: "Трафик идёт через сервис." },
      ],
      [["traffic", "трафик"]],
    );
    const engine = createSearchEngine(kb);
    expect(engine.analyzer.termOf("трафик")).toBe(engine.analyzer.termOf("traffic"));
    expect(engine.analyzer.termOf("трафик")).not.toBe(engine.analyzer.termOf("traefik"));
  });
});
