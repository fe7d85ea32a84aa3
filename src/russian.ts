// Russian verb forms told by their endings alone, for words no dictionary of the notes knows: what someone does
// or what happens («задеплоить», «стартует», «глянул»), not the thing it is done to. The search, the quiz's
// terms and its flashcards all ask this, so the nouns that end like verbs are listed once.

/** Nouns and adverbs that end as verbs do: «сеть» as «петь», «память» as «мять», «опять» as «стоять». */
const LIKE_VERBS = new Set([
  "сеть",
  "путь",
  "суть",
  "ртуть",
  "память",
  "часть",
  "власть",
  "мать",
  "кровать",
  "тетрадь",
  "опять",
]);

/**
 * An infinitive: «-ть» after a vowel, «-чь», or «-ти» after «с», «з», «д» or «й» («нести», «везти», «идти»,
 * «найти») — never «-ости», «-ласти» or «-части»: «памяти», «сущности», «области», «части» are nouns. Reflexive
 * ones too («настроиться», «запечься»).
 */
const INFINITIVE =
  /\p{Script=Cyrillic}+(?:[аяеиоуы]ть(?:ся)?|чь(?:ся)?|(?:[ея]|(?<![лч])а)сти(?:сь)?|зти(?:сь)?|йти|дти)$/u;

/** Finite and past forms: «стартует», «падают», «висит», «глянул», «упала», «поднялись», «ломается». */
const FINITE = /\p{Script=Cyrillic}{2,}(?:[аяеиу]л[аио]?|л[аи]сь|ся|сь|[ие]т|[ую]т|[ая]т)$/u;

/** Whether a lower-case word is a Russian infinitive: what someone does. */
export function isInfinitive(word: string): boolean {
  return INFINITIVE.test(word) && !LIKE_VERBS.has(word);
}

/**
 * Whether a lower-case word is a Russian verb form: an infinitive, or a finite or past form. Endings alone say
 * it, so a few nouns pass («секрет», «маршрут», «сигнал»): ask it of words the notes do not use, where a verb
 * is far likelier.
 */
export function isVerbForm(word: string): boolean {
  return (INFINITIVE.test(word) || FINITE.test(word)) && !LIKE_VERBS.has(word);
}

/**
 * Whether a lower-case word has a long verb ending («-ает», «-ить», «-ается», «-ывает»), which nouns rarely share
 * (as «секрет» and «пакет» do «-ет»): a verb where a word may well be a noun the notes use.
 */
export function hasLongVerbEnding(word: string): boolean {
  return word.length >= 5 && LONG_VERB_ENDING.test(word) && !LIKE_VERBS.has(word);
}

const LONG_VERB_ENDING =
  /(?:ает|яет|еет|ует|ают|яют|еют|уют|ится|ется|ются|ятся|атся|ать|ять|ить|еть|ыть|уть|аться|яться|иться|ался|ялся|ился|ались|ились|ывает|ивает)$/u;
