// The deck: authored and generated cards together, deduplicated, with each card tied to its passage.
import { correctionsOf } from "../knowledge/corrections.ts";
import type { KnowledgeBase, Passage } from "../knowledge/types.ts";
import { createAnalyzer } from "../search/analyzer.ts";
import type { SearchEngine } from "../search/engine.ts";
import { finish, finishInTurns } from "../steps.ts";
import {
  answerIsLongest,
  cardDefects,
  createFitJudge,
  hasPhraseOptions,
  MAX_LONGEST_SHARE,
  sameFactSteps,
} from "./audit.ts";
import { clozeSteps } from "./cloze.ts";
import { generateCommandCards } from "./commands.ts";
import { generateFlashcards } from "./flashcards.ts";
import { type GenerateOptions, generateCards } from "./generate.ts";
import { headingMatches } from "./terms.ts";
import { type Card, type CardKind, kindOf } from "./types.ts";

/** Every card the bot can ask, with lookups. Immutable once built. */
export interface Deck {
  /** All cards: authored first (file order), then generated (notes order). */
  readonly cards: readonly Card[];
  /** Topic ids that have at least one card, in knowledge-base order. */
  readonly topicIds: readonly string[];
  /** The card with this id, if it is still in the deck. */
  byId(id: string): Card | undefined;
  /** The cards of one topic, the kinds taking turns (choice, command, cloze, flashcard; each in deck order); empty for an unknown topic. */
  byTopic(topicId: string): readonly Card[];
  /** The passage a card comes from (by `source.passageId`), for showing after the answer. */
  passageOf(card: Card): Passage | undefined;
}

function sectionPassage(kb: KnowledgeBase, topicId: string, heading: string): Passage | undefined {
  const inTopic = kb.passages.filter((p) => p.topicId === topicId);
  const topic = kb.topics.find((t) => t.id === topicId);
  const exact = inTopic.find((p) => p.headingPath.at(-1)?.toLowerCase() === heading.toLowerCase());
  if (exact) return exact;
  const near = inTopic.find((p) => p.headingPath.some((h) => headingMatches(h, heading)));
  if (near) return near;
  if (topic && [topic.title, ...topic.aliases].some((name) => headingMatches(name, heading)))
    return inTopic[0];
  return undefined;
}

const KIND_TURNS: readonly CardKind[] = ["choice", "command", "cloze", "flashcard"];

/** The cards with their kinds taking turns, so a learner's new cards of a topic mix kinds. */
function takingTurns(cards: readonly Card[]): Card[] {
  const queues = KIND_TURNS.map((kind) => cards.filter((card) => kindOf(card) === kind));
  const mixed: Card[] = [];
  for (let i = 0; mixed.length < cards.length; i++) {
    for (const queue of queues) {
      const card = queue[i];
      if (card) mixed.push(card);
    }
  }
  return mixed;
}

/** Options of {@link createDeck}. */
export interface DeckOptions {
  /**
   * The search engine over the same notes. With it, a generated card never offers a sibling term whose own
   * passage the engine finds answering the question about as well as the answer's (see `FitJudge`). Without
   * it every sibling may be offered.
   */
  search?: Pick<SearchEngine, "answer" | "analyzer">;
}

/**
 * Builds the deck from the knowledge base and the authored cards (from `loadAuthoredCards`). Generated from
 * the notes: choice cards from definition lists, command cards, cloze cards and flashcards (generate.ts,
 * commands.ts, cloze.ts, flashcards.ts).
 * Cards with the same id appear once, the authored one winning, and a generated
 * card that tests the fact of another card (an authored one, or a generated one before it) is left out; an
 * authored card's `source.passageId` is filled in from its section heading when that names a passage.
 */
export function createDeck(kb: KnowledgeBase, authored: readonly Card[], options: DeckOptions = {}): Deck {
  return finish(deckSteps(kb, authored, options));
}

/**
 * {@link createDeck} letting the event loop run between its steps: after each kind of card is generated, and every
 * few tens of milliseconds of the same-fact check (which compares the cards that may ask one fact twice: seconds
 * for megabytes of notes). The bot keeps answering from the notes it has while a reload builds the new deck.
 */
export function buildDeck(
  kb: KnowledgeBase,
  authored: readonly Card[],
  options: DeckOptions = {},
): Promise<Deck> {
  return finishInTurns(deckSteps(kb, authored, options));
}

