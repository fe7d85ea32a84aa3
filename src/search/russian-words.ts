// Which words are words of the Russian language: «скачать», «появляется», «сканировать» are, whatever word of the
// notes they are a letter or two away from («сказать», «является», «скопировать»), so none is a typo of it. The
// list is the Russian Hunspell dictionary (dictionary-ru, © Alexander I. Lebedev, BSD-3-Clause): its lemmas, one
// a line with their affix flags («скачать/BLMR»). A word is in the language when a lemma has the word's stem: the
// flags, which spell out every form, are not read.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { stem } from "./analyzer.ts";

/** A word the dictionary may have: Russian letters only. */
const RUSSIAN_WORD = /^[а-яё]+$/u;

/** No lemma of the dictionary is longer. */
const MAX_LEMMA = 40;

/** Lemmas are looked up by their first letters, this many: a few dozen lemmas start as a word's stem does. */
const KEY_LETTERS = 3;

/** A Hunspell dictionary's words: whether it has a word (in any form), and its lemmas that start with some letters. */
export interface RussianWords {
  has(word: string): boolean;
  from(start: string): string[];
}

/**
 * A check of words against a Hunspell dictionary's text (`.dic`: a count, then a lemma a line, flags after «/»).
 * With no text, no word is known, and every one may be corrected as before the dictionary.
 */
export function russianWords(dic: string): RussianWords {
  const lemmas = `\n${dic.toLowerCase().replaceAll("ё", "е")}`;
  const lemmaAt = (at: number): string => {
    const end = lemmas.slice(at, at + MAX_LEMMA).search(/[/\n]/u);
    return lemmas.slice(at, end < 0 ? at + MAX_LEMMA : at + end);
  };
  // Where the lemmas start, by their first letters: searching the whole text took a millisecond or two a word,
  // most of the time of a question with a few words the notes do not have.
  const byKey = new Map<string, number[]>();
  for (let at = 0; at >= 0; at = lemmas.indexOf("\n", at + 1)) {
    // A lemma shorter than the key has its flags or the next line in it: «в/LN» is kept under «в/l».
    const key = lemmas.slice(at + 1, at + 1 + KEY_LETTERS);
    const starts = byKey.get(key);
    if (starts === undefined) byKey.set(key, [at + 1]);
    else starts.push(at + 1);
  }
  const startingWith = (wanted: string): Iterable<number> => {
    if (wanted.length >= KEY_LETTERS) return byKey.get(wanted.slice(0, KEY_LETTERS)) ?? [];
    return [...byKey].flatMap(([key, starts]) => (key.startsWith(wanted) ? starts : []));
  };
  const has = (word: string): boolean => {
    if (!RUSSIAN_WORD.test(word)) return false;
    const wanted = stem(word.replaceAll("ё", "е"));
    // A lemma with the word's stem starts with it: «скачать» for «скачали». Each that does is stemmed to see.
    for (const at of startingWith(wanted)) {
      if (lemmas.startsWith(wanted, at) && stem(lemmaAt(at)) === wanted) return true;
    }
    return false;
  };
  const from = (start: string): string[] => {
    if (!RUSSIAN_WORD.test(start)) return [];
    return [...startingWith(start)].filter((at) => lemmas.startsWith(start, at)).map(lemmaAt);
  };
  return { has, from };
}

/**
 * The dictionary's text, or "" when it cannot be read (a broken install): typo correction then works as it did
 * without it, and the bot keeps answering.
 */
export function dictionaryText(path = dictionaryPath()): string {
  try {
    return path === undefined ? "" : readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Where dictionary-ru keeps its word list. The package exports only its loader, which reads it asynchronously. */
function dictionaryPath(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("dictionary-ru")), "index.dic");
  } catch {
    return undefined;
  }
}

let dictionary: RussianWords | undefined;

/** Whether `word` (lower case) is a word of the Russian language by the dictionary, read on first use. */
export function isRussianWord(word: string): boolean {
  dictionary ??= russianWords(dictionaryText());
  return dictionary.has(word);
}

/** The dictionary's lemmas (lower case) that start with `start`: «серт» → сертификат, сертификация, … */
export function russianLemmasFrom(start: string): string[] {
  dictionary ??= russianWords(dictionaryText());
  return dictionary.from(start);
}
