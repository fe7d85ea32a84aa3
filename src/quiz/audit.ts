// The deck audit: checks that find cards which teach badly — a question that names its answer, two options
// that are one term, a distractor that also fits, a right option given away by its length, one fact asked
// twice, a generated "term" that is no term, a flashcard with no question or no back, a cloze that shows its
// term, a command card whose options say the same or whose answer echoes the question. Pure: the analyzer and the search engine come in as arguments.
import type { KnowledgeBase, Passage } from "../knowledge/types.ts";
import type { Analyzer } from "../search/analyzer.ts";
import { singularOf } from "../search/cognates.ts";
import type { SearchEngine } from "../search/engine.ts";
import { finish } from "../steps.ts";
import { CLOZE_PROMPT, MIN_CLOZE_WORDS } from "./cloze.ts";
import { echoesQuestion, samePurpose } from "./commands.ts";
import { MIN_BACK_WORDS, recalledOpening } from "./flashcards.ts";
import { findDefinitions } from "./generate.ts";
import { overlapsAtLeast, similarPairs } from "./similarity.ts";
import { BLANK_IN_NAME, blank, notATermReason } from "./terms.ts";
import { type Card, type CardKind, kindOf } from "./types.ts";

/** The checks, in the order the audit reports them. */
export const AUDIT_CHECKS = [
  "answer-in-stem",
  "same-term",
  "distractor-fits",
  "longest-answer",
  "same-fact",
  "not-a-term",
  "flashcard",
  "cloze",
  "command",
] as const;

/** One check of the audit. */
export type AuditCheck = (typeof AUDIT_CHECKS)[number];

/** A defect the audit found: which check, which cards, and what to do about it. */
export interface Defect {
  check: AuditCheck;
  cardIds: string[];
  message: string;
}

/**
 * A distractor's passage counts as fitting when the search engine, asked the question, finds it covering at
 * least this share of what the answer's passage covers (or finds it while not finding the answer's passage).
 * Coverage, not score: a generated question is its answer's own words, which its passage's score rewards
 * many times over, while coverage says how much of the question a passage also says.
 */
export const FIT_MARGIN = 0.6;
/** Most share of phrase-option cards whose right option may be the longest (by chance it is one in four). */
export const MAX_LONGEST_SHARE = 0.35;
/** Two cards test one fact when the words of question and answer together overlap this much (Jaccard). */
export const SAME_FACT_OVERLAP = 0.5;
/** Two cards with one answer test one fact when this share of the shorter question's words is in the other. */
export const SAME_ANSWER_STEM_SHARE = 0.6;
/** A card asks another's fact in reverse when its question names the other's answer and holds this share of the other's answer's words as its own answer. */
export const REVERSE_ANSWER_SHARE = 0.6;
/** Words in more than this share of the deck's cards («заметки», «под») say nothing about which fact a card asks. */
const COMMON_WORD_SHARE = 0.1;

/** The distinct analysed terms of a text (stop words left out, glossary synonyms made one term). */
export function termsOf(text: string, analyzer: Analyzer): Set<string> {
  const terms = new Set<string>();
  for (const token of analyzer.tokens(text)) if (token.term !== undefined) terms.add(token.term);
  return terms;
}

/**
 * The names an option goes by: the whole text, the text outside and inside parentheses, and each side of
 * «и»/«and» when both sides are names («Job и CronJob», not «шаблон пода и стратегия отката»).
 */
export function namesOf(option: string): string[] {
  const names = new Set<string>([option.trim()]);
  const outside = option
    .replace(/\([^)]*\)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  names.add(outside);
  for (const match of option.matchAll(/\(([^)]*)\)/gu)) names.add((match[1] ?? "").trim());
  for (const name of [...names]) {
    const sides = name.split(/\s+(?:и|and)\s+/u);
    if (sides.length > 1 && sides.every((side) => /^[\p{Lu}A-Za-z]/u.test(side))) {
      for (const side of sides) names.add(side.trim());
    }
  }
  return [...names].filter((name) => name !== "");
}

