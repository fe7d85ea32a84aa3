import { describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.ts";
import { NameCounter } from "../../src/search/names.ts";
import { firstAnswer, kbFromPassages } from "../helpers/fixtures.ts";

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

  it("finds the acronyms the notes define, either way round, with the words they stand for", () => {
    const groupsOf = (...texts: string[]) => {
      const counter = new NameCounter();
      for (const text of texts) counter.add(text);
      return counter.phrases();
    };
    expect(groupsOf("Когда юзать Present Perfect (PP): опыт, результат.")).toEqual([
      ["present perfect", "pp"],
    ]);
    expect(groupsOf("HPA (Horizontal Pod Autoscaler) масштабирует поды.")).toEqual([
      ["horizontal pod autoscaler", "hpa"],
    ]);
    expect(groupsOf("Меряем артериальное давление (АД) утром.")).toEqual([["артериальное давление", "ад"]]);
    // Initials that differ, an acronym that is a function word, one acronym for two names: no acronym.
    expect(groupsOf("Kubernetes (K8S), Service Level Objective (SLA)")).toEqual([]);
    expect(groupsOf("Причастный оборот (ПО) выделяем запятыми.")).toEqual([]);
    expect(groupsOf("Replica Set (RS)", "Resource Server (RS)")).toEqual([]);
  });

  it("answers a question that spells out an acronym with the passage that only uses it", () => {
    const kb = kbFromPassages([
      { heading: "Формы", text: "Present Perfect (PP) и Past Simple (PS): таблица форм, have + V3." },
      { heading: "Когда PP", text: "PP берем, когда важен результат сейчас: I have lost my keys." },
      {
        heading: "Когда PS",
        text: "PS берем для законченного действия в прошлом с датой: I lost my keys yesterday.",
      },
    ]);
    const engine = createSearchEngine(kb);
    const first = (q: string) => firstAnswer(engine, q);
    expect(first("когда берем present perfect")).toBe("notes#1");
    expect(first("когда берем past simple")).toBe("notes#2");
    expect(engine.analyzer.terms("PP")).toEqual(engine.analyzer.terms("present perfect").slice(1));
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
    const first = (q: string) => firstAnswer(engine, q);
    // Without the name, the section on the controllers says «Ingress» five times and wins.
    expect(first("что такое ingress")).toBe("notes#0");
    expect(first("что такое ingress controller")).toBe("notes#1");
    expect(engine.analyzer.terms("ingress controllers")).toEqual(engine.analyzer.terms("Ingress Controller"));
  });
});
