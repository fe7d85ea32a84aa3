import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/search/candidates.ts";
import { type Pipeline, pipelineOf } from "../helpers/pipeline.ts";

const NOTES = pipelineOf(
  [
    { text: "Сеть связывает поды между собой.", headingPath: ["Сеть"] },
    {
      text: "Метки на узлах:\n\n```yaml\nlabels:\n  - wrangler.cattle.io/managed-etcd-controller\n```",
      headingPath: ["Метки"],
    },
    {
      text: "Установка чарта:\n\n```bash\nhelm install my-release hello/hello\n```",
      headingPath: ["Установка"],
    },
    { text: "Узлы держат нагрузку.", headingPath: ["Кластер", "Узлы"] },
    { text: "Реплики добавляются по нагрузке.", headingPath: ["Реплики"], topicId: "scaling" },
    {
      text: "Логи пишет каждый контейнер, и хранятся они на узле долго, пока ротация не удалит старые файлы пода.",
      headingPath: ["Хранение"],
    },
    { text: "Логи пода смотрят командой kubectl logs.", headingPath: ["Команды"] },
    { text: "Узлы кластера связывает сеть.", headingPath: ["Раздел"] },
  ],
  [["network", "сеть"]],
  new Map([["scaling", "Масштабирование autoscaling"]]),
);

const gather = (query: string, limit = 12): Candidate[] =>
  NOTES.index.gather(NOTES.understanding.termsOf(query), limit);
const candidate = (query: string, id: string): Candidate => {
  const found = gather(query).find((c) => c.passage.id === id);
  if (found === undefined) throw new Error(`«${query}» did not gather ${id}`);
  return found;
};

