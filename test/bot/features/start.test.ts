import { describe, expect, it } from "vitest";
import type { Search } from "../../../src/bot/context.ts";
import { exampleQuestions, nameOfHeading } from "../../../src/bot/features/start.ts";
import type { Passage, Section, Topic } from "../../../src/knowledge/types.ts";
import type { Answer } from "../../../src/search/types.ts";

const topic = (id: string, aliases: string[], title = id, sections: Section[] = []): Topic => ({
  id,
  title,
  aliases,
  file: `${id}.md`,
  sections,
});

const passageOf = (id: string, headingPath: string[] = []): Passage => {
  const [topicId = id, order = "0"] = id.split("#");
  return { id, topicId, topicTitle: topicId, headingPath, text: "x", file: "", order: Number(order) };
};

/**
 * A search that answers surely only the questions in `sure`, from the passage given there (a topic's id alone is
 * its first passage); `passages` are the ones it knows by id.
 */
function searchOf(topics: Topic[], sure: Record<string, string>, passages: Passage[] = []): Search {
  return {
    topics,
    findTopic: () => ({ kind: "none" }),
    passage: (id) => passages.find((p) => p.id === id),
    answer(query): Answer {
      const id = sure[query];
      if (id === undefined) return { kind: "nothing", query, terms: [], suggestions: [] };
      const passage = passages.find((p) => p.id === id) ?? passageOf(id.includes("#") ? id : `${id}#0`);
      return {
        kind: "found",
        query,
        terms: [],
        hits: [{ passage, score: 1, coverage: 1, snippet: { blocks: [], truncated: false } }],
        more: [],
      };
    },
  };
}

describe("exampleQuestions", () => {
  it("offers only questions answered surely from their own topic, Russian single words first", () => {
    const topics = [
      topic("helm", ["хельм чарты", "хельм", "helm"]),
      topic("ingress", ["ингресс"]),
      topic("net", ["сеть"]),
      topic("pods", ["под"]),
    ];
    const search = searchOf(topics, {
      "Что такое хельм?": "other", // answered, but from another topic
      "Что такое хельм чарты?": "helm",
      "Что такое сеть?": "net",
      "Что такое под?": "pods",
    });
    expect(exampleQuestions(search)).toEqual(["Что такое хельм чарты?", "Что такое сеть?", "Что такое под?"]);
  });

  it("offers fewer than three when the notes cannot answer more", () => {
    expect(exampleQuestions(searchOf([topic("a", ["альфа"])], {}))).toEqual([]);
  });

  it("asks about a title only when it names a thing, never about a file's name", () => {
    const topics = [
      topic("network-notes", []),
      topic("svc", [], "Сервисы (Services)"),
      topic("prod", [], "nginx в проде"),
    ];
    const search = searchOf(topics, {
      "Что такое network-notes?": "network-notes",
      "Что такое сервисы?": "svc",
      "Что такое nginx в проде?": "prod",
    });
    expect(exampleQuestions(search)).toEqual(["Что такое сервисы?"]);
  });

  it("makes one example of two names answered by the same passage", () => {
    const topics = [
      topic("redis", ["редис", "Redis"]),
      topic("redis-2", ["Redis"]),
      topic("tx", ["транзакции"]),
    ];
    const search = searchOf(topics, {
      "Что такое редис?": "redis",
      "Что такое Redis?": "redis",
      "Что такое транзакции?": "tx",
    });
    expect(exampleQuestions(search)).toEqual(["Что такое редис?", "Что такое транзакции?"]);
  });

  it("asks about a one-topic text's short section headings, one per part, each answered from its section", () => {
    // One PDF's text: a topic named by its file, sections under headings found in the text.
    const passages = [
      passageOf("notes#0"),
      passageOf("notes#1", ["Основные типы сервисов", "ClusterIP"]),
      passageOf("notes#2", ["Основные типы сервисов", "NodePort"]),
      passageOf("notes#3", ["Замечание"]),
      passageOf("notes#4", ["Поды (Pods)"]),
      passageOf("notes#5", ["Calico"]),
      passageOf("notes#6", ["Flannel"]),
    ];
    const section = (heading: string, depth: number, ...ids: string[]): Section => ({
      heading,
      depth,
      passageIds: ids,
    });
    const sections = [
      section("notes", 0, "notes#0"),
      section("Основные типы сервисов", 1),
      section("ClusterIP", 2, "notes#1"),
      section("NodePort", 2, "notes#2"),
      section("Замечание", 1, "notes#3"),
      section("Поды (Pods)", 1, "notes#4"),
      section("Calico", 1, "notes#5"),
      section("Flannel", 1, "notes#6"),
    ];
    const search = searchOf(
      [topic("notes", [], "notes", sections)],
      {
        "Что такое notes?": "notes#0",
        "Что такое ClusterIP?": "notes#1",
        "Что такое NodePort?": "notes#2",
        "Что такое замечание?": "notes#3",
        // Answered, but from another section.
        "Что такое поды?": "notes#1",
        "Что такое Calico?": "notes#5",
        "Что такое Flannel?": "notes#6",
      },
      passages,
    );
    // NodePort shares its part with ClusterIP; «Замечание» labels a remark.
    expect(exampleQuestions(search)).toEqual([
      "Что такое ClusterIP?",
      "Что такое Calico?",
      "Что такое Flannel?",
    ]);
    // With fewer parts than examples, a second from one part is better than none.
    const two = searchOf(
      [topic("notes", [], "notes", sections.slice(0, 4))],
      { "Что такое ClusterIP?": "notes#1", "Что такое NodePort?": "notes#2" },
      passages,
    );
    expect(exampleQuestions(two)).toEqual(["Что такое ClusterIP?", "Что такое NodePort?"]);
  });
});

describe("exampleQuestions: its cost", () => {
  it("searches each question once, and gives up after a bounded number on notes whose names it cannot answer", () => {
    const sections: Section[] = Array.from({ length: 500 }, (_, i) => ({
      heading: `Раздел${String.fromCharCode(1072 + (i % 32))}${i}`,
      depth: 1,
      passageIds: [`notes#${i}`],
    }));
    const search = searchOf([topic("notes", [], "notes", sections)], {});
    let asked = 0;
    const counting: Search = {
      ...search,
      answer: (q, l) => {
        asked++;
        return search.answer(q, l);
      },
    };
    expect(exampleQuestions(counting)).toEqual([]);
    expect(asked).toBeGreaterThan(10);
    expect(asked).toBeLessThanOrEqual(60);
  });
});

describe("nameOfHeading", () => {
  it.each([
    ["ClusterIP", "ClusterIP"],
    ["Поды (Pods)", "поды"],
    ["ПЛЕЙБУКИ", "плейбуки"],
    ["Кэш-линии", "кэш-линии"],
    ["TCP", "TCP"],
    ["Job и CronJob", "Job и CronJob"],
  ])("«%s» is the name «%s»", (heading, name) => {
    expect(nameOfHeading(heading)).toBe(name);
  });

  it.each([
    "nginx в проде",
    "Как Airflow находит даги",
    "Airflow — операторы, XCom, эксплуатация",
    "2.1 Установка",
    "«Мы можем пометить ноду…»",
    "Что такое под?",
    "Замечание",
    "Итоги",
    "Автоматически",
    "НАЧАЛО",
    "Разное",
    "Обзор",
    "Как удалить релиз",
  ])("«%s» names no thing to ask about", (heading) => {
    expect(nameOfHeading(heading)).toBeUndefined();
  });
});
