// English terms in Russian letters: «деплоймент» is deployment, «теинт» is taint, «ингресс» is ingress. Learners
// write both, often in one set of notes, and no glossary need say so: the two sound alike.

import { transliterate } from "../translit.ts";
import { STOP_WORDS } from "./stopwords.ts";
import { editDistance } from "./typos.ts";

/** A word of Cyrillic letters only. */
export const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const LATIN_WORD = /^[a-z]+$/;

/**
 * How a word sounds, spelled one way for both scripts: Russian letters transliterated, and English spellings of
 * one sound made one («tion» and «шн», «c» and «к», «с» or «ц», «ph» and «ф», «дж» and «j»).
 */
export function soundOf(word: string): string {
  // Romanized as an English speaker hears it: х as h, ц as the s of «cilium», щ as sh.
  // A stem that ends in «ц» is of a noun in «-ция», which English says «-tion»: «агрегац» sounds as aggregation.
  const latin = CYRILLIC_WORD.test(word)
    ? transliterate(word)
        .replace(/shch/g, "sh")
        .replace(/kh/g, "h")
        .replace(/ts$/, "tion")
        .replace(/ts/g, "s")
    : word;
  return latin
    .replace(/dzh/g, "j")
    .replace(/tch/g, "ch")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/qu/g, "kv")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/w/g, "v")
    .replace(/th/g, "t")
    .replace(/ti(?=on)/g, "sh")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/z/g, "s")
    .replace(/j/g, "g")
    .replace(/(.)\1+/g, "$1");
}

/** A sound's consonants, in order: what a word in Russian letters keeps of its English original. */
export function consonantsOf(sound: string): string {
  return sound.replace(/[aeiouy]+/g, "").replace(/(.)\1+/g, "$1");
}

/**
 * A Russian verb of the «-ать», «-ять», «-еть» kinds: «передать», «владеет». Verbs borrowed from English take «-ить»
 * or «-ировать» («задеплоить», «пушить», «мигрировать»); these are Russian's own, whatever English word their
 * consonants spell («передать» is not prod, «владеет» not validate).
 */
const NATIVE_VERB = /\p{Script=Cyrillic}(?:[аяе]ть|[аяе]ться|[аяе]ет|[аяе]ют|[аяе]ется|[аяе]ются)$/u;

/**
 * English letters said otherwise than their spelling sounds, as Russian letters write them: «tu» as «чу» («future»,
 * «feature»; not at a word's start: «tutorial»), «ssur» and «sur» as «шур» («pressure», «ensure»), a «w» after a
 * vowel as «у» («flower» is «флауэр», «browser» «браузер», «window» «виндоу»).
 */
const SAID_AS: [RegExp, string][] = [
  [/(?<=[a-z])tu/g, "chu"],
  [/(?<=[a-z])s{1,2}u(?=r)/g, "shu"],
  [/(?<=[aeo])w/g, "u"],
];

/** Words shorter than this, or with fewer consonants, have too many look-alikes («под», «тип», «нам»). */
const MIN_LETTERS = 4;
const MIN_CONSONANTS = 3;

/**
 * Finds the English word of the notes a Russian-lettered word stands for, and back: same consonants in the same
 * order, and a length within a third of the other's (a Russian word less than a third longer). Several English
 * words alike: the one clearly nearest in sound, else none (ambiguous).
 */
export class CognateIndex {
  private readonly byConsonants = new Map<string, Heard[]>();

  /** `stemOf`: how Russian words are reduced to what they are heard by («деплойментами» → «деплоймент»). */
  constructor(private readonly stemOf: (word: string) => string) {}

