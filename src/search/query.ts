// Query understanding that needs no index: clean-up and comparison questions («чем X отличается от Y»).
import { isInfinitive } from "../russian.ts";

/** Longer queries are cut here: no learner's question needs more, and it bounds the work per query. */
export const MAX_QUERY_CHARS = 500;

/**
 * What kind of answer a question wants: a definition («что такое X», «что делает X», «как работает X», «как
 * проходит X»: what happens is what it is), a list
 * («какие бывают X», «X какие», «из чего состоит X»), a how-to («как …», which prefers the passage with the command), a reason («зачем», «почему»;
 * a consequence, «что будет, если…», is asked for the same way), a quantity («сколько…», answered by a number), a
 * comparison, or other.
 */
export type Intent = "definition" | "list" | "howto" | "why" | "quantity" | "where" | "comparison" | "other";

export interface ParsedQuery {
  /** The query cleaned of control characters, trimmed and cut to MAX_QUERY_CHARS. */
  text: string;
  /** For a comparison question, the two things compared, as the user wrote them. */
  sides?: [string, string];
}

/** Question forms, most specific first; matched against the lower-cased question. */
const INTENTS: [Exclude<Intent, "comparison" | "other">, RegExp][] = [
  [
    "list",
    /(?:^|\s)(?:какие|какая|какой|каких)\s+(?:[\p{L}-]+\s+){0,2}(?:бывают|бывает|есть|существуют|существует|имеются|виды|типы)(?=[\s,.!?:;)]|$)|(?:^|\s)(?:какие|каких)\s+(?:правила|шаги|этапы|стадии|фазы|команды|способы|параметры|опции|поля|свойства|компоненты|принципы|уровни|режимы|флаги)(?=[\s,.!?:;)]|$)|(?:^|\s)(?<!(?:^|\s)(?:как|how)\s(?:[\p{L}-]+\s){0,3})(?:список|перечисли\p{L}*|перечень)(?=[\s,.!?:;)]|$)|(?:^|\s)(?:виды|типы)\s|(?:^|\s)из\s+(?:чего|каких|какого|какой)\s+(?:[\p{L}-]+\s+){0,2}?(?:состо|складыва)\p{L}*|(?:^|\s)что\s+вход(?:ит|ят)\s+во?\s|(?:^|\s)(?:what|which)\s+(?:\p{L}+\s+)?(?:types|kinds)\b|\blist\s+of\b|\s(?:какие|каких)(?:\s+(?:есть|бывают|существуют))?[\s?!.]*$/u,
  ],
  [
    "why",
    /(?:^|\s)(?:зачем|почему|пачему|нафига|нафиг|нахрена|нахера|накой|на\s+кой|для\s+чего|(?:в\s+)?ч[её]м\s+смысл|чем\s+(?:хорош|плох|полез)\p{L}*|why|что\s+(?:будет|произойдет|случится)|what\s+happens)(?=[\s,.!?:;)]|$)/u,
  ],
  [
    "definition",
    /(?:^|\s)(?:(?:что|че|чё|чо|шо|што)\s+(?:такое|есть|значит|означает|это|за)|это\s+(?:(?:вообще|ваще|вобще)\s+)?(?:что|че|чо|шо|што)|кто\s+такой|что\s+(?:из\s+себя\s+)?представля(?:ет|ют)|называ(?:ется|ются|ют)|определение|what\s+(?:is|are|'s)|what's|(?:расскажи|расскажите|объясни|объясните)\s+(?:мне\s+)?(?:про|о|об|обо)|tell\s+me\s+about)(?=[\s,.!?:;)]|$)|(?:^|\s)(?:(?:как|каким\s+образом)\s+(?:работает|работают|устроен\p{L}*|проходит|проходят|происходит|происходят)|(?:что|че|чё|чо|шо|што)\s+(?:делает|делают))(?=[\s,.!?:;)]|$)|\bwhat\s+(?:does|do)\s+.+\s+do\b|\bhow\s+(?:does|do)\s+.+\s+work\b|^(?!.*(?:^|\s)(?:как|how)\s)\S.*\sэто\s*[?!.]*$/u,
  ],
  [
    "howto",
    /(?:^|\s)(?:как|каким\s+(?:образом|способом)|есть\s+ли\s+способ|что\s+(?:нужно\s+|надо\s+)?(?:с)?делать,?\s+чтобы?|how(?!\s+(?:many|much)))(?=[\s,.!?:;)]|$)|(?:^|\s)how\s+(?:to|do|can)\b/u,
  ],
  // «ровно столько копий, сколько я указал» compares, it does not ask how many.
  [
    "quantity",
    /(?:^|\s)(?<!столько[\s,]+(?:[\p{L}-]+[\s,]+){0,3})(?:сколько|скока|how\s+(?:many|much))(?=[\s,.!?:;)]|$)/u,
  ],
  // «где лежат воркфлоу», «куда класть конфиги»: a question that opens with «где» asks for a place.
  ["where", /^(?:а\s+|и\s+|так\s+)?(?:где|куда|where)(?=[\s,.!?:;)]|$)/u],
];

