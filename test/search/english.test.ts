import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyzer.ts";
import { isEverydayEnglish } from "../../src/search/common-english.ts";
import { createSearchEngine } from "../../src/search/engine.ts";
import { russianFor } from "../../src/search/english.ts";
import { kbFromPassages } from "../helpers/fixtures.ts";
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

  it("takes an English word the notes use only inside an identifier for the Russian word they say", () => {
    const airflow = pipelineOf([
      { text: "Сенсор ждет, пока файл появится." },
      { text: "Новые файлы шедулер ищет раз в `min_file_process_interval`." },
    ]).understanding;
    const file = airflow.termsOf("файл")[0]?.term;
    expect(airflow.understand("wait for a file").terms.map((t) => t.term)).toContain(file);
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

  it("weighs a frequent English word the dictionary lacks as an unknown word, though a sure answer must say it", () => {
    expect(isEverydayEnglish("avoid")).toBe(true);
    expect(isEverydayEnglish("stable")).toBe(true);
    expect(isEverydayEnglish("complexity")).toBe(true);
    expect(isEverydayEnglish("istio")).toBe(false);
    expect(isEverydayEnglish("docker")).toBe(false);
    const terms = notes.understand("how to avoid istio").terms;
    const istio = terms.find((t) => t.term === "istio");
    const avoid = terms.find((t) => t.term === stem("avoid"));
    expect(avoid?.weight ?? 0).toBeLessThan((istio?.weight ?? 0) / 2);
    // It may yet be what is asked about («yield»): it stays a name a sure answer must say.
    expect(avoid).toMatchObject({ name: true });
    // In any form whose stem is the frequent word: «exceeds» is rarer than «exceed» in the list, not a name.
    expect(isEverydayEnglish("exceeds")).toBe(false);
    const exceeds = notes.understand("istio exceeds").terms.find((t) => t.term === stem("exceeds"));
    expect(exceeds?.weight ?? 0).toBeLessThan((istio?.weight ?? 0) / 2);
  });
});

describe("an English question over Russian notes, end to end", () => {
  it("offers the passage on deadlocks for «how to avoid deadlocks», where an everyday word found nothing", () => {
    const kb = kbFromPassages([
      {
        heading: "Deadlock",
        text: "Deadlock — две транзакции ждут друг друга. Блокируйте строки в одном порядке.",
      },
      { heading: "Индексы", text: "B-tree индекс ускоряет поиск по равенству и диапазону." },
    ]);
    const answer = createSearchEngine(kb).answer("how to avoid deadlocks");
    expect(answer.kind).not.toBe("nothing");
    const first =
      answer.kind === "found"
        ? answer.hits[0]
        : answer.kind === "uncertain"
          ? answer.candidates[0]
          : undefined;
    expect(first?.passage.headingPath.at(-1)).toBe("Deadlock");
  });
});

describe("understand: a Russian question over notes that say it in English", () => {
  const notes = pipelineOf([
    { headingPath: ["Slow query log"], text: "Slow query log пишет запросы дольше long_query_time." },
    { headingPath: ["Индексы"], text: "Индекс ускоряет поиск, но замедляет вставку." },
    { headingPath: ["Connections"], text: "Connections → Data sources → Add data source." },
  ]).understanding;
  const termsOf = (query: string) => notes.understand(query).terms.map((t) => t.term);

  it("takes a Russian word the notes do not use for the English word they do: «медленных» is their slow", () => {
    expect(termsOf("лог медленных запросов")).toContain(stem("slow"));
    // A word they use stays theirs: «индекс».
    expect(termsOf("медленный индекс")).toEqual([stem("slow"), notes.termsOf("индекс")[0]?.term]);
  });

  it("leaves a verb the notes never use as it is asked: «подключить» is no «connections» to find", () => {
    expect(termsOf("как подключить источник")).not.toContain(stem("connect"));
  });
});