  /**
   * Learns a word of the notes (lower case), in either script: a Russian word by its stem, an English one as
   * written and without a plural ending («s», «ies» for «y»). `written`: how the notes write it, if not as one
   * word («grid search», the start of their GridSearchCV).
   */
  add(word: string, written = word, partOfName = false): void {
    // A function word is no term: «форма» is not FROM.
    if (STOP_WORDS.has(word) || NATIVE_VERB.test(word)) return;
    if (CYRILLIC_WORD.test(word)) this.put(this.stemOf(word), written, partOfName);
    else if (LATIN_WORD.test(word)) {
      this.put(word, written, partOfName);
      const singular = singularOf(word);
      if (singular !== word) this.put(singular, written, partOfName);
      // Heard as said, not as spelled: «future» is «фьючер», «backpressure» «бэкпрешер».
      for (const [spelled, said] of SAID_AS) {
        const heard = singular.replace(spelled, said);
        if (heard !== singular) this.put(heard, written, partOfName);
      }
    }
  }

  /** The word of the notes in the other script that sounds like `word` (lower case), if all such are forms of one. */
  find(word: string): string | undefined {
    if (NATIVE_VERB.test(word)) return undefined;
    if (!CYRILLIC_WORD.test(word)) return this.findBase(word);
    // A Russian ending the stemmer takes off may be the English word's own: «тредлокал» is ThreadLocal, though
    // its «-л» reads as a past tense («тредлока»).
    const stemmed = this.stemOf(word);
    return this.findBase(stemmed) ?? (stemmed === word ? undefined : this.findBase(word));
  }

  /** {@link find} for a Russian word's stem or an English word as written. */
  private findBase(word: string, withParts = true): string | undefined {
    if (STOP_WORDS.has(word)) return undefined;
    const found = this.findAs(word, withParts);
    // An English plural is looked up as its singular too: «deployments» for the notes' «деплоймент».
    return found === undefined && LATIN_WORD.test(word) && singularOf(word) !== word
      ? this.findAs(singularOf(word), withParts)
      : found;
  }

  private findAs(word: string, withParts: boolean): string | undefined {
    const cyrillic = CYRILLIC_WORD.test(word);
    if (!(cyrillic || LATIN_WORD.test(word))) return undefined;
    const sound = soundOf(word);
    const key = this.keyOf(word, sound);
    if (key === undefined) return undefined;
    let found: Heard | undefined;
    let ambiguous = false;
    let exact: Heard | undefined;
    const alike: Heard[] = [];
    for (const other of this.byConsonants.get(key) ?? []) {
      if (other.cyrillic === cyrillic || (other.partOfName && !withParts)) continue;
      const longer = Math.max(other.sound.length, sound.length);
      // A Russian word a third longer than the English one is another word: «теорема» is not term.
      const russianLength = cyrillic ? sound.length : other.sound.length;
      const englishLength = cyrillic ? other.sound.length : sound.length;
      const gap = Math.abs(other.sound.length - sound.length) * 3;
      if (gap > longer || (russianLength > englishLength && gap >= longer) || !sameStart(other.sound, sound))
        continue;
      if (!firstVowelsAgree(cyrillic ? word : other.word, cyrillic ? other.word : word)) continue;
      // A word that sounds exactly so is the one meant, whatever else sounds alike: «render» is «рендер», not
      // «ререндер», whose doubled consonant it shares.
      if (other.sound === sound && (exact === undefined || other.word.length < exact.word.length))
        exact = other;
      // Forms of one English word («deployment», «deployments») are one sound; two sounds are two words.
      if (found !== undefined && !sameWord(found.sound, other.sound) && found.word !== other.word)
        ambiguous = true;
      if (found === undefined || other.sound.length < found.sound.length) found = other;
      alike.push(other);
    }
    return exact?.word ?? (ambiguous ? clearlyNearest(sound, alike)?.word : found?.word);
  }

