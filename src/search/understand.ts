// Stage 1 of answering: understand the question. The text as meant (see meant.ts: wrong layout re-typed, typos
// corrected), what kind of answer it wants, and its terms weighted by how much each says about the subject.
import { isInfinitive, isVerbForm } from "../russian.ts";
import { type Analyzer, stem, type Token } from "./analyzer.ts";
import { isEverydayEnglish } from "./common-english.ts";
import { dictionary, russianFor } from "./english.ts";
import { createMeaning } from "./meant.ts";
import { cleanQuery, type Intent, intentOf, parseQuery } from "./query.ts";
import {
  ANSWER_FORM,
  ENGLISH_FUNCTION_WORDS,
  GENERIC_WORDS,
  KIND_WORDS,
  MANNER_WORDS,
  OPERATION_WORDS,
  UNDOING_WORDS,
} from "./stopwords.ts";
import type { Correction } from "./types.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Only the first words of a very long query are used. */
export const MAX_QUERY_WORDS = 32;
/** The word that asks for a number (see `Intent`). */
const QUANTITY_WORD = /^(?:сколько|скока)$/u;
/** A term at least this share of the passages have is the notes' own subject (see `QueryTerm.everywhere`). */
const EVERYWHERE_SHARE = 0.4;
/** How much a generic word («сделать», «использовать») counts beside a word about the subject. */
const GENERIC_WEIGHT = 0.25;
/** How much a Russian adjective outside the glossary counts: it qualifies the subject, it is not the subject. */
const MODIFIER_WEIGHT = 0.5;
/**
 * How much the operation a how-to asks for counts («как добавить метку на узел»): it says what to do with the
 * thing, the thing is what the answer is about. Rare in the notes, «добавить» would outweigh «метку».
 */
const OPERATION_WEIGHT = 0.5;

/**
 * Russian adjective endings («конкретной», «нужные», «маленький», «собственные»), kept to those few nouns share:
 * «-ние» (развертывание), «-дой» (командой) and «-рий» (сценарий) are left out.
 */
const ADJECTIVE =
  /\p{Script=Cyrillic}{2,}(?:ый|[кгхнщчшж]ий|ая|яя|ое|ее|ые|ого|его|ому|ему|ыми|ими|ую|юю|ых|ым|[кгхшщжчл]ие|[кгхшщжчл]их|[кгхшщжчлн]им|[кгхшщжчлн]ой)$/u;

/**
 * «где лежат», «где находится»: the verb after «где» asks where a thing is, it says nothing of the thing (and
 * elsewhere «лежит» is down: «сервис лежит»).
 */
const WHERE_IS =
  /(?:^|[^\p{L}])где\s+(?:лежит|лежат|лежать|лежали?|находится|находятся|находиться|располагается|располагаются|валяется|валяются)$/iu;

/** «можно ли», «может», «умеют»: right before a verb (up to two words between), asks whether it can happen. */
const ABLE =
  /(?:^|[^\p{L}])(?:можно|может|могут|можем|могу|можешь|умеет|умеют)(?:\s+ли)?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A question word: a question with one asks what, how or which, not whether. */
const QUESTION_WORD =
  /(?:^|[^\p{L}])(?:что|чем|чего|чему|как\p{L}*|где|куда|откуда|когда|сколько|почему|зачем|кто|кого|what|how|which|where|why|when)(?![\p{L}])/iu;

/** A preposition: the word after it says where or how something is done («в системе»), not what to. */
const PREPOSITION =
  /^(?:на|в|во|по|для|с|со|к|ко|от|из|за|у|о|об|при|через|без|между|in|on|at|from|with|by)$/iu;
/**
 * «под» before a pronoun is the preposition («под свой кластер», «под каким аккаунтом», «под него»), not a pod.
 * Not before «это», «все», «так», «как», which follow a noun as often («под это что», «под все равно падает»).
 */
