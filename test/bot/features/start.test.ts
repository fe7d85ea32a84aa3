import { describe, expect, it } from "vitest";
import type { Search } from "../../../src/bot/context.ts";
import { exampleQuestions } from "../../../src/bot/features/start.ts";
import type { Topic } from "../../../src/knowledge/types.ts";
import type { Answer } from "../../../src/search/types.ts";

const topic = (id: string, aliases: string[]): Topic => ({
  id,
  title: id,
  aliases,
  file: `${id}.md`,
  sections: [],
});

/** A search that answers surely only the questions in `sure`, from the topic given there. */
function searchOf(topics: Topic[], sure: Record<string, string>): Search {
  return {
    topics,
    findTopic: () => ({ kind: "none" }),
    passage: () => undefined,
    answer(query): Answer {
      const topicId = sure[query];
      if (topicId === undefined) return { kind: "nothing", query, terms: [], suggestions: [] };
      const passage = {
        id: `${topicId}#0`,
        topicId,
        topicTitle: topicId,
        headingPath: [],
        text: "x",
        file: "",
        order: 0,
      };
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
});
