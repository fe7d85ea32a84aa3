import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/types.ts";
import { createDeck } from "../../src/quiz/deck.ts";
import type { Card } from "../../src/quiz/types.ts";

const kb: KnowledgeBase = {
  topics: [{ id: "services", title: "Сервисы", aliases: [], file: "services.md", sections: [] }],
  passages: [
    {
      id: "services#2",
      topicId: "services",
      topicTitle: "Сервисы",
      headingPath: ["Типы сервисов"],
      text: [
        "1. ClusterIP: Этот тип сервиса создает внутренний IP-адрес внутри кластера.",
        "2. NodePort: Сервис типа NodePort открывает порт на каждом узле кластера.",
        "3. LoadBalancer: Тип сервиса LoadBalancer создает балансировщик на облачном провайдере.",
      ].join("\n"),
      file: "services.md",
      order: 2,
    },
  ],
  glossary: [],
  warnings: [],
};

const authored: Card = {
  id: "0123456789abcdef",
  topicId: "services",
  question: "Какой тип сервиса доступен только внутри кластера?",
  options: ["ClusterIP", "NodePort", "LoadBalancer"],
  correctIndex: 0,
  explanation: "ClusterIP — внутренний адрес.",
  source: { heading: "типы сервисов" },
  origin: "authored",
};

describe("createDeck", () => {
  it("merges authored and generated cards, authored first, one card per id", () => {
    const deck = createDeck(kb, [authored, { ...authored, question: "Дубликат с тем же id" }]);
    expect(deck.cards[0]?.question).toBe(authored.question);
    expect(deck.cards.filter((c) => c.id === authored.id)).toHaveLength(1);
    expect(deck.cards.filter((c) => c.origin === "generated")).toHaveLength(3);
    expect(deck.topicIds).toEqual(["services"]);
    expect(deck.byTopic("services")).toHaveLength(4);
    expect(deck.byTopic("helm")).toEqual([]);
  });

  it("ties authored cards to the passage their section names, for showing after the answer", () => {
    const deck = createDeck(kb, [authored]);
    const card = deck.byId(authored.id);
    expect(card?.source).toEqual({ heading: "типы сервисов", passageId: "services#2" });
    expect(card && deck.passageOf(card)?.id).toBe("services#2");
    expect(deck.byId("missing")).toBeUndefined();
  });
});