const POD_AS_PREPOSITION =
  /^\s+(?:(?:сво|тво)(?:й|ю|и|е|его|ей|их|им|ими)|мо(?:й|ю|и|его|ей|их)|(?:наш|ваш)(?:у|и|его|ей|их)?|эт(?:от|у|и|им|ой)|(?:так|как|люб)(?:ой|ую|ие|ые|им|ым)|кажд(?:ый|ую|ое|ые)|н(?:его|её|ее|их))(?![\p{L}-])/u;

/** How a how-to opens, and the words that may stand between it and its verb («как можно быстро удалить»). */
const HOW = new Set(["как", "how"]);
const HOW_FILLERS = new Set([
  "можно",
  "мне",
  "нам",
  "бы",
  "же",
  "лучше",
  "правильно",
  "быстро",
  "to",
  "do",
  "i",
  "can",
  "you",
  "we",
]);
/** «сделать (так), чтобы…»: a how-to that asks for something to happen. */
const DO_SO_THAT = /^(?:с?делать|добиться)(?:\s+так)?\s+чтобы?(?:\s|$)/u;
/** The verb of a how-to: a Russian infinitive, or an English word after «how to». */
const isHowtoVerb = (word: string) => isInfinitive(word) || /^[a-z]+$/u.test(word);

/** A negation right before a word («не попадал», «ни один»), but not a contrast («деплоймент, а не репликасет»). */
const NEGATION = /(?:^|[^\p{L}])(?:не|ни)\s+$/iu;
const CONTRAST = /(?:^|[^\p{L}])а\s+не\s+$/iu;
const NEGATION_REACH = 8;
/** «если», «when»: the verb right after it (a word between at most) is the condition, what happens in the question. */
const CONDITION = /(?:^|[^\p{L}])(?:если|when|if)\s+(?:[\p{L}-]+\s+)?$/iu;
/** What a definition's setting weighs at most, of its subject's heaviest word. */
const SETTING_SHARE = 0.5;
/** «чтобы», «чтоб», «so that»: what follows is what the asker wants, or wants not to happen. */
const PURPOSE = /(?:^|[^\p{L}])(?:чтобы?|so\s+that)(?![\p{L}])/iu;

/**
 * «входит в», «входят в»: what is part of something, said of any subject, so not a word of the subject — «что
 * входит в экосистему кубера» asks about the ecosystem, as «из чего состоит» does.
 */
const MEMBERSHIP = /(?:^|[^\p{L}])вход(?:ит|ят)(?=\s+(?:в|во)\s)/giu;

/**
 * Where `text` says how to answer («простыми словами», «вкратце») or that something is part of something: spans
 * whose words are not terms.
 */
