// The notes' vocabulary: which terms the notes use and how rare each is, and the words known for typo,
// keyboard-layout and script correction. Built once with the index; read by query understanding and scoring.

import { isVerbForm } from "../russian.ts";
import { type Analyzer, fleetingForms, stem, type Token } from "./analyzer.ts";
import { CognateIndex, CYRILLIC_WORD, spelledAcronyms, writtenAcronyms } from "./cognates.ts";
import { isEverydayEnglish } from "./common-english.ts";
import { switchLayout } from "./layout.ts";
import { WordPairs } from "./pairs.ts";
import { isRussianWord, russianLemmasFrom } from "./russian-words.ts";
import { plainVerbOf, VERB_PREFIX } from "./slang.ts";
import { STOP_WORDS } from "./stopwords.ts";
import { Lexicon, prefixesOf } from "./typos.ts";

/** Words at most this long are never corrected for typos or layout (too many look-alikes). */
const MIN_CORRECTED_LENGTH = 3;
/** A name of two to five capitalised Latin words: «Persistent Volume Claims», «Horizontal Pod Autoscaler». */
const CAPITALISED_NAME = /(?<![\p{L}\p{N}_.-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,4}(?![\p{L}\p{N}_-])/gu;
/** A Latin name and its version number, written together: «jinja2», «python3», «es6». */
const VERSIONED = /^([a-z]{3,})(\d{1,2})$/;
/** A word that may be such a name's initials: «pvc», «hpa». */
const INITIALS = /^[a-z]{2,5}$/;
/**
 * A verb made of an English word with «-нуть» («синк-нуть», «греп-нуть»), its root. Not «-ить»: most Russian verbs end
 * so («поставить»).
 */
const BORROWED_VERB = /^(\p{Script=Cyrillic}{4,}?)(?:ануть|нуть|ануться|нуться|анул[аи]?|нул[аи]?|ану|ну)$/u;
/** The prefixes a verb made of an English word takes, as slang verbs do: «за-бэкапить», «пере-запушить». */
const BORROWED_VERB_PREFIX = new RegExp(`^${VERB_PREFIX}`, "u");
/** How long a prefixed borrowed verb is at least after its prefix: «деплоить», not «пить». */
const MIN_PREFIXED_BORROWED = 6;
/** A Latin name with a number right after it: «http2», «oauth2». */
const NAME_AND_NUMBER = /^([a-z]{2,})(\d+)$/;
/** Latin words joined by hyphens: «re-render», «pre-commit». */
const HYPHENATED = /^[a-z]+(?:-[a-z]+)+$/;
/** The shortest word a word typed as one may be split into (see `apart`): «реплика», «сете». */
const MIN_SPLIT_PART = 4;
/** The most letters a term with a prefix taken off may lose to reach a known stem: a verb's «ова» of «форматирова». */
const MAX_ENDING_AFTER_PREFIX = 3;
/** The shortest known stem an unknown Cyrillic term may be shortened to. */
const MIN_STEM_PREFIX = 5;
/** The stem of a verb in «-ировать» («реплицирова», «реплицир»), its part before «-ир». */
const VERB_OF_ACTION_NOUN = /^(\p{Script=Cyrillic}{3,})ир(?:ова?|у\p{Script=Cyrillic}*)?$/u;

/** The word with one «и» read as «й», or one «й» as «и»: the breve is the mark people most often leave out. */
function breveSwapped(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const letter = word[i];
    if (letter === "и" || letter === "й")
      found.push(word.slice(0, i) + (letter === "и" ? "й" : "и") + word.slice(i + 1));
  }
  return found;
}

/** A word's pairs of letters, with «^» before its first letter and «$» after its last. */
function pairsOf(word: string): string[] {
  const marked = `^${word}$`;
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= marked.length; i++) pairs.push(marked.slice(i, i + 2));
  return pairs;
}

/** How many words' look-ups ({@link Vocabulary.knownWord}, {@link Vocabulary.correctWord}) stay cached. */
const MAX_CACHED_WORDS = 50_000;

/** A text's terms as the index stores them: each word's term, and the parts of compound identifiers. */
export interface LearnedText {
  terms: string[];
  parts: string[];
}

/**
 * Remembers `value` under `key` as first written; a value that is not the `same` makes the key ambiguous (null),
 * for good: two names with one acronym, version or first word are neither of them.
 */