  /**
   * The Russian-lettered words learned that stand for an English word learned: each Russian stem («деплоймент»)
   * with the English word («deployment»).
   */
  twins(): Map<string, string> {
    const found = new Map<string, string>();
    for (const bucket of this.byConsonants.values()) {
      for (const heard of bucket) {
        if (!heard.cyrillic || found.has(heard.base)) continue;
        // The notes' own words are not read as parts of names: their «реплики» stay theirs, not ReplicaSet's.
        const english = this.findBase(heard.base, false);
        if (english !== undefined) found.set(heard.base, english);
      }
    }
    return found;
  }

  private put(base: string, word: string, partOfName: boolean): void {
    const sound = soundOf(base);
    const key = this.keyOf(base, sound);
    if (key === undefined) return;
    const heard: Heard = { word, base, sound, cyrillic: CYRILLIC_WORD.test(word), partOfName };
    const bucket = this.byConsonants.get(key);
    if (bucket) bucket.push(heard);
    else this.byConsonants.set(key, [heard]);
  }

  private keyOf(base: string, sound: string): string | undefined {
    if (base.length < MIN_LETTERS) return undefined;
    const key = consonantsOf(sound);
    return key.length < MIN_CONSONANTS ? undefined : key;
  }
}

/** A word as learned: the word as written, what it was learned by (a Russian word's stem), its sound and script. */
interface Heard {
  word: string;
  base: string;
  sound: string;
  cyrillic: boolean;
  /**
   * Heard only as the start of a camel-case name or as a program of the code (see `Hearing.read`,
   * `Hearing.readCode`): for questions' words, not the notes'.
   */
  partOfName: boolean;
}

