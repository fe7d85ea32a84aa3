// The deck: authored and generated cards together, deduplicated, with each card tied to its passage.
import type { KnowledgeBase, Passage } from "../knowledge/types.ts";
import { generateCards } from "./generate.ts";
import { headingMatches } from "./terms.ts";
import type { Card } from "./types.ts";

/** Every card the bot can ask, with lookups. Immutable once built. */
export interface Deck {
  /** All cards: authored first (file order), then generated (notes order). */
  readonly cards: readonly Card[];
  /** Topic ids that have at least one card, in knowledge-base order. */
  readonly topicIds: readonly string[];
  /** The card with this id, if it is still in the deck. */
  byId(id: string): Card | undefined;
  /** The cards of one topic, in deck order (empty for an unknown topic). */
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

/**
 * Builds the deck from the knowledge base (generating cards from its passages) and the authored cards
 * (from `loadAuthoredCards`). Cards with the same id appear once, the authored one winning; an authored
 * card's `source.passageId` is filled in from its section heading when that names a passage.
 */
export function createDeck(kb: KnowledgeBase, authored: readonly Card[]): Deck {
  const byId = new Map<string, Card>();
  for (const card of authored) {
    if (byId.has(card.id)) continue;
    const passage = card.source.passageId
      ? undefined
      : card.source.heading && sectionPassage(kb, card.topicId, card.source.heading);
    byId.set(card.id, passage ? { ...card, source: { ...card.source, passageId: passage.id } } : card);
  }
  for (const card of generateCards(kb.passages, kb.glossary)) if (!byId.has(card.id)) byId.set(card.id, card);
  const cards = [...byId.values()];
  const byTopic = new Map<string, Card[]>();
  for (const card of cards) {
    const list = byTopic.get(card.topicId) ?? [];
    list.push(card);
    byTopic.set(card.topicId, list);
  }
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