function rememberOne(
  map: Map<string, string | null>,
  key: string,
  value: string,
  same: (known: string, value: string) => boolean = (a, b) => a.toLowerCase() === b.toLowerCase(),
): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, value);
  else if (known !== null && !same(known, value)) map.set(key, null);
}

/** What the notes' words are: document frequencies, IDF, and the surface words for corrections. */
export class Vocabulary {
  private readonly documentFrequency = new Map<string, number>();
  private readonly surfaceTerm = new Map<string, string>();
  /** The terms the notes write as words of their own (see {@link saysWhole}). */
  private readonly wholeTerms = new Set<string>();
  /** Compound words of two parts by their parts' terms («pub sub» → «pub/sub»), as first written. */
  private readonly compounds = new Map<string, string>();
  /** The terms of words the notes write one right after the other («docker compose»). */
  private readonly adjacent = new WordPairs();
  private readonly lexicon = new Lexicon();
  /** The notes' compound identifiers whole («client_max_body_size»), for a typo in a part too short to correct. */
  private readonly compoundLexicon = new Lexicon();
  /** The letter pairs of the notes' Russian words, their starts and ends included («^л», «лу», «ы$»). */
  private readonly russianPairs = new Set<string>();
  /** The notes' names with a version («Jinja2») by the name without it («jinja»), as first written; null for two. */
  private readonly versions = new Map<string, string | null>();
  /** The notes' phrases (names of several words) by their first word's own term, as first written; null for two. */
  private readonly phraseStarts = new Map<string, string | null>();
  /** The notes' names of several capitalised words by their initials, as first written; null when two differ. */
  private readonly initialisms = new Map<string, string | null>();
  private documents = 0;
  // Questions repeat their words: each word is looked up (and corrected, by edit distance over the lexicon)
  // once. What the notes know only changes while the index is built; learning forgets the answers.
  private readonly known = new Map<string, boolean>();
  private readonly corrected = new Map<string, string | null>();

  /** `cognates`: the notes' words heard in either script, for a question's word the notes only have in the other. */
  constructor(
    private readonly analyzer: Analyzer,
    private readonly cognates = new CognateIndex(stem),
  ) {}

  /** Analyses text of the notes, learning its words for typo and layout correction. */
  learn(text: string): LearnedText {
    this.forgetLookups();
    // «Persistent Volume» and «Persistent Volumes» are one name.
    const sameName = (a: string, b: string) =>
      a === b || this.analyzer.terms(a).join(" ") === this.analyzer.terms(b).join(" ");
    for (const [name] of text.matchAll(CAPITALISED_NAME)) {
      const initials = name
        .split(/\s+/u)
        .map((word) => word[0])
        .join("")
        .toLowerCase();
      rememberOne(this.initialisms, initials, name, sameName);
    }
    const terms: string[] = [];
    const parts: string[] = [];
    let previous: string | undefined;
    // The words of a phrase all take its term («Multibranch», «Pipeline»: multibranch_pipelin), one run of them.
    let run: string[] = [];
    let runTerm: string | undefined;
    const endRun = () => {
      if (run.length >= 2) this.notePhrase(run);
      run = [];
    };
    this.analyzer.scan(text, (word, term) => {
      if (term === undefined || term !== runTerm || !term.includes("_")) endRun();
      runTerm = term;
      if (term?.includes("_")) run.push(word.surface);
      if (previous !== undefined && term !== undefined && word.parts.length === 0)
        this.adjacent.add(previous, term);
      previous = word.parts.length === 0 ? term : undefined;
      if (term === undefined) return;
      // «Jinja2», «Python3»: a name with its version, which people often leave off.
      const versioned = VERSIONED.exec(word.surface.toLowerCase());
      if (versioned !== null) rememberOne(this.versions, versioned[1] as string, word.surface);
      if (word.parts.length === 0) this.wholeTerms.add(term);
      // A compound's parts that are names of their own are its words, as the compound is.
      terms.push(term, ...word.names);
      for (const p of word.parts) if (p !== term && !word.names.includes(p)) parts.push(p);
      // A word of a glossary phrase is still that word, as a compound's parts are: «Autoscaler» of «Horizontal Pod
      // Autoscaler», which the glossary calls hpa, is found by «автоскейлинг».
      if (word.term !== undefined && word.term !== term && !word.names.includes(word.term))
        parts.push(word.term);
      if (this.surfaceTerm.has(word.surface)) return;
      if (/^\p{L}+$/u.test(word.surface)) {
        this.surfaceTerm.set(word.surface, term);
        this.lexicon.add(word.surface);
        if (CYRILLIC_WORD.test(word.surface))
          for (const pair of pairsOf(word.surface)) this.russianPairs.add(pair);
      } else if (
        word.parts.length > 0 ||
        // «at-most-once», whose parts are all stop words, is a compound of the notes too.
        /^\p{L}+(?:[-_]\p{L}+)+$/u.test(word.surface)
      ) {
        const [first, second, ...more] = word.parts;
        if (second !== undefined && more.length === 0 && !this.compounds.has(`${first} ${second}`))
          this.compounds.set(`${first} ${second}`, word.surface);
        // The words of a compound are known too: a typo in «kube-ruoter» is corrected to «router».
        this.surfaceTerm.set(word.surface, term);
        this.compoundLexicon.add(word.surface);
        for (const piece of word.surface.split(/[^\p{L}]+/u)) {
          const pieceTerm = piece.length >= MIN_CORRECTED_LENGTH ? this.analyzer.termOf(piece) : undefined;
          if (pieceTerm === undefined || this.surfaceTerm.has(piece)) continue;
          this.surfaceTerm.set(piece, pieceTerm);
          this.lexicon.add(piece);
        }
      }
    });
    endRun();
    return { terms, parts };
  }

