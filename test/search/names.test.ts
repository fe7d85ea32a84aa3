import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.ts";
import { NameCounter } from "../../src/search/names.ts";
import { kbFromPassages } from "../helpers/fixtures.ts";

const phrasesOf = (...texts: string[]) => {
  const counter = new NameCounter();
  for (const text of texts) counter.add(text);
  return counter.phrases().map((group) => group[0]);
};

describe("names of two words", () => {
  it("finds a Title Case pair the notes use twice, its second word singular", () => {
    expect(
      phrasesOf(
        "Ingress Controllers управляют трафиком.",
        "Например, ingress controller nginx. Ingress Controller",
      ),
    ).toEqual(["ingress controller"]);
    expect(phrasesOf("Network Policies и Network Policy")).toEqual(["network policy"]);
  });

  it("takes no pair seen once, no CamelCase term, no lower-case words, no short words", () => {
    expect(phrasesOf("Service Account определяет доступ.")).toEqual([]);
    expect(phrasesOf("NodePort Service, NodePort Service")).toEqual([]);
    expect(phrasesOf("ingress controller, ingress controller")).toEqual([]);
    expect(phrasesOf("Is It, Is It")).toEqual([]);
    expect(phrasesOf("The Pod runs. The Pod stops. Pods Where Pods Where")).toEqual([]);
  });

  it("keeps a question about the first word from the section on the name (notes with no glossary)", () => {
    const kb = kbFromPassages([
      {
        heading: "",
        text: "Не путать с контроллером! Ingress ничего никуда не проксирует, это описание правил.",
      },
      {
        heading: "Ingress Controllers",
        text: "Ingress Controllers: Ingress Controllers управляют входящим трафиком. Ingress Controllers бывают разные.",
      },
    ]);
    const engine = createSearchEngine(kb);
    const first = (q: string) => {
      const answer = engine.answer(q);
      return answer.kind === "found" ? answer.hits[0]?.passage.id : answer.kind;
    };
    // Without the name, the section on the controllers says «Ingress» five times and wins.
    expect(first("что такое ingress")).toBe("notes#0");
    expect(first("что такое ingress controller")).toBe("notes#1");
    expect(engine.analyzer.terms("ingress controllers")).toEqual(engine.analyzer.terms("Ingress Controller"));
  });
});
