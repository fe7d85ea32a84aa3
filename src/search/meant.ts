// Stage 1 of answering, the question as meant: what was typed read the way its author meant it. Typed in the
// other keyboard layout or in Latin letters, it is re-typed; a word the notes do not know is corrected on its own
// (a typo, a misspelt ending); two words the notes write as one compound are joined («pub sub» → «pub/sub»); and a
// word they write only as the first of a longer name is read as that name.
import { fromTranslit } from "../translit.ts";
import type { Token } from "./analyzer.ts";
import { isEverydayEnglish } from "./common-english.ts";
import { switchLayout } from "./layout.ts";
import type { Correction } from "./types.ts";
import { editDistance } from "./typos.ts";
import { otherAspect, type Vocabulary } from "./vocabulary.ts";

/** How many stop words a compound written apart may keep between its parts («stop the world», «read your writes»). */
const MAX_KEPT_STOP_WORDS = 2;
/** Numbers said as words, at their value: «два» is 2. */
const NUMERALS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];

/** The letters and digits of a text, lower-cased: «Stop-the-world» and «stop the world» alike. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * «-ется» and «-ются» written as said («отличаеца») or with the soft sign of an infinitive («отличаеться»,
 * «отличаються»: a verb in «-аеться» or «-уються» has no infinitive of that form).
 */
const MISSPELT_ENDINGS: [RegExp, string][] = [
  [/^(\p{L}{3,})еца$/u, "ется"],
  [/^(\p{L}{3,}[аяу])еться$/u, "ется"],
  [/^(\p{L}{3,}[аяу])ються$/u, "ются"],
];

/** A word whose «-ется»/«-ются» is misspelt so («отличаеца», «отличаеться»), spelled out; undefined for others. */
function misspeltEnding(word: string): string | undefined {
  for (const [pattern, ending] of MISSPELT_ENDINGS) {
    const stem = pattern.exec(word)?.[1];
    if (stem !== undefined) return `${stem}${ending}`;
  }
  return undefined;
}

/** A typo changes a word by at most this many letters; more is another way of saying it (slang, a cognate). */
const TYPO_EDITS = 2;

/**
 * Whether a correction is of a typo, which the asker should see was corrected («монопсония» read as
 * «монополия»): a word of the same script a letter or two off. Not one said in the other script («теинт» →
 * taint), a slang verb («юзать» → использовать), or the other aspect of a verb («ограничить» → ограничивать).
 */
export function isTypo(from: string, to: string): boolean {
  if (from === to || !/^\p{L}+$/u.test(from) || !/^\p{L}+$/u.test(to)) return false;
  const cyrillic = (word: string) => /\p{Script=Cyrillic}/u.test(word);
  if (cyrillic(from) !== cyrillic(to)) return false;
  return editDistance(from, to, TYPO_EDITS) <= TYPO_EDITS && !otherAspect(from, to);
}

/** The question as meant, and its words when they need no second analysis. */
export interface Meant {
  text: string;
  words?: Token[];
  corrected: Correction[];
  /** Typed in the other keyboard layout, or in Latin letters. */
  retyped: boolean;
}

/** A Latin word read as a Russian name has this many letters at least: «putin», not «mir». */
const MIN_RUSSIAN_NAME = 5;

