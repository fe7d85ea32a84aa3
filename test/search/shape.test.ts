import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/knowledge/types.ts";
import type { Judged, Verdict } from "../../src/search/judge.ts";
import {
  headingIsAbout,
  namesDifference,
  type ShapeInput,
  sectionsLedInto,
  shapeAnswer,
  spelledAsNotes,
} from "../../src/search/shape.ts";
import type { Answer, Hit } from "../../src/search/types.ts";
import { judgedCandidate, NO_TRAITS, passage, prose, topic } from "../helpers/fixtures.ts";

/** The words of a text as its terms: enough for tests that name their terms in lower case. */
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** One passage object per id, as the engine shares the knowledge base's passages between stages. */
const passages = new Map<string, Passage>();
const passageOf = (id: string): Passage => {
  let p = passages.get(id);
  if (p === undefined) {
    p = passage(`passage ${id}`, { id, topicId: "t", headingPath: [id], order: 0 });
    passages.set(id, p);
  }
  return p;
};

/** A judged candidate, alone in its section; rank, score and relevance are equal unless overridden. */
function judged(id: string, verdict: Verdict, rank: number, overrides: Partial<Judged> = {}): Judged {
  return judgedCandidate(passageOf(id), verdict, rank, overrides);
}

/** Hits remember the side they were made for, to check which side's words a snippet marks. */
const sideOf = new WeakMap<Hit, 0 | 1 | undefined>();
const makeHit = (c: Judged, side?: 0 | 1): Hit => {
  const h: Hit = { passage: c.passage, score: c.score, coverage: c.coverage, snippet: prose(c.passage.text) };
  sideOf.set(h, side);
  return h;
};

const SUGGESTED = [topic("a", 1), topic("b", 1)];

function shape(list: Judged[], overrides: Partial<ShapeInput> = {}): Answer {
  return shapeAnswer({
    query: "q",
    terms: ["q"],
    judged: list,
    moreCount: 4,
    hit: makeHit,
    suggest: () => SUGGESTED,
    ...overrides,
  });
}

const ids = (hits: readonly Hit[]) => hits.map((h) => h.passage.id);

/** The passages a list of judged candidates is answered with, when it is answered surely; none otherwise. */
const found = (list: Judged[]) => {
  const answer = shape(list);
  return answer.kind === "found" ? ids(answer.hits) : [];
};

describe("shapeAnswer: a sure answer", () => {
  it("answers with the best passage when it is sure, and offers the other answering ones as «Ещё»", () => {
    const answer = shape([
      judged("p1", "sure", 5),
      judged("p2", "none", 4),
      judged("p3", "possible", 3),
      judged("p4", "sure", 2),
    ]);
    expect(answer.kind).toBe("found");
    if (answer.kind !== "found") return;
    expect(ids(answer.hits)).toEqual(["p1"]);
    expect(ids(answer.more)).toEqual(["p3", "p4"]);
    expect(answer).toMatchObject({ query: "q", terms: ["q"] });
    expect(answer).not.toHaveProperty("compared");
  });

  it("shows a passage that may answer beside a sure one that covers less than nine tenths of the question", () => {
    const at = (id: string, topicId: string) => passage(id, { id, topicId, headingPath: [id], order: 0 });
    const [vars, defaults] = [at("vars", "vars"), at("defaults", "roles")];
    const partial = { coverage: 0.6 };
    expect(
      found([judgedCandidate(vars, "sure", 20, partial), judgedCandidate(defaults, "possible", 10)]),
    ).toEqual(["vars", "defaults"]);
    // A tenth left unsaid is enough: on the sets, sure answers covering 75–90% were wrong 11–14% of the time.
    expect(
      found([
        judgedCandidate(vars, "sure", 20, { coverage: 0.85 }),
        judgedCandidate(defaults, "possible", 10),
      ]),
    ).toEqual(["vars", "defaults"]);
    // Ranked lower than half of it, or after a passage that says the whole question: the best passage alone.
    expect(
      found([judgedCandidate(vars, "sure", 20, partial), judgedCandidate(defaults, "possible", 9)]),
    ).toEqual(["vars"]);
    expect(found([judgedCandidate(vars, "sure", 20), judgedCandidate(defaults, "possible", 10)])).toEqual([
      "vars",
    ]);
  });

  it("shows the part of the best passage's section right next to it among the next candidates: one section cut in two", () => {
    const part = (order: number, headingPath = ["Taints"]) =>
      passage(`part ${order}`, { id: `s#${order}`, topicId: "s", headingPath, order });
    const [command, remark, far, other] = [part(12), part(13), part(15), part(11, ["Affinity"])];
    const c = (p: Passage, verdict: Verdict, rank: number) => judgedCandidate(p, verdict, rank);
    // In reading order, the second one possible: it is part of the same answer.
    expect(found([c(remark, "sure", 20), c(command, "possible", 16)])).toEqual(["s#12", "s#13"]);
    // However far lower it ranks: the section's author wrote them as one.
    expect(found([c(command, "sure", 20), c(remark, "possible", 2)])).toEqual(["s#12", "s#13"]);
    // Not next to it, or under another heading, or not among the next two candidates: the best passage alone.
    expect(found([c(command, "sure", 20), c(far, "sure", 19)])).toEqual(["s#12"]);
    expect(
      found([c(command, "sure", 20), c(far, "sure", 19), c(other, "sure", 3), c(remark, "possible", 2)]),
    ).toEqual(["s#12"]);
    expect(found([c(command, "sure", 20), c(other, "sure", 13)])).toEqual(["s#12"]);
  });

  it("shows a sure passage of another section beside the best one when their ranks are too close to tell apart", () => {
    const at = (id: string, topicId: string, headingPath: string[]) =>
      passage(id, { id, topicId, headingPath, order: 0 });
    const objects = at("objects", "k8s", ["Объекты", "Службы (Services)"]);
    const network = at("network", "net", ["Сеть", "Сервисы (Services) в сети"]);
    const below = at("below", "k8s", ["Объекты", "Службы (Services)", "Типы"]);
    const c = (p: Passage, verdict: Verdict, rank: number) => judgedCandidate(p, verdict, rank);
    expect(found([c(objects, "sure", 20), c(network, "sure", 14), c(below, "sure", 13)])).toEqual([
      "objects",
      "network",
    ]);
    // …and beside the two parts of the best passage's section.
    const objectsMore = passage("objects-more", {
      id: "objects-more",
      topicId: "k8s",
      headingPath: ["Объекты", "Службы (Services)"],
      order: 1,
    });
    expect(found([c(objects, "sure", 20), c(objectsMore, "possible", 3), c(network, "sure", 14)])).toEqual([
      "objects",
      "objects-more",
      "network",
    ]);
    // Ranked clearly lower (less than two thirds of it), or only possible: the best passage alone.
    expect(found([c(objects, "sure", 20), c(network, "sure", 13)])).toEqual(["objects"]);
    expect(found([c(objects, "sure", 20), c(network, "possible", 19)])).toEqual(["objects"]);
    // A subsection of the best passage's section is part of what it says, not a second answer; the section around
    // the best passage may say what it takes as known.
    expect(found([c(objects, "sure", 20), c(below, "sure", 19)])).toEqual(["objects"]);
    expect(found([c(below, "sure", 20), c(objects, "sure", 19)])).toEqual(["below", "objects"]);
  });

  it("offers at most `moreCount` passages as «Ещё»", () => {
    const list = Array.from({ length: 9 }, (_, i) => judged(`p${i}`, "sure", i === 0 ? 20 : 9 - i));
    const answer = shape(list, { moreCount: 2 });
    expect(answer.kind === "found" && ids(answer.more)).toEqual(["p1", "p2"]);
  });
});

