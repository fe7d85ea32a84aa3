import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyzer.ts";
import { russianFor } from "../../src/search/english.ts";
import { pipelineOf } from "../helpers/pipeline.ts";

describe("russianFor", () => {
  it("gives the Russian words of an everyday English word, in any form the stemmer takes to it", () => {
    expect(russianFor(stem("remove"))).toContain("удалить");
    expect(russianFor(stem("images"))).toEqual(["образ"]);
    expect(russianFor(stem("unused"))).toEqual(["неиспользуемый"]);
    expect(russianFor(stem("kubectl"))).toEqual([]);
    // «run» and «running» are one stem: «running» adds its word, it does not replace «запустить».
    expect(russianFor(stem("run"))).toEqual(["запустить", "запускать", "запущенный"]);
    expect(russianFor(stem("set"))[0]).toBe("задать");
  });

  it("knows the everyday words of programming: «what happens when a variable goes out of scope»", () => {
    expect(russianFor(stem("scope"))).toEqual(["область"]);
    expect(russianFor(stem("synchronous"))).toContain("синхронный");
    expect(russianFor(stem("condition"))).toEqual(["условие"]);
    expect(russianFor(stem("trigger"))).toContain("вызывать");
  });
});

describe("understand: an English question over Russian notes", () => {
  const notes = pipelineOf([
    { text: "Удалить неиспользуемые образы: docker system prune." },
    { text: "Образ собирается из докерфайла." },
    { text: "Том хранит данные базы." },
  ]).understanding;
  const termsOf = (query: string) => notes.understand(query).terms.map((t) => t.term);

  it("takes an English word the notes do not use for the Russian word they do", () => {
    const russian = ["удалить", "неиспользуемые", "образы"].map((w) => notes.termsOf(w)[0]?.term);
    expect(termsOf("how to remove unused images")).toEqual(russian);
    // …and weighs it as the Russian word it stands for, no unknown technical name.
    const image = notes.understand("unused images").terms.find((t) => t.term === russian[2]);
    expect(image).toMatchObject({ name: false });
  });

  it("marks the Russian word as the action a how-to asks to do («how to remove…»)", () => {
    const action = notes.understand("how to remove unused images").terms.filter((t) => t.action);
    expect(action.map((t) => t.term)).toEqual([notes.termsOf("удалить")[0]?.term]);
  });

  it("keeps an English word the notes use, and one the dictionary has no word for that they use", () => {
    expect(termsOf("docker system prune")).toEqual(["docker", "system", "prune"]);
    // «memory» is «память», which these notes never say: it stays an unknown English word.
    expect(termsOf("memory")).toEqual([stem("memory")]);
  });

  it("weighs an everyday English word neither language of the notes has as an unknown word, not a name", () => {
    const terms = notes.understand("istio memory").terms;
    const istio = terms.find((t) => t.term === "istio");
    const memory = terms.find((t) => t.term === stem("memory"));
    // «istio» may be what the question is about; «memory» is an everyday word these notes happen not to say.
    expect(istio).toMatchObject({ name: true });
    expect(memory).toMatchObject({ name: false });
    expect(memory?.weight ?? 0).toBeLessThan((istio?.weight ?? 0) / 2);
  });
});
