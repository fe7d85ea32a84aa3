import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { KnowledgeBase } from "../../src/knowledge/types.ts";
import { buildDeck, createDeck } from "../../src/quiz/deck.ts";
import { type Card, kindOf } from "../../src/quiz/types.ts";
import { createSearchEngine } from "../../src/search/engine.ts";

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
    expect(deck.cards.filter((c) => c.origin === "generated" && kindOf(c) === "choice")).toHaveLength(3);
    expect(deck.topicIds).toEqual(["services"]);
    expect(deck.byTopic("services")).toHaveLength(deck.cards.length);
    expect(deck.byTopic("helm")).toEqual([]);
  });

  it("makes no card from a passage that only links to other notes", () => {
    const services = kb.passages[0] as KnowledgeBase["passages"][number];
    const generated = (navigation: boolean) =>
      createDeck({ ...kb, passages: [{ ...services, ...(navigation ? { navigation } : {}) }] }, []).cards
        .length;
    expect(generated(false)).toBeGreaterThan(0);
    expect(generated(true)).toBe(0);
  });

  it("makes no card from a passage the notes correct later, and cards from the correction", () => {
    const policies = {
      ...(kb.passages[0] as KnowledgeBase["passages"][number]),
      id: "services#3",
      headingPath: ["concurrencyPolicy"],
      text: [
        "- Allow: запускает новую джобу, старые и новые работают одновременно.",
        "- Forbid: новая джоба ждет пока старая закончится, потом стартует.",
        "- Replace: текущую джобу отменяет и вместо нее запускает новую.",
      ].join("\n"),
      order: 3,
    };
    const correction = {
      ...policies,
      id: "services#4",
      headingPath: [],
      text: "поправка про Forbid: ничего он не ждет! если прошлая джоба еще работает, этот запуск пропускается.",
      order: 4,
    };
    const from = (passages: KnowledgeBase["passages"]) =>
      createDeck({ ...kb, passages }, []).cards.filter((c) => c.source.passageId === policies.id);
    expect(from([policies]).length).toBeGreaterThan(0);
    expect(from([policies, correction])).toEqual([]);
    // A passage that only opens with the word, correcting nothing before it, is studied as any other.
    expect(
      from([
        { ...correction, order: 0 },
        { ...policies, order: 5 },
      ]).length,
    ).toBeGreaterThan(0);
  });

  it("asks of a correction what it corrects, not what its heading «поправка» says", async () => {
    const dir = await mkdtemp(join(tmpdir(), "konspekt-deck-"));
    try {
      await writeFile(
        join(dir, "jobs.md"),
        [
          "# Джобы",
          "",
          "## concurrencyPolicy",
          "",
          "- Allow: запускает новую джобу, старые и новые работают одновременно.",
          "- Forbid: новая джоба ждет пока старая закончится, потом стартует.",
          "- Replace: текущую джобу отменяет и вместо нее запускает новую.",
          "",
          "## Поправка про Forbid",
          "",
          "поправка про Forbid: ничего он не ждет! если прошлая джоба еще работает, этот запуск просто пропускается.",
        ].join("\n"),
      );
      const questions = createDeck(await loadKnowledge(dir), []).cards.map((c) => c.question);
      expect(questions).toContain("Что исправлено в заметке «concurrencyPolicy»?");
      expect(questions.filter((q) => /поправк/iu.test(q))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("ties authored cards to the passage their section names, for showing after the answer", () => {
    const deck = createDeck(kb, [authored]);
    const card = deck.byId(authored.id);
    expect(card?.source).toEqual({ heading: "типы сервисов", passageId: "services#2" });
    expect(card && deck.passageOf(card)?.id).toBe("services#2");
    expect(deck.byId("missing")).toBeUndefined();
  });

  it("leaves out a generated card that asks what an authored card asks", () => {
    const copy: Card = {
      ...authored,
      id: "fedcba9876543210",
      question: "Какой тип сервиса открывает порт на каждом узле кластера?",
      options: ["ClusterIP", "NodePort", "LoadBalancer"],
      correctIndex: 1,
    };
    const generatedAnswers = (deck: ReturnType<typeof createDeck>) =>
      deck.cards
        .filter((c) => c.origin === "generated" && kindOf(c) === "choice")
        .map((c) => c.options[c.correctIndex]);
    expect(generatedAnswers(createDeck(kb, [authored]))).toContain("NodePort");
    expect(generatedAnswers(createDeck(kb, [authored, copy]))).not.toContain("NodePort");
  });

  it("with the search engine, offers no sibling whose own passage also fits the question", () => {
    const plugin = (n: number, name: string, text: string) => ({
      id: `networking#${n}`,
      topicId: "networking",
      topicTitle: "Сеть",
      headingPath: ["Сетевые плагины", name],
      text,
      file: "networking.md",
      order: n,
    });
    const net: KnowledgeBase = {
      topics: [{ id: "networking", title: "Сеть", aliases: [], file: "networking.md", sections: [] }],
      passages: [
        plugin(1, "Calico", "Calico: плагин использует BGP для маршрутизации пакетов между узлами кластера."),
        plugin(
          2,
          "Kube-router",
          "Kube-router: плагин использует BGP для маршрутизации пакетов между узлами кластера.",
        ),
        plugin(
          3,
          "Flannel",
          "Flannel: плагин может использовать VXLAN, UDP и Host-GW в зависимости от конфигурации.",
        ),
        plugin(4, "Cilium", "Cilium: плагин использует eBPF для управления трафиком на уровне ядра системы."),
      ],
      glossary: [],
      warnings: [],
    };
    const calicoCard = (deck: ReturnType<typeof createDeck>) =>
      deck.cards.find((c) => c.options[c.correctIndex] === "Calico");
    const plain = createDeck(net, []);
    const searched = createDeck(net, [], { search: createSearchEngine(net) });
    expect(calicoCard(plain)?.options).toContain("Kube-router");
    expect([...(calicoCard(searched)?.options ?? [])].sort()).toEqual(["Calico", "Cilium", "Flannel"]);
  });

  it("gives each topic's cards with their kinds taking turns, so new cards mix kinds", async () => {
    const notes = await loadKnowledge("knowledge");
    const deck = createDeck(notes, [], { search: createSearchEngine(notes) });
    const kinds = deck.byTopic("node-placement").map(kindOf);
    expect(new Set(kinds)).toEqual(new Set(["command", "cloze", "flashcard"]));
    expect(new Set(kinds.slice(0, 3)).size).toBe(3);
  });

  it("makes at least one card from nearly every section of notes it was never tuned on", async () => {
    const holdout = await loadKnowledge("test/eval/holdout/notes");
    const deck = createDeck(holdout, [], { search: createSearchEngine(holdout) });
    const covered = new Set(deck.cards.map((card) => card.source.passageId));
    const bare = holdout.topics.flatMap((topic) =>
      topic.sections
        .filter((section) => !section.passageIds.some((id) => covered.has(id)))
        .map((section) => `${section.heading} (${section.passageIds.join(", ")})`),
    );
    // One section's only card was a wrong one: `sudo mount …` under a sentence on `df -h`, which is no introduction
    // of it. A command under a sentence that does not point at it gets no card now.
    expect(bare.length).toBeLessThanOrEqual(1);
    const kinds = new Set(deck.cards.map(kindOf));
    for (const kind of ["command", "cloze", "flashcard"] as const) expect(kinds.has(kind), kind).toBe(true);
  });
});

describe("buildDeck", () => {
  it("builds the deck createDeck builds, letting other work run between its steps", async () => {
    const notes = await loadKnowledge("knowledge");
    const search = createSearchEngine(notes);
    let turns = 0;
    const counting = setInterval(() => {
      turns += 1;
    }, 0);
    const built = await buildDeck(notes, [], { search }).finally(() => clearInterval(counting));
    // A deck built in one synchronous run would let no timer fire before it is done.
    expect(turns).toBeGreaterThan(0);
    expect(built.cards.map((c) => c.id)).toEqual(createDeck(notes, [], { search }).cards.map((c) => c.id));
  });
});
