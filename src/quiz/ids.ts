// Stable card ids and deterministic per-card choices, both derived from content.
import { createHash } from "node:crypto";

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
