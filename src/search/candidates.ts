// Stage 2 of answering: the passages index and the candidates it gathers for a question's terms, each with
// what it matched and where (heading, the passage's own text, code, or only the context around it).
import MiniSearch, { type SearchResult } from "minisearch";
import type { Passage } from "../knowledge/types.ts";
import { finish } from "../steps.ts";
import type { Analyzer } from "./analyzer.ts";
import { bestWindow } from "./proximity.ts";
import {
  ASKS_WHAT,
  BRACKETED,
  COMPARES,
  type PassageReadings,
  passageReader,
  wordTermsOf,
} from "./readings.ts";
import { type PassageTraits, splitCode, traitsOf } from "./traits.ts";
import { type QueryTerm, weightOf } from "./understand.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Field boosts: a match in a heading or a topic name says more than one in the text. */
export interface FieldBoosts {
  lead: number;
  text: number;
  code: number;
  heading: number;
  /** The headings above the passage's own and the topic's names. */
  section: number;
  /** Parts of compound identifiers (`etcd` in `managed-etcd-controller`). */
  parts: number;
}

/** The opening words of a passage: where notes say what a thing is («DaemonSet - развертывание…»). */
const LEAD_TERMS = 12;
/** How much of a subject word found only in the headings above a passage (or its topic's name) counts. */
const SECTION_SUBJECT = 0.75;
/**
 * A word is common when more passages than this many, and than this share of them, have it (see `search` in
 * {@link createPassageIndex}): only large notes have such words.
 */
const COMMON_MIN_PASSAGES = 1000;
const COMMON_SHARE = 0.1;
/** The fields of a passage's own: its heading, its text and its code (not the headings above or the topic). */
const OWN_FIELDS = ["heading", "text", "lead", "code"];

/** A topic whose title (its parenthesis aside) names at most this many things is about them (see `topicAbout`). */
const FEW_TOPIC_NAMES = 2;
/** How many passages are indexed between pauses when the index is built in steps: some 30 ms of work. */
export const PASSAGES_PER_STEP = 100;

/** A passage gathered for a question, with what it matched. */
export interface Candidate {
  passage: Passage;
  traits: PassageTraits;
  /** MiniSearch's BM25 score. */
  relevance: number;
  /** Share of the question's weight the passage matches, its words of the text close together. */
  coverage: number;
  /** Share of the question's subject weight (its non-generic terms) matched in the passage's heading or own prose. */
  own: number;
  /** …matched in its own prose (not the heading, not code). */
  prose: number;
  /** …matched only in its code. */
  code: number;
  /**
   * Share of the question's names (see QueryTerm.name) matched in the heading or own prose, or (weighing less)
   * in the names of a topic about a few things; 1 when it has none.
   */
  names: number;
  /** …matched there or in code. */
  namesWithCode: number;
  /**
   * How many of the question's subject terms (its non-generic ones) the passage has in its heading, text or code,
   * or in the names of a topic about a few things.
   */
  subjects: number;
  /** relevance × coverage², the rank before the judge's preferences. */
  score: number;
}

interface IndexedPassage {
  id: string;
  lead: string;
  text: string;
  code: string;
  heading: string;
  section: string;
  parts: string;
}

/** A heading that asks what a thing is without naming it: «Что это», «Что это такое?», «What is it». */
const WHAT_IS_IT = /^\s*(?:что\s+это(?:\s+такое)?|что\s+такое|what\s+is\s+it)\s*\??\s*$/iu;

/** The passages index: gathers candidates for a question's terms, and reads the passages (see readings.ts). */
export interface PassageIndex extends PassageReadings {
  /** The best `limit` passages for `terms`, best first, with what each matched. */
  gather(terms: readonly QueryTerm[], limit: number, apart?: readonly ReadonlySet<string>[]): Candidate[];
}

/** Indexes the passages; `vocabulary` learns their words and frequencies on the way. */
export function createPassageIndex(...args: Parameters<typeof passageIndexSteps>): PassageIndex {
  return finish(passageIndexSteps(...args));
}