  /** Counts one passage's distinct terms towards the document frequencies. */
  count(terms: Iterable<string>): void {
    this.forgetLookups();
    this.documents++;
    for (const term of new Set(terms))
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
  }

  /**
   * The compound word of the notes made of two words' terms, in order: «pub», «sub» → «pub/sub». None when the
   * notes also write the two apart: «docker compose» is not their old «docker-compose».
   */
  compoundOf(first: string, second: string): string | undefined {
    const compound = this.compounds.get(`${first} ${second}`);
    return compound === undefined || this.adjacent.has(first, second) ? undefined : compound;
  }

  /**
   * The notes' name of several words (a glossary phrase, or two capitalised words they always write together) whose
   * first word is `term`, when they never write that word on its own and have one such name: «multibranch» is
   * their «Multibranch Pipeline».
   */
  nameStartingWith(term: string): string | undefined {
    return this.saysWhole(term) ? undefined : (this.phraseStarts.get(term) ?? undefined);
  }

  /** Whether the notes write the term as a word of its own, not only as a part of an identifier (`min_file_…`). */
  saysWhole(term: string): boolean {
    return this.wholeTerms.has(term);
  }

  /**
   * The notes' compound identifier words typed apart spell with a separator between («here doc» → their
   * «here-doc», «at most once» → «at-most-once»), which no compound of terms finds when a part is a stop word.
   */
  compoundSpelled(...words: string[]): string | undefined {
    return ["-", "_"]
      .map((separator) => words.join(separator))
      .find((word) => this.compoundLexicon.has(word));
  }

  /** Whether some passage has the term. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** How many passages have the term. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** The share of passages that have the term. */
  share(term: string): number {
    return this.frequency(term) / Math.max(1, this.documents);
  }

