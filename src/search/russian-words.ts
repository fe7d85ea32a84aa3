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

/**
 * A check of words against a Hunspell dictionary's text (`.dic`: a count, then a lemma a line, flags after «/»).
 * With no text, no word is known, and every one may be corrected as before the dictionary.
 */
export function russianWords(dic: string): (word: string) => boolean {
  const lemmas = `\n${dic.toLowerCase().replaceAll("ё", "е")}`;
  return (word) => {
    if (!RUSSIAN_WORD.test(word)) return false;
    const wanted = stem(word.replaceAll("ё", "е"));
    // A lemma with the word's stem starts with it: «скачать» for «скачали». Each that does is stemmed to see.
    for (let at = lemmas.indexOf(`\n${wanted}`); at >= 0; at = lemmas.indexOf(`\n${wanted}`, at + 1)) {
      const end = lemmas.slice(at + 1, at + 1 + MAX_LEMMA).search(/[/\n]/u);
      const lemma = lemmas.slice(at + 1, end < 0 ? at + 1 + MAX_LEMMA : at + 1 + end);
      if (stem(lemma) === wanted) return true;
    }
    return false;
  };
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

let isWord: ((word: string) => boolean) | undefined;

/** Whether `word` (lower case) is a word of the Russian language by the dictionary, read on first use. */
export function isRussianWord(word: string): boolean {
  isWord ??= russianWords(dictionaryText());
  return isWord(word);
}
