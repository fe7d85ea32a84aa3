import { describe, expect, it } from "vitest";
import { renderAnswer, renderHit } from "../../src/cli/terminal.ts";
import type { Passage, Topic } from "../../src/knowledge/types.ts";
import type { Hit } from "../../src/search/types.ts";

const passage = (id: string, headingPath: string[]): Passage => ({
  id,
  topicId: "services",
  topicTitle: "Сервисы",
  headingPath,
  text: "…",
  file: "services.md",
  order: 0,
});
const topic = (id: string, title: string): Topic => ({
  id,
  title,
  aliases: [],
  file: `${id}.md`,
  sections: [],
});

const hit = (id: string, truncated = false): Hit => ({
  passage: passage(id, ["Типы сервисов", "ClusterIP"]),
  score: 1,
  coverage: 1,
  snippet: {
    truncated,
    blocks: [
      {
        code: false,
        segments: [
          { text: "Это ", mark: false },
          { text: "ClusterIP", mark: true },
          { text: ". Делается это так:", mark: false },
        ],
      },
      { code: true, segments: [{ text: "kubectl get svc\nkubectl get ep", mark: false }] },
    ],
  },
});

describe("renderHit", () => {
  it("shows the source, the prose and the code indented, as plain text without colour", () => {
    expect(renderHit(hit("services#1"), false)).toBe(
      "📄 Сервисы › Типы сервисов › ClusterIP\nЭто ClusterIP. Делается это так:\n\n    kubectl get svc\n    kubectl get ep",
    );
  });

  it("marks matched words in bold and the source dim with colour, and ends a cut snippet with …", () => {
    const text = renderHit(hit("services#1", true), true);
    expect(text).toContain("\u001b[1mClusterIP\u001b[0m");
    expect(text.startsWith("\u001b[2m📄 Сервисы")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
  });
});

describe("renderAnswer", () => {
  it("says plainly when nothing was found and lists topics", () => {
    const text = renderAnswer(
      {
        kind: "nothing",
        terms: [],
        query: "что такое rbac",
        suggestions: [topic("helm", "Helm"), topic("ingress", "Ingress")],
      },
      false,
    );
    expect(text).toBe(
      "Ничего не нашёл по запросу «что такое rbac». Попробуйте переформулировать или загляните в темы:\n  • Helm\n  • Ingress",
    );
  });

  it("labels the two sides of a comparison answered side by side and lists «more»", () => {
    const text = renderAnswer(
      {
        kind: "found",
        terms: [],
        query: "clusterip vs nodeport",
        hits: [hit("services#1"), hit("services#2")],
        more: [hit("services#3")],
        compared: ["clusterip", "nodeport"],
      },
      false,
    );
    const parts = text.split("\n\n");
    expect(parts[0]?.startsWith("— clusterip:\n📄 Сервисы")).toBe(true);
    expect(text).toContain("— nodeport:\n📄 Сервисы");
    expect(text.endsWith("Ещё по теме:\n  • Сервисы › Типы сервисов › ClusterIP")).toBe(true);
  });

  it("shows one hit without labels and without «more» when there is none", () => {
    const text = renderAnswer(
      { kind: "found", query: "clusterip", terms: [], hits: [hit("services#1")], more: [] },
      false,
    );
    expect(text).toBe(renderHit(hit("services#1"), false));
  });
});
