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