/**
 * The kind of answer a question wants, from its wording alone. A question that opens with an infinitive («удалить
 * топик») asks how; one of one or two words otherwise («ingress», «теинты нод») asks what the thing is.
 */
export function intentOf(query: ParsedQuery): Intent {
  if (query.sides) return "comparison";
  const lower = query.text.toLowerCase().replaceAll("ё", "е");
  for (const [intent, pattern] of INTENTS) if (pattern.test(lower)) return intent;
  // «удалить топик», «поменять retention у топика»: what to do, asked as people type a search.
  if (isInfinitive(/^\p{L}+/u.exec(lower)?.[0] ?? "")) return "howto";
  return lower.split(/\s+/).filter(Boolean).length <= 2 ? "definition" : "other";
}

const DIFF =
  "(?:разница|разницу|отличие|отличия|различие|различия|отличаются|отличается|отличать|different|difference)";

/** A quick test before the patterns: every comparison has one of these words. */
const COMPARISON_WORD =
  /(?:^|\s)(?:vs\.?|versus|против|или|or|лучше|хуже|better|worse|same)(?:\s|$)|отлич|разниц|различ|differen|одно\s+и\s+то\s*же|то\s*же\s+самое/u;

/** «одно и то же», «то же самое»: asking whether two things are one. */
const SAME = "(?:(?:разве|ведь|же|точно|не)\\s+)*(?:одно\\s+и\\s+то\\s*же|то\\s*же\\s+самое)";

/** Patterns of comparison questions; each captures the two sides. Order matters: the most specific first. */
const COMPARISONS: RegExp[] = [
  /чем\s+(.+?)\s+отлича\p{L}*\s+от\s+(.+)/du,
  /отличи\p{L}*\s+(.+?)\s+от\s+(.+)/du,
  new RegExp(`${DIFF}\\s+(?:между\\s+)?(.+?)\\s+(?:и|от|and|&)\\s+(.+)`, "du"),
  /(?:difference|differences)\s+between\s+(.+?)\s+and\s+(.+)/du,
  new RegExp(`(.+?)\\s+(?:и|and)\\s+(.+?)\\s*[,:—-]?\\s*(?:в\\s+)?(?:чем\\s+)?${DIFF}`, "du"),
  /(.+?)\s+(?:vs\.?|versus|против)\s+(.+)/du,
  // «образ и контейнер это одно и то же или нет», «ingress это то же самое что ingress controller?», «is a pod the
  // same as a container»: whether two things are one asks how they differ.
  new RegExp(`(.+?)\\s+(?:и|and)\\s+(.+?)\\s*[,—–-]?\\s*(?:это\\s+)?${SAME}`, "du"),
  new RegExp(
    `(.+?)\\s*[,—–-]?\\s+(?:это\\s+)?${SAME}\\s*,?\\s+(?:что\\s+(?:и\\s+)?|как\\s+(?:и\\s+)?)(.+)`,
    "du",
  ),
  /(?:^|\s)(?:is|are)\s+(.+?)\s+(?:the\s+)?same\s+(?:thing\s+)?as\s+(.+)/du,
  /(.+?)\s+and\s+(.+?)\s+(?:is|are)\s+(?:the\s+)?same(?:\s+thing)?(?:\s|$)/du,
  // «чем стейтфулсет лучше деплоймента», «почему деплоймент лучше репликасета», «почему лучше деплоймент, а не
  // голый репликасет», «is a deployment better than a replicaset» — not «лучше для больших кластеров», what for.
  /(?:^|\s)(?:чем|почему|зачем)\s+(.+?)\s+(?:лучше|хуже)\s+(?!не\s|(?:для|в|во|на|при|под|с|со|у|по)\s|\p{L}+(?:ть|ться)(?:\s|$))(?:чем\s+)?(.+)/du,
  /(?:^|\s)(?:лучше|хуже)\s+(.+?),?\s+а\s+не\s+(.+)/du,
  // «деплоймент чем лучше репликасета»: the order people say it in too.
  /^(.+?)\s+чем\s+(?:лучше|хуже)\s+(?!не\s|(?:для|в|во|на|при|под|с|со|у|по)\s|\p{L}+(?:ть|ться)(?:\s|$))(.+)/du,
  /(.+?)\s+(?:better|worse)\s+than\s+(.+)/du,
  /(.+?)\s+(?:или|or)\s+(.+)/du,
];