function* deckSteps(
  kb: KnowledgeBase,
  authored: readonly Card[],
  options: DeckOptions,
): Generator<void, Deck> {
  const byId = new Map<string, Card>();
  for (const card of authored) {
    if (byId.has(card.id)) continue;
    const passage = card.source.passageId
      ? undefined
      : card.source.heading && sectionPassage(kb, card.topicId, card.source.heading);
    byId.set(card.id, passage ? { ...card, source: { ...card.source, passageId: passage.id } } : card);
  }
  const generate: GenerateOptions = {};
  if (options.search) {
    const judge = createFitJudge(kb, options.search);
    generate.distractorFits = ({ stem, answer, distractor }) =>
      judge.fits(stem, answer.passage.id, distractor.passage.id);
  }
  const analyzer = options.search?.analyzer ?? createAnalyzer(kb.glossary);
  // Cards are made from what the notes say: a passage of links to other notes («Связано: [[drift]]», a map of
  // content whose «[[outputs]] — что отдаём наружу» reads like a definition) says nothing itself.
  // …nor from what they take back: a passage they correct later («поправка про Forbid: ничего он не ждет!») may say
  // the wrong thing, and a card would drill it.
  const corrected = correctionsOf(kb.passages, (text) => analyzer.terms(text));
  const studied: KnowledgeBase = {
    ...kb,
    passages: kb.passages.filter((p) => !p.navigation && !corrected.has(p.id)),
  };
  // Each kind of card is a step of its own (see `buildDeck`).
  const made: Card[] = [...generateCards(studied.passages, kb.glossary, generate)];
  yield;
  made.push(...generateCommandCards(studied.passages, analyzer));
  yield;
  made.push(...(yield* clozeSteps(studied, kb.glossary, analyzer)));
  yield;
  // …though the correction itself is asked: what was corrected, and how it goes now.
  const corrects = new Map(
    [...corrected].flatMap(([id, correction]) => {
      const passage = kb.passages.find((p) => p.id === id);
      return passage === undefined ? [] : [[correction.id, passage] as const];
    }),
  );
  made.push(...generateFlashcards(studied, corrects));
  yield;
  // A generated card the audit would find flawed («Сервисы (Services)» asked with «Services» in the question, a
  // cloze whose term is still in its sentence) is not asked: only what its author wrote is kept as written.
  const generated = made.filter((card) => !byId.has(card.id) && cardDefects(card, analyzer).length === 0);
  // Which words are common depends on the cards kept, so repeats are dropped until none is left.
  let kept = generated;
  if (kept.length > 0) {
    for (;;) {
      const pairs = yield* sameFactSteps(
        [...byId.values(), ...kept],
        analyzer,
        (c) => c.origin === "generated",
      );
      if (pairs.length === 0) break;
      const repeats = new Set(
        pairs.map(([first, second]) => (second.origin === "generated" ? second : first).id),
      );
      kept = kept.filter((card) => !repeats.has(card.id));
    }
  }
  kept = withoutGiveaways(kept, [...byId.values()]);
  for (const card of kept) byId.set(card.id, card);
  const cards = [...byId.values()];
  const byTopic = new Map<string, Card[]>();
  for (const card of cards) {
    const list = byTopic.get(card.topicId) ?? [];
    list.push(card);
    byTopic.set(card.topicId, list);
  }
  for (const [topicId, list] of byTopic) byTopic.set(topicId, takingTurns(list));
  const order = kb.topics.map((t) => t.id);
  const topicIds = [...byTopic.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b);
  });
  const passages = new Map(kb.passages.map((p) => [p.id, p]));
  return {
    cards,
    topicIds,
    byId: (id) => byId.get(id),
    byTopic: (topicId) => byTopic.get(topicId) ?? [],
    passageOf: (card) => (card.source.passageId ? passages.get(card.source.passageId) : undefined),
  };
}

/** How much longer the right option is than the longest other one (1 when it is not the longest). */
function giveaway(card: Card): number {
  const answer = card.options[card.correctIndex] ?? "";
  const others = card.options.filter((_, i) => i !== card.correctIndex).map((o) => o.length);
  return answer.length / Math.max(1, ...others);
}

/**
 * `generated` without the cards that give their answer away by its length: while the right option is the longest
 * in more than {@link MAX_LONGEST_SHARE} of the phrase-option cards (with `authored`), the generated one where it
 * stands out most is dropped. (The audit's «longest-answer» check: a learner who picks the longest option should
 * not score.)
 */
function withoutGiveaways(generated: Card[], authored: readonly Card[]): Card[] {
  let kept = generated;
  for (;;) {
    const phrased = [...authored, ...kept].filter(hasPhraseOptions);
    const longest = phrased.filter(answerIsLongest);
    if (longest.length <= MAX_LONGEST_SHARE * phrased.length) return kept;
    const drop = longest
      .filter((card) => card.origin === "generated")
      .sort((a, b) => giveaway(b) - giveaway(a) || a.id.localeCompare(b.id))[0];
    if (drop === undefined) return kept;
    kept = kept.filter((card) => card !== drop);
  }
}
