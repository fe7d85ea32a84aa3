// Set similarity: whether two sets of words overlap enough (Jaccard), and which pairs among many sets do, without
// comparing every pair (the deck's same-fact check meets thousands of cards in megabytes of notes).

/**
 * Whether the Jaccard similarity of two sets (the share of all their words they have in common) is at least
 * `share`. Counts only as far as it must: two sets of far different sizes cannot share enough, and the count
 * stops once the answer is known.
 */
export function overlapsAtLeast(a: ReadonlySet<string>, b: ReadonlySet<string>, share: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  // shared / (|a| + |b| - shared) >= share, with shared at most the smaller size.
  const needed = (share * (a.size + b.size)) / (1 + share);
  if (large.size === 0 || small.size < needed) return false;
  let shared = 0;
  let left = small.size;
  for (const term of small) {
    if (large.has(term) && ++shared >= needed) return true;
    if (shared + --left < needed) return false;
  }
  return false;
}

/** {@link overlapsAtLeast} for sets of numbers, each sorted ascending. */
function sortedOverlapsAtLeast(a: Int32Array, b: Int32Array, share: number): boolean {
  const needed = (share * (a.length + b.length)) / (1 + share);
  if (Math.min(a.length, b.length) < needed) return false;
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const left = Math.min(a.length - x, b.length - y);
    if (shared + left < needed) return false;
    const u = a[x] as number;
    const v = b[y] as number;
    if (u === v) {
      if (++shared >= needed) return true;
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
  return false;
}

/**
 * The pairs [i, j] (i < j, in order) of `sets` whose Jaccard similarity is at least `share` (above 0), exactly as
 * {@link overlapsAtLeast} says, found by prefix filtering: with the words numbered rarest first, two sets that overlap
 * that much share a word among the first |set| − ⌈share·|set|⌉ + 1 words of each (Chaudhuri et al., «A Primitive
 * Operator for Similarity Joins», 2006). Only pairs found so are counted in full.
 */
export function similarPairs(sets: readonly ReadonlySet<string>[], share: number): Array<[number, number]> {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const ranked = [...frequency.keys()].sort(
    (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const number = new Map(ranked.map((term, n) => [term, n]));
  const numbered = sets.map((set) => Int32Array.from(set, (term) => number.get(term) ?? 0).sort());
  const postings: number[][] = ranked.map(() => []);
  const seenBy = new Int32Array(sets.length).fill(-1);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < numbered.length; i++) {
    const words = numbered[i] as Int32Array;
    if (words.length === 0) continue;
    // The overlap needed is at least share·|set| words; the small margin keeps rounding on the safe side.
    const prefix = words.length - Math.max(1, Math.ceil(share * words.length - 1e-9)) + 1;
    for (let p = 0; p < prefix; p++) {
      for (const j of postings[words[p] as number] as number[]) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (sortedOverlapsAtLeast(numbered[j] as Int32Array, words, share)) pairs.push([j, i]);
      }
    }
    for (let p = 0; p < prefix; p++) (postings[words[p] as number] as number[]).push(i);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