  /**
   * How much a query term counts: its inverse document frequency. A word the notes never use counts as much as
   * a rare one when Russian (mostly the question's everyday words: «поднять», «привязать»), and twice the rarest
   * when typed in Latin: an unknown technical name («istio», «kubeadm») is what the question is about, so a
   * passage without it cannot answer. (A Russian word the glossary maps to a Latin term is not such a name.)
   */
  idf(term: string, typedInLatin = /^[a-z][a-z0-9-]*$/.test(term)): number {
    const docs = Math.max(1, this.documents);
    const df = this.documentFrequency.get(term);
    const rarest = Math.log(1 + docs / 0.5);
    if (df === undefined) return typedInLatin && /^[a-z][a-z0-9-]*$/.test(term) ? 2 * rarest : rarest / 2;
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /**
   * A Cyrillic term the notes don't have, mapped to the same noun with or without the vowel that comes and goes
   * («ошибок» → ошибк of «ошибки»); else to a known term that is its prefix of at least five letters:
   * Snowball leaves verb forms apart («посмотреть» → посмотрет, «посмотрим» → посмотр); failing that, to one
   * the term is with a Russian prefix put on («отформатировать» → форматир of «форматирует»).
   */
  knownStem(term: string): string {
    if (this.documentFrequency.has(term) || !CYRILLIC_WORD.test(term)) return term;
    // «ошибок» where the notes only say «ошибки» (ошибк): a vowel that comes and goes.
    const fleeting = fleetingForms(term).find((t) => this.documentFrequency.has(t));
    if (fleeting !== undefined) return fleeting;
    // «сигнал» (сигна: the stemmer takes its «-л» for a verb's past tense) where the notes say «сигналы» (сигнал).
    if (/[ая]$/u.test(term) && this.documentFrequency.has(`${term}л`)) return `${term}л`;
    const shortened = this.shortenedStem(term);
    if (shortened !== undefined) return shortened;
    // A prefixed form of a word the notes use without it: «отформатировать» where they say «форматирует».
    for (const prefix of prefixesOf(term)) {
      const bare = term.slice(prefix.length);
      // Shortened, only by a verb's ending («отформатирова» → форматир) and after a prefix of two letters or more:
      // «способност» is no «с» + «пособие».
      const found = this.documentFrequency.has(bare)
        ? bare
        : prefix.length > 1
          ? this.shortenedStem(bare, MAX_ENDING_AFTER_PREFIX)
          : undefined;
      if (found !== undefined) return found;
    }
    // A verb made of a noun in «-ция»: «реплицировать» where the notes say «репликация», «мигрировать» — «миграция».
    const verb = VERB_OF_ACTION_NOUN.exec(term)?.[1];
    if (verb !== undefined) {
      const nouns = [`${verb}ац`, `${verb}яц`, ...(verb.endsWith("ц") ? [`${verb.slice(0, -1)}кац`] : [])];
      const noun = nouns.find((n) => this.documentFrequency.has(n));
      if (noun !== undefined) return noun;
    }
    // A verb whose action noun the notes use: «внедрять» (внедр) where they say «внедрение» (внедрен),
    // «подключить» — «подключение», «шифровать» (шифрова) — «шифрование» (шифрован). Not «указать» — «указано»:
    // a participle in «-ан» would make a verb that only says how to ask («как указать…») a word of the subject.
    // After a labial the noun takes an «л»: «перенаправлять» (перенаправ) — «перенаправление» (перенаправлен),
    // «добавить» — «добавление». A verb in «-овать» may have its noun in «-овка» instead: «трассировать»
    // (трассирова) — «трассировка» (трассировк), «балансировать» — «балансировка». Not «проверить» — «проверка»,
    // nor «загрузить» — «загрузка»: those verbs say how to ask as often as what is asked about. A verb in «-ывать»
    // or «-ивать» of one in «-ыть» or «-ить» has its noun in «-тие»: «закрывается» (закрыва) — «закрытие» (закрыт).
    return (
      [
        `${term}ен`,
        ...(/[ое]ва$/u.test(term) ? [`${term}н`] : []),
        ...(/[бвпмф]$/u.test(term) ? [`${term}лен`] : []),
        ...(/ова$/u.test(term) ? [`${term.slice(0, -1)}к`] : []),
        ...(/[ыи]ва$/u.test(term) ? [`${term.slice(0, -2)}т`] : []),
      ].find((n) => this.documentFrequency.has(n)) ?? term
    );
  }

  /**
   * The longest known stem `term` starts with, of at least {@link MIN_STEM_PREFIX} letters and losing at most `most`
   * of its letters.
   */
  private shortenedStem(term: string, most = Number.POSITIVE_INFINITY): string | undefined {
    for (let end = term.length - 1; end >= Math.max(MIN_STEM_PREFIX, term.length - most); end--) {
      const prefix = term.slice(0, end);
      if (this.documentFrequency.has(prefix)) return prefix;
    }
    return undefined;
  }

  /** Whether the notes know a word, as typed or by its analysed form (stop words are real words too). */
  knownWord(surface: string): boolean {
    let known = this.known.get(surface);
    if (known === undefined) {
      known = this.knows(surface);
      if (this.known.size >= MAX_CACHED_WORDS) this.known.clear();
      this.known.set(surface, known);
    }
    return known;
  }

  /**
   * The notes' name three English words typed apart spell together, their last in any form: «pod disruption
   * budgets» → their «PodDisruptionBudget». None when the notes write two of them apart themselves.
   */
  nameOfThree(words: readonly [Token, Token, Token]): string | undefined {
    if (words.some((w) => w.term === undefined || !/^[a-z]{3,}$/u.test(w.surface))) return undefined;
    const [a, b, c] = words.map((w) => w.term as string) as [string, string, string];
    if (this.adjacent.has(a, b) || this.adjacent.has(b, c)) return undefined;
    const whole = words.map((w) => w.surface).join("");
    if (this.surfaceTerm.has(whole)) return whole;
    const term = this.analyzer.termOf(whole);
    return term !== undefined && this.has(term) ? whole : undefined;
  }

  /**
   * The notes' word two words typed apart spell together («дата класс» → their «dataclass», «лоад балансер» →
   * «loadbalancer»), as written or heard in the other script; none when the notes write the two apart themselves.
   */
  oneWordOf(first: Token, second: Token): string | undefined {
    if (first.term === undefined || second.term === undefined) return undefined;
    if (this.adjacent.has(first.term, second.term)) return undefined;
    if (!/^\p{L}{3,}$/u.test(first.surface) || !/^\p{L}{3,}$/u.test(second.surface)) return undefined;
    const whole = first.surface + second.surface;
    const term = this.surfaceTerm.get(whole);
    if (term !== undefined && this.has(term)) return whole;
    // …or with a typo, when one of the two is a word the notes never use: «unhandeled rejection» is their
    // «unhandledrejection».
    const typed = !this.knownWord(first.surface) || !this.knownWord(second.surface);
    return this.cognates.find(whole) ?? (typed ? this.lexicon.nearest(whole) : undefined);
  }

  /** The word of the notes a Russian word sounds like in English («неймспейс» → namespace), if any. */
  heardAs(surface: string): string | undefined {
    return this.cognates.find(surface);
  }

  /** A word the notes don't know, re-typed in the other layout or corrected to the nearest known word. */
  correctWord(surface: string): string | undefined {
    let fixed = this.corrected.get(surface);
    if (fixed === undefined) {
      fixed = this.correct(surface) ?? null;
      if (this.corrected.size >= MAX_CACHED_WORDS) this.corrected.clear();
      this.corrected.set(surface, fixed);
    }
    return fixed ?? undefined;
  }

  /**
   * Whether the notes write a word as it stands (lower case), not only another form of it: an acronym as a word
   * («gc»), or with its number («l1», «k8s»).
   */
  writes(surface: string): boolean {
    return this.surfaceTerm.has(surface) || (/\d/u.test(surface) && this.documentFrequency.has(surface));
  }

  private knows(surface: string): boolean {
    if (this.surfaceTerm.has(surface)) return true;
    const term = this.analyzer.termOf(surface);
    return term === undefined || this.documentFrequency.has(term);
  }

  private correct(surface: string): string | undefined {
    // Too short to correct, but not to be an acronym written in Russian letters: «гц» is the notes' «GC».
    if (surface.length < MIN_CORRECTED_LENGTH)
      return STOP_WORDS.has(surface)
        ? undefined
        : (writtenAcronyms(surface).find((a) => this.writes(a)) ?? this.spelledOut(surface));
    // Slang first: «юзается» is «использовать» the notes say, whatever word of theirs it is a letter away from.
    const plain = plainVerbOf(surface);
    const plainTerm = plain === undefined ? undefined : this.analyzer.termOf(plain);
    if (plainTerm !== undefined && this.has(this.knownStem(plainTerm))) return plain;
    // A word hyphenated where the notes write it whole, or in Russian letters: «re-render» is their «ререндер».
    if (HYPHENATED.test(surface)) {
      const whole = surface.replaceAll("-", "");
      const heard = this.surfaceTerm.has(whole) ? whole : this.cognates.find(whole);
      if (heard !== undefined) return heard;
    }
    // A name and its number typed as one word, where the notes part them: «http2» is their «HTTP/2».
    const numbered = NAME_AND_NUMBER.exec(surface);
    if (numbered !== null) {
      const [name, number] = [this.analyzer.termOf(numbered[1] as string), numbered[2] as string];
      const compound = name === undefined ? undefined : this.compoundOf(name, number);
      if (compound !== undefined) return compound.toLowerCase();
    }
    // An acronym with its number, written in Russian letters: «к8с» is the notes' «k8s».
    const withNumber = /\d/u.test(surface) ? writtenAcronyms(surface).find((a) => this.writes(a)) : undefined;
    if (withNumber !== undefined) return withNumber;
    // A compound identifier is corrected word by word: «kube-ruoter» → «kube-router».
    if (!/^\p{L}+$/u.test(surface)) {
      let changed = false;
      let unknown = false;
      const pieces = surface.split(/([^\p{L}]+)/u).map((piece) => {
        if (!/^\p{L}+$/u.test(piece) || this.knownWord(piece)) return piece;
        const fixed = this.correctWord(piece);
        if (fixed === undefined) {
          unknown = true;
          return piece;
        }
        changed = true;
        return fixed;
      });
      // A part too short to correct on its own («szie» of «client_max_body_szie») is corrected with its compound:
      // an identifier as long as that is rarely a letter away from another one.
      const whole = unknown ? this.compoundLexicon.nearest(surface) : undefined;
      if (whole !== undefined) return whole;
      return changed ? pieces.join("") : undefined;
    }
    // A word that reads as Russian is one, whatever English word its keys would type: «луны» is not «keys».
    const switched = switchLayout(surface);
    if (
      switched !== surface &&
      !this.readsAsRussian(surface) &&
      this.knownWord(switched) &&
      this.analyzer.termOf(switched) !== undefined
    )
      return switched;
    // An acronym said letter by letter, when the notes have it: «айпишник» is the notes' «IP».
    const acronym = spelledAcronyms(surface).find((a) => this.surfaceTerm.has(a));
    if (acronym !== undefined) return acronym;
    // …or written in Russian letters: «грпц» is the notes' «gRPC», «цпу» their «CPU».
    const written = writtenAcronyms(surface).find((a) => this.writes(a));
    if (written !== undefined) return written;
    // …or one they only spell out, said or written in Russian letters: «пивиси», «пвц» are Persistent Volume Claims.
    const spelled = [...spelledAcronyms(surface), ...writtenAcronyms(surface)]
      .map((a) => this.spelledOut(a))
      .find((name) => name !== undefined);
    if (spelled !== undefined) return spelled;
    // «и» typed for «й» or back, at any length: «фаил» is the notes' «файл», «краи» their «край».
    const breve = breveSwapped(surface).find((word) => this.surfaceTerm.has(word));
    if (breve !== undefined) return breve;
    // A verb made of an English word, as Russian makes them («синкнуть», «грепнуть»): the word the notes have.
    const root = BORROWED_VERB.exec(surface)?.[1];
    const borrowed = root === undefined || !isVerbForm(surface) ? undefined : this.cognates.find(root);
    if (borrowed !== undefined) return borrowed;
    // «jinja» where the notes only write «Jinja2».
    const version = /^[a-z]{3,}$/.test(surface) ? this.versions.get(surface) : undefined;
    if (version) return version;
    // An acronym they only spell out first («pvc»). Then a typo: «контролер» is «контроллер». Else two words the
    // notes write apart, typed as one: «репликасете» is their «реплика сете». Else the same word in the other
    // script: «теинт» where the notes only say «taint». Last, two English words heard in one: «сторипоинты».
    return (
      this.spelledOut(surface) ??
      this.typoOf(surface) ??
      this.apart(surface) ??
      this.clippedOf(surface) ??
      this.apartWhereSaid(this.cognates.find(surface)) ??
      this.prefixedBorrowed(surface) ??
      this.heardApart(surface)
    );
  }

  /**
   * A verb made of an English word with a Russian prefix, as Russian makes perfectives («забэкапить», «задеплоить»,
   * «перезапушить»): the word the notes have, heard in what follows the prefix.
   */
  private prefixedBorrowed(surface: string): string | undefined {
    if (!isVerbForm(surface)) return undefined;
    const prefix = BORROWED_VERB_PREFIX.exec(surface)?.[0];
    const rest = prefix === undefined ? undefined : surface.slice(prefix.length);
    if (rest === undefined || rest.length < MIN_PREFIXED_BORROWED || !isVerbForm(rest)) return undefined;
    // «настроить» is «строить» with a prefix, a Russian verb whose sound is no English word's.
    if (isRussianWord(surface) || isRussianWord(rest)) return undefined;
    return this.cognates.find(rest);
  }

  /** Remembers a phrase by its first word («Multibranch Pipeline»); two phrases with one first word are neither. */
  private notePhrase(words: readonly string[]): void {
    const start = this.analyzer.termOf((words[0] ?? "").toLowerCase());
    if (start !== undefined) rememberOne(this.phraseStarts, start, words.join(" "));
  }

  /** An acronym the notes only spell out: «pvc» is their «Persistent Volume Claims», «hpa» «Horizontal Pod Autoscaler». */
  private spelledOut(surface: string): string | undefined {
    return INITIALS.test(surface) ? (this.initialisms.get(surface) ?? undefined) : undefined;
  }

  /**
   * The notes' word `surface` is a typo of, if any. An everyday English word is no typo of the notes' word one letter
   * off: «content» is not their «context». Nor is a word of Russian: «скачать» is not their «сказать», unless it is
   * the other aspect of their verb («ограничить» for their «ограничивать») or their word with a letter doubled or
   * not («контролер»).
   */
  private typoOf(surface: string): string | undefined {
    if (/^[a-z]+$/u.test(surface) && isEverydayEnglish(surface)) return undefined;
    const nearest = this.lexicon.nearest(surface);
    if (nearest === undefined || !isRussianWord(surface)) return nearest;
    return otherAspect(surface, nearest) || doubledLetter(surface, nearest) ? nearest : undefined;
  }

  /**
   * A Russian word heard as two English words the notes write one right after the other: «сторипоинты» is their
   * «story points». Each part at least MIN_HEARD_PART letters.
   */
  private heardApart(surface: string): string | undefined {
    if (!CYRILLIC_WORD.test(surface) || surface.length < 2 * MIN_HEARD_PART) return undefined;
    for (let at = MIN_HEARD_PART; at + MIN_HEARD_PART <= surface.length; at++) {
      const first = this.cognates.find(surface.slice(0, at));
      if (first === undefined) continue;
      const second = this.cognates.find(surface.slice(at));
      if (second === undefined) continue;
      // …or joined by a hyphen, as one compound: «кубпрокси» is their «kube-proxy», «мультистейдж» «multi-stage».
      const hyphened = `${first}-${second}`.toLowerCase();
      if (this.surfaceTerm.has(hyphened)) return hyphened;
      const [a, b] = [this.analyzer.termOf(first.toLowerCase()), this.analyzer.termOf(second.toLowerCase())];
      if (a !== undefined && b !== undefined && this.adjacent.has(a, b)) return `${first} ${second}`;
    }
    return undefined;
  }

  /**
   * A compound of the notes heard whole («эвентлуп» → event-loop), as the words they write it with side by side
   * when they do («event loop»): the hyphened spelling may be one line's, the words apart the notes' own.
   */
  private apartWhereSaid(heard: string | undefined): string | undefined {
    if (heard === undefined || !/^[a-z]+(?:-[a-z]+)+$/u.test(heard)) return heard;
    const terms = heard.split("-").map((part) => this.analyzer.termOf(part));
    const apart = terms.every(
      (term, i) => term !== undefined && (i === 0 || this.adjacent.has(terms[i - 1] as string, term)),
    );
    return apart ? heard.replaceAll("-", " ") : heard;
  }

  /** The word as two words the notes write one right after the other, each at least MIN_SPLIT_PART long. */
  private apart(surface: string): string | undefined {
    for (let at = MIN_SPLIT_PART; at + MIN_SPLIT_PART <= surface.length; at++) {
      const first = this.surfaceTerm.get(surface.slice(0, at));
      const second = this.surfaceTerm.get(surface.slice(at));
      if (first !== undefined && second !== undefined && this.adjacent.has(first, second))
        return `${surface.slice(0, at)} ${surface.slice(at)}`;
    }
    return undefined;
  }

  /**
   * Whether a word reads as Russian by the notes' own words: every pair of its letters, its first and last letters
   * included, is in some Russian word of the notes. «луны» does; «штпкуыы» («ingress» typed in the Russian
   * layout) does not.
   */
  private readsAsRussian(surface: string): boolean {
    return CYRILLIC_WORD.test(surface) && pairsOf(surface).every((pair) => this.russianPairs.has(pair));
  }

  private forgetLookups(): void {
    this.known.clear();
    this.corrected.clear();
    this.russianSurfaces = undefined;
  }

  /** The notes' Russian words in order, to find those a clipped word starts (built when first needed). */
  private russianSurfaces: string[] | undefined;

  /**
   * The word of the notes a word clipped as slang clips them stands for: «серт» their «сертификат», «пайпе» their
   * «пайплайн». No Russian word, its stem of MIN_CLIPPED_STEM to MAX_CLIPPED_STEM letters starts the notes' words
   * of one family only (all alike for MIN_CLIPPED_LOSS letters more, «сертифи»: not «процесс» and «процент» for
   * «проц»); the most frequent of them.
   */
  private clippedOf(surface: string): string | undefined {
    if (!CYRILLIC_WORD.test(surface) || isRussianWord(surface)) return undefined;
    const clipped = this.analyzer.termOf(surface);
    if (clipped === undefined || clipped.length < MIN_CLIPPED_STEM || clipped.length > MAX_CLIPPED_STEM)
      return undefined;
    this.russianSurfaces ??= [...this.surfaceTerm.keys()].filter((w) => CYRILLIC_WORD.test(w)).sort();
    const words = this.russianSurfaces;
    let at = 0;
    for (let hi = words.length; at < hi; ) {
      const mid = (at + hi) >> 1;
      if ((words[mid] as string) < clipped) at = mid + 1;
      else hi = mid;
    }
    const longer: string[] = [];
    for (; at < words.length && (words[at] as string).startsWith(clipped); at++)
      if ((words[at] as string).length >= clipped.length + MIN_CLIPPED_LOSS) longer.push(words[at] as string);
    const family = longer[0]?.slice(0, clipped.length + MIN_CLIPPED_LOSS);
    if (family === undefined || !longer.every((w) => w.startsWith(family))) return undefined;
    // A stem a word of the language is made of, with an ending or a suffix, is no clipped word: «органов» (орган) is
    // no «организм», «проц» is «процесс» as well as «процессор», and «прога» a «прогон».
    if (russianLemmasFrom(clipped).some((lemma) => lemma.length <= clipped.length + MAX_WORD_AFTER_STEM))
      return undefined;
    const frequency = (w: string) => this.documentFrequency.get(this.surfaceTerm.get(w) ?? "") ?? 0;
    return longer.reduce((best, w) => (frequency(w) > frequency(best) ? w : best));
  }
}

/** A clipped word's stem has this many letters at least, and at most: «серт», «митох». */
const MIN_CLIPPED_STEM = 4;
const MAX_CLIPPED_STEM = 5;
/** …and the notes' word it clips is this many letters longer at least, alike in all the words it may clip. */
const MIN_CLIPPED_LOSS = 3;

/** A word of the dictionary this many letters longer than a stem at most is the stem's word, not what it clips. */
const MAX_WORD_AFTER_STEM = 4;

/** A part of a word heard as two English words has at least this many letters («хелс», «чек»). */
const MIN_HEARD_PART = 3;

/** The letters of a stem two aspects of a verb share at least: «ограничи-ть», «ограничи-вать». */
const MIN_ASPECT_ROOT = 5;

/**
 * Whether two verb forms are one verb's two aspects, or two forms of it: their stems differ only in their last two
 * letters, after at least {@link MIN_ASPECT_ROOT} («перезапустить» and «перезапускать», «передавать» and
 * «передать»). Shorter roots differ in meaning: «скачать» is not «сказать», «висит» not «видит».
 */
export function otherAspect(a: string, b: string): boolean {
  if (!isVerbForm(a) || !isVerbForm(b)) return false;
  const [x, y] = [stem(a), stem(b)];
  let same = 0;
  while (same < x.length && x[same] === y[same]) same++;
  return same >= Math.max(MIN_ASPECT_ROOT, x.length - 2);
}

/** Whether two words differ only in a letter written twice or once: «контролер» and «контроллер». */
export function doubledLetter(a: string, b: string): boolean {
  const single = (word: string) => word.replace(/(\p{L})\1+/gu, "$1");
  return a !== b && single(a) === single(b);
}
