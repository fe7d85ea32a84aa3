// Near-duplicate passages (the notes repeat paragraphs): word shingles and Jaccard similarity.

const SHINGLE = 4;

/** 32-bit FNV-1a: shingles are kept as numbers, so 10 MB of notes costs megabytes, not hundreds of them. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The set of `SHINGLE`-word sequences of a text (hashed), case and ё folded. */
export function shingles(text: string): Set<number> {
  const words =
    text
      .toLowerCase()
      .replaceAll("ё", "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) result.add(hash(words.join(" ")));
    return result;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) result.add(hash(words.slice(i, i + SHINGLE).join(" ")));
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
 * Keeps the first of every group of near-duplicate texts (Jaccard of shingles ≥ `threshold`) and returns the
 * indexes kept. An inverted index on shingles keeps this near-linear on large corpora.
 */
export function keepDistinct(texts: string[], threshold = 0.8): number[] {
  const kept: number[] = [];
  const sets: Set<number>[] = [];
  const byShingle = new Map<number, number[]>();
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
