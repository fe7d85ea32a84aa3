// Stable card ids, where a card comes from, and deterministic per-card choices, all derived from content.
import { createHash } from "node:crypto";
import type { Passage } from "../knowledge/types.ts";
import type { Card } from "./types.ts";

/** Where a generated card comes from: its passage, and the passage's own heading when it has one. */
export function cardSource(passage: Passage): Card["source"] {
  const heading = passage.headingPath.at(-1);
  return heading === undefined ? { passageId: passage.id } : { passageId: passage.id, heading };
}

/** The stable id of a card: 16 hex digits of SHA-256 over topic, question and correct answer. */
export function cardId(topicId: string, question: string, answer: string): string {
  return createHash("sha256").update(`${topicId}\n${question}\n${answer}`).digest("hex").slice(0, 16);
}

function seeded(seed: string, value: string): string {
  return createHash("sha256").update(`${seed}\n${value}`).digest("hex");
}

/** `items` in an order that looks shuffled but depends only on `seed` and the items themselves. */
export function stableShuffle<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, rank: seeded(seed, key(item)) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map(({ item }) => item);
}

/**
 * A hash of everything a learner sees of a card: question, options, the right one, the explanation, and
 * the text of the passage it comes from (shown after the answer, and where a generated card's fact lives).
 * A report suspends a card only while this stays the same, so editing the card's quiz file or its notes
 * brings it back; an edit elsewhere in the same file does not.
 */
export function cardContentHash(
  card: Pick<Card, "question" | "options" | "correctIndex" | "explanation">,
  passageText = "",
): string {
  return createHash("sha256")
    .update(JSON.stringify([card.question, card.options, card.correctIndex, card.explanation, passageText]))
    .digest("hex")
    .slice(0, 16);
}
