// Russian letters in Latin ones, as a city list or an English speaker spells their names.

/** The usual romanization of each Russian letter (х → kh, ц → ts, щ → shch; ъ and ь dropped). */
const LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** `russian` (lower case) in Latin letters; other characters stay. */
export function transliterate(russian: string): string {
  return [...russian].map((ch) => LATIN[ch] ?? ch).join("");
}

/** Latin spellings of Russian letters, longest first, as people type Russian without a Russian keyboard. */
const CYRILLIC: [string, string][] = [
  ["shch", "щ"],
  ["tsya", "тся"],
  ["sch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ts", "ц"],
  ["yu", "ю"],
  ["ju", "ю"],
  ["ya", "я"],
  ["ja", "я"],
  ["yo", "ё"],
  ["iy", "ий"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["w", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["i", "и"],
  ["j", "й"],
  ["k", "к"],
  ["q", "к"],
  ["c", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["h", "х"],
  ["x", "кс"],
  ["y", "ы"],
  ["'", "ь"],
];

/**
 * A Russian word typed in Latin letters back in Russian ones («zachem» → «зачем», «otlichaetsya» → «отличается»,
 * «takoy» → «такой»): the usual spellings, a «y» after a vowel at the end a «й». Undefined for anything but a
 * word of lower-case Latin letters.
 */
export function fromTranslit(word: string): string | undefined {
  if (!/^[a-z']+$/.test(word)) return undefined;
  let out = "";
  for (let i = 0; i < word.length; ) {
    if (word[i] === "y" && i === word.length - 1 && /[аеиоуыэюя]$/.test(out)) {
      out += "й";
      i++;
      continue;
    }
    const [latin, cyrillic] = CYRILLIC.find(([l]) => word.startsWith(l, i)) ?? [
      word[i] as string,
      word[i] as string,
    ];
    out += cyrillic;
    i += latin.length;
  }
  return out;
}