const keyOf = (terms: ReadonlySet<string>) => [...terms].sort().join(" ");

/** Check «answer-in-stem»: the question names its answer, by one of its names or a glossary synonym. */
export function answerInStem(card: Card, analyzer: Analyzer): Defect | undefined {
  const answer = card.options[card.correctIndex] ?? "";
  const stem = termsOf(card.question, analyzer);
  for (const name of namesOf(answer)) {
    const terms = termsOf(name, analyzer);
    if (terms.size > 0 && [...terms].every((term) => stem.has(term))) {
      return {
        check: "answer-in-stem",
        cardIds: [card.id],
        message: `the question names its answer «${answer}» (as «${name}» or a synonym); reword the question without it`,
      };
    }
  }
  return undefined;
}

/** A command in backticks: its flags tell it from another (`docker image prune -a` is not `docker image prune`). */
const COMMAND = /^`([^`]+)`$/u;

/**
 * Check «same-term»: two options are one term (equal after the analyzer, or glossary synonyms); two commands are
 * one only when they read the same.
 */
export function sameTermOptions(card: Card, analyzer: Analyzer): Defect | undefined {
  const keys = card.options.map((option) => {
    const command = COMMAND.exec(option.trim())?.[1];
    if (command !== undefined)
      return new Set([`\u0000${command.replace(/\s+/gu, " ").trim().toLowerCase()}`]);
    return new Set(namesOf(option).map((n) => keyOf(termsOf(n, analyzer))));
  });
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const shared = [...(keys[i] ?? [])].find((key) => key !== "" && keys[j]?.has(key));
      if (shared !== undefined) {
        return {
          check: "same-term",
          cardIds: [card.id],
          message: `options «${card.options[i]}» and «${card.options[j]}» are one term; replace one of them`,
        };
      }
    }
  }
  return undefined;
}

/** What the search engine ranks for a question: passage ids with their scores, best first. */
export type Ranking = ReadonlyArray<{ passageId: string; score: number; coverage: number }>;

/** Ranks the passages for a question with the search engine (the passages it shows, offers or suggests). */
export function rankingOf(engine: Pick<SearchEngine, "answer">, question: string): Ranking {
  const answer = engine.answer(question);
  const hits =
    answer.kind === "found"
      ? [...answer.hits, ...answer.more]
      : answer.kind === "uncertain"
        ? answer.candidates
        : [];
  return hits.map((hit) => ({ passageId: hit.passage.id, score: hit.score, coverage: hit.coverage }));
}

/**
 * True when a distractor's passage fits the question about as well as the answer's: found covering at least
 * {@link FIT_MARGIN} of what the answer's passage covers, or found while the answer's passage is not.
 */
export function fitsAsWell(ranking: Ranking, answerPassageId: string, distractorPassageId: string): boolean {
  if (answerPassageId === distractorPassageId) return false;
  const distractor = ranking.find((r) => r.passageId === distractorPassageId);
  if (!distractor) return false;
  const answer = ranking.find((r) => r.passageId === answerPassageId);
  return !answer || distractor.coverage >= answer.coverage * FIT_MARGIN;
}

/** Finds the passage an option stands for, and judges whether a distractor fits a question. */
export interface FitJudge {
  /** The passage that defines `option`: a definition of that term, else a section headed by it (same topic first). */
  passageOf(option: string, topicId: string): Passage | undefined;
  /** {@link fitsAsWell} for `question`, the search engine's ranking computed once per question. */
  fits(question: string, answerPassageId: string, distractorPassageId: string): boolean;
}

/** Builds a {@link FitJudge} over the notes and their search engine. */
export function createFitJudge(
  kb: KnowledgeBase,
  engine: Pick<SearchEngine, "answer" | "analyzer">,
): FitJudge {
  const byName = new Map<string, Passage[]>();
  const add = (name: string, passage: Passage) => {
    const key = keyOf(termsOf(name, engine.analyzer));
    if (key === "") return;
    const list = byName.get(key) ?? [];
    if (!list.includes(passage)) list.push(passage);
    byName.set(key, list);
  };
  for (const definition of findDefinitions(kb.passages)) {
    for (const name of namesOf(definition.term)) add(name, definition.passage);
  }
  for (const passage of kb.passages) {
    const heading = passage.headingPath.at(-1);
    if (heading !== undefined) add(heading, passage);
  }
  const rankings = new Map<string, Ranking>();
  return {
    passageOf(option, topicId) {
      const found = byName.get(keyOf(termsOf(option, engine.analyzer))) ?? [];
      return found.find((p) => p.topicId === topicId) ?? found[0];
    },
    fits(question, answerPassageId, distractorPassageId) {
      let ranking = rankings.get(question);
      if (ranking === undefined) {
        ranking = rankingOf(engine, question);
        rankings.set(question, ranking);
      }
      return fitsAsWell(ranking, answerPassageId, distractorPassageId);
    },
  };
}

/** The text a card's question asks, without the generated cards' fixed first line. */
export function stemOf(card: Card): string {
  return card.origin === "generated" ? card.question.replace(/^[^\n]*\n/u, "") : card.question;
}

/** Check «distractor-fits»: a distractor's own passage answers the question about as well as the answer's. */
export function distractorsThatFit(card: Card, judge: FitJudge): Defect | undefined {
  const answerPassage = card.source.passageId;
  if (answerPassage === undefined) return undefined;
  const fitting = card.options.filter((option, i) => {
    if (i === card.correctIndex) return false;
    const passage = judge.passageOf(option, card.topicId);
    return passage !== undefined && judge.fits(stemOf(card), answerPassage, passage.id);
  });
  if (fitting.length === 0) return undefined;
  return {
    check: "distractor-fits",
    cardIds: [card.id],
    message: `${fitting.map((o) => `«${o}»`).join(", ")} also fits: the notes say of it what the question asks; replace it or ask what only the answer has`,
  };
}

/** Options that are phrases rather than names: at least two words each, and one of three or more. */
export function hasPhraseOptions(card: Card): boolean {
  const words = card.options.map((option) => option.split(/\s+/u).filter(Boolean).length);
  return words.every((n) => n >= 2) && words.some((n) => n >= 3);
}

/** True when the right option is longer than every other one. */
export function answerIsLongest(card: Card): boolean {
  const answer = card.options[card.correctIndex] ?? "";
  return card.options.every((option, i) => i === card.correctIndex || option.length < answer.length);
}

/** Check «longest-answer»: in more than {@link MAX_LONGEST_SHARE} of the phrase-option cards the right option is the longest. */
export function longestAnswers(cards: readonly Card[]): Defect | undefined {
  const phrased = cards.filter(hasPhraseOptions);
  const longest = phrased.filter(answerIsLongest);
  if (phrased.length === 0 || longest.length / phrased.length <= MAX_LONGEST_SHARE) return undefined;
  return {
    check: "longest-answer",
    cardIds: longest.map((card) => card.id),
    message: `the right option is the longest in ${longest.length} of ${phrased.length} phrase-option cards (at most ${Math.floor(phrased.length * MAX_LONGEST_SHARE)}); make distractors as long as the answer, or the answer shorter`,
  };
}

/** The words that say which fact a card asks: its question's and answer's terms, minus the deck's common words. */
function factTerms(card: Card, analyzer: Analyzer, common: ReadonlySet<string>): Set<string> {
  const terms = termsOf(`${stemOf(card)} ${card.options[card.correctIndex] ?? ""}`, analyzer);
  for (const term of common) terms.delete(term);
  return terms;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared;
}

/** The share of the smaller set found in the other: a short question inside a longer one counts whole. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : sharedCount(a, b) / smaller;
}

/** How a card is answered: command cards are choice questions too, and may repeat one. */
function askedAs(card: Card): CardKind {
  return kindOf(card) === "command" ? "choice" : kindOf(card);
}

/** The words flashcard fronts are made of («Что такое …?», «Что исправлено в заметке …?»): no part of their subject. */
const FLASHCARD_TEMPLATE =
  "что такое делает зачем нужны как в чём сказано в разделе выбрать исправлено заметке";

function flashcardTemplateTerms(analyzer: Analyzer): Set<string> {
  return termsOf(FLASHCARD_TEMPLATE, analyzer);
}

/**
 * Finds the pairs of cards that test one fact: with one answer (or a name in common) and questions that say
 * the same (the shorter one's words in the other), with questions and answers that share most of their
 * words, or asked in reverse (each question holds the other's answer). Only cards answered alike are
 * compared (choice and command cards together, but no two command cards); two flashcards test one fact when
 * their fronts ask the same of the same subject in one topic, or their backs share most of their words. `cards`
 * sets which words are common (in more than a tenth of the cards answered alike, and at least three); only pairs with at least one card in
 * `among` (default: all) are returned.
 */
export function sameFactPairs(
  cards: readonly Card[],
  analyzer: Analyzer,
  among: (card: Card) => boolean = () => true,
): Array<[Card, Card]> {
  return finish(sameFactSteps(cards, analyzer, among));
}

/** About how many pairs of cards the same-fact check compares between pauses (see {@link sameFactSteps}). */
const PAIRS_PER_STEP = 20_000;

/**
 * {@link sameFactPairs} in steps: it pauses (yields) after about every {@link PAIRS_PER_STEP} pairs compared (a few
 * tens of milliseconds), so a caller can let other work run between steps (the bot answering while its deck
 * rebuilds).
 */
export function* sameFactSteps(
  cards: readonly Card[],
  analyzer: Analyzer,
  among: (card: Card) => boolean = () => true,
): Generator<void, Array<[Card, Card]>> {
  const check = sameFactCheck(cards, analyzer, among);
  const pairs: Array<[Card, Card]> = [];
  let compared = 0;
  for (const [i, j] of check.candidates()) {
    if (++compared >= PAIRS_PER_STEP) {
      compared = 0;
      yield;
    }
    if (check.same(i, j)) pairs.push([cards[i] as Card, cards[j] as Card]);
  }
  return pairs;
}

/** The same-fact check of {@link sameFactPairs}, on two cards by index, and the pairs it need compare. */
export interface SameFactCheck {
  /** Whether cards i and j (i < j) test one fact. */
  same(i: number, j: number): boolean;
  /** The pairs (i < j, in order) that may test one fact: every pair `same` would take is among them. */
  candidates(): Iterable<[number, number]>;
}

/** The same-fact check over `cards` (see {@link sameFactPairs}). */
export function sameFactCheck(
  cards: readonly Card[],
  analyzer: Analyzer,
  among: (card: Card) => boolean = () => true,
): SameFactCheck {
  // Which words are common is counted among the cards answered alike: flashcards and cloze sentences
  // repeat the words of the notes, and would make every word of a choice question common.
  const commonOf = new Map<CardKind, Set<string>>();
  for (const kind of new Set(cards.map(askedAs))) {
    const alike = cards.filter((card) => askedAs(card) === kind);
    const seen = new Map<string, number>();
    for (const card of alike) {
      for (const term of termsOf(`${stemOf(card)} ${card.options[card.correctIndex] ?? ""}`, analyzer))
        seen.set(term, (seen.get(term) ?? 0) + 1);
    }
    commonOf.set(
      kind,
      new Set([...seen].filter(([, n]) => n >= 3 && n > alike.length * COMMON_WORD_SHARE).map(([t]) => t)),
    );
  }
  const commons = cards.map((card) => commonOf.get(askedAs(card)) ?? new Set<string>());
  const facts = cards.map((card, i) => factTerms(card, analyzer, commons[i] as Set<string>));
  const answers = cards.map(
    (card) => new Set(namesOf(card.options[card.correctIndex] ?? "").map((n) => keyOf(termsOf(n, analyzer)))),
  );
  const stems = cards.map((card, i) => {
    const terms = termsOf(stemOf(card), analyzer);
    for (const term of commons[i] as Set<string>) terms.delete(term);
    return terms;
  });
  const fullStems = cards.map((card) => termsOf(stemOf(card), analyzer));
  const answerTerms = cards.map((card, i) => {
    const terms = termsOf(card.options[card.correctIndex] ?? "", analyzer);
    for (const term of commons[i] as Set<string>) terms.delete(term);
    return terms;
  });
  const answerNames = cards.map((card) =>
    namesOf(card.options[card.correctIndex] ?? "")
      .map((name) => termsOf(name, analyzer))
      .filter((terms) => terms.size > 0),
  );
  // «Для чего нужны PV?» → «для постоянных хранилищ» and «… постоянными хранилищами …» → «PV»: one fact.
  const reverse = (i: number, j: number) =>
    (answerNames[i] ?? []).some((name) => [...name].every((t) => fullStems[j]?.has(t))) &&
    (answerTerms[j]?.size ?? 0) > 0 &&
    sharedCount(answerTerms[j] as Set<string>, fullStems[i] as Set<string>) / (answerTerms[j]?.size ?? 1) >=
      REVERSE_ANSWER_SHARE;
  // A flashcard's fact is its front's subject (template words left out) and its back.
  const subjects = cards.map((card) => {
    if (kindOf(card) !== "flashcard") return new Set<string>();
    const terms = termsOf(card.question, analyzer);
    for (const term of flashcardTemplateTerms(analyzer)) terms.delete(term);
    return terms;
  });
  const backs = cards.map((card) =>
    kindOf(card) === "flashcard" ? termsOf(card.explanation, analyzer) : new Set<string>(),
  );
  // The question a front asks of its subject: «Что такое», «Что делает», «Зачем нужны», …
  const asks = cards.map((card) => card.question.split(/\s+/u).slice(0, 2).join(" ").toLowerCase());
  // One subject in two topics is two views of it («Что такое под?» in the pods topic and in networking), and
  // «Что такое репликасет?» asks another fact than «Что делает репликасет?».
  const subjectKeys = subjects.map(keyOf);
  const sameFlashcard = (i: number, j: number) =>
    (cards[i]?.topicId === cards[j]?.topicId &&
      asks[i] === asks[j] &&
      subjectKeys[i] !== "" &&
      subjectKeys[i] === subjectKeys[j]) ||
    overlapsAtLeast(backs[i] as Set<string>, backs[j] as Set<string>, SAME_FACT_OVERLAP);
  const kinds = cards.map(kindOf);
  const asked = cards.map(askedAs);
  const wanted = cards.map(among);
  const sameFact = (i: number, j: number): boolean => {
    if (!wanted[i] && !wanted[j]) return false;
    // Recognising a fact among options, recalling it and typing its term are different exercises of one
    // fact; a command card and its reverse are one pair by design (commands are never repeated).
    if (asked[i] !== asked[j] || (kinds[i] === "command" && kinds[j] === "command")) return false;
    if (kinds[i] === "flashcard") return sameFlashcard(i, j);
    const sameAnswer = [...(answers[i] ?? [])].some((key) => key !== "" && answers[j]?.has(key));
    const fact = overlapsAtLeast(facts[i] as Set<string>, facts[j] as Set<string>, SAME_FACT_OVERLAP);
    const stem = containment(stems[i] as Set<string>, stems[j] as Set<string>);
    return fact || (sameAnswer && stem >= SAME_ANSWER_STEM_SHARE) || reverse(i, j) || reverse(j, i);
  };
  // Only pairs that may pass are compared: facts (or backs) that overlap enough, found without comparing every
  // pair; an answer in common; a name of one answer in the other question; one flashcard subject. Comparing
  // every pair took seconds for the thousands of cards of megabytes of notes.
  const isFlashcard = (i: number) => kinds[i] === "flashcard";
  const candidates = new Candidates(cards.length);
  candidates.addSimilar(facts, SAME_FACT_OVERLAP, (i) => !isFlashcard(i));
  candidates.addSimilar(backs, SAME_FACT_OVERLAP, isFlashcard);
  candidates.addSharing(answers.map((keys, i) => (isFlashcard(i) ? [] : [...keys].filter((k) => k !== ""))));
  candidates.addSharing(
    subjectKeys.map((key, i) =>
      isFlashcard(i) && key !== "" ? [`${cards[i]?.topicId}\u0000${asks[i]}\u0000${key}`] : [],
    ),
  );
  candidates.addContained(answerNames, fullStems);
  return { same: sameFact, candidates: () => candidates.pairs() };
}

/**
 * Pairs of cards (by index) worth comparing, gathered from indexes of their words: every pair that could pass
 * the checks of {@link sameFactSteps} is among them. Pairs come out in order: by first card, then second.
 */
class Candidates {
  private readonly partners: Array<Set<number> | undefined>;

  constructor(private readonly size: number) {
    this.partners = new Array(size);
  }

  private add(a: number, b: number): void {
    if (a === b) return;
    const [i, j] = a < b ? [a, b] : [b, a];
    let set = this.partners[i];
    if (set === undefined) {
      set = new Set();
      this.partners[i] = set;
    }
    set.add(j);
  }

  private addGroups(groups: Iterable<readonly number[]>): void {
    for (const group of groups)
      for (let x = 0; x < group.length; x++)
        for (let y = x + 1; y < group.length; y++) this.add(group[x] as number, group[y] as number);
  }

  /** Pairs of sets that overlap by at least `share` (Jaccard), among the sets `include` takes. */
  addSimilar(sets: readonly ReadonlySet<string>[], share: number, include: (i: number) => boolean): void {
    for (const [i, j] of similarPairs(
      sets.map((set, i) => (include(i) ? set : new Set<string>())),
      share,
    ))
      this.add(i, j);
  }

  /** Pairs with a key in common. */
  addSharing(keys: readonly (readonly string[])[]): void {
    const groups = new Map<string, number[]>();
    keys.forEach((list, i) => {
      for (const key of list) {
        const group = groups.get(key) ?? [];
        if (group.at(-1) !== i) group.push(i);
        groups.set(key, group);
      }
    });
    this.addGroups(groups.values());
  }

  /** Pairs where all the words of one of a card's `names` are in another's `containers` (found by the name's rarest word). */
  addContained(
    names: readonly (readonly ReadonlySet<string>[])[],
    containers: readonly ReadonlySet<string>[],
  ): void {
    const holders = new Map<string, number[]>();
    containers.forEach((set, j) => {
      for (const term of set) {
        const list = holders.get(term) ?? [];
        list.push(j);
        holders.set(term, list);
      }
    });
    names.forEach((list, i) => {
      for (const name of list) {
        let rarest: number[] | undefined;
        for (const term of name) {
          const found = holders.get(term) ?? [];
          if (rarest === undefined || found.length < rarest.length) rarest = found;
        }
        for (const j of rarest ?? []) this.add(i, j);
      }
    });
  }

  *pairs(): Generator<[number, number]> {
    for (let i = 0; i < this.size; i++) {
      const set = this.partners[i];
      if (set !== undefined) for (const j of [...set].sort((a, b) => a - b)) yield [i, j];
    }
  }
}

/** Check «same-fact»: two cards test one fact. */
export function sameFacts(cards: readonly Card[], analyzer: Analyzer): Defect[] {
  return sameFactPairs(cards, analyzer).map(([a, b]) => ({
    check: "same-fact",
    cardIds: [a.id, b.id],
    message: `«${a.question.split("\n").at(-1)}» and «${b.question.split("\n").at(-1)}» test one fact; drop one or make it ask another fact of the notes`,
  }));
}

/** Check «not-a-term»: a generated card offers a phrase or a label as a term. */
export function notTerms(card: Card): Defect | undefined {
  // A command card's options are purposes and commands, not terms.
  if (card.origin !== "generated" || kindOf(card) === "command") return undefined;
  const reasons = card.options.map(notATermReason).filter((r): r is string => r !== undefined);
  if (reasons.length === 0) return undefined;
  return {
    check: "not-a-term",
    cardIds: [card.id],
    message: `${reasons.join("; ")}; the generator must skip it`,
  };
}

/**
 * Check «flashcard»: a flashcard whose front is not a question, whose back says too little to answer it, or a
 * recall card («Как продолжается в конспекте: «…»?») whose back does not go on from the words it quotes.
 */
export function flashcardDefect(card: Card): Defect | undefined {
  if (kindOf(card) !== "flashcard") return undefined;
  const backWords = (card.explanation.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const opening = recalledOpening(card.question.trim());
  const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ").toLowerCase();
  const problem = !card.question.trim().endsWith("?")
    ? `its front «${card.question}» is not a question`
    : backWords < MIN_BACK_WORDS
      ? `its back has ${backWords} words (at least ${MIN_BACK_WORDS})`
      : opening !== undefined && !wordsOf(card.explanation).startsWith(wordsOf(opening))
        ? `its back does not go on from «${opening}…»`
        : undefined;
  if (problem === undefined) return undefined;
  return {
    check: "flashcard",
    cardIds: [card.id],
    message: `${problem}; the generator must skip the section`,
  };
}

/**
 * Check «cloze»: a cloze card with no blank, whose term is still visible in the sentence (by any of its
 * names), whose answer is only stop words, whose blank is a part of a name, or whose sentence keeps too few words to
 * say which term it means.
 */
export function clozeDefect(card: Card, analyzer: Analyzer): Defect | undefined {
  if (kindOf(card) !== "cloze") return undefined;
  const sentence = card.question.startsWith(CLOZE_PROMPT) ? stemOf(card) : card.question;
  const sentenceTerms = termsOf(sentence.replaceAll(blank, " "), analyzer);
  const answer = card.options[card.correctIndex] ?? "";
  const visible = [answer, ...(card.accepted ?? [])].find((name) => {
    const terms = termsOf(name, analyzer);
    return terms.size > 0 && [...terms].every((term) => sentenceTerms.has(term));
  });
  const inName = [answer, ...(card.accepted ?? [])]
    .map((name) => ({ name, longer: longerName(name, card.explanation) }))
    .find(({ longer }) => longer !== undefined);
  const problem = !sentence.includes(blank)
    ? "its sentence has no blank"
    : termsOf(answer, analyzer).size === 0
      ? `its answer «${answer}» is a stop word`
      : visible !== undefined
        ? `its term is still visible in the sentence (as «${visible}»)`
        : inName !== undefined
          ? `its blank is «${inName.name}» inside a longer name (${inName.longer})`
          : BLANK_IN_NAME.test(sentence)
            ? "its blank is a part of a file name or an identifier («dump.___»)"
            : sentenceTerms.size < MIN_CLOZE_WORDS
              ? `its sentence keeps ${sentenceTerms.size} words besides the blank (at least ${MIN_CLOZE_WORDS})`
              : undefined;
  if (problem === undefined) return undefined;
  return {
    check: "cloze",
    cardIds: [card.id],
    message: `${problem}; blank another sentence or skip the term`,
  };
}

/**
 * Where an English name stands in `text` beside another Title Case English word, as a part of a longer name:
 * «Service Account» for «Service» (or «Services»), «Persistent Volume» for «Volume». Undefined when it never does.
 */
function longerName(name: string, text: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z -]*$/.test(name)) return undefined;
  const lower = text.toLowerCase();
  // The blank takes every form of the name: «Services» blanks the «Service» of «Service Account».
  const wanted = singularOf(name.toLowerCase());
  // «S» (the subdominant of music notes) is a plural's ending alone: no name is left to look for.
  if (wanted === "") return undefined;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const end = at + wanted.length + (/^(?:es|s)\b/.exec(lower.slice(at + wanted.length))?.[0].length ?? 0);
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
    const next = /^[ \t]+([A-Z][a-z]{2,})\b/.exec(text.slice(end))?.[1];
    const previous = /\b([A-Z][a-z]{2,})[ \t]+$/.exec(text.slice(0, at))?.[1];
    if (next !== undefined) return `${text.slice(at, end)} ${next}`;
    if (previous !== undefined) return `${previous} ${text.slice(at, end)}`;
  }
  return undefined;
}

/** Check «command»: two options of a command card say the same, or the right one echoes the question. */
export function commandDefect(card: Card, analyzer: Analyzer): Defect | undefined {
  if (kindOf(card) !== "command") return undefined;
  for (let i = 0; i < card.options.length; i++) {
    for (let j = i + 1; j < card.options.length; j++) {
      if (samePurpose(card.options[i] ?? "", card.options[j] ?? "", analyzer)) {
        return {
          check: "command",
          cardIds: [card.id],
          message: `options «${card.options[i]}» and «${card.options[j]}» say the same; offer another command's`,
        };
      }
    }
  }
  if (echoesQuestion(stemOf(card), card.options, card.correctIndex, analyzer)) {
    return {
      check: "command",
      cardIds: [card.id],
      message: `the right option «${card.options[card.correctIndex]}» repeats a word of the question no other option has`,
    };
  }
  return undefined;
}

