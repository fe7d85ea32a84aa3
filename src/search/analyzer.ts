// The one analyzer used for indexing and for queries: normalisation, identifier-aware tokens, Snowball
// stemming (Russian for Cyrillic, English for Latin), stop words, glossary canonicalisation.
import snowball from "snowball-stemmers";
import type { Glossary } from "../knowledge/types.ts";
import { ENGLISH_FUNCTION_WORDS, STOP_WORDS } from "./stopwords.ts";

/** A word in capitals of Latin letters: «WHERE», «HAVING». */
const KEYWORD = /^[A-Z]{2,}$/u;

/** A word of the input and the term it analyses to (`undefined` for stop words). */
export interface Token {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The word as normalised: NFC, lower case, ё → е. */
  surface: string;
  term: string | undefined;
  /**
   * Terms of the parts of a compound identifier (`kube-router` → kube, router; `nodeSelector` → node, selector), and
   * of its parts that are compounds themselves (`nodeType=ingress` → …, nodetype).
   */
  parts: string[];
}

const russian = snowball.newStemmer("russian");
const english = snowball.newStemmer("english");

/** Letters with their combining marks (a decomposed й stays one letter). Words joined by `-`, `_`, `.`, `=`, `:` or `/` stay one token: `kube-router`, `nodeType=ingress`, `k8s-ingress-1`. */
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:['’]?[\p{L}\p{M}\p{N}]+)*(?:[-_.=:/][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)*|(?<=\p{N}\s?)%|№(?=\s?\p{N})/gu;
/**
 * A link's scheme and host: where a page is, not what the passage says. «https», «www», «prudnitskiy.pro» would
 * answer «https в ingress» with a passage that only cites a source. The path stays: it often names its subject
 * («hello-helm», «k8s-pod-distribution»).
 */
const LINK_HOST = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`()[\]{}/]+/giu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/**
 * The words signs by a number say: «4%» is four percent, and «какие проценты» asks for it; «Приказ №1» is order
 * number one, «приказ номер 1».
 */
const SIGN_WORDS: ReadonlyMap<string, string> = new Map([
  ["%", "процент"],
  ["№", "номер"],
]);
const LATIN_ONLY = /^[a-z]+$/;

/** A form in «-ти» or «-си» of a noun in «-ть» or «-сь» after a vowel: «памяти», «записи», «печати». */
const SOFT_NOUN_FORM = /^[а-я]{2,}[аеиоуыэюя][тс]и$/;

/**
 * Nouns Snowball cuts as verbs: it takes «память» for an infinitive (as «делать» → дела) and «запись» for a
 * reflexive, so «память» → памя and «запись» → зап, while «памяти» → памят and «записи» → запис. Given the words
 * of the notes, the stem each such noun's «-ть»/«-сь» form gets, mapped to the stem of its form in «-ти»/«-си»
 * that the notes use (a verb has no such form: there is no «делати»).
 */
export function softNounStems(words: Iterable<string>): Map<string, string> {
  const stems = new Map<string, string>();
  for (const word of words) {
    if (!SOFT_NOUN_FORM.test(word)) continue;
    const whole = stem(word);
    if (whole !== word.slice(0, -1)) continue;
    const cut = stem(`${whole}ь`);
    if (cut.length < whole.length && whole.startsWith(cut)) stems.set(cut, whole);
  }
  return stems;
}

/** The stems of the Russian words among `words`: what {@link fleetingStems} and {@link adjectiveNounStems} compare. */
export function cyrillicStems(words: Iterable<string>): Set<string> {
  const stems = new Set<string>();
  for (const word of words) if (CYRILLIC.test(word)) stems.add(stem(word));
  return stems;
}

/**
 * Nouns whose last vowel comes and goes, which Snowball stems apart: «меток» → меток but «метки» → метк. Given
 * the stems of the notes' Russian words ({@link cyrillicStems}), the stem of each such noun's form with the vowel
 * mapped to the stem of its form without, when the notes use both (see {@link fleetingForms}).
 */
export function fleetingStems(all: ReadonlySet<string>): Map<string, string> {
  const stems = new Map<string, string>();
  for (const whole of all) {
    const without = withoutFleetingVowel(whole);
    if (without !== undefined && all.has(without)) stems.set(whole, without);
  }
  return stems;
}

/** A stem in «-ив», «-ыв», as of «массива», «архивы», «коллектива». */
const GERUND_LIKE = /^[а-я]{3,}[иы]в$/;

/**
 * Nouns Snowball cuts as perfective gerunds: it takes «массив» for a verb's «-ив» (as «купив» → куп), so «массив»
 * → масс while «массива» → массив. Given the words of the notes, the stem such a noun's first form gets, mapped to
 * the stem of its other forms (a gerund has none: nothing stems to «купив»).
 */
export function gerundNounStems(words: Iterable<string>): Map<string, string> {
  const stems = new Map<string, string>();
  for (const word of words) {
    if (!CYRILLIC.test(word)) continue;
    const whole = stem(word);
    if (whole === word || !GERUND_LIKE.test(whole)) continue;
    const cut = stem(whole);
    if (cut === whole.slice(0, -2)) stems.set(cut, whole);
  }
  return stems;
}

/**
 * Adjectives made of a noun in «-к» or «-ц» the notes use, which Snowball stems apart: «рыночных» → рыночн but
 * «рынков» → рынк, «облачный» → облачн but «облако» → облак. Given the stems of the notes' Russian words
 * ({@link cyrillicStems}), each such adjective's stem mapped to its noun's, when the notes have both. Only the «к»/«ц» that turns «ч» before «-н» marks the pair
 * clearly: a plain «-н» also makes adjectives of other meanings («частный» is not of «часть», «средний» not of «среда»).
 */
export function adjectiveNounStems(stems: ReadonlySet<string>): Map<string, string> {
  const mapped = new Map<string, string>();
  for (const adjective of stems) {
    const made = ADJECTIVE_IN_CHN.exec(adjective);
    if (made === null) continue;
    const [, root, vowel] = made as unknown as [string, string, string];
    // «рыноч-н» of «рынок» (its «о» comes and goes), «точеч-н» of «точка», «мышеч-н» of «мышца».
    const nouns = ["к", "ц"].flatMap((c) =>
      vowel === "" ? [`${root}${c}`] : [`${root}о${c}`, `${root}${c}`],
    );
    const noun = nouns.find((n) => stems.has(n));
    if (noun !== undefined) mapped.set(adjective, noun);
  }
  return mapped;
}

/**
 * How an imperfective verb's stem ends where its perfective's does: the last consonant alternates («запрет» of
 * «запретить», «запреща» of «запрещать»; «освобод», «освобожда»), or a suffix is added («огранич», «ограничива»).
 */
const ASPECT_ENDINGS: readonly (readonly [perfective: string, imperfective: string])[] = [
  ["т", "ща"],
  ["д", "жда"],
  ["", "ива"],
  ["", "ыва"],
];
/** A verb's stem this short may be another word's: «пут» is no «пуща». */
const MIN_VERB_STEM = 5;

/**
 * One verb the notes use in both aspects, or an English noun in «-инг» and the verb made of its root, which Snowball
 * stems apart: «запрещает» (запреща) and «запретить» (запрет), «троттлят» (троттл) and «троттлинг». Given the stems
 * of the notes' Russian words ({@link cyrillicStems}), the imperfective's stem mapped to the perfective's, and the
 * verb's to the noun's, when the notes have both: a question in either form finds the passages in both.
 */
export function aspectStems(stems: ReadonlySet<string>): Map<string, string> {
  const mapped = new Map<string, string>();
  for (const form of stems) {
    for (const [perfective, imperfective] of ASPECT_ENDINGS) {
      if (!form.endsWith(imperfective)) continue;
      const other = `${form.slice(0, -imperfective.length)}${perfective}`;
      if (other.length >= MIN_VERB_STEM && stems.has(other)) mapped.set(form, other);
    }
    const verb = form.endsWith("инг") ? form.slice(0, -3) : "";
    if (verb.length >= MIN_VERB_STEM && stems.has(verb)) mapped.set(verb, form);
  }
  return mapped;
}

/** An adjective's stem in «-чн» after a root of three letters or more: «рыночн», «облачн», «точечн». */
const ADJECTIVE_IN_CHN = /^(\p{Script=Cyrillic}{3,}?)([ое]?)чн$/u;

/** A noun in «-ена» («отмена», «замена»), which Snowball cuts as a participle's ending: «отмена» → отм. */
const ENA_NOUN = /^\p{Script=Cyrillic}{2,}ен[аыуе]$/u;

/**
 * Nouns in «-ена» Snowball cuts short («отмена» → отм, while «отмене» and «отменить» → отмен): given the notes'
 * words, the short stem mapped to the long one, when the notes have both (so it is one root).
 */
export function enaNounStems(words: Iterable<string>): Map<string, string> {
  const all = [...words].filter((w) => CYRILLIC.test(w));
  const stems = new Set(all.map((w) => stem(w)));
  const mapped = new Map<string, string>();
  for (const word of all) {
    if (!ENA_NOUN.test(word)) continue;
    const short = stem(word);
    const long = `${short}ен`;
    if (word.startsWith(long) && short.length >= 2 && stems.has(long)) mapped.set(short, long);
  }
  return mapped;
}

/** How many letters of a word's stem a cut with a dot leaves out at most: «корут.» of «корутин», «соед.» of «соединен». */
const MAX_CUT_LETTERS = 4;

/** Words of no subject that notes cut short with a dot: «напр.», «прим.», «след.». */
const DISCOURSE_CUTS = ["например", "примерно", "примечание", "следующий", "следовательно", "который"];

/** A word cut short with a dot mid-sentence, as notes written fast have them: «корут. начинает», «в корут., кот.». */
const ABBREVIATION = /(?<![\p{L}.-])(\p{Script=Cyrillic}{4,})\.(?=[ \t]+\p{Ll}|[,;)])/gu;

/** The words a text cuts short with a dot mid-sentence («корут.» in «корут. начинает»), lower case. */
export function abbreviationsIn(text: string): string[] {
  if (!text.includes(".")) return [];
  return [...text.matchAll(ABBREVIATION)].map((m) => normalize(m[1] as string));
}

/**
 * Words cut short («корут.» for «корутина»), to the stem of the one word of the notes they cut: given the cut
 * words and all the notes' words, each cut word with no ending of its own («микросервисов.» ending a sentence in
 * lower case is a whole word) whose stem no other word of the notes has («сети.» is no cut: «сеть» has it too),
 * mapped from its stem to the only longer stem of the notes, a few letters longer, that starts with it. A cut
 * that could be more than one word, or a common one («напр.»), is left as it is.
 */
export function abbreviationStems(cut: Iterable<string>, words: Iterable<string>): Map<string, string> {
  const cuts = new Set(cut);
  if (cuts.size === 0) return new Map();
  const stems = new Set<string>();
  const wholeStems = new Set<string>();
  for (const word of words) {
    if (!CYRILLIC.test(word)) continue;
    const s = stem(word);
    stems.add(s);
    if (!cuts.has(word)) wholeStems.add(s);
  }
  const mapped = new Map<string, string>();
  for (const word of cuts) {
    const short = stem(word);
    // «микросервисов.» is a whole word, inflected: a cut has no ending to take off. «напр.» is «например».
    if (short !== word || wholeStems.has(short) || DISCOURSE_CUTS.some((w) => w.startsWith(word))) continue;
    // …and cuts a few letters of one word, not a compound's: «поток.» is no «потокобезопасный».
    const longer = [...stems].filter(
      (s) => s.length > short.length && s.length <= short.length + MAX_CUT_LETTERS && s.startsWith(short),
    );
    // The longer forms of one word: each starts with the shortest of them («корутин», «корутинн»).
    const shortest = longer.reduce<string | undefined>(
      (a, b) => (a === undefined || b.length < a.length ? b : a),
      undefined,
    );
    if (shortest !== undefined && longer.every((s) => s.startsWith(shortest))) mapped.set(short, shortest);
  }
  return mapped;
}

/** Latin letters that look like Russian ones, and the Russian letter each is read for in a Russian word. */
const LOOKALIKE: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
};
/** A word of both scripts: «ссылoк», «OДИН» as OCR or a keyboard left them. */
const MIXED_WORD = /[a-zа-я]*(?:[a-z][а-я]|[а-я][a-z])[a-zа-я]*/g;
const HAS_MIXED = /[a-z][а-я]|[а-я][a-z]/;

/**
 * A Russian word with Latin look-alike letters in it («ссылoк», «ВCЕ»: OCR, or a keyboard switched mid-word) in
 * Russian letters only. A word with any other Latin letter («kубectl») is left as it is.
 */
function oneScript(text: string): string {
  if (!HAS_MIXED.test(text)) return text;
  return text.replace(MIXED_WORD, (word) => {
    let out = "";
    for (const ch of word) {
      if (ch >= "а" && ch <= "я") out += ch;
      else {
        const russian = LOOKALIKE[ch];
        if (russian === undefined) return word;
        out += russian;
      }
    }
    return out;
  });
}

/** NFC, lower case, ё → е, Latin look-alikes in a Russian word read as Russian. Nothing else: й stays й. */
export function normalize(text: string): string {
  return oneScript(text.normalize("NFC").toLowerCase().replaceAll("ё", "е"));
}

/** `text` with the scheme and host of its links blanked out, offsets kept. */
function withoutLinkHosts(text: string): string {
  if (!text.includes("://") && !text.includes("www.")) return text;
  return text.replace(LINK_HOST, (host) => " ".repeat(host.length));
}

/** A stem Snowball leaves of a verb in «-ять» («удаляет» → удаля, «обновлять» → обновля): a consonant, then «я». */
const IMPERFECTIVE = /^[а-я]{3,}[^аеиоуыэюя]я$/;
/** …with the «л» Russian puts after a labial in that form («обновить» → «обновлять», «добавить» → «добавлять»). */
const LABIAL_L = /[бвмпф]ля$/;

/**
 * The stem of a verb's «-ить» form for a stem of its «-ять» form: «удалить» and «удаляет», «проверить» and
 * «проверять», «обновить» and «обновлять» are one verb (its two aspects), which Snowball stems apart (удал and
 * удаля), so «как удалить контейнер» missed notes that say what «удаляет» it. The stems that end so are almost all
 * such verbs (and their participles: «выполняющиеся»); Snowball cuts a noun's «-я» («история» → истор).
 */
function perfectiveStem(stemmed: string): string {
  if (!IMPERFECTIVE.test(stemmed)) return stemmed;
  return stemmed.slice(0, LABIAL_L.test(stemmed) ? -2 : -1);
}

/**
 * The plural of a three-letter acronym: «CRDs», «PVCs». Snowball keeps an «s» after no vowel, so «crds» would not
 * be «crd». (A three-letter acronym in «s», «dns» or «tls», is shorter and stays whole.)
 */
const ACRONYM_PLURAL = /^[b-df-hj-np-tv-xz]{3}s$/;

const stems = new Map<string, string>();
const MAX_CACHED_WORDS = 100_000;
const MAX_CACHED_STEMS = 200_000;

/** Stems one normalised word: Snowball Russian for Cyrillic, Snowball English for plain Latin words. */
export function stem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  let result = word;
  if (CYRILLIC.test(word)) result = perfectiveStem(russian.stem(word));
  else if (ACRONYM_PLURAL.test(word)) result = word.slice(0, -1);
  else if (LATIN_ONLY.test(word) && word.length > 3) result = english.stem(word);
  if (stems.size >= MAX_CACHED_STEMS) stems.clear();
  stems.set(word, result);
  return result;
}

/** «95-й», «2-я», «10-го», «5-ти»: a number and a case ending of up to three letters. */
const NUMBER_WITH_ENDING = /^(\d+)-[а-яё]{1,3}$/u;

/** A file's name and a configuration or source extension: `pyproject.toml`, `values.yaml`, `ansible.cfg`. */
const FILE_NAME =
  /^([A-Za-z][\w-]*)\.(?:toml|json|ya?ml|txt|md|cfg|ini|conf|lock|xml|env|py|js|ts|sh|sql|tf|tfvars|gradle|properties|hcl)$/;

/** The parts of a compound: `kube-router` → kube, router; `nodeSelector` → node, Selector; not `CRDs`, a plural. */
/** What a compound's parts are written apart with: `kube-router`, `node_type`, `nodeType=ingress`. */
const SEPARATORS = /[-_.=:/]+/;

function splitParts(raw: string): string[] {
  return raw
    .split(SEPARATORS)
    .flatMap((p) => p.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})(?!\p{Lu}s$)/u))
    .filter(Boolean);
}

/** A distinct word as analysed once: shared by every occurrence, so never mutate it. */
export interface Word {
  surface: string;
  stemmed: string;
  /** The word's own term; a glossary phrase it is part of may override it (see `scan`). */
  term: string | undefined;
  parts: string[];
  /** The parts that are compounds themselves, names of their own (`MaxRAMPercentage` in `-XX:MaxRAMPercentage=75`). */
  names: string[];
}

export interface Analyzer {
  /** Every word of `text` with its term, in order, including stop words (term undefined). */
  tokens(text: string): Token[];
  /**
   * Visits every word of `text` with its term (after glossary phrases), allocating nothing per word: for
   * indexing large notes. Offsets are not given; use `tokens` where they matter.
   */
  scan(text: string, visit: (word: Word, term: string | undefined) => void): void;
  /** The terms of `text` for the index: each word's term, and the parts of compounds. */
  terms(text: string): string[];
  /** The analysed form of one word, ignoring stop words; for vocabulary look-ups. */
  termOf(word: string): string | undefined;
  /** Whether `term` stands for a glossary group: the notes' author named it as a thing of their subject. */
  inGlossary(term: string): boolean;
}

/**
 * Builds the analyzer for a glossary. Each glossary group maps every one of its words or phrases to the
 * analysed form of its first entry, so «деплоймент», «deployment» and «деплой» index and match alike.
 */
export function createAnalyzer(
  glossary: Glossary = [],
  /** Russian stems that stand for an English word (see `CognateIndex.twins`): «деплоймент» → deployment. */
  cognates: ReadonlyMap<string, string> = new Map(),
  /**
   * Stems of nouns Snowball cut as verbs, to their other forms' (see {@link softNounStems}): памя → памят; and of
   * nouns' forms with a fleeting vowel, to those without (see {@link fleetingStems}): меток → метк.
   */
  nouns: ReadonlyMap<string, string> = new Map(),
): Analyzer {
  const single = new Map<string, string>();
  const phrases = new Map<string, string>();
  const phraseStarts = new Set<string>();
  let longestPhrase = 1;
  const rawStems = (text: string) => (normalize(text).match(WORD) ?? []).map((w) => stem(w));

  const canonicals = new Set<string>();
  const phraseEntries: [words: string[], canonical: string][] = [];
  for (const group of glossary) {
    const head = rawStems(group[0] ?? "");
    if (head.length === 0) continue;
    const canonical = head.join("_");
    canonicals.add(canonical);
    for (const entry of group) {
      const words = normalize(entry).match(WORD) ?? [];
      if (words.length === 1) {
        const s = stem(words[0] as string);
        if (!single.has(s)) single.set(s, canonical);
      } else if (words.length > 1) phraseEntries.push([words, canonical]);
    }
  }

  const wordTerm = (surface: string): string | undefined => {
    if (STOP_WORDS.has(surface)) return undefined;
    const s = stem(surface);
    return single.get(s) ?? single.get(surface) ?? s;
  };
  for (const [russian, english] of cognates) {
    const term = wordTerm(english);
    if (term !== undefined && !single.has(russian)) single.set(russian, term);
  }
  for (const [cut, whole] of nouns) if (!single.has(cut)) single.set(cut, single.get(whole) ?? whole);
  // Words repeat: each distinct word is analysed once (the cache is dropped when it grows too large).
  const words = new Map<string, Word>();
  const analyseWord = (raw: string): Word => {
    let word = words.get(raw);
    const sign = word === undefined ? SIGN_WORDS.get(raw) : undefined;
    if (sign !== undefined) {
      word = { surface: raw, stemmed: stem(sign), term: stem(sign), parts: [], names: [] };
      words.set(raw, word);
    }
    if (word === undefined) {
      // A number with a Russian ending («95-й перцентиль», «в 10-х числах») is the number.
      const number = NUMBER_WITH_ENDING.exec(normalize(raw))?.[1];
      const surface = number ?? normalize(raw);
      const split = number === undefined ? splitParts(raw) : [];
      const parts =
        split.length > 1 ? split.map((p) => wordTerm(normalize(p))).filter((t): t is string => !!t) : [];
      // A part between separators that is itself a compound is a name too: `-XX:MaxRAMPercentage=75` has
      // MaxRAMPercentage, the name a question asks about, besides max, ram and percentage.
      const names: string[] = [];
      if (number === undefined && split.length > 2)
        for (const segment of raw.split(SEPARATORS))
          if (segment !== raw && splitParts(segment).length > 1) {
            const term = wordTerm(normalize(segment));
            if (term !== undefined && !parts.includes(term)) names.push(term);
          }
      parts.push(...names);
      // A file is named by its name without the extension: «pyproject» is `pyproject.toml`, «package» `package.json`
      // (a name among the parts, so whole: `docker-compose.yml` is «docker-compose»).
      const file = number === undefined ? FILE_NAME.exec(raw)?.[1] : undefined;
      const fileTerm = file === undefined ? undefined : wordTerm(normalize(file));
      if (fileTerm !== undefined && split.length > 1 && !names.includes(fileTerm)) {
        names.push(fileTerm);
        if (!parts.includes(fileTerm)) parts.push(fileTerm);
      }
      // «WHERE», «HAVING»: an English stop word written in capitals is a keyword (of SQL, of a config), a name.
      const keyword = KEYWORD.test(raw) && ENGLISH_FUNCTION_WORDS.has(surface) ? stem(surface) : undefined;
      word = { surface, stemmed: stem(surface), term: wordTerm(surface) ?? keyword, parts, names };
      if (words.size >= MAX_CACHED_WORDS) words.clear();
      words.set(raw, word);
    }
    return word;
  };

  /**
   * What a word is matched on in glossary phrases: its own term, so any name of each word will do — «нетворк
   * полиси» (a glossary word and a word heard as English) is the phrase «network policy»; a stop word by its stem.
   */
  const keyOfWord = (word: Word) => word.term ?? word.stemmed;
  for (const [entryWords, canonical] of phraseEntries) {
    const keys = entryWords.map((w) => keyOfWord(analyseWord(w)));
    const key = keys.join(" ");
    if (!phrases.has(key)) phrases.set(key, canonical);
    phraseStarts.add(keys[0] as string);
    longestPhrase = Math.max(longestPhrase, keys.length);
  }

  const tokens = (text: string): Token[] => {
    const result: Token[] = [];
    const keys: string[] = [];
    const mentioned = mentionsAt(text);
    for (const match of withoutLinkHosts(text).matchAll(WORD)) {
      const raw = match[0];
      const word = analyseWord(raw);
      const start = match.index;
      result.push({
        start,
        end: start + raw.length,
        surface: word.surface,
        term: isFunctionWord(word) && mentioned(start) ? word.stemmed : word.term,
        parts: word.parts,
      });
      keys.push(keyOfWord(word));
    }
    const found = phrases.size > 0 ? phrasesIn((i) => keys[i] as string, result.length) : undefined;
    for (const [i, [canonical, n]] of found ?? []) {
      for (let k = i; k < i + n; k++) (result[k] as Token).term = canonical;
    }
    return result;
  };

  /** Positions where a glossary phrase starts in a run of words, and its canonical term and length. */
  const phrasesIn = (
    keyAt: (i: number) => string,
    length: number,
  ): Map<number, [string, number]> | undefined => {
    let found: Map<number, [string, number]> | undefined;
    for (let i = 0; i < length; i++) {
      if (!phraseStarts.has(keyAt(i))) continue;
      for (let n = Math.min(longestPhrase, length - i); n >= 2; n--) {
        const key = Array.from({ length: n }, (_, k) => keyAt(i + k)).join(" ");
        const canonical = phrases.get(key);
        if (canonical === undefined) continue;
        found ??= new Map();
        found.set(i, [canonical, n]);
        i += n - 1;
        break;
      }
    }
    return found;
  };

  const scan = (text: string, visit: (word: Word, term: string | undefined) => void): void => {
    const sequence: Word[] = [];
    const mentioned = mentionsAt(text);
    for (const match of withoutLinkHosts(text).matchAll(WORD)) {
      const word = analyseWord(match[0]);
      sequence.push(isFunctionWord(word) && mentioned(match.index) ? { ...word, term: word.stemmed } : word);
    }
    const found =
      phrases.size > 0 ? phrasesIn((i) => keyOfWord(sequence[i] as Word), sequence.length) : undefined;
    for (let i = 0; i < sequence.length; i++) {
      const phrase = found?.get(i);
      if (phrase) {
        for (let k = i; k < i + phrase[1]; k++) visit(sequence[k] as Word, phrase[0]);
        i += phrase[1] - 1;
      } else visit(sequence[i] as Word, (sequence[i] as Word).term);
    }
  };

  return {
    tokens,
    scan,
    terms(text) {
      const out: string[] = [];
      scan(text, (word, term) => {
        if (term !== undefined) out.push(term);
        for (const p of word.parts) if (p !== term) out.push(p);
      });
      return out;
    },
    termOf(word) {
      return wordTerm(normalize(word));
    },
    inGlossary: (term) => canonicals.has(term),
  };
}

/**
 * Where in `text` an English function word is a word being mentioned, not used: in a line mostly in Russian
 * («после if не ставят will», «with — контекстный менеджер»). In an English line it is the language's glue.
 */
function mentionsAt(text: string): (offset: number) => boolean {
  let lines: { end: number; russian: boolean }[] | undefined;
  // Words are asked about in the order they stand, so the line of the last one is where to look from.
  let at = 0;
  return (offset) => {
    if (lines === undefined) {
      lines = [];
      let end = 0;
      for (const line of text.split("\n")) {
        let cyrillic = 0;
        let latin = 0;
        for (const [w] of line.matchAll(WORD)) {
          if (CYRILLIC.test(w)) cyrillic++;
          else if (LETTER.test(w)) latin++;
        }
        end += line.length + 1;
        lines.push({ end, russian: cyrillic > latin });
      }
    }
    if (offset < (at > 0 ? (lines[at - 1]?.end ?? 0) : 0)) at = 0;
    while (at < lines.length && offset >= (lines[at] as { end: number }).end) at++;
    return lines[at]?.russian ?? false;
  };
}

const LETTER = /\p{L}/u;

/** An English function word of two letters or more, as typed: «if», «with», «will». */
const isFunctionWord = (word: Word) =>
  word.term === undefined &&
  word.surface.length >= 2 &&
  LATIN_ONLY.test(word.surface) &&
  ENGLISH_FUNCTION_WORDS.has(word.surface);

/** A stem ending in «-ок», «-ек», «-ец» after a consonant, or «-ек» after a vowel (the «й» of «настройка»). */
const FLEETING_VOWEL = /^(\p{Script=Cyrillic}{2,}?)(?:([^аеёиоуыэюяй])[ое]([кц])|([аеёиоуыэюя])е(к))$/u;

/** The stem without its fleeting vowel, for a stem that ends with one: «ошибок» → ошибк, «настроек» → настройк. */
function withoutFleetingVowel(term: string): string | undefined {
  const gone = FLEETING_VOWEL.exec(term);
  if (gone === null) return undefined;
  const [, start, consonant, last, vowel, k] = gone;
  return consonant !== undefined ? `${start}${consonant}${last}` : `${start}${vowel}й${k}`;
}

/** A stem ending in a consonant and «к» or «ц». */
const NO_FLEETING_VOWEL = /^(\p{Script=Cyrillic}{2,}[^аеёиоуыэюяй])([кц])$/u;

/**
 * The other stems of a noun whose last vowel comes and goes: «ошибок» and «ошибк» (of «ошибки»), «настроек» and
 * «настройк», «образец» and «образц». Snowball keeps them apart.
 */
export function fleetingForms(term: string): string[] {
  const without = withoutFleetingVowel(term);
  if (without !== undefined) return [without];
  if (/[аеёиоуыэюя]йк$/u.test(term)) return [`${term.slice(0, -2)}ек`];
  const kept = NO_FLEETING_VOWEL.exec(term);
  if (kept === null) return [];
  const [, start, last] = kept;
  return [`${start}о${last}`, `${start}е${last}`];
}
