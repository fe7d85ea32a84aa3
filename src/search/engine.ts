// The search engine: answers a question with the passage of the notes that answers it. A question goes
// through four stages, one module each: understand (understand.ts) → gather candidates (candidates.ts) →
// judge them (judge.ts) → shape the answer (shape.ts).
import { correctionsOf } from "../knowledge/corrections.ts";
import type { KnowledgeBase, Passage, Topic } from "../knowledge/types.ts";
import { finish, finishInTurns } from "../steps.ts";
import {
  type Analyzer,
  abbreviationStems,
  abbreviationsIn,
  adjectiveNounStems,
  aspectStems,
  createAnalyzer,
  cyrillicStems,
  enaNounStems,
  fleetingStems,
  gerundNounStems,
  normalize,
  softNounStems,
  stem,
} from "./analyzer.ts";
import { type Candidate, type FieldBoosts, PASSAGES_PER_STEP, passageIndexSteps } from "./candidates.ts";
import { Hearing } from "./cognates.ts";
import { asksUnheard, DEFAULT_JUDGE, type Judged, type JudgeOptions, judge } from "./judge.ts";
import { DEFAULT_LIKELY, type LikelyOptions } from "./likely.ts";
import { NameCounter } from "./names.ts";
import type { Intent } from "./query.ts";
import { headingIsAbout, namesDifference, type ShapeInput, sectionsLedInto, shapeAnswer } from "./shape.ts";
import { makeSnippet } from "./snippet.ts";
import { splitCode } from "./traits.ts";
import type { Answer, Hit, Lifts, Snippet, TopicMatch } from "./types.ts";
import { createUnderstanding, notationsIn, type QueryTerm, type Question } from "./understand.ts";
import { Vocabulary } from "./vocabulary.ts";

/**
 * The share of a question's weight left when an adjective the notes never use counts in full, not halved as
 * adjectives are (see ShapeInput.apartShare).
 */
function apartShareOf(terms: readonly QueryTerm[]): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const more = terms.reduce((sum, t) => sum + (t.unknownKind === true ? t.weight : 0), 0);
  return total === 0 ? 1 : total / (total + more);
}

/** Tuning knobs, calibrated on the evaluation set (`npm run eval`). */
export interface SearchOptions {
  /** Field boosts: a match in a heading or a topic name says more than one in the text. */
  boost: FieldBoosts;
  /** How sure an answer must be to be given, offered as «возможно», or refused. */
  judge: JudgeOptions;
  /** When a possible answer is likely enough right to be given (see likely.ts). */
  likely: LikelyOptions;
  /** How many passages «Ещё» offers. */
  moreCount: number;
  /** Words of a question count together only within this many consecutive words of a passage. */
  window: number;
}

export const DEFAULT_OPTIONS: SearchOptions = {
  boost: { lead: 0.5, text: 1, code: 0.7, heading: 1.5, section: 0.5, parts: 0.5 },
  judge: DEFAULT_JUDGE,
  likely: DEFAULT_LIKELY,
  moreCount: 4,
  window: 8,
};

/** How many candidates are gathered for a question, and for each side of a comparison. */
const GATHERED = 12;
const GATHERED_PER_SIDE = 20;
/** A topic name found inside what the user typed (or the reverse) counts when at least this long. */
const MIN_NAME_INSIDE = 5;
/** How many passages a topic name no topic has may mean are offered (as many as an uncertain answer's). */
const NEAR_TOPIC_PASSAGES = 3;
/** How many recent questions keep what was gathered for them (see `gathered` in `createSearchEngine`). */
const CACHED_QUESTIONS = 1_000;

/** A question as understood, with its candidates: what answering it the next time starts from. */
interface Gathered {
  question: Question;
  weights: Map<string, number>;
  candidates: Candidate[];
  sides?: {
    terms: [QueryTerm[], QueryTerm[]];
    weights: [Map<string, number>, Map<string, number>];
    candidates: [Candidate[], Candidate[]];
  };
}