describe("gather: where the subject matched", () => {
  it("counts a subject in the heading and the prose as the passage's own", () => {
    expect(candidate("сеть", "notes#0")).toMatchObject({
      own: 1,
      prose: 1,
      code: 0,
      coverage: 1,
    });
  });

  it("counts a subject only in the prose as own prose, not heading", () => {
    expect(candidate("сеть", "notes#7")).toMatchObject({
      own: 1,
      prose: 1,
      code: 0,
      coverage: 1,
    });
  });

  it("gives a subject matched only inside a compound identifier no share and half coverage", () => {
    const etcd = gather("etcd");
    expect(etcd.map((c) => c.passage.id)).toEqual(["notes#1"]);
    expect(etcd[0]).toMatchObject({ own: 0, prose: 0, code: 0, coverage: 0.5 });
  });

  it("counts a subject only in code as code, not own", () => {
    expect(candidate("helm", "notes#2")).toMatchObject({
      own: 0,
      prose: 0,
      code: 1,
      coverage: 1,
    });
  });

  it("counts the named things (Latin terms) apart: in code only for namesWithCode; 1 when none is named", () => {
    expect(candidate("helm", "notes#2")).toMatchObject({ names: 0, namesWithCode: 1 });
    expect(candidate("network", "notes#0")).toMatchObject({ names: 1, namesWithCode: 1 });
    expect(candidate("узлы нагрузка", "notes#3")).toMatchObject({ names: 1, namesWithCode: 1 });
  });

  it("counts the subject words it has in its heading, text or code, not those only in headings above", () => {
    expect(candidate("узлы нагрузка", "notes#3").subjects).toBe(2);
    expect(candidate("helm", "notes#2").subjects).toBe(1);
    expect(candidate("кластер", "notes#3").subjects).toBe(0);
    expect(candidate("сделать сеть", "notes#0").subjects).toBe(1);
  });

  it("counts three quarters of a subject found only in a heading above the passage", () => {
    expect(candidate("кластер", "notes#3")).toMatchObject({ own: 0.75, prose: 0, coverage: 0.5 });
  });

  it("counts three quarters of a subject found only in the topic's names", () => {
    const c = candidate("масштабирование", "scaling#4");
    expect(c.own).toBeCloseTo(0.75, 10);
    expect(c).toMatchObject({ prose: 0, coverage: 0.5 });
  });

  it("counts a name found only in the names of a topic about one or two things, not of one about more", () => {
    // The helper titles a topic by its id.
    const many = "поды, репликасеты и деплойменты";
    const notes = pipelineOf(
      [
        { text: "sum by (job) (rate(x[5m])) — рпс по каждой джобе.", topicId: "promql" },
        { text: "Реплики держат нужное число копий, рпс приложения растёт.", topicId: many },
      ],
      [],
      new Map([
        ["promql", "PromQL промкуэль"],
        [many, "Поды, репликасеты и деплойменты (Pod, ReplicaSet, Deployment)"],
      ]),
    );
    const found = (query: string, id: string) =>
      notes.index.gather(notes.understanding.termsOf(query), 12).find((c) => c.passage.id === id);
    expect(found("promql рпс", "promql#0")?.names).toBeCloseTo(0.75, 10);
    expect(found("replicaset рпс", `${many}#1`)?.names).toBe(0);
    // The topic's name is also one of the subject words the passage has.
    expect(found("promql рпс", "promql#0")?.subjects).toBe(2);
    expect(found("replicaset рпс", `${many}#1`)?.subjects).toBe(1);
  });

  it("counts a name found only in the heading right above, when it names one or two things side by side with none", () => {
    const notes = pipelineOf([
      {
        text: "- $match — фильтр\n- $group — группировка",
        headingPath: ["Aggregation pipeline", "Основные стадии"],
      },
      {
        text: "Порт открыт на каждой ноде.",
        headingPath: ["Чем ClusterIP отличается от NodePort", "NodePort"],
      },
      { text: "Чарт ставится одной командой.", headingPath: ["ClusterIP, NodePort, Ingress и Helm", "Helm"] },
    ]);
    const found = (query: string, id: string) =>
      notes.index.gather(notes.understanding.termsOf(query), 12).find((c) => c.passage.id === id);
    expect(found("стадии aggregation", "notes#0")?.names).toBeCloseTo(0.75, 10);
    // A heading that tells two things apart is about neither alone; one that names four, about none of them.
    expect(found("clusterip порт", "notes#1")?.names).toBe(0);
    expect(found("clusterip чарт", "notes#2")?.names).toBe(0);
  });

  it("counts the headings above in full when the passage's own heading says part of the question", () => {
    const notes = pipelineOf([
      { text: "Окончание -прил. Снижают давление, вызывают сухой кашель.", headingPath: ["Ингибиторы АПФ"] },
      {
        text: "Беременность, гиперкалиемия, ангиоотёк.",
        headingPath: ["Ингибиторы АПФ", "Противопоказания"],
      },
      { text: "Бронхоспазм, брадикардия.", headingPath: ["Бета-блокаторы", "Противопоказания"] },
      { text: "Язва желудка.", headingPath: ["НПВС", "Противопоказания"] },
    ]);
    const gathered = notes.index.gather(notes.understanding.termsOf("противопоказания ингибиторов апф"), 12);
    expect(gathered[0]?.passage.id).toBe("notes#1");
    expect(gathered[0]?.coverage).toBe(1);
    // Without a word of the question in its own heading, a passage has the headings above at half.
    const asked = notes.index.gather(notes.understanding.termsOf("ингибиторы апф кашель"), 12);
    expect(asked.find((c) => c.passage.id === "notes#1")?.coverage ?? 0).toBeLessThan(1);
  });

  it("measures shares against the subject only: a generic word of the question does not dilute them", () => {
    const c = candidate("использовать helm", "notes#2");
    expect(c.code).toBe(1);
    expect(c.coverage).toBeLessThan(1);
  });
});

describe("gather: ranking", () => {
  it("counts words of the text together only when they stand close", () => {
    const far = candidate("логи пода", "notes#5");
    const near = candidate("логи пода", "notes#6");
    expect(near.coverage).toBe(1);
    expect(far.coverage).toBeLessThan(0.75);
    expect(gather("логи пода")[0]?.passage.id).toBe("notes#6");
  });

  it("gathers nothing for no terms", () => {
    expect(NOTES.index.gather([], 12)).toEqual([]);
  });

  it("returns the best score first, with shares in [0, 1]", () => {
    const words = [
      "сеть",
      "поды",
      "узлы",
      "логи",
      "helm",
      "etcd",
      "кластер",
      "нагрузку",
      "чарта",
      "использовать",
    ];
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), fc.integer({ min: 1, max: 8 }), (query, limit) => {
        const gathered = gather(query.join(" "), limit);
        for (let i = 1; i < gathered.length; i++)
          expect((gathered[i - 1] as Candidate).score).toBeGreaterThanOrEqual(
            (gathered[i] as Candidate).score,
          );
        for (const c of gathered) {
          for (const share of [c.coverage, c.own, c.prose, c.code]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          expect(c.score).toBeCloseTo(c.relevance * c.coverage ** 2, 10);
        }
      }),
      { numRuns: 200 },
    );
  });

  // Once `limit` candidates are ranked, a further one whose bound ties the floor is scored too: the result
  // must still be cut to `limit`. Here the two one-word passages tie, and `limit` 2 must gather two.
  it("returns at most `limit` candidates", () => {
    const tied = pipelineOf([
      { text: "Сеть и нагрузка." },
      { text: "Сеть держит." },
      { text: "Нагрузка растёт." },
    ]);
    expect(tied.index.gather(tied.understanding.termsOf("сеть нагрузка"), 2)).toHaveLength(2);
  });

  it("keeps the best `limit` of what a larger limit gathers", () => {
    const all = gather("узлы поды сеть нагрузку", 12).map((c) => c.passage.id);
    expect(gather("узлы поды сеть нагрузку", 2).map((c) => c.passage.id)).toEqual(all.slice(0, 2));
  });
});