describe("shapeAnswer: a list question", () => {
  const item = (id: string, order: number, rank: number, parent = "Типы сервисов") =>
    judged(id, "sure", rank, {
      passage: passage(id, { id, topicId: "t", headingPath: [parent, id], order }),
    });

  it("shows every answering section under the best one's parent heading, in reading order", () => {
    const list = [
      item("LoadBalancer", 3, 9),
      item("ClusterIP", 1, 5),
      item("NodePort", 2, 4),
      item("Calico", 7, 3, "Плагины"),
    ];
    const answer = shape(list, { list: true });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["ClusterIP", "NodePort", "LoadBalancer"]);
    expect(answer.kind === "found" && ids(answer.more)).toEqual(["Calico"]);
  });

  it("shows the best passage alone when fewer than three sections share its parent, or for other questions", () => {
    const two = shape([item("LoadBalancer", 3, 9), item("ClusterIP", 1, 5)], { list: true });
    expect(two.kind === "found" && ids(two.hits)).toEqual(["LoadBalancer"]);
    const three = [item("LoadBalancer", 3, 9), item("ClusterIP", 1, 5), item("NodePort", 2, 4)];
    const other = shape(three);
    expect(other.kind === "found" && ids(other.hits)).toEqual(["LoadBalancer"]);
  });
});

describe("shapeAnswer: a list question that names the best passage's heading", () => {
  // «какие фильтры есть в httproute»: the section on HTTPRoute opens by saying what it is, and lists its filters
  // in a section below.
  const section = (id: string, headingPath: string[], order: number, rank: number, list: boolean) =>
    judged(id, "sure", rank, {
      passage: passage(id, { id, topicId: "t", headingPath, order }),
      traits: { ...NO_TRAITS, list },
    });
  const intro = section("intro", ["HTTPRoute"], 0, 10, false);
  const filters = section("filters", ["HTTPRoute", "filters"], 1, 3, true);

  it("shows the list under the best passage's heading with it, when the best one lists nothing", () => {
    const answer = shape([intro, filters], { listInside: true });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["intro", "filters"]);
    // The heading above names the question's subject, so the list may be only possible on its own.
    const possible = shape([intro, { ...filters, verdict: "possible" }], { listInside: true });
    expect(possible.kind === "found" && ids(possible.hits)).toEqual(["intro", "filters"]);
  });

  it("shows the best passage alone when it is a list, or nothing under its heading is a list that may answer, ranked a fifth of it", () => {
    const alone = (list: Judged[]) => {
      const answer = shape(list, { listInside: true });
      return answer.kind === "found" && ids(answer.hits);
    };
    expect(alone([{ ...intro, traits: { ...NO_TRAITS, list: true } }, filters])).toEqual(["intro"]);
    expect(alone([intro, { ...filters, traits: NO_TRAITS }])).toEqual(["intro"]);
    expect(alone([intro, { ...filters, rank: 1.5, score: 1.5 }])).toEqual(["intro"]);
    expect(alone([intro, { ...filters, verdict: "none" }])).toEqual(["intro"]);
    const elsewhere = section("elsewhere", ["GRPCRoute", "filters"], 5, 3, true);
    expect(alone([intro, elsewhere])).toEqual(["intro"]);
    const other = shape([intro, filters]);
    expect(other.kind === "found" && ids(other.hits)).toEqual(["intro"]);
  });
  it("shows the sections right under the best passage, three or more, as the list: each opening its section", () => {
    // «какие алгоритмы балансировки есть»: «Алгоритмы балансировки» opens, a section for each algorithm under it.
    const opening = section("opening", ["Алгоритмы"], 0, 10, false);
    const item = (id: string, order: number) => section(id, ["Алгоритмы", id], order, 1, false);
    const [roundrobin, more, leastconn, source] = [
      item("roundrobin", 1),
      section("roundrobin-more", ["Алгоритмы", "roundrobin"], 2, 1, false),
      item("leastconn", 3),
      item("source", 4),
    ];
    const answer = shape([opening, source, more, leastconn, roundrobin], { listInside: true });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual([
      "opening",
      "roundrobin",
      "leastconn",
      "source",
    ]);
    // Two are no list of sections.
    const two = shape([opening, leastconn, roundrobin], { listInside: true });
    expect(two.kind === "found" && ids(two.hits)).toEqual(["opening"]);
  });

  it("shows a list under the best passage whose own heading names a word of the question the best one's does not, however it ranks", () => {
    // «почему challenge висит и серт не выпускается, какие причины бывают»: «Дебаг, когда серт не выпускается» is a
    // list of commands; «Частые причины» under it is the list asked for.
    const debug = section("debug", ["Дебаг"], 0, 10, true);
    const causes = section("causes", ["Дебаг", "Частые причины"], 1, 0.5, true);
    const headsMoreThan = (p: Passage, other: Passage) => p.id === "causes" && other.id !== "causes";
    const answer = shape([debug, causes], { listInside: true, headsMoreThan });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["debug", "causes"]);
    // A list that names no more than the best passage's heading stays below a fifth of it.
    const unnamed = shape([debug, causes], { listInside: true, headsMoreThan: () => false });
    expect(unnamed.kind === "found" && ids(unnamed.hits)).toEqual(["debug"]);
  });
});