export interface SearchEngine {
  /**
   * Answers a question: a sure passage with «Ещё», up to three candidates when unsure, or «nothing» with topics
   * to suggest. `lifts` (learned from users' feedback) may raise passages people chose for this question.
   */
  answer(query: string, lifts?: Lifts): Answer;
  /**
   * The topic a user means by `name`: id, title or alias, forgivingly (inflections, slang, typos, layout), or by
   * meaning when a passage surely answers the name; else the passages it may mean.
   */
  findTopic(name: string): TopicMatch;
  passage(id: string): Passage | undefined;
  /** How a query is understood: as corrected, its form, and its terms with their weights (`npm run ask -- --explain`). */
  explain(query: string): {
    meant: string;
    intent: Intent;
    terms: { term: string; weight: number; generic: boolean }[];
    /** The best candidates as judged, best first: why an answer is sure, possible or refused. */
    judged: Judged[];
  };
  readonly topics: Topic[];
  /** The analyzer the index was built with; renderers and quizzes reuse it. */
  readonly analyzer: Analyzer;
}

/** Builds the search engine over a loaded knowledge base. */
export function createSearchEngine(
  kb: KnowledgeBase,
  options: SearchOptions = DEFAULT_OPTIONS,
): SearchEngine {
  return finish(searchEngineSteps(kb, options));
}

/**
 * {@link createSearchEngine} letting the event loop run between its steps (every {@link PASSAGES_PER_STEP}
 * passages read or indexed): a reload of megabytes of notes takes seconds, while the bot goes on answering from
 * the notes it has.
 */
export function buildSearchEngine(
  kb: KnowledgeBase,
  options: SearchOptions = DEFAULT_OPTIONS,
): Promise<SearchEngine> {
  return finishInTurns(searchEngineSteps(kb, options));
}

