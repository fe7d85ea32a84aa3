// Russian IT slang for everyday verbs of operating software: «юзать», «пофиксить», «зачекать». People type these;
// notes, written more carefully, say «использовать», «исправить», «проверить». A word of the language, not of any
// one set of notes, as the English dictionary is (english.ts).
import { isVerbForm } from "../russian.ts";

/** A slang verb's root, borrowed from English, and the Russian verb notes say it with. */
const SLANG: [root: string, verb: string][] = [
  ["юз", "использовать"],
  ["чек", "проверить"],
  ["фикс", "исправить"],
  ["апдейт", "обновить"],
  ["рестарт", "перезапустить"],
  ["ребут", "перезагрузить"],
  ["дроп", "удалить"],
  ["ремув", "удалить"],
  ["инсталл", "установить"],
  ["инстал", "установить"],
  ["дебаж", "отлаживать"],
  ["скип", "пропустить"],
  ["ресет", "сбросить"],
  ["апрув", "одобрить"],
  ["килл", "завершить"],
  ["кил", "завершить"],
];

/** The prefixes slang verbs take as Russian verbs do: «заюзать», «пофиксить», «зачекать», «перезапустить». */
export const VERB_PREFIX = "(?:за|по|про|при|пере|вы|от|на|с|раз|рас|у)";
// Longer roots first: «инсталл» before «инстал».
const ROOTS = SLANG.map(([root]) => root).sort((a, b) => b.length - a.length);
const SLANG_WORD = new RegExp(`^${VERB_PREFIX}?(${ROOTS.join("|")})(\\p{Script=Cyrillic}*)$`, "u");
/** The endings of a verb made of a root: «-ать» (юзать), «-ить» (фиксить), «-нуть» and «-ануть» (чекнуть, рестартануть). */
const VERB_TAIL = new RegExp(
  `^ь?(?:${[
    "ать|аться|ал|ала|ало|али|ался|алась|ались|ает|ают|аю|аешь|аем|аете|ается|аются|ай|айте",
    "ить|иться|ил|ила|ило|или|ился|илась|ились|ит|ят|ат|ю|у|ишь|им|ите|ится|ятся|атся|и",
    "нуть|нуться|нул|нула|нуло|нули|нет|нут|ну|нешь|нем|ните|ни",
    "ануть|анул|анула|анули|анет|анут|ану|ани",
  ].join("|")})$`,
  "u",
);

/**
 * The Russian verb a slang verb stands for («юзается» → использовать, «пофиксил» → исправить), if `word` is one: a
 * known root, its prefix and a verb's ending. Nouns of the same roots («чек», «дроп») are not verbs and stay.
 */
export function plainVerbOf(word: string): string | undefined {
  const match = SLANG_WORD.exec(word);
  if (match === null || !isVerbForm(word) || !VERB_TAIL.test(match[2] ?? "")) return undefined;
  return SLANG.find(([root]) => root === match[1])?.[1];
}