function notSubject(text: string): [number, number][] {
  return [...text.matchAll(ANSWER_FORM), ...text.matchAll(MEMBERSHIP)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

/** Numbers after «в» that say how, not where: «в обе стороны». */
const HOW_MANY_WORDS = "обе|оба|обеих|обоих|две|два|двух|три|трех|трёх|both|two";
/**
 * «в», «во», «in» right before a word or a word and its noun: «маппинг в elasticsearch» is a mapping, in
 * Elasticsearch; «will в будущем времени» is will, in the future tense. Not a number: «стрим в обе стороны».
 */
const IN = new RegExp(`(?:^|\\s)(?:в|во|in)\\s+(?!(?:${HOW_MANY_WORDS})\\s)(?:[\\p{L}\\p{N}-]+\\s+)?$`, "iu");
/** «в обе стороны», «в два раза»: after «в» a number says how, not where. */
const HOW_MANY = new RegExp(`^(?:${HOW_MANY_WORDS})$`, "iu");

/** One term of a question. */
export interface QueryTerm {
  term: string;
  /** How sure the term is what was meant: 1 as typed, less for a compound's known part. */
  form: number;
  /** A generic word of the question's form («сделать», «работает»), not about its subject. */
  generic: boolean;
  /** Its share in the question: form × IDF, lowered for generic words and for adjectives (see `termsOf`). */
  weight: number;
  /**
   * A name of a thing — a technical term in Latin script, as typed or as the glossary spells it («cilium»,
   * «хельм» → helm): what the question is about above all, so a sure answer must have it in its own words.
   */
  name: boolean;
  /**
   * A word most passages have («redis» in notes on Redis, «под» in notes on Kubernetes): the notes' own subject,
   * which says nothing of what else the question asks.
   */
  everywhere?: boolean;
  /**
   * What a definition places its subject in («elasticsearch» of «что такое маппинг в elasticsearch», «будущем» and
   * «времени» of «что значит will в будущем времени»): part of the question, not what it asks to define.
   */
  setting?: boolean;
  /** Said after «чтобы»: what the asker wants to happen («как сделать, чтобы подхватывал запасной»). */
  wanted?: boolean;
  /** A Russian adjective outside the glossary: it qualifies the subject («сетевые» of «сетевые политики»). */
  modifier?: boolean;
  /** A word about the subject that no passage has («оверлейные» where the notes only say «оверлея»). */
  unknown?: boolean;
  /**
   * An adjective no passage has («византийская отказоустойчивость»): weighed down as adjectives are, though it may
   * name a kind of the thing the notes do not cover.
   */
  unknownKind?: boolean;
  /** Said with a negation («чтобы под не попадал»): a passage that says it plainly says the opposite. */
  negated?: boolean;
  /**
   * …in what the asker wants not to happen («чтобы под не попадал на ноду»), not in what they say happens («сервис
   * не видит поды»): a passage that prohibits it answers.
   */
  prevented?: boolean;
  /**
   * A finite verb the notes never use («под не стартует»): what the question says happens is not in them. An
   * infinitive («зачем прописывать») names what the asker does, which the notes may well say in other words —
   * unless the question asks whether it can happen at all («реплика может писать?», «можно ли писать в реплику»),
   * or it is the condition asked about («что будет, если удалить под»). Any word the notes never use, in a question
   * that asks whether something holds («кубер сеть плоская?»).
   */
  happening?: boolean;
  /**
   * …and the question asks whether it happens («реплика может писать?») or holds («сеть плоская?»): the notes cannot
   * say yes or no.
   */
  questioned?: boolean;
  /** The verb a how-to asks to do, the first after «как» («как передать переменную в модуль»: передать). */
  action?: boolean;
  /** What a Russian how-to's verb is done to: the word it asks about after the verb («как удалить образ»: образ). */
  object?: boolean;
  /** …and the notes never use it («как настроить приоритеты», where no note says «приоритет»). */
  unknownObject?: boolean;
  /**
   * …when it is an operation («как создать сервис»: создать): done by a command, so a passage without one only
   * describes the thing.
   */
  operation?: boolean;
  /** …and one that undoes («как удалить репозиторий»): a passage that never says it shows another operation. */
  undoes?: boolean;
}

/** The weight of the `terms` that are `which` (all of them by default): the share a passage can match. */
export function weightOf(terms: readonly QueryTerm[], which: (t: QueryTerm) => boolean = () => true): number {
  let total = 0;
  for (const t of terms) if (which(t)) total += t.weight;
  return total;
}

/** A question as understood. */
export interface Question {
  /** The question as meant: cleaned, re-typed from the wrong layout, typos corrected. */
  text: string;
  intent: Intent;
  terms: QueryTerm[];
  /** For a comparison, the two sides as the user named them. */
  sides?: [string, string];
  /** The words taken for typos of the notes' words, as typed and as corrected (see `isTypo` in meant.ts). */
  corrected?: Correction[];
  /** Typed in the other keyboard layout, or in Latin letters: `text` is it re-typed. */
  retyped?: true;
}

/** Understands questions against the notes' vocabulary. */
export interface Understanding {
  understand(raw: string): Question;
  /**
   * The weighted terms of a piece of text (a comparison's side, a topic name); `intent` as the question's, when
   * the text is one.
   */
  termsOf(text: string, intent?: Intent): QueryTerm[];
}

/**
 * A backslash escape, as regular expressions, LaTeX and C strings write them: «\d», «\p{L}», «\frac», «\n». No word
 * of it is a term (the letters are too short, the backslash and braces no letters), so it is read apart.
 */
const NOTATION = /\\[A-Za-z]+(?:\{[^}\s]{1,20}\})?/gu;

/** The escapes `text` writes, lower case, each once. */
export function notationsIn(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(NOTATION), (m) => m[0].toLowerCase()));
}

