import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Passage, Topic } from "../../src/knowledge/types.ts";
import { loadAuthoredCards, parseAuthoredFile } from "../../src/quiz/authored.ts";

const topics: Topic[] = [
  { id: "services", title: "Сервисы (Services)", aliases: ["сервисы"], file: "services.md", sections: [] },
  { id: "helm", title: "Helm", aliases: ["helm"], file: "helm.md", sections: [] },
];
const passages: Passage[] = [
  {
    id: "services#4",
    topicId: "services",
    topicTitle: "Сервисы (Services)",
    headingPath: ["Типы сервисов", "ClusterIP"],
    text: "ClusterIP: …",
    file: "services.md",
    order: 4,
  },
];
const kb = { topics, passages };

const good = `topic: services
questions:
  - question: Какой тип сервиса доступен только внутри кластера?
    options: [ClusterIP, NodePort, LoadBalancer, ExternalName]
    answer: ClusterIP          # the text of the correct option
    explanation: ClusterIP создает внутренний IP-адрес, который доступен только внутри кластера Kubernetes.
    section: ClusterIP
`;

describe("parseAuthoredFile", () => {
  it("loads a valid question as a card with a stable id and the answer among shuffled options", () => {
    const { cards, problems } = parseAuthoredFile("quiz/services.yaml", good, kb);
    expect(problems).toEqual([]);
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(card?.options[card.correctIndex]).toBe("ClusterIP");
    expect([...(card?.options ?? [])].sort()).toEqual([
      "ClusterIP",
      "ExternalName",
      "LoadBalancer",
      "NodePort",
    ]);
    expect(card).toMatchObject({ topicId: "services", origin: "authored", source: { heading: "ClusterIP" } });
    expect(card?.id).toMatch(/^[0-9a-f]{16}$/u);
    expect(parseAuthoredFile("quiz/services.yaml", `${good}\n`, kb).cards[0]?.id).toBe(card?.id);
  });

  it("reports each broken question with file:line and still loads the others", () => {
    const source = `topic: services
questions:
  - question: Верный вопрос?
    options: [ClusterIP, NodePort, LoadBalancer]
    answer: NodePort
    explanation: Пояснение.
    section: ClusterIP
  - question: Ответа нет среди вариантов?
    options: [ClusterIP, NodePort, LoadBalancer]
    answer: Ingress
    explanation: Пояснение.
    section: ClusterIP
  - question: Повтор вариантов?
    options: [ClusterIP, NodePort, clusterip]
    answer: NodePort
    explanation: Пояснение.
    section: ClusterIP
  - question: Мало вариантов?
    options: [ClusterIP, NodePort]
    answer: NodePort
    explanation: Пояснение.
    section: ClusterIP
  - question: Нет пояснения?
    options: [ClusterIP, NodePort, LoadBalancer]
    answer: NodePort
    section: ClusterIP
  - question: Регистр ответа?
    options: [ClusterIP, NodePort, LoadBalancer]
    answer: nodeport
    explanation: Пояснение.
    section: Несуществующий раздел
    answr: опечатка
`;
    const { cards, problems } = parseAuthoredFile("knowledge/quiz/services.yaml", source, kb);
    expect(cards.map((c) => c.question)).toEqual(["Верный вопрос?"]);
    expect(problems).toEqual([
      'knowledge/quiz/services.yaml:10: answer "Ingress" is not among the options; copy the text of the correct option',
      'knowledge/quiz/services.yaml:14: duplicate option "clusterip"; make every option different',
      "knowledge/quiz/services.yaml:19: too few options (2); give at least 3",
      'knowledge/quiz/services.yaml:23: missing or empty "explanation"; add `explanation: …` to this question',
      'knowledge/quiz/services.yaml:29: answer "nodeport" differs from option "NodePort" only in case; write it exactly as the option',
      'knowledge/quiz/services.yaml:31: section "Несуществующий раздел" is not a heading of topic services; copy a heading from the notes',
      'knowledge/quiz/services.yaml:32: unknown field "answr"; the fields are question, options, answer, explanation, section',
    ]);
  });

  it("reports an unknown topic and skips the file", () => {
    const { cards, problems } = parseAuthoredFile(
      "q/servises.yaml",
      good.replace("topic: services", "topic: servises"),
      kb,
    );
    expect(cards).toEqual([]);
    expect(problems).toEqual([
      'q/servises.yaml:1: unknown topic "servises"; use one of: services, helm (the file was skipped)',
    ]);
  });

  it("reports a YAML syntax error before the questions with its line and skips the file", () => {
    const broken = good.replace("topic: services", "topic: [services");
    const { cards, problems } = parseAuthoredFile("q/services.yaml", broken, kb);
    expect(cards).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^q\/services\.yaml:1: YAML syntax error: .*\(the file was skipped\)$/u);
  });

  it("skips only the question with a YAML syntax error, naming its file and line", () => {
    const question = (n: number, text = `Вопрос ${n}?`) => `  - question: ${text}
    options: [ClusterIP, NodePort, LoadBalancer]
    answer: NodePort
    explanation: Пояснение.
    section: ClusterIP
`;
    const file = (bad: string) => `topic: services\nquestions:\n${question(1)}${bad}${question(3)}`;
    const cases: Array<[string, string]> = [
      // The parser meets an unclosed quote only at the end of the file; the line is where it opened.
      ['"Незакрытая кавычка?', 'Missing closing "quote'],
      ["Двоеточие: без кавычек?", "Nested mappings"],
    ];
    for (const [text, message] of cases) {
      const { cards, problems } = parseAuthoredFile("q/services.yaml", file(question(2, text)), kb);
      expect(cards.map((c) => c.question)).toEqual(["Вопрос 1?", "Вопрос 3?"]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^q\/services\.yaml:8: YAML syntax error: .*\(this question was skipped\)$/u,
      );
      expect(problems[0]).toContain(message);
    }
    const flow = file(
      question(2).replace("options: [ClusterIP, NodePort, LoadBalancer]", "options: [ClusterIP, NodePort"),
    );
    const { cards, problems } = parseAuthoredFile("q/services.yaml", flow, kb);
    expect(cards).toHaveLength(2);
    expect(problems).toEqual([expect.stringMatching(/^q\/services\.yaml:9: YAML syntax error: .*\]/u)]);
  });

  it("accepts the topic's own name as a section, and flags a topic that does not match the file name", () => {
    const helm = good
      .replace("topic: services", "topic: helm")
      .replace("section: ClusterIP", "section: Helm");
    expect(parseAuthoredFile("q/helm.yaml", helm, kb).problems).toEqual([]);
    const { cards, problems } = parseAuthoredFile("q/other.yaml", helm, kb);
    expect(cards).toHaveLength(1);
    expect(problems).toEqual([
      'q/other.yaml:1: topic "helm" does not match the file name; rename the file to helm.yaml',
    ]);
  });
});

describe("loadAuthoredCards", () => {
  it("loads every file of a folder: a broken file does not stop the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "konspekt-quiz-"));
    try {
      writeFileSync(join(dir, "services.yaml"), good);
      writeFileSync(join(dir, "helm.yaml"), "topic: helm\nquestions: [oops\n");
      writeFileSync(join(dir, "README.md"), "not a quiz");
      const { cards, problems } = await loadAuthoredCards(dir, kb);
      expect(cards).toHaveLength(1);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`${join(dir, "helm.yaml")}:`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("treats a missing folder as no authored cards", async () => {
    expect(await loadAuthoredCards(join(tmpdir(), "no-such-konspekt-dir"), kb)).toEqual({
      cards: [],
      problems: [],
    });
  });
});