/** What the audit needs besides the cards. */
export interface AuditContext {
  analyzer: Analyzer;
  judge: FitJudge;
}

/** The checks of one card that need no search: what the deck drops from its generated cards (see `createDeck`). */
export function cardDefects(card: Card, analyzer: Analyzer): Defect[] {
  return [
    answerInStem(card, analyzer),
    sameTermOptions(card, analyzer),
    notTerms(card),
    flashcardDefect(card),
    clozeDefect(card, analyzer),
    commandDefect(card, analyzer),
  ].filter((defect): defect is Defect => defect !== undefined);
}

/** Runs every check over the deck's cards; an empty list means the deck is sound. */
export function auditCards(cards: readonly Card[], context: AuditContext): Defect[] {
  const defects: Defect[] = [];
  for (const card of cards) {
    defects.push(...cardDefects(card, context.analyzer));
    const fits = distractorsThatFit(card, context.judge);
    if (fits) defects.push(fits);
  }
  const longest = longestAnswers(cards);
  if (longest) defects.push(longest);
  defects.push(...sameFacts(cards, context.analyzer));
  return defects.sort((a, b) => AUDIT_CHECKS.indexOf(a.check) - AUDIT_CHECKS.indexOf(b.check));
}

/** Counts for the audit's summary. */
export interface AuditSummary {
  cards: number;
  byKind: Record<Card["origin"], number>;
  /** Cards by how they are asked. */
  byCardKind: Record<CardKind, number>;
  byTopic: Map<string, number>;
  defectsByCheck: Map<AuditCheck, number>;
}

/** Cards by origin, by kind and by topic (in deck order), defects by check (every check listed, zero or not). */
export function summarize(cards: readonly Card[], defects: readonly Defect[]): AuditSummary {
  const byKind = { authored: 0, generated: 0 };
  const byCardKind = { choice: 0, command: 0, cloze: 0, flashcard: 0 };
  const byTopic = new Map<string, number>();
  for (const card of cards) {
    byKind[card.origin] += 1;
    byCardKind[kindOf(card)] += 1;
    byTopic.set(card.topicId, (byTopic.get(card.topicId) ?? 0) + 1);
  }
  const defectsByCheck = new Map<AuditCheck, number>(AUDIT_CHECKS.map((check) => [check, 0]));
  for (const defect of defects) defectsByCheck.set(defect.check, (defectsByCheck.get(defect.check) ?? 0) + 1);
  return { cards: cards.length, byKind, byCardKind, byTopic, defectsByCheck };
}