/** Reads questions as meant against the notes' vocabulary; `wordsOf` gives the words of a text that count. */
export function createMeaning(
  vocabulary: Vocabulary,
  wordsOf: (text: string) => Token[],
): (text: string) => Meant {
  /**
   * Share of a text's words that the notes know. Lone letters do not count: «хуже» typed in the other layout is
   * «[e;t», whose «e» and «t» any notes with a `-e` or `-t` flag have.
   */
  const recognised = (tokens: readonly Token[], heard = false): number => {
    const words = tokens.filter((t) => t.surface.length >= 2);
    if (words.length === 0) return 0;
    const known = (t: Token) =>
      vocabulary.knownWord(t.surface) || (heard && vocabulary.heardAs(t.surface) !== undefined);
    return words.filter(known).length / words.length;
  };

  /**
   * `text` re-typed in the other keyboard layout, but for the words the notes know as typed and would not know
   * re-typed: «xnj nfrjt pvc» is «что такое pvc», not «что такое змс».
   */
  const switchedKeeping = (text: string): string =>
    text
      .split(/(\s+)/u)
      .map((chunk) => {
        const switched = switchLayout(chunk);
        const known = (word: string) => /\p{L}/u.test(word) && vocabulary.knownWord(word.toLowerCase());
        return known(chunk) && !known(switched) ? chunk : switched;
      })
      .join("");

  /**
   * A name typed in camel case of words the notes each write as they stand is no typo: «appVersion» is a field the
   * notes may not have, not their «apiVersion». «nodeSelecor» is a typo still, and so are «runAsNonRot» and
   * «CanceledError» of notes that never write «rot» or «canceled».
   */
  const namedInCamelCase = (typed: string): boolean => {
    if (!/\p{Ll}\p{Lu}/u.test(typed)) return false;
    const humps = typed.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu) ?? [];
    return humps.every((hump) => vocabulary.writes(hump.toLowerCase()));
  };

  /**
   * The query as meant: re-typed in the other layout when that makes far more of its words known (but for the words
   * the notes know as typed, see switchedKeeping), then each
   * unknown word re-typed or corrected on its own (so glossary phrases still form: «ингресс контролер»), then two
   * words the notes write as one compound joined up («pub sub» → «pub/sub»). Its words come along unless
   * compounds were joined, so the question is not analysed twice.
   */
  const meant = (text: string): Meant => {
    let words = wordsOf(text);
    const asTyped = recognised(words);
    let query = text;
    if (asTyped < 0.5) {
      const switched = switchedKeeping(text);
      const switchedWords = wordsOf(switched);
      // «cvtybnm ytqvcgtqc» is «сменить неймспейс»: notes that say «namespace» know «неймспейс» by its sound.
      if (recognised(switchedWords, true) > asTyped + 0.25) {
        query = switched;
        words = switchedWords;
      } else {
        // «chto takoe ingress»: Russian typed in Latin letters, as without a Russian keyboard. Each word the notes
        // do not know is read back in Russian letters when that is a word they know (or a function word).
        const russian = translitWords(query, words);
        const russianWords = wordsOf(russian);
        if (recognised(russianWords) > asTyped + 0.25) {
          query = russian;
          words = russianWords;
        }
      }
    }
    let out = "";
    let at = 0;
    const corrected: Correction[] = [];
    for (const token of words) {
      if (vocabulary.knownWord(token.surface)) continue;
      if (namedInCamelCase(query.slice(token.start, token.end))) continue;
      const ending = misspeltEnding(token.surface);
      const fixed = ending ?? vocabulary.correctWord(token.surface) ?? russianName(token.surface);
      if (fixed === undefined) continue;
      if (ending === undefined && isTypo(token.surface, fixed))
        corrected.push({ from: token.surface, to: fixed });
      out += query.slice(at, token.start) + fixed;
      at = token.end;
    }
    const fixed = at === 0 ? query : out + query.slice(at);
    const fixedWords = at === 0 ? words : wordsOf(fixed);
    const together = joined(fixed, fixedWords);
    const current = together ?? fixed;
    const named = byFirstWord(current, together === undefined ? fixedWords : wordsOf(current));
    const retyped = query !== text;
    if (named !== undefined) return { text: named, corrected, retyped };
    return together === undefined
      ? { text: fixed, words: fixedWords, corrected, retyped }
      : { text: together, corrected, retyped };
  };

  /**
   * The text with a word the notes write only as the first of a name of several words read as that name: «что
   * такое multibranch» is their «Multibranch Pipeline». Undefined when there is none.
   */
  const byFirstWord = (text: string, words: readonly Token[]): string | undefined => {
    let out = "";
    let at = 0;
    words.forEach((token, i) => {
      if (token.term === undefined || token.parts.length > 0) return;
      const name = vocabulary.nameStartingWith(token.term);
      if (name === undefined) return;
      // Typed whole already: «multibranch pipeline».
      const next = words[i + 1];
      if (next !== undefined && letters(name) === letters(`${token.surface}${next.surface}`)) return;
      out += text.slice(at, token.start) + name;
      at = token.end;
    });
    return at === 0 ? undefined : out + text.slice(at);
  };

  /**
   * A name the notes write in Russian letters, asked in Latin ones, as an English question spells it: «who was
   * pobedonostsev» of notes that say «Победоносцев». Not an everyday English word, whatever Russian one its letters
   * would spell («net» is no «нет»), nor a short one.
   */
  const russianName = (surface: string): string | undefined => {
    if (surface.length < MIN_RUSSIAN_NAME || isEverydayEnglish(surface)) return undefined;
    const russian = fromTranslit(surface);
    return russian !== undefined && vocabulary.knownWord(russian) ? russian : undefined;
  };

  /** The text with each Latin word the notes do not know in Russian letters, where that is a word they know. */
  const translitWords = (text: string, tokens: readonly Token[]): string => {
    let out = "";
    let at = 0;
    for (const token of tokens) {
      if (vocabulary.knownWord(token.surface)) continue;
      const russian = fromTranslit(token.surface);
      if (russian === undefined) continue;
      // A word-initial «e» is «э» as often as «е»: «eto» is «это».
      const spelled = [russian, ...(russian.startsWith("е") ? [`э${russian.slice(1)}`] : [])].find((w) =>
        vocabulary.knownWord(w),
      );
      if (spelled === undefined) continue;
      out += text.slice(at, token.start) + spelled;
      at = token.end;
    }
    return out + text.slice(at);
  };

  /** A name and its number said as a word, as the notes write them together: «ipv шесть» → «ipv6». */
  const numberedName = (name: Token, number: Token, text: string): string | undefined => {
    const digit = NUMERALS.indexOf(number.surface);
    if (
      digit < 0 ||
      !/^[a-z]{1,8}$/u.test(name.surface) ||
      !/^\s+$/u.test(text.slice(name.end, number.start))
    )
      return undefined;
    const whole = `${name.surface}${digit}`;
    return vocabulary.knownWord(whole) ? whole : undefined;
  };

  /**
   * The text with two words written apart that the notes write as one compound joined up: «pub sub» is their
   * «pub/sub», «cache aside» their «cache-aside». Undefined when there are none.
   */
  const joined = (text: string, words: readonly Token[]): string | undefined => {
    let out = "";
    let at = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i] as Token;
      // The next word with a term: right after, or after the stop words a compound keeps («stop the world» is
      // the notes' «stop-the-world», whose parts are stop and world).
      let j = i + 1;
      while (j < words.length && j - i <= MAX_KEPT_STOP_WORDS && (words[j] as Token).term === undefined) j++;
      const b = words[j];
      // «at most once» is the notes' «at-most-once», though all three are stop words; «pod disruption budgets» their
      // «PodDisruptionBudget».
      const third = words[i + 2];
      const span = third === undefined ? "" : text.slice(a.start, third.end);
      const three =
        third !== undefined && /^[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+){2}$/u.test(span)
          ? (vocabulary.compoundSpelled(a.surface, (words[i + 1] as Token).surface, third.surface) ??
            (/^[a-z]+\s+[a-z]+\s+[a-z]+$/u.test(span)
              ? vocabulary.nameOfThree([a, words[i + 1] as Token, third])
              : undefined))
          : undefined;
      if (third !== undefined && three !== undefined) {
        out += text.slice(at, a.start) + three;
        at = third.end;
        i += 2;
        continue;
      }
      // «эсэн два» is the notes' «SN2», «ipv шесть» their «IPv6»: a name and its number said as a word.
      const next = words[i + 1] as Token;
      const numbered = numberedName(a, next, text);
      if (numbered !== undefined) {
        out += text.slice(at, a.start) + numbered;
        at = next.end;
        i++;
        continue;
      }
      // «here doc» is the notes' «Here-doc», though «here» is a stop word: a compound spelled with a separator.
      const spelled =
        (a.term === undefined || next.term === undefined) &&
        /^[\p{L}\p{N}]+\s+[\p{L}\p{N}]+$/u.test(text.slice(a.start, next.end))
          ? vocabulary.compoundSpelled(a.surface, next.surface)
          : undefined;
      if (spelled !== undefined) {
        out += text.slice(at, a.start) + spelled;
        at = next.end;
        i++;
        continue;
      }
      if (b === undefined || a.term === undefined || b.term === undefined) continue;
      if (a.parts.length > 0 || b.parts.length > 0) continue;
      const apart = text.slice(a.start, b.end);
      if (!/^[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)+$/u.test(apart)) continue;
      // …or as one word: «дата класс» is their «dataclass».
      const compound =
        vocabulary.compoundOf(a.term, b.term) ?? (j === i + 1 ? vocabulary.oneWordOf(a, b) : undefined);
      if (compound === undefined) continue;
      // With stop words between, they must be the compound's own, in order.
      if (j > i + 1 && letters(compound) !== letters(apart)) continue;
      out += text.slice(at, a.start) + compound;
      at = b.end;
      i = j;
    }
    return at === 0 ? undefined : out + text.slice(at);
  };

  return meant;
}
