// Which words are words of the Russian language: «скачать», «появляется», «сканировать» are, whatever word of the
// notes they are a letter or two away from («сказать», «является», «скопировать»), so none is a typo of it. The
// list is the Russian Hunspell dictionary (dictionary-ru, © Alexander I. Lebedev, BSD-3-Clause): its lemmas, one
// a line with their affix flags («скачать/BLMR»). A word is in the language when a lemma has the word's stem: the
// flags, which spell out every form, are not read.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { stem } from "./analyzer.ts";

/** The dictionary's lemmas, one a line («\nскачать/BLMR»), lower case, «ё» as «е»: read on first use. */
let lemmas: string | undefined;

/** A word the dictionary may have: Russian letters only. */
const RUSSIAN_WORD = /^[а-яё]+$/u;

/** Whether `word` (lower case) is a word of the Russian language by the dictionary. */
export function isRussianWord(word: string): boolean {
  if (!RUSSIAN_WORD.test(word)) return false;
  lemmas ??= readLemmas();
  const wanted = stem(word.replaceAll("ё", "е"));
  // A lemma with the word's stem starts with it: «скачать» for «скачали». Each that does is stemmed to see.
  for (let at = lemmas.indexOf(`\n${wanted}`); at >= 0; at = lemmas.indexOf(`\n${wanted}`, at + 1)) {
    const end = lemmas.slice(at + 1, at + 1 + MAX_LEMMA).search(/[/\n]/u);
    const lemma = lemmas.slice(at + 1, end < 0 ? at + 1 + MAX_LEMMA : at + 1 + end);
    if (stem(lemma) === wanted) return true;
  }
  return false;
}

/** No lemma of the dictionary is longer. */
const MAX_LEMMA = 40;

function readLemmas(): string {
  // The package exports only its loader, which reads both files asynchronously at import; the list is read here.
  const main = createRequire(import.meta.url).resolve("dictionary-ru");
  const text = readFileSync(join(dirname(main), "index.dic"), "utf8");
  return `\n${text.toLowerCase().replaceAll("ё", "е")}`;
}