describe("gather", () => {
  it("counts the two sides of a comparison apart, however far apart the passage tells of them", () => {
    const notes = pipelineOf([
      {
        text: "NoSchedule: новые поды без толерейшна не назначаются, а те, что уже работают на ноде, остаются там и дальше работают как раньше. NoExecute выселяет и работающие.",
        headingPath: [],
      },
    ]);
    const terms = notes.understanding.termsOf("noschedule noexecute");
    const sides = [new Set([terms[0]?.term as string]), new Set([terms[1]?.term as string])];
    expect(notes.index.gather(terms, 5)[0]?.coverage).toBeLessThan(1);
    expect(notes.index.gather(terms, 5, sides)[0]?.coverage).toBe(1);
  });
});

describe("gather: words most passages have", () => {
  const words = ["поды", "узлы", "сеть", "логи", "helm", "etcd"];
  const notesOf = (texts: readonly string[]) => texts.map((text) => ({ text: `${text}.` }));
  const ids = (candidates: readonly Candidate[]) => candidates.map((c) => c.passage.id).sort();

  it("scores a common word only in passages that have a rarer word of the question", () => {
    // «поды» is in five passages of seven: common when more than three passages make a word common.
    const texts = ["поды логи", "поды узлы", "поды сеть", "поды узлы сеть", "поды", "логи сеть", "узлы"];
    const pruned = pipelineOf(notesOf(texts), [], new Map(), 3);
    const full = pipelineOf(notesOf(texts), [], new Map(), Number.POSITIVE_INFINITY);
    const gatherIn = (p: Pipeline, query: string) => p.index.gather(p.understanding.termsOf(query), 12);
    // «логи» selects: «поды узлы», «поды» have only the common word.
    expect(ids(gatherIn(pruned, "поды логи"))).toEqual(["notes#0", "notes#5"]);
    expect(ids(gatherIn(full, "поды логи"))).toHaveLength(6);
    // Every word common («поды» 5, «узлы» 4): the rarest selects, and the other still scores.
    const allCommon = gatherIn(pruned, "поды узлы");
    expect(ids(allCommon)).toEqual(["notes#1", "notes#3", "notes#6"]);
    expect(allCommon[0]?.coverage).toBe(1);
  });

  it("keeps the scores of the passages it gathers, and every passage with a rarer word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(words, { minLength: 1 }), { minLength: 4, maxLength: 16 }),
        fc.subarray(words, { minLength: 1 }),
        fc.integer({ min: 1, max: 6 }),
        (notes, query, commonFrom) => {
          const texts = notes.map((n) => n.join(" "));
          const pruned = pipelineOf(notesOf(texts), [], new Map(), commonFrom);
          const full = pipelineOf(notesOf(texts), [], new Map(), Number.POSITIVE_INFINITY);
          const terms = pruned.understanding.termsOf(query.join(" "));
          const byId = new Map(full.index.gather(terms, 50).map((c) => [c.passage.id, c]));
          const gathered = pruned.index.gather(terms, 50);
          for (const c of gathered) {
            const same = byId.get(c.passage.id);
            expect(same).toBeDefined();
            expect(c.relevance).toBeCloseTo(same?.relevance ?? 0, 9);
            expect(c.coverage).toBeCloseTo(same?.coverage ?? 0, 9);
          }
          const rare = terms.filter((t) => {
            const df = pruned.vocabulary.frequency(t.term);
            return df > 0 && df <= commonFrom;
          });
          const kept = new Set(gathered.map((c) => c.passage.id));
          for (const c of byId.values())
            if (rare.some((t) => pruned.index.says(c.passage, t.term))) expect(kept).toContain(c.passage.id);
        },
      ),
      { numRuns: 150 },
    );
  });
});
