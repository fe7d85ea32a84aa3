// Near-duplicate passages (the notes repeat paragraphs): word shingles and Jaccard similarity.

import { finish } from "../steps.ts";

const SHINGLE = 4;

/** 32-bit FNV-1a of a word. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One number for a run of word hashes, order-sensitive. */
function combine(hashes: readonly number[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ (hashes[i] as number), 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/**
 * The set of `SHINGLE`-word sequences of a text, case and ё folded, each as a 32-bit hash: no string is
 * made per shingle, so de-duplicating 10 MB of notes costs megabytes, not hundreds of them.
 */
export function shingles(text: string): Set<number> {
  const words =
    text
      .toLowerCase()
      .replaceAll("ё", "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map(hash);
  const result = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) result.add(combine(hashes, 0, hashes.length));
    return result;
  }
  for (let i = 0; i + SHINGLE <= hashes.length; i++) result.add(combine(hashes, i, i + SHINGLE));
  return result;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Whether two sorted arrays of distinct values have a Jaccard similarity of at least `threshold`; gives up
 * as soon as the values left cannot bring the overlap up to what the threshold needs.
 */
function similarEnough(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
  const needed = Math.ceil((threshold / (1 + threshold)) * (a.length + b.length) - 1e-9);
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (common + Math.min(a.length - i, b.length - j) < needed) return false;
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common >= needed;
}

/** How many texts {@link firstOccurrenceSteps} compares between pauses. */
export const TEXTS_PER_STEP = 100;

/**
 * For every text, the index of the first text it nearly repeats (Jaccard of shingles ≥ `threshold`), or its
 * own index when it repeats none. Prefix filtering keeps it near-linear and small on large corpora: with
 * every shingle set sorted the same way, two sets this similar must share one of their first
 * |S| − ⌈t·|S|⌉ + 1 shingles, so only those are indexed, and candidates are then compared exactly.
 */
export function firstOccurrences(texts: string[], threshold = 0.8): number[] {
  return finish(firstOccurrenceSteps(texts, threshold));
}

/**
 * {@link firstOccurrences} in steps of {@link TEXTS_PER_STEP} texts: on 10 MB of notes the whole pass takes
 * most of a second, which a reload must not hold the bot up for.
 */
export function* firstOccurrenceSteps(texts: string[], threshold = 0.8): Generator<void, number[]> {
  const first: number[] = [];
  const sets: Uint32Array[] = [];
  const slotIndex: number[] = [];
  const byPrefix = new Map<number, number[]>();
  each: for (const [index, text] of texts.entries()) {
    if (index > 0 && index % TEXTS_PER_STEP === 0) yield;
    const set = Uint32Array.from(shingles(text)).sort();
    const prefix = set.length === 0 ? 0 : set.length - Math.ceil(threshold * set.length) + 1;
    const compared = new Set<number>();
    for (let i = 0; i < prefix; i++) {
      for (const k of byPrefix.get(set[i] as number) ?? []) {
        if (compared.has(k)) continue;
        compared.add(k);
        const other = sets[k] as Uint32Array;
        // Sets this similar differ in size by at most the threshold's ratio.
        if (other.length < threshold * set.length || set.length < threshold * other.length) continue;
        if (similarEnough(set, other, threshold)) {
          first.push(slotIndex[k] as number);
          continue each;
        }
      }
    }
    const slot = sets.length;
    sets.push(set);
    slotIndex.push(index);
    first.push(index);
    for (let i = 0; i < prefix; i++) {
      const list = byPrefix.get(set[i] as number);
      if (list) list.push(slot);
      else byPrefix.set(set[i] as number, [slot]);
    }
  }
  return first;
}

/** Keeps the first of every group of near-duplicate texts (see `firstOccurrences`); returns the indexes kept. */
export function keepDistinct(texts: string[], threshold = 0.8): number[] {
  return firstOccurrences(texts, threshold).flatMap((first, index) => (first === index ? [index] : []));
}

/**
 * Collapses near repeats into their first occurrence, which takes the longest wording of the group: notes
 * that repeat a paragraph often add a remark to one copy («… НА SELFHOSTED КЛАСТЕРЕ ЕГО НЕТ»), and that
 * remark must survive. Returns, for each text kept, its index and the index of the wording it shows.
 */
export function collapseRepeats(texts: string[], threshold = 0.8): { index: number; wording: number }[] {
  return finish(collapseRepeatSteps(texts, threshold));
}

/** {@link collapseRepeats} in steps (see {@link firstOccurrenceSteps}). */
export function* collapseRepeatSteps(
  texts: string[],
  threshold = 0.8,
): Generator<void, { index: number; wording: number }[]> {
  const first = yield* firstOccurrenceSteps(texts, threshold);
  const wording = new Map<number, number>();
  first.forEach((f, i) => {
    const best = wording.get(f) ?? f;
    if ((texts[i] as string).length > (texts[best] as string).length) wording.set(f, i);
    else wording.set(f, best);
  });
  return [...wording].map(([index, w]) => ({ index, wording: w }));
}