describe("shapeAnswer: a list question that names a list beside the best passage", () => {
  // «какие бывают причины crashloopbackoff»: «Что это» ranks first, the list headed «Частые причины» below it.
  const section = (id: string, order: number, rank: number) =>
    judged(id, "sure", rank, {
      passage: passage(id, { id, topicId: "t", headingPath: ["CrashLoopBackOff", id], order }),
      traits: { ...NO_TRAITS, list: true },
    });
  const what = section("Что это", 0, 10);
  const causes = section("Частые причины", 1, 4);
  const heads = (headings: Record<string, string[]>) => (p: Passage, other: Passage) =>
    (headings[p.id] ?? []).some((w) => !(headings[other.id] ?? []).includes(w));
  const named = heads({ "Частые причины": ["причин"] });

  it("shows the list whose own heading names a word of the question the best one's does not, after it", () => {
    for (const form of [{ list: true }, { listInside: true }]) {
      const answer = shape([what, causes], { ...form, headsMoreThan: named });
      expect(answer.kind === "found" && ids(answer.hits), JSON.stringify(form)).toEqual([
        "Что это",
        "Частые причины",
      ]);
    }
  });

  it("shows the best passage alone when no list beside it names more, however close it ranks", () => {
    const alone = (list: Judged[], headsMoreThan = named) => {
      const answer = shape(list, { list: true, headsMoreThan });
      return answer.kind === "found" && ids(answer.hits);
    };
    expect(alone([what, causes], heads({}))).toEqual(["Что это"]);
    // One that names more is the list asked for, however low it ranks.
    expect(alone([what, { ...causes, rank: 1.5, score: 1.5 }])).toEqual(["Что это", "Частые причины"]);
    expect(alone([what, { ...causes, traits: NO_TRAITS }])).toEqual(["Что это"]);
    const elsewhere = judged("Частые причины", "sure", 4, {
      passage: passage("other", {
        id: "other",
        topicId: "u",
        headingPath: ["ImagePullBackOff", "причины"],
        order: 9,
      }),
      traits: { ...NO_TRAITS, list: true },
    });
    expect(alone([what, elsewhere], heads({ other: ["причин"] }))).toEqual(["Что это"]);
  });
});

/** The candidates an uncertain answer offers; none for any other answer. */
const shapedCandidates = (answer: Answer): Hit[] => (answer.kind === "uncertain" ? answer.candidates : []);

describe("shapeAnswer: notes that correct themselves", () => {
  const correctionOf = (p: Passage) =>
    p.id === "p1" || p.id === "p3" ? passageOf(`fix-${p.id}`) : undefined;

  it("shows a passage the notes correct later with its correction right after it", () => {
    const answer = shape([judged("p1", "sure", 5), judged("p2", "possible", 2)], { correctionOf });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["p1", "fix-p1"]);
    expect(answer.kind === "found" && ids(answer.more)).toEqual(["p2"]);
  });

  it("offers a candidate and its correction together or not at all", () => {
    const list = [judged("p1", "possible", 5), judged("p2", "possible", 4), judged("p3", "possible", 3)];
    expect(ids(shapedCandidates(shape(list, { correctionOf })))).toEqual(["p1", "fix-p1", "p2"]);
    // Three at most: the third and its correction would make four, so neither is offered.
    const third = (p: Passage) => (p.id === "p3" ? passageOf("fix-p3") : undefined);
    expect(ids(shapedCandidates(shape(list, { correctionOf: third })))).toEqual(["p1", "p2"]);
  });
});

describe("shapeAnswer: uncertain", () => {
  it("offers candidates when the best answering passage is only possible, even with a sure one below", () => {
    const answer = shape([judged("p1", "possible", 5), judged("p2", "sure", 4)]);
    expect(answer.kind === "uncertain" && ids(answer.candidates)).toEqual(["p1", "p2"]);
  });

  it("answers with a possible passage that stands clearly apart: half the question, its names, two of its subject words, 5× the next", () => {
    const clear = shape([judged("p1", "possible", 15, { coverage: 0.5 }), judged("p2", "possible", 3)]);
    expect(clear.kind === "found" && ids(clear.hits)).toEqual(["p1"]);
    // Three to five times the next, it covers three quarters of the question.
    const near = shape([judged("p1", "possible", 9, { coverage: 0.5 }), judged("p2", "possible", 3)]);
    expect(near.kind).toBe("uncertain");
    const nearAndFull = shape([judged("p1", "possible", 9, { coverage: 0.75 }), judged("p2", "possible", 3)]);
    expect(nearAndFull.kind === "found" && ids(nearAndFull.hits)).toEqual(["p1"]);
    const close = shape([judged("p1", "possible", 8), judged("p2", "possible", 3)]);
    expect(close.kind).toBe("uncertain");
    const thin = shape([judged("p1", "possible", 9, { coverage: 0.45 }), judged("p2", "possible", 3)]);
    expect(thin.kind).toBe("uncertain");
    const unnamed = shape([judged("p1", "possible", 9, { names: 0.4 })]);
    expect(unnamed.kind).toBe("uncertain");
    const opposite = shape([judged("p1", "possible", 9, { other: true }), judged("p2", "possible", 3)]);
    expect(opposite.kind).toBe("uncertain");
    // One word of the question's subject is a coincidence when it has more («как быстро уснуть если бессонница»
    // and a passage that says «быстрее»); a question about one thing needs only that one.
    const oneOfThree = shape([judged("p1", "possible", 9, { subjects: 1 })], { subjectCount: 3 });
    expect(oneOfThree.kind).toBe("uncertain");
    const twoOfThree = shape([judged("p1", "possible", 9, { subjects: 2 })], { subjectCount: 3 });
    expect(twoOfThree.kind).toBe("found");
    const oneOfOne = shape([judged("p1", "possible", 9, { subjects: 1 })], { subjectCount: 1 });
    expect(oneOfOne.kind).toBe("found");
    // Nor one that does what a how-to asks to something else: the thing asked about is in no note.
    const elsewhere = shape([judged("p1", "possible", 9, { elsewhere: true })]);
    expect(elsewhere.kind).toBe("uncertain");
    // A how-to whose verb the notes never use stands apart only with a command.
    const vague = shape([judged("p1", "possible", 9)], { vagueAction: true });
    expect(vague.kind).toBe("uncertain");
    const command = judged("p1", "possible", 9);
    const withCommand = shape([{ ...command, traits: { ...command.traits, code: true } }], {
      vagueAction: true,
    });
    expect(withCommand.kind).toBe("found");
    // A sure passage below, however far: the judge found an answer there, so both are offered.
    const sureBelow = shape([judged("p1", "possible", 30, { coverage: 0.5 }), judged("p2", "sure", 3)]);
    expect(sureBelow.kind === "uncertain" && ids(sureBelow.candidates)).toEqual(["p1", "p2"]);
  });

  describe("a possible passage likely right", () => {
    const asked = { terms: 3, weight: 6, howto: false };
    // A model of the margin alone: likely (0.7) when the first ranks above the next by a factor of 2.5 or more.
    const likely = {
      weights: {
        bias: -1,
        margin: 2,
        alone: 3,
        sureBelow: -5,
        subjects: 0,
        terms: 0,
        weight: 0,
        howto: 0,
        unheard: 0,
      },
      threshold: 0.7,
    };
    // Ranked 8 to 3: not three times the next, so not clearly apart.
    const closeCall = () => [judged("p1", "possible", 8), judged("p2", "possible", 3)];

    it("is given when the model says it is likely enough, and offered with what it was weighed by when not", () => {
      const given = shape(closeCall(), { asked, likely });
      expect(given.kind === "found" && ids(given.hits)).toEqual(["p1"]);
      expect(given).not.toHaveProperty("evidence");
      const unlikely = shape([judged("p1", "possible", 5), judged("p2", "possible", 3)], { asked, likely });
      expect(unlikely.kind).toBe("uncertain");
      expect(unlikely.kind === "uncertain" && unlikely.evidence).toMatchObject({
        margin: Math.log(5 / 3),
        alone: 0,
        terms: 3,
      });
      expect(shape(closeCall(), { asked, likely: { ...likely, threshold: 0.9 } }).kind).toBe("uncertain");
      // No model, no question weighed: only what stands clearly apart is given.
      expect(shape(closeCall(), { asked }).kind).toBe("uncertain");
      expect(shape(closeCall(), { likely }).kind).toBe("uncertain");
    });

    it("is never a passage that answers another question, does the action to something else, or lacks the command", () => {
      const [first, second] = closeCall() as [Judged, Judged];
      for (const [top, overrides] of [
        [{ ...first, other: true }, {}],
        [{ ...first, elsewhere: true }, {}],
        [first, { vagueAction: true }],
      ] as const) {
        const answer = shape([top, second], { asked, likely, ...overrides });
        expect(answer.kind).toBe("uncertain");
        expect(answer).not.toHaveProperty("evidence");
      }
    });

    it("lets no passage stand clearly apart when the question's weightiest word is in no note: the model weighs it", () => {
      const apart = () => [judged("p1", "possible", 9), judged("p2", "possible", 3)];
      const unlikely = { ...likely, threshold: 1 };
      expect(shape(apart(), { asked, likely: unlikely }).kind).toBe("found");
      const unheard = shape(apart(), { asked: { ...asked, unheard: true }, likely: unlikely });
      expect(unheard.kind).toBe("uncertain");
      expect(unheard.kind === "uncertain" && unheard.evidence?.unheard).toBe(1);
    });

    it("weighs no passage that stands clearly apart, nor a sure one", () => {
      const clear = shape([judged("p1", "possible", 9), judged("p2", "possible", 3)], {
        asked,
        likely: { ...likely, threshold: 1 },
      });
      expect(clear.kind).toBe("found");
      const sure = shape([judged("p1", "sure", 4), judged("p2", "possible", 3)], {
        asked,
        likely: { ...likely, threshold: 1 },
      });
      expect(sure.kind).toBe("found");
    });
  });

  it("offers at most three candidates, one per section, best first", () => {
    const inSection = (id: string, rank: number, topicId: string, headingPath: string[]) =>
      judged(id, "possible", rank, { passage: passage(id, { id, topicId, headingPath }) });
    const answer = shape([
      inSection("p1", 9, "t", ["A"]),
      inSection("p2", 8, "t", ["A"]),
      judged("p3", "none", 7),
      inSection("p4", 6, "u", ["A"]),
      inSection("p5", 5, "t", ["A", "B"]),
      inSection("p6", 4, "t", ["C"]),
    ]);
    expect(answer.kind === "uncertain" && ids(answer.candidates)).toEqual(["p1", "p4", "p5"]);
  });

  it("offers passages under no heading each as a section of its own: plain text whose headings were lost", () => {
    const headless = (id: string, rank: number) =>
      judged(id, "possible", rank, { passage: passage(id, { id, topicId: "t", headingPath: [] }) });
    const answer = shape([headless("p1", 9), headless("p2", 8), headless("p3", 7), headless("p4", 6)]);
    expect(answer.kind === "uncertain" && ids(answer.candidates)).toEqual(["p1", "p2", "p3"]);
  });
});