/** A Russian preposition first: «на конкретные поды», «в облаке», «через сервис». */
const PREPOSITION_FIRST = /^(?:на|в|во|по|под|для|с|со|к|ко|от|из|за|у|о|об|при|через|без|между)\s/iu;

/** Where a clause starts: a comma, semicolon, colon or dash, or a conjunction that starts a purpose or condition. */
const CLAUSE_BREAK = /\s*[,;:]\s+|\s+[—–-]\s+|\s+(?:чтобы|чтоб|если|когда|потому|because|if|when)\s+/u;

/** Words around the sides that belong to the question, not to the thing compared. */
const FRAME =
  /^(?:(?:а|и|в|так|ну|скажи|объясни|чем|what|is|the|a|an|между|between)\s+)+|\s+(?:(?:в\s+)?(?:чем\s+)?(?:разница|отличие|отличия)|(?:что|какой|кого|кто)\s+(?:выбрать|лучше|хуже|проще|дешевле|брать|взять|использовать|\p{L}{3,}(?:ее|ей))|(?:which|what)\s+(?:is\s+)?(?:better|to\s+choose))$/iu;

function cleanSide(side: string): string {
  let s = side.replace(/[?!.…,;:]+$/u, "").trim();
  for (let i = 0; i < 3; i++) s = s.replace(FRAME, "").trim();
  return s;
}

/**
 * «istiod что за зверь», «кастомайз че это за зверь такой»: the idiom asks what a thing is, and the beast is no word of
 * its subject (the notes may have beasts of their own: «лесной зверь тащит ее в избушку»).
 */
const WHAT_BEAST =
  /(?<=(?:^|\s)(?:что|че|чё|чо|шо|што)(?:\s+это)?\s+за)\s+(?:зверь|зверюга|зверек|зверёк)(?:\s+(?:такой|такая))?(?=[\s,.!?:;)]|$)/iu;

/** Removes control characters (NUL included), collapses white space, cuts to MAX_QUERY_CHARS. */
export function cleanQuery(input: string): string {
  return input
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}

/**
 * Cleans a query and recognises comparison questions: «чем X отличается от Y», «разница между X и Y»,
 * «X vs Y», «X или Y», «difference between X and Y». Sides longer than four words are not taken as a comparison.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = cleanQuery(input).replace(WHAT_BEAST, "");
  const asked = text.replace(/[?!]+$/u, "");
  const lower = asked.toLowerCase().replaceAll("ё", "е");
  if (!COMPARISON_WORD.test(lower)) return { text };
  // The sides are cut from the text as typed («ClusterIP», not «clusterip») when case folding kept its length.
  const source = lower.length === asked.length ? asked : lower;
  for (const pattern of COMPARISONS) {
    const match = pattern.exec(lower);
    const [ia, ib] = [match?.indices?.[1], match?.indices?.[2]];
    if (!ia || !ib) continue;
    // A clause around the sides is no part of them: «сервис vs ингресс, кто за что отвечает», «ингресс или
    // нодпорт чтобы выставить сайт наружу», «если нужен sticky, ingress или service?».
    const a = cleanSide(source.slice(ia[0], ia[1]).split(CLAUSE_BREAK).at(-1) ?? "");
    const b = cleanSide(source.slice(ib[0], ib[1]).split(CLAUSE_BREAK)[0] ?? "");
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    // «нетполы на неймспейс вешаются или на конкретные поды» asks where, not which of two things: a side that opens
    // with a preposition is a place or a way, not a thing.
    if (PREPOSITION_FIRST.test(b)) continue;
    if (a && b && words(a) <= 4 && words(b) <= 4) return { text, sides: [a, b] };
  }
  return { text };
}