/** Creates the question-understanding stage for an analyzer and the notes' vocabulary. */
export function createUnderstanding(
  analyzer: Analyzer,
  vocabulary: Vocabulary,
  /** The terms of the topics' names (titles, aliases): words the notes know though no passage may say them. */
  named: ReadonlySet<string> = new Set(),
  /** The escapes the notes write (see {@link notationsIn}). */
  notations: ReadonlySet<string> = new Set(),
): Understanding {
  /** The terms of a word list (stop words give none). */
  const termsOfWords = (words: Iterable<string>) => {
    const terms = new Set<string>();
    for (const word of words) {
      const term = analyzer.termOf(word);
      if (term !== undefined) terms.add(term);
    }
    return terms;
  };
  const generic = termsOfWords(GENERIC_WORDS);
  const kindWords = termsOfWords(KIND_WORDS);
  const operations = termsOfWords(OPERATION_WORDS);
  const undoing = termsOfWords(UNDOING_WORDS);

  /** The words of a text that count (the first {@link MAX_QUERY_WORDS}). */
  const wordsOf = (text: string): Token[] => analyzer.tokens(text).slice(0, MAX_QUERY_WORDS);
  const meant = createMeaning(vocabulary, wordsOf);

  /**
   * The notes' English term for a Russian word they do not use, when the dictionary says it with one they do: «лог
   * медленных запросов» of notes headed «Slow query log». Worked out on first use.
   */
  let englishByRussian: Map<string, string[]> | undefined;
  const englishOf = (term: string): string | undefined => {
    if (englishByRussian === undefined) {
      englishByRussian = new Map();
      for (const [english, words] of dictionary())
        for (const word of words) {
          const russian = analyzer.termOf(word);
          if (russian === undefined) continue;
          const list = englishByRussian.get(russian) ?? [];
          list.push(english);
          englishByRussian.set(russian, list);
        }
    }
    return englishByRussian
      .get(term)
      ?.find((english) => vocabulary.has(english) && vocabulary.saysWhole(english));
  };

  /** The notes' Russian term for an English word they do not use, when the dictionary knows one they do. */
  const russianOf = (term: string): string | undefined => {
    // A word the notes use only inside an identifier (`min_file_process_interval`) they do not say in English.
    if (vocabulary.saysWhole(term)) return undefined;
    for (const word of russianFor(term)) {
      const russian = analyzer.termOf(word);
      if (russian === undefined) continue;
      const known = vocabulary.knownStem(russian);
      if (vocabulary.has(known)) return known;
    }
    return undefined;
  };

  /**
   * The terms of a text (from its words, when already analysed); an unknown compound is looked up by its parts.
   * A Russian adjective the glossary does not name a thing by («конкретной ноде», «нужные ноды») weighs half:
   * rare in the notes, it would outweigh the thing it qualifies. Not in a why-question, whose quality is what
   * is asked about («почему cilium такой быстрый»).
   */
  const termsOf = (text: string, intent?: Intent, words: readonly Token[] = wordsOf(text)): QueryTerm[] => {
    const terms = new Map<string, QueryTerm>();
    // «кубер сеть плоская?»: a question with no question word that ends in «?» asks whether something holds; a
    // word the notes never use is then what it asks, which they can neither confirm nor deny.
    const yesNo = !QUESTION_WORD.test(text) && /\?\s*$/u.test(text);
    /** How a word of the question was written: these hold for every term it gives. */
    interface Word {
      generic: boolean;
      modifier: boolean;
      happening: boolean;
      questioned: boolean;
      latin: boolean;
      /** A verb is not the name of a thing, though the glossary spells it in Latin («запускать» → run). */
      verb: boolean;
      negated: boolean;
      prevented: boolean;
      wanted: boolean;
      setting: boolean;
      /** A frequent word of spoken English (see common-english.ts). */
      common: boolean;
    }
    const add = (term: string, form: number, word: Word) => {
      if ((terms.get(term)?.form ?? 0) >= form) return;
      const { generic, modifier, latin, verb, negated, prevented, wanted, happening, questioned, setting } =
        word;
      // An everyday English word («send», «lock», «release») is no name of a thing a sure answer must say; one the
      // notes say in neither language is no unknown technical name either: it weighs as a Russian word they never
      // use does. So does any frequent English word the notes never use («avoid», «stable»), though a sure answer
      // must still say it: it may yet name the thing asked about («yield»).
      const unsaid = !vocabulary.has(term) && !named.has(term);
      const everyday = latin && russianFor(term).length > 0;
      const unheard = (everyday || (latin && word.common)) && unsaid;
      const weight =
        form *
        vocabulary.idf(term, latin && !unheard) *
        (generic ? GENERIC_WEIGHT : 1) *
        (modifier && !generic ? MODIFIER_WEIGHT : 1);
      const name = !generic && !verb && !everyday && /^[a-z0-9]/.test(term);
      const everywhere = !generic && vocabulary.share(term) >= EVERYWHERE_SHARE;
      const unknown = !generic && !vocabulary.has(term) && !named.has(term);
      terms.set(term, {
        term,
        form,
        generic,
        weight,
        name,
        ...(everywhere ? { everywhere } : {}),
        ...(modifier && !generic ? { modifier: true } : {}),
        ...(unknown ? { unknown } : {}),
        ...(unknown && modifier ? { unknownKind: true } : {}),
        ...(unknown && yesNo ? { happening: true, questioned: true } : {}),
        ...(negated ? { negated } : {}),
        ...(prevented ? { prevented } : {}),
        ...(wanted ? { wanted } : {}),
        ...(happening ? { happening } : {}),
        ...(questioned ? { questioned } : {}),
        ...(setting ? { setting } : {}),
      });
    };
    const form = notSubject(text);
    // «реплика может писать?»: a question with no question word that asks whether something can be done.
    const whether = !QUESTION_WORD.test(text);
    const asksWhether = (token: Token) => whether && ABLE.test(text.slice(0, token.start));
    // «чем where отличается от having»: a question of nothing but stop words asks about the ones the notes write as
    // keywords («WHERE», «HAVING»), which they index.
    const keywords = words.every((t) => t.term === undefined)
      ? words.map((t) =>
          t.term === undefined && /^[a-z]{2,}$/u.test(t.surface) && vocabulary.has(stem(t.surface))
            ? { ...t, term: stem(t.surface) }
            : t,
        )
      : words;
    for (const token of keywords) {
      // A lone letter says nothing about the subject (the «b» of a pasted «<b>», an «и» typed in Latin).
      if (token.term === undefined || token.surface.length < 2) continue;
      // «после if не ставят will»: an English function word a Russian question mentions is asked about where the
      // notes mention it too; where they never do (only code says `if:`), it is the glue it usually is.
      if (ENGLISH_FUNCTION_WORDS.has(token.surface) && !vocabulary.has(token.term)) continue;
      if (token.surface === "под" && POD_AS_PREPOSITION.test(text.slice(token.end))) continue;
      if (form.some(([start, end]) => token.start >= start && token.end <= end)) continue;
      // «сколько» asks for a number as «зачем» asks for a reason: the question's form, not its subject.
      if (intent === "quantity" && QUANTITY_WORD.test(token.surface)) continue;
      const before = text.slice(Math.max(0, token.start - NEGATION_REACH), token.start);
      const negated = NEGATION.test(before) && !CONTRAST.test(before);
      const latin = /^[a-z]/.test(token.surface);
      // A verb the notes never use says how something is asked («привязать», «глянуть», «задеплоить»), rarely
      // what about. A verb they do use may be the point of a how-to («как посмотреть логи»), and some nouns end
      // alike, so those keep their weight.
      const unknownVerb =
        !generic.has(token.term) &&
        !vocabulary.has(vocabulary.knownStem(token.term)) &&
        isVerbForm(token.surface);
      const word: Word = {
        generic:
          generic.has(token.term) ||
          MANNER_WORDS.has(token.surface) ||
          unknownVerb ||
          WHERE_IS.test(text.slice(0, token.end)) ||
          // «какие бывают виды xss»: a list of the kinds says them, not the word «виды».
          (intent === "list" && kindWords.has(token.term)),
        modifier:
          intent !== "why" &&
          token.parts.length === 0 &&
          ADJECTIVE.test(token.surface) &&
          !analyzer.inGlossary(token.term),
        // «что будет, если удалить под», where no note says «удалить»: what follows it is not in them either.
        happening:
          unknownVerb &&
          (!isInfinitive(token.surface) || asksWhether(token) || CONDITION.test(text.slice(0, token.start))),
        questioned: unknownVerb && asksWhether(token),
        latin,
        verb: !latin && isVerbForm(token.surface),
        negated,
        prevented: negated && PURPOSE.test(text.slice(0, token.start)),
        wanted: PURPOSE.test(text.slice(0, token.start)),
        setting:
          intent === "definition" &&
          terms.size > 0 &&
          IN.test(text.slice(0, token.start)) &&
          !HOW_MANY.test(token.surface),
        common: latin && (isEverydayEnglish(token.surface) || isEverydayEnglish(token.term)),
      };
      // «how to remove unused images» of notes that say «удалить неиспользуемые образы».
      const russian = latin ? russianOf(token.term) : undefined;
      // Not a verb: one the notes never use says how something is asked (above), not what about.
      const english =
        latin || word.verb || unknownVerb || vocabulary.has(vocabulary.knownStem(token.term))
          ? undefined
          : englishOf(token.term);
      if (russian !== undefined) add(russian, 1, { ...word, latin: false });
      else if (english !== undefined) add(english, 1, { ...word, latin: true });
      else if (vocabulary.has(token.term) || token.parts.length === 0)
        add(vocabulary.knownStem(token.term), 1, word);
      // An unknown compound is looked up by its parts; the known ones say less than a whole word would.
      else {
        for (const p of token.parts) add(p, vocabulary.has(p) ? 0.7 : 1, word);
        // The compound itself stays what the question is about: a passage with its parts apart is not sure.
        add(token.term, 0.5, word);
      }
    }
    // «секрет в кубере это что»: where the thing is placed weighs half the thing at most, however rare its word in
    // the notes («кубер» in one heading): a passage that says it places, it does not define.
    const subject = [...terms.values()].filter((t) => !t.setting && !t.generic);
    const heaviest = Math.max(0, ...subject.map((t) => t.weight));
    if (subject.length > 0)
      for (const t of terms.values())
        if (t.setting && t.weight > SETTING_SHARE * heaviest) {
          t.form *= (SETTING_SHARE * heaviest) / t.weight;
          t.weight = SETTING_SHARE * heaviest;
        }
    return [...terms.values()];
  };

  /**
   * Marks what a how-to asks to do: the verb right after «как» («как можно быстро удалить…»), and whether it is
   * an operation. Unless generic already, an operation weighs {@link OPERATION_WEIGHT} of what it would.
   */
  const markOperation = (terms: QueryTerm[], words: readonly Token[]) => {
    const at = words.findIndex((w) => HOW.has(w.surface));
    // «удалить топик» asks how with no «как»: its first word is what to do.
    if (at < 0 && !isInfinitive(words[0]?.surface ?? "")) return;
    const after = words.slice(at + 1).filter((w) => !HOW_FILLERS.has(w.surface));
    const verb = after[0];
    // «как сделать, чтобы контейнер перезапускался сам»: what is asked to happen is the verb after «чтобы».
    const opening = after.slice(0, 3).map((w) => w.surface);
    if (DO_SO_THAT.test(opening.join(" "))) {
      const purpose = after.findIndex((w) => PURPOSE.test(w.surface));
      const wanted = after.slice(purpose + 1, purpose + 4).find((w) => isVerbForm(w.surface))?.term;
      const term =
        wanted === undefined ? undefined : terms.find((t) => t.term === vocabulary.knownStem(wanted));
      if (term !== undefined) term.action = true;
      return;
    }
    // «как не пускать поды на ноду» asks what «как сделать, чтобы не пускал» does: how to keep it from happening.
    if (verb?.surface === "не") {
      const denied = after[1]?.term;
      const term =
        denied === undefined ? undefined : terms.find((t) => t.term === vocabulary.knownStem(denied));
      if (term?.negated === true) term.prevented = true;
      return;
    }
    if (verb?.term === undefined || !isHowtoVerb(verb.surface)) return;
    // «how to pass…» asks to do what the notes say «передать».
    const asked = russianOf(verb.term) ?? vocabulary.knownStem(verb.term);
    const term = terms.find((t) => t.term === asked);
    if (term === undefined) return;
    term.action = true;
    // «удалить образ»: what it is done to comes next, in a Russian question (an English one's order is not the
    // notes'). The first word after the verb that the question is about — not one a preposition governs, which
    // says where or how: «найти в системе все файлы» finds files.
    if (/\p{Script=Cyrillic}/u.test(verb.surface)) {
      const following = after.slice(1);
      const thing = following
        .map((w, k) =>
          w.term === undefined || PREPOSITION.test(following[k - 1]?.surface ?? "")
            ? undefined
            : terms.find((t) => t.term === vocabulary.knownStem(w.term as string)),
        )
        .find((t) => t !== undefined && !t.generic && t !== term);
      if (thing !== undefined) {
        thing.object = true;
        if (!vocabulary.has(thing.term)) thing.unknownObject = true;
      }
    }
    if (!operations.has(verb.term)) return;
    term.operation = true;
    if (!term.generic) term.weight *= OPERATION_WEIGHT;
    if (undoing.has(verb.term)) term.undoes = true;
  };

  return {
    understand(raw) {
      const asMeant = meant(cleanQuery(raw));
      const parsed = parseQuery(asMeant.text);
      // Cleaning a cleaned query changes nothing, so its words are those of the text as meant.
      const words = parsed.text === asMeant.text ? asMeant.words : undefined;
      const intent = intentOf(parsed);
      const question: Question = { text: parsed.text, intent, terms: termsOf(parsed.text, intent, words) };
      if (asMeant.corrected.length > 0) question.corrected = asMeant.corrected;
      if (asMeant.retyped) question.retyped = true;
      // «как через \p{L} поймать буквы любого алфавита», where no note writes «\p{L}»: the escape is what the question
      // asks about, though no word of it is a term, and the notes do not have it.
      for (const notation of notationsIn(raw))
        if (!notations.has(notation))
          question.terms.push({
            term: notation,
            form: 1,
            generic: false,
            weight: vocabulary.idf(notation, true),
            name: true,
            unknown: true,
          });
      if (parsed.sides) question.sides = parsed.sides;
      if (question.intent === "howto") markOperation(question.terms, words ?? wordsOf(parsed.text));
      return question;
    },
    termsOf: (text, intent) => termsOf(text, intent),
  };
}