/** An English word (lower case) without a plural ending: «policies» is policy, «deployments» deployment. */
export function singularOf(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** How much nearer in sound one word must be than every other to be the one meant among words alike. */
const CLEARLY_NEARER = 2;

/**
 * Of words whose consonants are alike, the one whose whole sound is clearly the nearest `sound`: «флауэр» is
 * flower (heard «flouer»), not failure.
 */
function clearlyNearest(sound: string, alike: Heard[]): Heard | undefined {
  const measured = alike
    .map((heard) => ({
      heard,
      distance: editDistance(sound, heard.sound, sound.length + heard.sound.length),
    }))
    .sort((a, b) => a.distance - b.distance);
  const [best, ...rest] = measured;
  if (best === undefined) return undefined;
  const { heard } = best;
  return rest.every(
    (other) =>
      other.heard.word === heard.word ||
      sameWord(other.heard.sound, heard.sound) ||
      other.distance >= best.distance + CLEARLY_NEARER,
  )
    ? heard
    : undefined;
}

/**
 * Whether two sounds start alike: with the same consonant, followed by a vowel in both or in neither («записан» is
 * not space, «варить» not write), or both with a vowel («обща» is not «bash»).
 */
function sameStart(a: string, b: string): boolean {
  const vowel = /^[aeiouy]/;
  if (vowel.test(a)) return vowel.test(b);
  // A word that opens with two consonants is said so in either script («спейс», «скрипт»): «записан» is no space.
  return a[0] === b[0] && vowel.test(a.slice(1)) === vowel.test(b.slice(1));
}

/**
 * The Russian letters' first vowel, as a vowel of English: а and я are a, е and э e, и i, о and ё o, у and ю u.
 * ы is none: no English vowel is written with it («скрыт» is not secrets).
 */
const RUSSIAN_VOWEL: Record<string, string> = {
  а: "a",
  я: "a",
  е: "e",
  э: "e",
  ё: "o",
  и: "i",
  ы: "y",
  о: "o",
  у: "u",
  ю: "u",
};

/**
 * The Russian vowels an English word's first vowel letters are heard as: «label» → лейбл, «pipeline» → пайплайн,
 * «cluster» → кластер, «vault» → волт, «taint» → теинт, «flower» → флауэр. Spellings not listed may be heard as any.
 */
const HEARD_AS: [RegExp, string][] = [
  [/^(?:ai|ay)/, "ea"],
  [/^ae/, "ei"],
  [/^(?:au|aw)/, "oa"],
  [/^a/, "ae"],
  [/^(?:ea|ee|ie|ei)/, "ie"],
  [/^e/, "e"],
  [/^(?:oi|oy)/, "o"],
  [/^oo/, "u"],
  [/^our/, "o"],
  [/^ou/, "uao"],
  [/^ow/, "oa"],
  [/^o/, "o"],
  [/^u/, "ua"],
  [/^[iy]/, "ia"],
];

/** An English «e» in an open syllable, heard long: «secret», «event», «legal». */
const LONG_E = /^e[^aeiouy][rl]?[aeiouy]/;

/**
 * Whether a Russian-lettered word's first vowel is one its English twin's first vowel is heard as: «стоп» is not
 * setup, «плюс» not policy, «сразу» not source, «трафик» not Traefik, though their consonants are. An «e» before
 * one consonant (and an r or l) and a vowel may be heard long, with и («сикрет», «ивент»).
 */
function firstVowelsAgree(russian: string, english: string): boolean {
  const ru = /[аяеэёиыоую]/.exec(russian)?.[0];
  const en = /^y?[^aeiouy]*([aeiouy].*)$/.exec(english)?.[1];
  if (ru === undefined || en === undefined) return true;
  const heard = HEARD_AS.find(([spelling]) => spelling.test(en))?.[1];
  if (heard === undefined) return true;
  const vowel = RUSSIAN_VOWEL[ru] as string;
  return heard.includes(vowel) || (vowel === "i" && LONG_E.test(en));
}

/** Whether two sounds are forms of one word: one is the other with an ending («deployment», «deployments»). */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * The words that may be heard: Latin or Russian letters, at least {@link MIN_LETTERS} of them, in lower case text.
 * (A plain character class: `\p{L}` made reading 10 MB of notes twice as slow.)
 */
const WORDS = new RegExp(`[a-zа-яё]{${MIN_LETTERS},}`, "g");

/** The program a line of code runs: its first word, not a key (`operator: Exists`), after a prompt (`$ `). */
const COMMAND_WORD = new RegExp(`^[ \\t]*(?:[$#>][ \\t]+)?([a-z]{${MIN_LETTERS},})(?![\\w:=(.-])`, "gm");

/** English words joined by hyphens, none a letter or two long: `kube-proxy`, `anti-affinity`, `multi-stage`. */
const HYPHENED = /(?<![\w-])[a-z]{3,}(?:-[a-z]{3,})+(?![\w-])/g;

/** A camel-case name of two words or more: `ThreadLocal`, `useMemo`, `GridSearchCV`. */
const CAMEL_NAME = /\b[A-Za-z][a-z]+(?:[A-Z][a-z]+|[A-Z]+\b)+/g;
/** A camel-case name's words: `GridSearchCV` → Grid, Search, CV. */
const CAMEL_SEGMENT = /[A-Z]?[a-z]+|[A-Z]+/g;

/**
 * Hears the words of the notes' prose and headings (of code only the programs it runs, see {@link readCode}),
 * Russian ones by `stemOf`: what a question's word in one script is looked up against, in the other. A text at a
 * time, so notes can be read in steps.
 */
export class Hearing {
  readonly index: CognateIndex;
  /** Every distinct word read, in lower case with ё as е. */
  readonly seen = new Set<string>();
  private readonly namePrefixes = new Set<string>();
  private readonly codeWords = new Set<string>();

  constructor(stemOf: (word: string) => string) {
    this.index = new CognateIndex(stemOf);
  }

  read(text: string): void {
    const lower = text.toLowerCase();
    for (const match of lower.matchAll(WORDS)) this.hear(match[0].replaceAll("ё", "е"));
    // A compound of English words joined by hyphens is said as one word: «кубпрокси» is kube-proxy,
    // «антиаффинити» anti-affinity.
    if (lower.includes("-"))
      for (const [compound] of lower.matchAll(HYPHENED)) {
        const joined = compound.replaceAll("-", "");
        if (this.seen.has(joined) || this.namePrefixes.has(joined)) continue;
        this.namePrefixes.add(joined);
        this.index.add(joined, compound, true);
      }
    // A camel-case name is said by its first words too: «комплитбл» is CompletableFuture's Completable,
    // «гридсерч» GridSearchCV's GridSearch.
    for (const match of text.matchAll(CAMEL_NAME)) {
      const segments = match[0].match(CAMEL_SEGMENT) ?? [];
      for (let n = 1; n < segments.length; n++) {
        const words = segments.slice(0, n).map((s) => s.toLowerCase());
        const prefix = words.join("");
        if (prefix.length < MIN_LETTERS || this.seen.has(prefix) || this.namePrefixes.has(prefix)) continue;
        this.namePrefixes.add(prefix);
        // «рэббит» is RabbitMQ, «монга» MongoDB: a name said without the acronym it ends in is the whole name.
        const last = segments[segments.length - 1] ?? "";
        if (n === segments.length - 1 && /^[A-Z]{2,}$/.test(last)) {
          this.index.add(prefix, match[0].toLowerCase(), true);
          continue;
        }
        // Found as the words the index has: GridSearchCV's terms are grid, search and cv, not gridsearch.
        this.index.add(prefix, words.join(" "), true);
      }
    }
  }

  /**
   * Hears the programs code runs (`kubectl`, `helm` at a line's start), for questions' words only: a question may
   * say «кубектл» of notes that write it only in commands. Not the rest of the code: its keys and values
   * (`operator: Exists`) are not what a question's «оператор» means, nor are they the notes' own Russian words.
   */
  readCode(code: string): void {
    for (const match of code.toLowerCase().matchAll(COMMAND_WORD)) {
      const word = match[1] as string;
      if (this.seen.has(word) || this.codeWords.has(word)) continue;
      this.codeWords.add(word);
      this.index.add(word, word, true);
    }
  }

  private hear(word: string): void {
    if (this.seen.has(word)) return;
    this.seen.add(word);
    this.index.add(word);
  }
}

/**
 * English letters by their names in Russian letters, as Russian speakers say an acronym: «айпи» is IP, «пивиси»
 * PVC, «эйчпиэй» HPA. Each letter may have several spellings («кей», «кэй»).
 */
const LETTER_NAMES: [string, string][] = [
  ["эйч", "h"],
  ["эйдж", "h"],
  ["джей", "j"],
  ["джи", "g"],
  ["кью", "q"],
  ["кей", "k"],
  ["кэй", "k"],
  ["уай", "y"],
  ["вай", "y"],
  ["зед", "z"],
  ["экс", "x"],
  ["эй", "a"],
  ["би", "b"],
  ["си", "c"],
  ["ди", "d"],
  ["эф", "f"],
  ["ай", "i"],
  ["эль", "l"],
  ["эл", "l"],
  ["эм", "m"],
  ["эн", "n"],
  ["оу", "o"],
  ["пи", "p"],
  ["ар", "r"],
  ["эс", "s"],
  ["ти", "t"],
  ["ви", "v"],
  ["зи", "z"],
  ["ю", "u"],
  ["и", "e"],
  ["о", "o"],
];

/** A slang ending put on a spelled acronym: «айпишник», «айпишники» (an IP address). */
const ACRONYM_SLANG = /(?:шник|шниц|шк)\p{L}*$/u;

/**
 * The acronyms a Russian-lettered word spells by English letter names («айпишник» → ip; «пивиси» → pvc), each of
 * at least two letters, longest names tried first. A word that is no run of letter names spells none.
 */
export function spelledAcronyms(word: string): string[] {
  const bare = word.replace(ACRONYM_SLANG, "");
  const found: string[] = [];
  const spell = (at: number, letters: string) => {
    if (at === bare.length) {
      if (letters.length >= 2) found.push(letters);
      return;
    }
    for (const [name, letter] of LETTER_NAMES)
      if (bare.startsWith(name, at)) spell(at + name.length, letters + letter);
  };
  if (bare.length >= MIN_LETTERS && CYRILLIC_WORD.test(bare)) spell(0, "");
  return found;
}

/**
 * Russian letters as the English letters an acronym written in them stands for: «грпц» is gRPC, «цпу» CPU, «гц»
 * GC, «джит» JIT. Some stand for two («к» for k or c).
 */
const LETTERS_AS_LATIN: [string, string[]][] = [
  ["дж", ["j"]],
  ["кс", ["x"]],
  ["а", ["a"]],
  ["б", ["b"]],
  ["в", ["v", "w"]],
  ["г", ["g"]],
  ["д", ["d"]],
  ["е", ["e"]],
  ["ж", ["j"]],
  ["з", ["z"]],
  ["и", ["i"]],
  ["й", ["y"]],
  ["к", ["k", "c", "x"]],
  ["л", ["l"]],
  ["м", ["m"]],
  ["н", ["n"]],
  ["о", ["o"]],
  ["п", ["p"]],
  ["р", ["r"]],
  ["с", ["s", "c"]],
  ["т", ["t"]],
  ["у", ["u"]],
  ["ф", ["f"]],
  ["х", ["h", "x"]],
  ["ц", ["c"]],
  ["э", ["e"]],
];

/** The longest acronym a word in Russian letters is taken to write letter by letter. */
const MAX_WRITTEN_ACRONYM = 4;
/** The fewest letters an acronym written with a slang ending keeps: «цни» of «цнишку», not «ко» of «кошка». */
const MIN_SLANG_ACRONYM = 3;

/**
 * The acronyms a short Russian-lettered word writes letter for letter (see LETTERS_AS_LATIN): «грпц» → grpc, «гц» →
 * gc, «цнишку» → cni. Words longer than MAX_WRITTEN_ACRONYM letters (a slang ending aside) write none: they are
 * words, not acronyms.
 */
export function writtenAcronyms(word: string): string[] {
  // With a number in it, written as it stands: «л1» is the notes' «L1», «к8с» their «k8s», «ес2» «EC2».
  const numbered = NUMBERED_ACRONYM.exec(word);
  if (numbered !== null) {
    const [, before = "", number = "", after = ""] = numbered;
    const heads = lettersOf(before, 1);
    const tails = after === "" ? [""] : lettersOf(after, 1);
    return heads.flatMap((head) => tails.map((tail) => `${head}${number}${tail}`));
  }
  if (!CYRILLIC_WORD.test(word)) return [];
  // With a slang ending, as «айпишник» has: «цнишку» is the CNI («цни») with «-шку».
  const bare = word.replace(ACRONYM_SLANG, "");
  return bare !== word && bare.length >= MIN_SLANG_ACRONYM
    ? [...lettersOf(word), ...lettersOf(bare)]
    : lettersOf(word);
}

/** Russian letters, a number, and maybe letters again: «л1», «к8с», «ес2». */
const NUMBERED_ACRONYM = /^(\p{Script=Cyrillic}{1,3})(\d{1,2})(\p{Script=Cyrillic}{0,2})$/u;

/**
 * The acronyms of at most MAX_WRITTEN_ACRONYM letters, and at least `least`, that Russian letters write one for
 * one.
 */
function lettersOf(word: string, least = 2): string[] {
  const found: string[] = [];
  const write = (at: number, letters: string) => {
    if (letters.length > MAX_WRITTEN_ACRONYM) return;
    if (at === word.length) {
      if (letters.length >= least) found.push(letters);
      return;
    }
    for (const [cyrillic, latin] of LETTERS_AS_LATIN)
      if (word.startsWith(cyrillic, at))
        for (const letter of latin) write(at + cyrillic.length, letters + letter);
  };
  write(0, "");
  return found;
}