/** {@link createPassageIndex} in steps (see steps.ts): it pauses after every {@link PASSAGES_PER_STEP} passages. */
export function* passageIndexSteps(
  passages: readonly Passage[],
  topicNames: ReadonlyMap<string, string>,
  analyzer: Analyzer,
  vocabulary: Vocabulary,
  boost: FieldBoosts,
  window: number,
  /** How many passages must have a word for it to be common; by default see {@link COMMON_MIN_PASSAGES}. */
  commonFrom = Math.max(COMMON_MIN_PASSAGES, passages.length * COMMON_SHARE),
): Generator<void, PassageIndex> {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const traits = new Map<string, PassageTraits>();
  const reader = passageReader(analyzer);
  // Fields are analysed once here and handed to MiniSearch as space-separated terms. What only surrounds the
  // passage's own words has weaker fields of its own: the headings above it and the topic's names (`section`:
  // what the passage is about), and parts of compound identifiers (`parts`: `etcd` in
  // `managed-etcd-controller`, which says nothing about etcd).
  const index = new MiniSearch<IndexedPassage>({
    fields: ["lead", "text", "code", "heading", "section", "parts"],
    tokenize: (terms) => terms.split(" ").filter(Boolean),
    processTerm: (term) => term,
  });
  const wordTerms = (text: string) => wordTermsOf(analyzer, text);
  const topicTerms = new Map<string, string>();
  for (const [id, names] of topicNames) topicTerms.set(id, analyzer.terms(names).join(" "));
  // The names of a topic whose title names one or two things («PromQL», «Алерты и Alertmanager», «terraform
  // state»), its aliases included: each of its passages is about them. A topic that names more («Под, репликасет
  // и деплоймент») says less of each: there «deployment» does not make the ReplicaSet passage about it.
  const topicAbout = new Map<string, Set<string>>();
  // The terms of the headings above each passage: what it is about, as its topic's title is.
  const parentTerms = new Map<string, Set<string>>();
  const aboutHeading = new Map<string, Set<string> | null>();
  const titles = new Map(passages.map((p) => [p.topicId, p.topicTitle]));
  for (const [id, terms] of topicTerms) {
    const title = (titles.get(id) ?? "").replace(/\([^)]*\)/gu, " ");
    if (new Set(wordTerms(title)).size <= FEW_TOPIC_NAMES) topicAbout.set(id, new Set(terms.split(" ")));
  }
  // A note that is one passage under no heading (a phone's note, «делегирование.txt») is headed by its title…
  const perTopic = new Map<string, number>();
  for (const p of passages) perTopic.set(p.topicId, (perTopic.get(p.topicId) ?? 0) + 1);
  const firstOf = new Map<string, Passage>();
  for (const p of passages) if (!firstOf.has(p.topicId)) firstOf.set(p.topicId, p);
  // …and so is a note's opening when its title asks what a thing is («terraform — что это»): it says so first.
  // So is one under a title that names one or two things («# Замыкания (closures)» over «Closure — блок кода…»), as a
  // section's opening is by its heading; not a title that sets them side by side («count vs for_each»).
  const opensTitled = (p: Passage) =>
    ASKS_WHAT.test(p.topicTitle) || (topicAbout.has(p.topicId) && !COMPARES.test(p.topicTitle));
  // A heading that only asks what it is («## Что это» atop a page «Go / context») asks it of what the heading above,
  // or the note's title, names — a namespaced page's own name first: «context (Go) — Что это».
  const ownHeadingOf = (p: Passage) => {
    const own = p.headingPath.at(-1);
    if (own !== undefined && WHAT_IS_IT.test(own)) {
      const names = (p.headingPath.at(-2) ?? p.topicTitle).split(" / ");
      const name = names.pop() as string;
      return `${name}${names.length > 0 ? ` (${names.join(" / ")})` : ""} — ${own}`;
    }
    return (
      own ??
      (perTopic.get(p.topicId) === 1 || (firstOf.get(p.topicId) === p && opensTitled(p)) ? p.topicTitle : "")
    );
  };
  for (const [i, p] of passages.entries()) {
    const { prose, code: codeText } = splitCode(p.text);
    const text = vocabulary.learn(prose);
    const code = vocabulary.learn(codeText);
    const ownHeading = ownHeadingOf(p);
    const heading = vocabulary.learn(ownHeading);
    const parents = vocabulary.learn(p.headingPath.slice(0, -1).join(" "));
    // The heading right above, when it names one or two things and does not set them side by side: «что такое
    // aggregation pipeline» over «Основные стадии», not «Чем деплоймент отличается от репликасета» over «Репликасет».
    // Sibling passages share it: each heading is read once.
    const parent = p.headingPath.at(-2);
    if (parent !== undefined) {
      let about = aboutHeading.get(parent);
      if (about === undefined) {
        const named = COMPARES.test(parent) ? new Set() : new Set(wordTerms(parent.replace(BRACKETED, " ")));
        about = named.size > 0 && named.size <= FEW_TOPIC_NAMES ? new Set(analyzer.terms(parent)) : null;
        aboutHeading.set(parent, about);
      }
      if (about !== null) parentTerms.set(p.id, about);
    }
    const all = [text, code, heading, parents];
    vocabulary.count(all.flatMap((f) => [...f.terms, ...f.parts]));
    traits.set(p.id, traitsOf(p, wordTerms));
    reader.read(p, passages[i - 1], {
      ownHeading,
      prose,
      heading: heading.terms,
      text: text.terms,
      parents: parents.terms,
    });
    index.add({
      id: p.id,
      lead: text.terms.slice(0, LEAD_TERMS).join(" "),
      text: text.terms.join(" "),
      code: code.terms.join(" "),
      heading: heading.terms.join(" "),
      section: `${parents.terms.join(" ")} ${topicTerms.get(p.topicId) ?? ""}`,
      parts: all.flatMap((f) => f.parts).join(" "),
    });
    if ((i + 1) % PASSAGES_PER_STEP === 0) yield;
  }

  const sequenceOf = reader.sequenceOf;

  const searchTerms = (
    terms: readonly QueryTerm[],
    byTerm: ReadonlyMap<string, QueryTerm>,
    within?: ReadonlySet<string>,
  ): SearchResult[] =>
    index.search(terms.map((t) => t.term).join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boost: { ...boost },
      boostTerm: (term) => byTerm.get(term)?.form ?? 1,
      ...(within === undefined ? {} : { boostDocument: (id) => (within.has(id) ? 1 : 0) }),
    });
  /**
   * MiniSearch's results for `terms`, best first. MiniSearch makes a result object for every passage that has
   * any of the words: on large notes a word most passages have («под», «нода» in 10 MB of notes on Kubernetes)
   * makes thousands, a few MB of garbage per question, though it cannot lift a passage into the top few by
   * itself. So, as Lucene's common terms query does, such a word is scored only in the passages that have one
   * of the question's rarer words (when every word is common, the rarest of them).
   */
  const searchRareFirst = (
    terms: readonly QueryTerm[],
    byTerm: ReadonlyMap<string, QueryTerm>,
  ): SearchResult[] => {
    const frequency = (t: QueryTerm) => vocabulary.frequency(t.term);
    const common = terms.filter((t) => frequency(t) > commonFrom);
    if (common.length === 0 || terms.length === 1) return searchTerms(terms, byTerm);
    const rare = terms.filter((t) => frequency(t) <= commonFrom);
    // A word no passage's text has (a typo, or one only a topic's name has) cannot select the passages alone.
    if (!rare.some((t) => frequency(t) > 0)) {
      const rarest = common.reduce((a, b) => (frequency(b) < frequency(a) ? b : a));
      rare.push(rarest);
      common.splice(common.indexOf(rarest), 1);
    }
    const results = searchTerms(rare, byTerm);
    const found = new Map(results.map((r) => [r.id as string, r]));
    // MiniSearch scores a passage by the sum of its words' scores times how many of the words it has.
    for (const r of searchTerms(common, byTerm, new Set(found.keys()))) {
      const into = found.get(r.id) as SearchResult;
      const sum = into.score / into.queryTerms.length + r.score / r.queryTerms.length;
      into.queryTerms.push(...r.queryTerms);
      into.terms.push(...r.terms);
      Object.assign(into.match, r.match);
      into.score = sum * into.queryTerms.length;
    }
    return results.sort((a, b) => b.score - a.score);
  };
  /**
   * The results for `terms`, best first (see {@link searchRareFirst}). Where a definition places its subject
   * («кубер» of «что такое taint в кубере») adds its score to a passage that says it in passing, but does not
   * multiply it as one more word matched would: a passage on built-in taints that mentions «кубер» is no better a
   * definition of taint for it. A passage placed there by the headings above it, its note's title or tags
   * («prefetch в rabbitmq» of a note tagged #rabbitmq) is, as by any word matched.
   */
  const search = (terms: readonly QueryTerm[], byTerm: ReadonlyMap<string, QueryTerm>): SearchResult[] => {
    const settings = terms.filter((t) => t.setting === true);
    if (settings.length > 0 && settings.length < terms.length) {
      const results = searchRareFirst(
        terms.filter((t) => t.setting !== true),
        byTerm,
      );
      const found = new Map(results.map((r) => [r.id as string, r]));
      for (const r of searchTerms(settings, byTerm, new Set(found.keys()))) {
        const into = found.get(r.id) as SearchResult;
        const placed = r.queryTerms.some((t) => (r.match[t] ?? []).includes("section"));
        const sum = into.score / into.queryTerms.length + r.score / r.queryTerms.length;
        into.score = placed
          ? sum * (into.queryTerms.length + r.queryTerms.length)
          : into.score + r.score / r.queryTerms.length;
        into.queryTerms.push(...r.queryTerms);
        into.terms.push(...r.terms);
        Object.assign(into.match, r.match);
      }
      return results.sort((a, b) => b.score - a.score);
    }
    return searchRareFirst(terms, byTerm);
  };

  const gather = (
    terms: readonly QueryTerm[],
    limit: number,
    apart: readonly ReadonlySet<string>[] = [],
  ): Candidate[] => {
    if (terms.length === 0) return [];
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    const total = weightOf(terms);
    const subjectTotal = weightOf(terms, (t) => !t.generic);
    const namesTotal = weightOf(terms, (t) => t.name);
    const results = search(terms, byTerm);
    // Words matched in the heading speak for the whole passage; words of the text count together only
    // within one window, so «логи пода» is not answered by a passage with «пода» and «логов» far apart.
    // Proximity can only lower a score, so passages are scored exactly in order of their best possible
    // score, stopping once no remaining one can enter the top `limit`.
    const scored = results.slice(0, Math.max(limit * 4, 40)).map((r) => {
      let always = 0;
      let textWeight = 0;
      let own = 0;
      let prose = 0;
      let code = 0;
      let names = 0;
      let namesInCode = 0;
      let subjects = 0;
      const inText = new Map<string, number>();
      // A sub-section whose own heading says part of the question («Противопоказания» under «Ингибиторы АПФ») is
      // addressed by its headings together: the words of the ones above count in full, as for a heading of its own.
      const headingSays = r.queryTerms.some((t) => (r.match[t] ?? []).includes("heading"));
      for (const t of r.queryTerms) {
        const fields = r.match[t] ?? [];
        const term = byTerm.get(t);
        const w = term?.weight ?? 0;
        const subject = term !== undefined && !term.generic ? w : 0;
        const name = term?.name ? w : 0;
        if (subject > 0 && OWN_FIELDS.some((f) => fields.includes(f))) subjects++;
        if (fields.includes("heading")) {
          always += w;
          own += subject;
          names += name;
        } else if (fields.includes("text") || fields.includes("lead")) {
          inText.set(t, w);
          textWeight += w;
          own += subject;
          prose += subject;
          names += name;
        } else if (fields.includes("code")) {
          // A command or a YAML block is one unit: a word in it counts wherever it stands.
          always += w;
          code += subject;
          namesInCode += name;
        } else {
          // …as does the section or the notes' title that names where a definition places its subject: «хелме» of
          // «что такое чарт в хелме», in the slides of a lecture on Helm.
          always += w * ((headingSays || term?.setting === true) && fields.includes("section") ? 1 : 0.5);
          // The section a passage stands in says what it is about: its subject, though not in its own words.
          if (fields.includes("section")) {
            own += subject * SECTION_SUBJECT;
            // «промкуэль как посчитать рпс» is answered by a passage of the notes on PromQL, «какие стадии есть в
            // агрегации» by «Основные стадии» under «что такое aggregation pipeline».
            const about = topicAbout.get(byId.get(r.id)?.topicId ?? "")?.has(t) ?? false;
            if (about || (parentTerms.get(r.id)?.has(t) ?? false)) names += name * SECTION_SUBJECT;
            // …and what the question asks about, as in «Что такое Бета?» of notes titled «Бета».
            if (subject > 0 && about) subjects++;
          }
        }
        if (fields.includes("heading") && (fields.includes("text") || fields.includes("lead")))
          prose += subject;
      }
      // What a definition places its subject in («kubernetes» of «what is a deployment in kubernetes») is no
      // word the passage that defines it must say: notes on Kubernetes rarely repeat it.
      const unsaidTerm = (t: QueryTerm) => t.setting === true && !r.queryTerms.includes(t.term);
      const asked = total - weightOf(terms, unsaidTerm);
      const askedOf = subjectTotal - weightOf(terms, (t) => unsaidTerm(t) && !t.generic);
      const namesAsked = namesTotal - weightOf(terms, (t) => unsaidTerm(t) && t.name === true);
      const best = asked > 0 ? (always + textWeight) / asked : 0;
      return {
        r,
        asked,
        askedOf,
        namesAsked,
        always,
        inText,
        own,
        prose,
        code,
        names,
        namesInCode,
        subjects,
        bound: r.score * best * best,
      };
    });
    scored.sort((x, y) => y.bound - x.bound);
    const ranked: Candidate[] = [];
    let floor = Number.NEGATIVE_INFINITY;
    for (const one of scored) {
      if (ranked.length >= limit && one.bound < floor) break;
      const { r, asked, inText } = one;
      const share = (w: number) => (one.askedOf > 0 ? Math.min(1, w / one.askedOf) : 0);
      const nameShare = (w: number) => (one.namesAsked > 0 ? Math.min(1, w / one.namesAsked) : 1);
      const passage = byId.get(r.id) as Passage;
      // Links to other notes are searched (their words count in the notes' vocabulary), never an answer.
      if (passage.navigation) continue;
      const near = nearWeight(sequenceOf(passage), inText, window, apart);
      const coverage = asked > 0 ? Math.min(1, (one.always + near) / asked) : 0;
      ranked.push({
        passage,
        traits: traits.get(passage.id) as PassageTraits,
        relevance: r.score,
        coverage,
        own: share(one.own),
        prose: share(one.prose),
        code: share(one.code),
        names: nameShare(one.names),
        namesWithCode: nameShare(one.names + one.namesInCode),
        subjects: one.subjects,
        score: r.score * coverage * coverage,
      });
      if (ranked.length >= limit) {
        ranked.sort(byScore);
        floor = (ranked[limit - 1] as Candidate).score;
      }
    }
    return ranked.sort(byScore).slice(0, limit);
  };

  return { gather, ...reader.readings };
}

/**
 * The weight of the question's words a passage says close together (in one window of `window` words); each group of
 * `apart` (the two sides of a comparison) counts on its own: a passage that tells of one side and then the other
 * says both, however far apart.
 */
function nearWeight(
  sequence: readonly string[],
  inText: ReadonlyMap<string, number>,
  window: number,
  apart: readonly ReadonlySet<string>[],
): number {
  const near = (group: ReadonlyMap<string, number>) =>
    group.size > 1 ? bestWindow(sequence, group, window) : sum(group);
  // Most questions compare nothing: their words are one group, with no copies made on the way.
  if (apart.length === 0) return near(inText);
  const groups = apart.map((group) => new Map([...inText].filter(([t]) => group.has(t))));
  const rest = new Map([...inText].filter(([t]) => !apart.some((group) => group.has(t))));
  return [...groups, rest].reduce((total, group) => total + near(group), 0);
}

function sum(values: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const v of values.values()) total += v;
  return total;
}

/** Best score first; ties in reading order. */
export function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.passage.order - b.passage.order;
}
