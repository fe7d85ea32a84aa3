// Near-duplicate passages (the notes repeat paragraphs): word shingles and Jaccard similarity.

const SHINGLE = 4;

/** The set of `SHINGLE`-word sequences of a text, case and ё folded. */
export function shingles(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .replaceAll("ё", "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length > 0) result.add(words.join(" "));
    return result;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) result.add(words.slice(i, i + SHINGLE).join(" "));
  return result;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Keeps the first of every group of near-duplicate texts (Jaccard of shingles ≥ `threshold`) and returns the
 * indexes kept. An inverted index on shingles keeps this near-linear on large corpora.
 */
export function keepDistinct(texts: string[], threshold = 0.8): number[] {
  const kept: number[] = [];
  const sets: Set<string>[] = [];
  const byShingle = new Map<string, number[]>();
  texts.forEach((text, index) => {
    const set = shingles(text);
    const counts = new Map<number, number>();
    for (const s of set) for (const k of byShingle.get(s) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const [k, common] of counts) {
      const other = sets[k];
      if (other && common / (set.size + other.size - common) >= threshold) return;
    }
    const slot = sets.length;
    sets.push(set);
    kept.push(index);
    for (const s of set) {
      const list = byShingle.get(s);
      if (list) list.push(slot);
      else byShingle.set(s, [slot]);
    }
  });
  return kept;
}