describe("shapeAnswer: nothing", () => {
  it("says nothing and suggests topics from all judged candidates when none answers", () => {
    const list = [judged("p1", "none", 5), judged("p2", "none", 3)];
    let closest: Judged[] = [];
    const answer = shape(list, {
      suggest: (c) => {
        closest = c;
        return SUGGESTED;
      },
    });
    expect(answer).toEqual({ kind: "nothing", query: "q", terms: ["q"], suggestions: SUGGESTED });
    expect(closest).toBe(list);
  });

  it("says nothing for no candidates", () => {
    expect(shape([]).kind).toBe("nothing");
  });
});

describe("shapeAnswer: comparisons", () => {
  const names: [string, string] = ["ClusterIP", "NodePort"];
  const terms: [string[], string[]] = [["clusterip"], ["nodeport"]];
  // The passages about both sides say more than one short sentence.
  for (const id of ["both", "tldr", "versus", "list"])
    passages.set(
      id,
      passage(
        `${id}: ClusterIP — адрес внутри кластера, NodePort — порт на каждой ноде. ${"Подробности. ".repeat(10)}`,
        {
          id,
          topicId: "t",
          headingPath: [id],
          order: 0,
        },
      ),
    );

  it("answers with one passage about both sides when it holds its own on each", () => {
    const both = judged("both", "sure", 5);
    const answer = shape([both, judged("a", "sure", 4)], {
      sides: {
        names,
        terms,
        a: [judged("a", "sure", 10), judged("both", "sure", 6)],
        b: [judged("b", "sure", 10), judged("both", "sure", 5)],
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["both"]);
    expect(answer.kind === "found" && answer.compared).toEqual(names);
  });

  it("answers with both parts of a section cut in two when each is sure of both sides, in reading order", () => {
    // «stash pop vs apply»: the section «stash» read as two passages.
    const part = (id: string, order: number) =>
      passage(`passage ${id}`, { id, topicId: "svc", headingPath: ["ТИПЫ СЕРВИСОВ"], order });
    const first = judged("first", "sure", 4, { passage: part("first", 0) });
    const second = judged("second", "sure", 6, { passage: part("second", 1) });
    const sides = {
      names,
      terms,
      a: [
        judged("second", "sure", 6, { passage: second.passage }),
        judged("first", "sure", 4, { passage: first.passage }),
      ],
      b: [
        judged("second", "sure", 6, { passage: second.passage }),
        judged("first", "sure", 4, { passage: first.passage }),
      ],
    };
    const answer = shape([second, first], { sides });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["first", "second"]);
    // A part that is not sure of one side stays out.
    const weak = {
      ...sides,
      b: [sides.b[0] as Judged, { ...(sides.b[1] as Judged), verdict: "possible" as const }],
    };
    const alone = shape([second, first], { sides: weak });
    expect(alone.kind === "found" && ids(alone.hits)).toEqual(["second"]);
  });

  it("shows each side's own section after the passage about both when that one is headed by neither side", () => {
    // «liveness vs readiness»: «startup» names both («liveness и readiness отключены») and scores on each.
    const both = judged("both", "sure", 5);
    const sides = {
      names,
      terms,
      a: [judged("a", "sure", 10), judged("both", "sure", 6)],
      b: [judged("b", "sure", 10), judged("both", "sure", 5)],
    };
    const headedBySides = (p: Passage, side: 0 | 1) => p.id === (side === 0 ? "a" : "b");
    const apart = shape([both], { sides: { ...sides, heads: headedBySides } });
    expect(apart.kind === "found" && ids(apart.hits)).toEqual(["both", "a", "b"]);
    // Headed by a side itself, it answers alone.
    const headed = shape([both], {
      sides: { ...sides, heads: (p, side) => headedBySides(p, side) || (p.id === "both" && side === 1) },
    });
    expect(headed.kind === "found" && ids(headed.hits)).toEqual(["both"]);
    // So with a map of notes that defines both in a line each («[[Recreate]] — …», «[[RollingUpdate]] — …»).
    const map = judged("map", "sure", 3, {
      passage: passage(
        "- [[ClusterIP]] — адрес внутри кластера, по умолчанию\n- [[NodePort]] — порт на каждой ноде, снаружи\n- [[Ingress]] — HTTP снаружи",
        { id: "map", headingPath: ["Сервисы — MOC"] },
      ),
      traits: { ...NO_TRAITS, defines: new Set(terms.flat()) },
    });
    const defining = {
      names,
      terms,
      a: [judged("a", "sure", 10), { ...map, rank: 3 }],
      b: [judged("b", "sure", 10), { ...map, rank: 3 }],
      heads: headedBySides,
    };
    const mapped = shape([map], { sides: defining });
    expect(mapped.kind === "found" && ids(mapped.hits)).toEqual(["map", "a", "b"]);
  });

  it("answers with each side's sub-section of a section headed by both, when what is headed by both comes after", () => {
    // «Requests и limits» › «requests — сколько гарантировано», › «limits — потолок», then the section's QoS classes.
    const at = (id: string, headingPath: string[], order: number) =>
      judged(id, "sure", 10, {
        passage: passage(
          `Текст раздела ${id}, довольно длинный, чтобы не быть вступлением к сторонам сравнения.`,
          {
            id,
            topicId: "t",
            headingPath,
            order,
          },
        ),
      });
    const a = at("a", ["Requests и limits", "requests"], 4);
    const b = at("b", ["Requests и limits", "limits"], 5);
    const sides = (both: Judged) => ({
      names,
      terms,
      a: [a, { ...both, rank: 8 }],
      b: [b, { ...both, rank: 8 }],
      heads: (x: Passage, side: 0 | 1) => x.id === (side === 0 ? "a" : "b"),
      headedByBoth: (x: Passage) => x.id === both.passage.id,
    });
    const after = at("qos", ["Requests и limits"], 8);
    const answer = shape([after], { sides: sides(after) });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["a", "b"]);
    // The section's own text before its sub-sections introduces both: it answers first.
    const before = at("intro", ["Requests и limits"], 2);
    const introduced = shape([before], { sides: sides(before) });
    expect(introduced.kind === "found" && ids(introduced.hits)[0]).toBe("intro");
  });

  it("shows each side's own passage after one about both that is a short sentence: it only introduces them", () => {
    const intro = judged("intro", "sure", 5, {
      passage: passage("RDB и AOF — это два механизма сохранения данных.", {
        id: "intro",
        headingPath: ["intro"],
      }),
    });
    const answer = shape([intro], {
      sides: {
        names,
        terms,
        a: [judged("a", "sure", 10), { ...intro, rank: 6 }],
        b: [judged("b", "sure", 10), { ...intro, rank: 5 }],
        headedByBoth: (p) => p.id === "intro",
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["intro", "a", "b"]);
  });

  it("shows each side's own passage after a short one about both that is also the best of each side", () => {
    // «version и appVersion - я их путала!!» over «version - …» and «appVersion - …»: it ranks first on each side.
    const intro = judged("intro", "sure", 12, {
      passage: passage("version и appVersion - я их путала!!", {
        id: "intro",
        headingPath: ["version и appVersion"],
      }),
    });
    const answer = shape([intro], {
      sides: {
        names,
        terms,
        a: [{ ...intro, rank: 12 }, judged("a", "sure", 10)],
        b: [{ ...intro, rank: 12 }, judged("b", "sure", 10)],
        headedByBoth: (p) => p.id === "intro",
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["intro", "a", "b"]);
  });

  it("answers side by side when the passage naming both is weak on one side", () => {
    const answer = shape([judged("both", "sure", 5)], {
      sides: {
        names,
        terms,
        a: [judged("a", "sure", 10), judged("both", "sure", 6)],
        b: [judged("b", "sure", 10), judged("both", "sure", 4)],
      },
    });
    expect(answer.kind).toBe("found");
    if (answer.kind !== "found") return;
    expect(ids(answer.hits)).toEqual(["a", "b"]);
    expect(answer.hits.map((h) => sideOf.get(h))).toEqual([0, 1]);
    expect(ids(answer.more)).toEqual(["both"]);
  });

  it("answers side by side when each side is defined in its own passage and the one naming both defines neither", () => {
    const own = (id: string, term: string) =>
      judged(id, "sure", 10, { traits: { ...NO_TRAITS, defines: new Set([term]) } });
    const answer = shape([judged("both", "sure", 12)], {
      sides: {
        names,
        terms,
        a: [own("a", "clusterip"), judged("both", "sure", 9)],
        b: [own("b", "nodeport"), judged("both", "sure", 9)],
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["a", "b"]);
  });

  it("prefers the passage that defines both sides («ClusterIP - …, NodePort - …») to one that only scores well", () => {
    const defining = judged("tldr", "sure", 3, {
      traits: { ...NO_TRAITS, defines: new Set(["clusterip", "nodeport"]) },
    });
    const answer = shape([judged("both", "sure", 5), defining], {
      sides: {
        names,
        terms,
        a: [judged("a", "sure", 10), judged("both", "sure", 9), { ...defining, relevance: 2 }],
        b: [judged("b", "sure", 10), judged("both", "sure", 9), { ...defining, relevance: 2 }],
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["tldr"]);
  });

  it("takes a passage that defines both sides in bold («**Небуферизованный** (unbuffered): …») for one that defines both", () => {
    const bold = judged("bold", "sure", 3, {
      traits: { ...NO_TRAITS, boldDefines: new Set(["clusterip", "nodeport"]) },
    });
    const answer = shape([judged("both", "sure", 5), bold], {
      sides: {
        names,
        terms,
        a: [judged("a", "sure", 10), judged("both", "sure", 9), { ...bold, relevance: 2 }],
        b: [judged("b", "sure", 10), judged("both", "sure", 9), { ...bold, relevance: 2 }],
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)[0]).toBe("bold");
  });

  it("takes a table with a column for each side («| | useState | useReducer |») over each side's own best passage", () => {
    const table = judged("table", "sure", 3, {
      traits: { ...NO_TRAITS, columns: new Set(["clusterip", "nodeport"]) },
    });
    const ownA = judged("a", "sure", 10, { traits: { ...NO_TRAITS, defines: new Set(["clusterip"]) } });
    const ownB = judged("b", "sure", 10, { traits: { ...NO_TRAITS, defines: new Set(["nodeport"]) } });
    const answer = shape([ownA, ownB, table], {
      sides: { names, terms, a: [ownA, { ...table, relevance: 2 }], b: [ownB, { ...table, relevance: 2 }] },
    });
    expect(answer.kind === "found" && ids(answer.hits)[0]).toBe("table");
    // A table with a column for one side only does not set the two side by side.
    const half = { ...table, traits: { ...NO_TRAITS, columns: new Set(["clusterip"]) } };
    const other = shape([ownA, ownB, half], {
      sides: { names, terms, a: [ownA, { ...half, relevance: 2 }], b: [ownB, { ...half, relevance: 2 }] },
    });
    expect(other.kind === "found" && ids(other.hits)[0]).not.toBe("table");
  });

  it("prefers the section headed by both sides («CMD vs ENTRYPOINT») to a list that defines both", () => {
    const defining = judged("list", "sure", 9, {
      traits: { ...NO_TRAITS, list: true, defines: new Set(terms.flat()) },
    });
    const versus = judged("versus", "sure", 3);
    const sides = {
      names,
      terms,
      a: [defining, judged("versus", "sure", 3)],
      b: [defining, judged("versus", "sure", 3)],
    };
    const headed = shape([defining, versus], { sides: { ...sides, headedByBoth: (p) => p.id === "versus" } });
    expect(headed.kind === "found" && ids(headed.hits)).toEqual(["versus"]);
    // Only a sure passage on both sides counts.
    const weak = { ...sides, b: [defining, judged("versus", "possible", 3)] };
    const unsure = shape([defining, versus], { sides: { ...weak, headedByBoth: (p) => p.id === "versus" } });
    expect(unsure.kind === "found" && ids(unsure.hits)).toEqual(["list"]);
    // Of two sections headed by both, the one whose heading sets them side by side: «CMD vs ENTRYPOINT» before «А
    // если есть и CMD, и ENTRYPOINT?».
    const both = judged("both", "sure", 9);
    const two = { names, terms, a: [both, versus], b: [both, versus] };
    const headedTwice = { ...two, headedByBoth: () => true };
    const first = shape([both, versus], { sides: headedTwice });
    expect(first.kind === "found" && ids(first.hits)).toEqual(["both"]);
    const comparing = shape([both, versus], {
      sides: { ...headedTwice, compares: (p) => p.id === "versus" },
    });
    expect(comparing.kind === "found" && ids(comparing.hits)).toEqual(["versus"]);
  });

  it("answers by the part of a section headed by both that the whole question ranks first, not by one side's first", () => {
    // «SNAT vs MASQUERADE» read as three passages: its commands, an example, then what each is for.
    const inSection = (id: string, order: number) =>
      passage(`passage ${id}`, { id, topicId: "nat", headingPath: ["SNAT vs MASQUERADE"], order });
    const commands = judged("commands", "sure", 9, { passage: inSection("commands", 0) });
    const purposes = judged("purposes", "sure", 6, { passage: inSection("purposes", 2) });
    const sides = {
      names,
      terms,
      a: [commands, purposes],
      b: [commands, purposes],
      headedByBoth: () => true,
    };
    const asked = shape([purposes, commands], { sides });
    expect(asked.kind === "found" && ids(asked.hits)).toEqual(["purposes"]);
    // Passages of other sections are no part of it: side a's first stays.
    const apart = judged("apart", "sure", 6);
    const other = shape([apart, commands], {
      sides: { ...sides, a: [commands, apart], b: [commands, apart] },
    });
    expect(other.kind === "found" && ids(other.hits)).toEqual(["commands"]);
  });

  it("answers with a section whose own heading sets the sides side by side by their words, though unsure of one", () => {
    // «loader vs plugin в вебпаке»: «Loaders vs plugins» never says «webpack», so it is only possible on that side.
    const versus = judged("versus", "sure", 3);
    const other = judged("other", "sure", 9);
    const sides = {
      names,
      terms,
      a: [other, judged("versus", "sure", 3)],
      b: [other, judged("versus", "possible", 3)],
      compares: (p: Passage) => p.id === "versus",
    };
    const answer = shape([other, versus], { sides: { ...sides, heads: (p) => p.id === "versus" } });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["versus"]);
    // A heading that names one side only is no such section.
    const one = shape([other, versus], {
      sides: { ...sides, heads: (p, side) => p.id === "versus" && side === 0 },
    });
    expect(one.kind === "found" && ids(one.hits)[0]).not.toBe("versus");
  });

  it("prefers a section headed as the difference («Разница») that names both sides to a list that defines both", () => {
    const defining = judged("list", "sure", 9, {
      traits: { ...NO_TRAITS, list: true, defines: new Set(terms.flat()) },
    });
    const difference = judged("diff", "sure", 3, {
      passage: passage("Разница: ClusterIP внутри кластера, а NodePort снаружи.", {
        id: "diff",
        headingPath: ["Сервисы", "Разница"],
      }),
    });
    const sides = (b: Judged[]) => ({ names, terms, a: [defining, { ...difference }], b });
    const answer = shape([defining, difference], { sides: sides([defining, { ...difference }]) });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["diff"]);
    // A heading that asks the difference says it too: «Чем они отличаются?», «В чём разница».
    for (const heading of ["Чем они отличаются?", "В чём разница", "Чем ClusterIP отличается от NodePort"]) {
      const asked = { ...difference, passage: { ...difference.passage, headingPath: ["Сервисы", heading] } };
      const sidesAsked = { names, terms, a: [defining, asked], b: [defining, { ...asked }] };
      const found = shape([defining, asked], { sides: sidesAsked });
      expect(found.kind === "found" && ids(found.hits), heading).toEqual(["diff"]);
    }
    // Only when it is sure on both sides.
    const weak = shape([defining, difference], {
      sides: sides([defining, { ...difference, verdict: "possible" }]),
    });
    expect(weak.kind === "found" && ids(weak.hits)).toEqual(["list"]);
  });

  it("takes a passage on one side that sets it against the other as saying the difference: «Vs TCP:», «в отличие от»", () => {
    const says = (text: string) => namesDifference(text, ["tcp"], ["udp"], words);
    expect(says("UDP — протокол без соединения.\nVs TCP: у UDP нет рукопожатия и подтверждений.")).toBe(true);
    expect(says("UDP, в отличие от TCP, не гарантирует доставку.")).toBe(true);
    expect(says("Unlike TCP, UDP keeps no connection.")).toBe(true);
    expect(says("UDP — датаграммы без соединения. Не путать с TCP, где есть рукопожатие.")).toBe(true);
    // Set against something else, or naming a side only far after the words: no difference of these two.
    expect(says("UDP в отличие от QUIC не шифрует. Про TCP — в другой заметке.")).toBe(false);
    expect(says("UDP в отличие от протокола прикладного уровня, такого как TCP")).toBe(false);
    // A warning over a line on each: «!! не путать:».
    expect(
      says("Транспорт\n!! не путать:\nTCP — с соединением и подтверждениями\nUDP — датаграммы без них"),
    ).toBe(true);
    expect(says("!! не путать:\nTCP и QUIC — оба с соединением")).toBe(false);
  });

  it("takes a passage under no heading whose first sentence names the difference between both sides", () => {
    const defining = judged("list", "sure", 9, {
      traits: { ...NO_TRAITS, list: true, defines: new Set(terms.flat()) },
    });
    const text =
      "Таким образом, основное отличие между ClusterIP и NodePort в том, что первый виден только внутри кластера, а второй открывает порт на каждом узле.";
    const summary = judged("sum", "sure", 3, { passage: passage(text, { id: "sum", headingPath: [] }) });
    const promise = judged("promise", "sure", 4, {
      passage: passage("Конечно, я могу объяснить разницу между ClusterIP и NodePort.", { id: "promise" }),
    });
    const says = (p: Passage) => namesDifference(p.text, ["clusterip"], ["nodeport"], words);
    const both = [defining, promise, summary];
    const answer = shape(both, { sides: { names, terms, a: both, b: both, saysDifference: says } });
    // One short sentence that only promises it is passed over.
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["sum"]);
    const without = shape(both, { sides: { names, terms, a: both, b: both } });
    expect(without.kind === "found" && ids(without.hits)).toEqual(["list"]);
    // Saying the difference, it needs to be sure of one side only, the other side named in it at least.
    const possibleOnB = [defining, promise, { ...summary, verdict: "possible" as const }];
    const oneSure = shape(both, { sides: { names, terms, a: both, b: possibleOnB, saysDifference: says } });
    expect(oneSure.kind === "found" && ids(oneSure.hits)).toEqual(["sum"]);
    const noneOnB = [defining, promise, { ...summary, verdict: "none" as const }];
    const unnamed = shape(both, { sides: { names, terms, a: both, b: noneOnB, saysDifference: says } });
    expect(unnamed.kind === "found" && ids(unnamed.hits)).toEqual(["list"]);
  });

  it("does not take a passage for both when it matches a side only partly (a compound, a heading above)", () => {
    const answer = shape([judged("both", "sure", 5)], {
      sides: {
        names,
        terms,
        a: [judged("both", "sure", 10)],
        b: [judged("b", "sure", 10), judged("both", "sure", 9, { coverage: 0.5 })],
      },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["both", "b"]);
  });

  it("never shows the same passage for both sides", () => {
    const answer = shape([judged("x", "possible", 5, { coverage: 0.4 })], {
      sides: { names, terms, a: [judged("x", "sure", 10)], b: [judged("x", "sure", 10, { coverage: 0.5 })] },
    });
    expect(answer.kind).toBe("uncertain");
  });

  it("shapes as any question when a side has no sure passage", () => {
    const answer = shape([judged("a", "sure", 5)], {
      sides: { names, terms, a: [judged("a", "sure", 10)], b: [judged("b", "possible", 10)] },
    });
    expect(answer.kind === "found" && ids(answer.hits)).toEqual(["a"]);
    expect(answer).not.toHaveProperty("compared");
    // …but not by a passage that has one side's word and not the other's («запросы» for «requests vs limits»):
    // that one is offered, not given.
    const oneSided = shape([judged("a", "sure", 5, { subjects: 1 })], {
      sides: { names, terms, a: [judged("a", "sure", 10)], b: [] },
    });
    expect(oneSided.kind === "uncertain" && ids(oneSided.candidates)).toEqual(["a"]);
  });

  it("offers the side the notes have when nothing answers the comparison («чем hpa отличается от vpa»)", () => {
    const answer = shape([judged("hpa", "none", 5)], {
      sides: { names, terms, a: [judged("hpa", "possible", 10), judged("other", "none", 1)], b: [] },
    });
    expect(answer.kind === "uncertain" && ids(answer.candidates)).toEqual(["hpa"]);
    const neither = shape([judged("x", "none", 5)], {
      sides: { names, terms, a: [judged("x", "none", 10)], b: [] },
    });
    expect(neither.kind).toBe("nothing");
  });
});

describe("shapeAnswer: properties", () => {
  const verdict = fc.constantFrom<Verdict>("sure", "possible", "none");
  const list = fc
    .array(
      fc.record({
        verdict,
        rank: fc.double({ min: 0, max: 100, noNaN: true }),
        section: fc.nat({ max: 4 }),
        coverage: fc.constantFrom(0.5, 0.7, 0.8, 1),
      }),
      { maxLength: 12 },
    )
    .map((items) =>
      items
        .sort((x, y) => y.rank - x.rank)
        .map((x, i) =>
          judged(`p${i}`, x.verdict, x.rank, {
            coverage: x.coverage,
            passage: passage(`p${i}`, { id: `p${i}`, headingPath: [`s${x.section}`], order: i }),
          }),
        ),
    );

  it("offers at most three candidates from distinct sections, and found only when the best answering one is sure or clear", () => {
    fc.assert(
      fc.property(list, fc.nat({ max: 6 }), (judgedList, moreCount) => {
        const answer = shape(judgedList, { moreCount });
        const answering = judgedList.filter((j) => j.verdict !== "none");
        const top = answering[0];
        if (answer.kind === "found") {
          // Sure, or possible and clearly apart (covering half the question, ranked 5× above the next — or 3× and
          // covering three quarters — and no sure one below).
          if (top?.verdict !== "sure") {
            expect(top?.verdict).toBe("possible");
            expect(top?.rank ?? 0).toBeGreaterThanOrEqual(3 * (answering[1]?.rank ?? 0));
            if ((top?.rank ?? 0) < 5 * (answering[1]?.rank ?? 0))
              expect(top?.coverage).toBeGreaterThanOrEqual(0.75);
            expect(answering.filter((j) => j.verdict === "sure")).toEqual([]);
          }
          // The best passage, with the part of its section right before or after it among the next two.
          const path = top?.passage.headingPath.join("/");
          const part = answering
            .slice(1, 3)
            .find(
              (c) =>
                c.passage.headingPath.join("/") === path &&
                Math.abs(c.passage.order - (top?.passage.order ?? 0)) === 1,
            );
          // …and after them a sure one of another section ranked too close to tell apart — or one that may answer,
          // ranked half as high, when the best one covers less than nine tenths of the question.
          const next = answering.slice(1).find((c) => c !== part);
          const tied =
            top?.verdict === "sure" &&
            next !== undefined &&
            ((next.verdict === "sure" && next.rank >= (2 / 3) * top.rank) ||
              (top.coverage < 0.9 && next.rank >= 0.5 * top.rank)) &&
            next.passage.headingPath.join("/") !== path;
          const shown = [
            ...[top, ...(part === undefined ? [] : [part])]
              .map((c) => c?.passage as Passage)
              .sort((x, y) => x.order - y.order),
            ...(tied ? [next.passage] : []),
          ];
          expect(answer.hits.map((h) => h.passage)).toEqual(shown);
          expect(answer.more.length).toBeLessThanOrEqual(moreCount);
          for (const p of shown) expect(answer.more.map((h) => h.passage)).not.toContain(p);
        } else if (answer.kind === "uncertain") {
          expect(top?.verdict).toBe("possible");
          expect(answer.candidates.length).toBeGreaterThan(0);
          expect(answer.candidates.length).toBeLessThanOrEqual(3);
          const sections = answer.candidates.map((h: Hit) => (h.passage as Passage).headingPath.join("/"));
          expect(new Set(sections).size).toBe(sections.length);
          expect(answer.candidates[0]?.passage).toBe(top?.passage);
        } else expect(answering).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("namesDifference", () => {
  it("sees a difference word in the first sentence followed closely by a term of each side", () => {
    const says = (text: string) => namesDifference(text, ["replicaset"], ["deployment"], words);
    expect(
      says("Таким образом, основное отличие между replicaset и deployment заключается в том, что…"),
    ).toBe(true);
    expect(says("В чём разница: deployment управляет replicaset.")).toBe(true);
    // One side only, another pair, a later sentence that only mentions a difference, or no difference word: no.
    expect(says("Основное отличие между pod и deployment в том, что…")).toBe(false);
    expect(says("Deployment управляет подами. Есть и отличие между replicaset и deployment, см. ниже.")).toBe(
      false,
    );
    expect(says("Replicaset и deployment управляют подами.")).toBe(false);
  });

  it("sees a later sentence or line that opens with a difference word, the sides further on", () => {
    const says = (text: string) => namesDifference(text, ["livenes"], ["readines"], words);
    const probes = [
      "livenessProbe — жив ли контейнер вообще.",
      "разница коротко: livenes фейлится -> рестарт контейнера; readines фейлится -> без рестарта",
    ];
    expect(says(probes.join("\n"))).toBe(true);
    expect(says(`${probes[0]} Есть отличие: livenes рестартит, а readines нет.`)).toBe(false);
    expect(says(`${probes[0]}\n- Отличие: livenes рестартит, а readines нет.`)).toBe(true);
  });
});

describe("headingIsAbout", () => {
  it("takes a heading for one about two things when it has at most one word besides them", () => {
    // The analyzer drops function words; these stand for them.
    const content = (text: string) => words(text).filter((w) => !["vs", "и", "или", "что"].includes(w));
    const about = (heading: string) => headingIsAbout(heading, ["cmd", "entrypoint"], content);
    expect(about("CMD vs ENTRYPOINT")).toBe(true);
    expect(about("Сравнение: CMD и ENTRYPOINT")).toBe(true);
    expect(about("CMD или ENTRYPOINT: что выбрать")).toBe(true);
    expect(about("Сравнение CMD и ENTRYPOINT: что выбрать")).toBe(false);
    expect(about("Инструкции Dockerfile: RUN, CMD и ENTRYPOINT")).toBe(false);
  });
});

describe("sectionsLedInto", () => {
  // «Сеть» leads into its two subsections with a colon; «Плагины» says all it has to say.
  const at = (order: number, headingPath: string[], text: string) =>
    passage(text, { id: `net#${order}`, topicId: "net", headingPath, order });
  const notes = [
    at(0, ["Сеть"], "Организация сети включает в себя несколько аспектов:"),
    at(1, ["Сеть", "Поды в сети"], "Поды могут иметь свой IP-адрес."),
    at(2, ["Сеть", "Поды в сети"], "Поды на разных нодах общаются через роутинг."),
    at(3, ["Сеть", "Сервисы в сети"], "Сервисы дают стабильное имя."),
    at(4, ["Плагины"], "Плагины создают виртуальную сеть. Вот основные:"),
    at(5, ["Другое"], "Calico, Flannel."),
  ];
  const net = topic("net", 0, {
    sections: [
      { heading: "Сеть", depth: 1, passageIds: ["net#0"] },
      { heading: "Поды в сети", depth: 2, passageIds: ["net#1", "net#2"] },
      { heading: "Сервисы в сети", depth: 2, passageIds: ["net#3"] },
      { heading: "Плагины", depth: 1, passageIds: ["net#4"] },
      { heading: "Другое", depth: 1, passageIds: ["net#5"] },
    ],
  });

  it("lists the sections right under a passage that ends with a lead-in, once each, in reading order", () => {
    expect(sectionsLedInto(notes[0] as Passage, net, notes)).toEqual([
      { heading: "Поды в сети", topicId: "net", section: 1 },
      { heading: "Сервисы в сети", topicId: "net", section: 2 },
    ]);
  });

  it("lists nothing for a passage that ends its thought, or whose lead-in is followed by no section of its own", () => {
    expect(sectionsLedInto(notes[1] as Passage, net, notes)).toEqual([]);
    expect(sectionsLedInto(notes[4] as Passage, net, notes)).toEqual([]);
  });

  it("lists nothing for a passage under no heading: nothing tells what lies under it", () => {
    const loose = [at(0, [], "Вот из чего складывается сеть:"), at(1, ["Поды в сети"], "Поды…")];
    expect(sectionsLedInto(loose[0] as Passage, net, loose)).toEqual([]);
  });

  it("goes into a sure answer of one passage", () => {
    const led = [{ heading: "Поды в сети", topicId: "net", section: 1 }];
    const answer = shape([judged("p1", "sure", 5)], { leadsInto: () => led });
    expect(answer).toMatchObject({ kind: "found", leadsInto: led });
    const none = shape([judged("p1", "sure", 5)], { leadsInto: () => [] });
    expect(none.kind === "found" && "leadsInto" in none).toBe(false);
  });
});

describe("spelledAsNotes", () => {
  // Terms as an analyzer makes them: lower case, a Russian ending cut off.
  const termOf = (word: string) => word.toLowerCase().replace(/(?:а|ы|ов)$/u, "");

  it("names a side of a comparison as the headings shown spell its words, a passage's own heading first", () => {
    const headings = ["Деплоймент (Deployment)", "Под, репликасет и деплоймент", "StatefulSet"];
    expect(spelledAsNotes("деплоймента", headings, termOf)).toBe("Деплоймент");
    expect(spelledAsNotes("statefulset", headings, termOf)).toBe("StatefulSet");
    expect(spelledAsNotes("под с сайдкаром", headings, termOf)).toBe("Под с сайдкаром");
  });

  it("keeps the words the headings do not have as they were asked, «migrate:fresh» one word", () => {
    expect(spelledAsNotes("migrate:fresh", ["Миграции"], termOf)).toBe("migrate:fresh");
    expect(spelledAsNotes("кэш", [], termOf)).toBe("кэш");
  });
});
