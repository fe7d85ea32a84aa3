// Typo tolerance: the closest known word by Damerau–Levenshtein distance (a swap of two letters is one edit).

import { isVerbForm } from "../russian.ts";

/** Rows reused by every call: a typo look-up compares one word with thousands, and must not allocate per pair. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0] as Int32Array).length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    // Char codes, not one-letter strings: a Cyrillic letter read as a string is a new string each time.
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && before === bj)
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length] as number;
}

/**
 * How many edits a word of this length may carry: none below 5 letters, 1 up to 9, 2 from 10. Shorter words
 * have too many real neighbours («поделить» is two edits from «пометить»).
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 10 ? 1 : 2;
}

/**
 * Whether `candidate` may be what was meant by `word`: it begins with the same letter, since people rarely
 * mistype a word's first letter — «указать» is another word than «сказать» — or it is the word with a prefix
 * taken off or put on («смонтировать» → «монтировать»).
 */
export function keepsItsStart(word: string, candidate: string): boolean {
  if (word.charCodeAt(0) === candidate.charCodeAt(0)) return true;
  // Asked of thousands of known words per word looked up: no array, and a slice only for the few that end alike.
  const longer = word.length > candidate.length;
  const short = longer ? candidate : word;
  const long = longer ? word : candidate;
  return long.endsWith(short) && PREFIXES.has(long.slice(0, long.length - short.length));
}

/** How many letters of a word's ending may differ between two forms of one root: «стройка», «стройки». */
const ENDING_LETTERS = 2;

/**
 * Whether two words are one root with two prefixes: «пропадает» and «попадает», «переписать» and «прописать» — two
 * words of the language, not a typo of one another.
 */
export function otherPrefix(a: string, b: string): boolean {
  for (const pa of [...PREFIXES].filter((p) => a.startsWith(p)))
    for (const pb of [...PREFIXES].filter((p) => b.startsWith(p) && p !== pa)) {
      // One root, its ending aside: «надстройка» and «настройки».
      const [ra, rb] = [a.slice(pa.length), b.slice(pb.length)];
      let same = 0;
      while (same < ra.length && ra[same] === rb[same]) same++;
      if (same >= 3 && same >= Math.max(ra.length, rb.length) - ENDING_LETTERS) return true;
    }
  return false;
}

/** What a word must keep after a prefix comes off for {@link prefixesOf}: «отформатирова» → форматирова. */
const MIN_STEM_AFTER_PREFIX = 6;

/** The Russian prefixes `word` starts with, longest first, each leaving at least MIN_STEM_AFTER_PREFIX letters. */
export function prefixesOf(word: string): string[] {
  return [...PREFIXES]
    .filter((p) => word.startsWith(p) && word.length - p.length >= MIN_STEM_AFTER_PREFIX)
    .sort((a, b) => b.length - a.length);
}

/** Russian prefixes: «смонтировать» is «монтировать» with one, «поставить» is no «оставить» with «п». */
const PREFIXES = new Set([
  "с",
  "в",
  "у",
  "о",
  "по",
  "на",
  "за",
  "вы",
  "до",
  "от",
  "из",
  "об",
  "со",
  "во",
  "пере",
  "при",
  "про",
  "под",
  "раз",
  "рас",
  "пре",
  "над",
  "без",
  "бес",
  "воз",
  "вос",
]);

/**
 * A Latin word this short is corrected only for two letters typed the wrong way round («nmae» → «name») or a doubled
 * one typed once («stil» → «still»): any other edit makes another word of it too often («etcd» is no «etc»). A
 * Russian one is not: its two last letters swapped are often another form of it («узел», «узле»).
 */
const MIN_SWAPPED_LENGTH = 4;
const LATIN = /^[a-z]+$/;
/** A Latin word this long may have two vowels mistyped (see `vowelSlips`); a shorter one is another word too often. */
const MIN_VOWEL_SLIP_LENGTH = 7;
const MAX_VOWEL_SLIPS = 2;
const VOWEL = /[aeiouy]/;

/** How many look-ups `Lexicon` remembers: misspellings repeat (users, retries, edited messages). */
const MAX_REMEMBERED = 10_000;

/** Known words bucketed by length, for nearest-word look-ups. */
export class Lexicon {
  private readonly byLength = new Map<number, string[]>();
  private readonly known = new Set<string>();

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
    this.recent.clear();
    const bucket = this.byLength.get(word.length);
    if (bucket) bucket.push(word);
    else this.byLength.set(word.length, [word]);
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  private readonly recent = new Map<string, string | undefined>();

  /** The known word closest to `word` within its allowed edits; ties go to the word added first. */
  nearest(word: string): string | undefined {
    if (this.recent.has(word)) return this.recent.get(word);
    const found = this.search(word);
    if (this.recent.size >= MAX_REMEMBERED) this.recent.clear();
    this.recent.set(word, found);
    return found;
  }

  private search(word: string): string | undefined {
    const max = allowedEdits(word.length);
    if (max === 0)
      return word.length >= MIN_SWAPPED_LENGTH && LATIN.test(word) ? this.swapped(word) : undefined;
    // «горутины текут»: a verb form stays a verb, whatever noun of the notes it is a letter away from («текст»).
    const verb = isVerbForm(word);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        if (!keepsItsStart(word, candidate) || (verb && !isVerbForm(candidate))) continue;
        const d = editDistance(word, candidate, bestDistance - 1);
        // Read last: only a candidate close enough to win is checked for a swapped prefix.
        if (d < bestDistance && !otherPrefix(word, candidate)) {
          bestDistance = d;
          best = candidate;
          if (d === 1) break;
        }
      }
    }
    return (
      best ?? (LATIN.test(word) && word.length >= MIN_VOWEL_SLIP_LENGTH ? this.vowelSlips(word) : undefined)
    );
  }

  /**
   * The known Latin word of the same length that differs from `word` in vowels alone, two at most, its first letter
   * kept: «analisys» is «analysis», «seperate» «separate». English vowels are spelled as heard, and heard alike.
   */
  private vowelSlips(word: string): string | undefined {
    for (const candidate of this.byLength.get(word.length) ?? []) {
      if (candidate[0] !== word[0] || !LATIN.test(candidate)) continue;
      let slips = 0;
      for (let i = 1; i < word.length && slips <= MAX_VOWEL_SLIPS; i++)
        if (word[i] !== candidate[i])
          slips += VOWEL.test(word[i] as string) && VOWEL.test(candidate[i] as string) ? 1 : 9;
      if (slips > 0 && slips <= MAX_VOWEL_SLIPS) return candidate;
    }
    return undefined;
  }

  /**
   * The known word that is `word` with two neighbouring letters after its first swapped back, or with a doubled
   * letter typed once («stil» → «still»), if one is.
   */
  private swapped(word: string): string | undefined {
    for (let i = 1; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.known.has(candidate)) return candidate;
    }
    for (let i = 1; i < word.length; i++) {
      const candidate = word.slice(0, i + 1) + word.slice(i);
      if (this.known.has(candidate)) return candidate;
    }
    return undefined;
  }
}