function* searchEngineSteps(kb: KnowledgeBase, options: SearchOptions): Generator<void, SearchEngine> {
  // English terms in Russian letters: the notes' own prose is heard once, for the analyzer («деплоймент» in the
  // notes is their deployment) and for questions («теинт» where the notes only say taint). The same reading finds
  // the names of two words («Ingress Controller»), phrases as a glossary's are (the glossary's own come first).
  // The programs their code runs are heard for questions only: «кубектл» where the notes write kubectl in commands.
  // A passage at a time: 10 MB of notes are not all held at once.
  const names = new NameCounter();
  const hearing = new Hearing(stem);
  const cut: string[] = [];
  const notations = new Set<string>();
  for (const [i, p] of kb.passages.entries()) {
    if (p.text.includes("\\")) for (const notation of notationsIn(p.text)) notations.add(notation);
    const { prose, code } = splitCode(p.text);
    for (const text of [prose, ...p.headingPath]) {
      names.add(text);
      hearing.read(text);
      cut.push(...abbreviationsIn(text));
    }
    hearing.readCode(code);
    if ((i + 1) % PASSAGES_PER_STEP === 0) yield;
  }
  const heard = hearing.index;
  const seenStems = cyrillicStems(hearing.seen);
  const analyzer = createAnalyzer(
    [...kb.glossary, ...names.phrases()],
    heard.twins(),
    new Map([
      ...softNounStems(hearing.seen),
      ...fleetingStems(seenStems),
      ...gerundNounStems(hearing.seen),
      ...abbreviationStems(cut, hearing.seen),
      ...enaNounStems(hearing.seen),
      ...adjectiveNounStems(seenStems),
      ...aspectStems(seenStems),
    ]),
  );
  const vocabulary = new Vocabulary(analyzer, heard);
  const byId = new Map(kb.passages.map((p) => [p.id, p]));
  const topicById = new Map(kb.topics.map((t) => [t.id, t]));
  const topicPassages = new Map<string, Passage[]>();
  for (const p of kb.passages) {
    const list = topicPassages.get(p.topicId);
    if (list) list.push(p);
    else topicPassages.set(p.topicId, [p]);
  }
  // Where the notes correct themselves («поправка: по умолчанию backoffLimit = 6, а не 3»), the passage corrected
  // is shown with its correction.
  const corrections = correctionsOf(kb.passages, (text) => analyzer.terms(text));
  const topicNames = new Map(kb.topics.map((t) => [t.id, [t.title, ...t.aliases].join(" ")]));
  // What a note is filed under is what its passages are about, as its title is; no name a question can ask by.
  const filed = new Map(kb.topics.map((t) => [t.id, [t.title, ...t.aliases, ...(t.tags ?? [])].join(" ")]));
  const index = yield* passageIndexSteps(
    kb.passages,
    filed,
    analyzer,
    vocabulary,
    options.boost,
    options.window,
  );
  for (const group of kb.glossary) for (const entry of group) vocabulary.learn(entry);
  const named = new Set([...topicNames.values()].flatMap((names) => analyzer.terms(names)));
  const understanding = createUnderstanding(analyzer, vocabulary, named, notations);

  const subjectOf = (terms: readonly QueryTerm[]) => terms.filter((t) => !t.generic).map((t) => t.term);
  const weightsOf = (terms: readonly QueryTerm[]) => new Map(terms.map((t) => [t.term, t.weight]));

  // Snippets by the question's weights (kept with its gathered candidates) and passage: a question asked
  // again shows the same snippets.
  const snippets = new WeakMap<ReadonlyMap<string, number>, Map<string, Snippet>>();
  /** A hit whose snippet is made when first read: most answers show one snippet, not the five they offer. */
  const makeHit = (
    c: Candidate,
    weights: ReadonlyMap<string, number>,
    { code = false, opening = false }: { code?: boolean; opening?: boolean } = {},
  ): Hit => {
    let made = snippets.get(weights);
    if (made === undefined) {
      made = new Map();
      snippets.set(weights, made);
    }
    const known = made;
    return {
      passage: c.passage,
      score: c.score,
      coverage: c.coverage,
      get snippet() {
        let snippet = known.get(c.passage.id);
        if (snippet === undefined) {
          snippet = makeSnippet(c.passage.text, analyzer, weights, { code, opening });
          known.set(c.passage.id, snippet);
        }
        return snippet;
      },
    };
  };

  // People ask the same questions («что такое под»): understanding one and gathering its candidates, most of
  // the time of an answer, is done once per question while it is asked. Both depend only on the notes (one
  // engine per version of the notes) and the question; the judge, which applies the lifts learned from
  // feedback, runs on every answer, so a vote counts at once.
  const recent = new Map<string, Gathered>();
  const gathered = (raw: string): Gathered => {
    const cached = recent.get(raw);
    if (cached !== undefined) {
      recent.delete(raw);
      recent.set(raw, cached);
      return cached;
    }
    const question = understanding.understand(raw);
    const sides = question.sides?.map((s) => understanding.termsOf(s)) as
      | [QueryTerm[], QueryTerm[]]
      | undefined;
    // The two things compared count apart: a passage may tell of one and then of the other.
    const apart = sides ? sides.map((side) => new Set(side.map((t) => t.term))) : [];
    const entry: Gathered = {
      question,
      weights: weightsOf(question.terms),
      candidates: index.gather(question.terms, GATHERED, apart),
    };
    if (sides) {
      const [a, b] = sides;
      entry.sides = {
        terms: [a, b],
        weights: [weightsOf(a), weightsOf(b)],
        candidates: [index.gather(a, GATHERED_PER_SIDE), index.gather(b, GATHERED_PER_SIDE)],
      };
    }
    recent.set(raw, entry);
    if (recent.size > CACHED_QUESTIONS) recent.delete(recent.keys().next().value as string);
    return entry;
  };

  /** Whether two lists of terms name the same things: «head~2» and «head^2» are both head. */
  const sameTerms = (a: readonly string[], b: readonly string[]) =>
    a.length > 0 && a.length === b.length && a.every((t) => b.includes(t));

  /** Topics to suggest with «nothing»: first those of the passages that came closest. */
  const suggest = (closest: Judged[]): Topic[] => {
    const related = new Map<string, number>();
    for (const c of closest)
      related.set(c.passage.topicId, (related.get(c.passage.topicId) ?? 0) + c.relevance);
    const suggestions = [...related.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => topicById.get(id) as Topic);
    for (const t of kb.topics) if (!suggestions.includes(t)) suggestions.push(t);
    return suggestions.slice(0, 6);
  };

  const answer = (raw: string, lifts?: Lifts): Answer => {
    const { question, weights, candidates, sides: gatheredSides } = gathered(raw);
    const terms = question.terms;
    // «head~2 vs head^2», «kill и kill -9»: two sides the notes' words cannot tell apart (what differs is a number or
    // a sign) leave any passage a guess; each is possible, none stands apart.
    const sameSides =
      gatheredSides !== undefined &&
      sameTerms(subjectOf(gatheredSides.terms[0]), subjectOf(gatheredSides.terms[1]));
    const judged = judge(candidates, question.intent, terms, index, options.judge, lifts).map((c) =>
      sameSides && c.verdict !== "none" ? { ...c, verdict: "possible" as const, elsewhere: true } : c,
    );
    let sides: ShapeInput["sides"];
    // A comparison that also names a thing the notes never name («как работают генераторы и yield, чем function*
    // отличается от обычной функции») asks about that thing: each side's own passage is no answer.
    const namesUnknown = terms.some((t) => t.name && t.unknown === true);
    if (question.sides && gatheredSides && !namesUnknown && !sameSides) {
      const [aTerms, bTerms] = gatheredSides.terms;
      const [aSubject, bSubject] = [subjectOf(aTerms), subjectOf(bTerms)];
      const both = [...aSubject, ...bSubject];
      sides = {
        names: question.sides,
        terms: [aSubject, bSubject],
        a: judge(gatheredSides.candidates[0], "other", aTerms, index, options.judge),
        b: judge(gatheredSides.candidates[1], "other", bTerms, index, options.judge),
        // …or the first passage under one: «Главное» under «Artifacts vs cache».
        headedByBoth: (passage) =>
          (index.headsAll(passage, both) &&
            headingIsAbout(passage.headingPath.at(-1) ?? "", both, analyzer.terms)) ||
          (index.opensSectionOf(passage, new Set(both)) &&
            headingIsAbout(passage.headingPath.at(-2) ?? "", both, analyzer.terms)) ||
          // …or sets two things side by side and names each side by a word of it: «defaults vs vars» for
          // «defaults vs vars в роли», where the role is where both are.
          (index.compares(passage) &&
            index.heads(passage, new Set(aSubject)) &&
            index.heads(passage, new Set(bSubject))),
        compares: (passage) => index.compares(passage),
        saysDifference: (passage) => namesDifference(passage.text, aSubject, bSubject, analyzer.terms),
        termOf: (word) => analyzer.termOf(word),
        heads: (passage, side) => index.heads(passage, new Set(side === 0 ? aSubject : bSubject)),
      };
    }
    // «какие бывают сетевые плагины» is answered by the sections of the list, «какие методы маршрутизации есть у
    // flannel» by the Flannel section alone: a list question that names the best passage's own heading asks for
    // the list inside it, not for its siblings.
    const subject = subjectOf(terms);
    const subjectSet = new Set(subject);
    const best = judged.find((c) => c.verdict !== "none");
    const list = question.intent === "list" && !(best !== undefined && index.heads(best.passage, subjectSet));
    // Each word a list question is about, alone: what a list's own heading may name.
    const subjectWords =
      question.intent === "list" ? terms.filter((t) => !t.generic).map((t) => new Set([t.term])) : [];
    const shaped = shapeAnswer({
      query: question.text,
      list,
      listInside: question.intent === "list" && !list,
      headsMoreThan: (passage, other) =>
        subjectWords.some((term) => index.heads(passage, term) && !index.heads(other, term)),
      terms: terms.map((t) => t.term),
      subjectCount: subject.length,
      vagueAction: question.intent === "howto" && terms.some((t) => t.action === true && t.generic),
      inWords: question.intent === "definition" || question.intent === "why" || question.intent === "list",
      apartShare: apartShareOf(terms),
      judged,
      asked: {
        terms: terms.length,
        weight: terms.reduce((sum, t) => sum + t.weight, 0),
        howto: question.intent === "howto",
        unheard: asksUnheard(terms),
      },
      likely: options.likely,
      ...(sides ? { sides } : {}),
      moreCount: options.moreCount,
      hit: (c, side) =>
        makeHit(c, side === undefined ? weights : (gatheredSides?.weights[side] ?? weights), {
          code: question.intent === "howto",
          // «aof это что» is answered by the opening of the section headed «AOF (append only file)».
          // …and a correction by what it says first: «не так! ttl срабатывает и для Failed».
          opening:
            c.correction === true ||
            (side === undefined && question.intent === "definition" && index.heads(c.passage, subjectSet)),
        }),
      suggest,
      correctionOf: (passage) => corrections.get(passage.id),
      leadsInto: (passage) => {
        const topic = topicById.get(passage.topicId);
        return topic ? sectionsLedInto(passage, topic, topicPassages.get(topic.id) ?? []) : [];
      },
    });
    const said: Answer =
      question.corrected || question.retyped
        ? {
            ...shaped,
            ...(question.corrected ? { corrected: question.corrected } : {}),
            ...(question.retyped ? { retyped: true as const } : {}),
          }
        : shaped;
    // «helm», «что такое хельм» with notes that only show commands: the topic so named is what was asked about.
    if (said.kind !== "uncertain") return said;
    const named = topicNamedBy(subject);
    return named === undefined ? said : { ...said, topic: named };
  };

  /** The words of each topic's names (id, title, aliases), read when first needed. */
  let topicNameTerms: [Topic, string[][]][] | undefined;
  /**
   * The topic one of whose names has every word of `subject`: a question that asks about that topic and no more,
   * or the name /topic was given.
   */
  const topicNamedBy = (subject: readonly string[]): Topic | undefined => {
    if (subject.length === 0) return undefined;
    topicNameTerms ??= kb.topics.map((t) => [t, [t.id, t.title, ...t.aliases].map((n) => analyzer.terms(n))]);
    return topicNameTerms.find(([, names]) => names.some((n) => subject.every((s) => n.includes(s))))?.[0];
  };

  const topicNamed = (wanted: string): Topic | undefined => {
    const names = (t: Topic) => [t.id, t.title, ...t.aliases].map((n) => normalize(n));
    const exact = kb.topics.find((t) => names(t).includes(wanted));
    if (exact) return exact;
    const wantedTerms = understanding.termsOf(wanted).map((t) => t.term);
    if (wantedTerms.length === 0) return undefined;
    const byTerms = topicNamedBy(wantedTerms);
    if (byTerms) return byTerms;
    // A name inside another: «автоскейлинг» holds the alias «скейлинг», «ingress» is in «ingress-controller».
    const inside = (a: string, b: string) => a.length >= MIN_NAME_INSIDE && b.includes(a);
    return kb.topics.find((t) => names(t).some((n) => inside(n, wanted) || inside(wanted, n)));
  };

  const findTopic = (name: string): TopicMatch => {
    const wanted = normalize(name).trim();
    if (!wanted) return { kind: "none" };
    const named = topicNamed(wanted);
    if (named) return { kind: "topic", topic: named };
    // By meaning: the topic of the passage the judge is sure answers the name as a question. One that only may
    // is offered, even when it stands apart enough to be the answer to a question: «логи» is answered by the
    // DaemonSet section, which names log agents among its uses, but that is no topic about logs.
    const best = answer(name);
    if (best.kind === "nothing") return { kind: "none" };
    const { question, candidates } = gathered(name);
    const top = judge(candidates, question.intent, question.terms, index, options.judge)[0];
    const topic = top?.verdict === "sure" ? topicById.get(top.passage.topicId) : undefined;
    if (best.kind === "found" && topic) return { kind: "topic", topic };
    const offered = best.kind === "found" ? [...best.hits, ...best.more] : best.candidates;
    return { kind: "near", passages: offered.slice(0, NEAR_TOPIC_PASSAGES).map((h) => h.passage) };
  };

  return {
    answer,
    findTopic,
    passage: (id) => byId.get(id),
    explain(query) {
      const { question, candidates } = gathered(query);
      const { terms, intent } = question;
      return {
        meant: question.text,
        intent,
        terms: terms.map((t) => ({ term: t.term, weight: t.weight, generic: t.generic })),
        judged: judge(candidates, intent, terms, index, options.judge).slice(0, 5),
      };
    },
    topics: kb.topics,
    analyzer,
  };
}
