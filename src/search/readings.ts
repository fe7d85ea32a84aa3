// Stage 2, reading the passages: what a passage's own heading and opening say — whether it starts with a word
// (where notes say what a thing is), asks why, names kinds, sets two things side by side, opens defining a longer
// name — read once as it is indexed; and what is read only while answering (its sentences' openings, its clauses,
// its code's words, what it negates), worked out when first asked and kept for the passages seen lately. The judge
// asks these of a candidate beyond what it matched.
import { TIME_MARK } from "../knowledge/lines.ts";
import type { Passage } from "../knowledge/types.ts";
import { isInfinitive, isVerbForm } from "../russian.ts";
import type { Analyzer } from "./analyzer.ts";
import { affirmedTerms, CODE_LIKE_LINE, givesNumber, negatedTerms, splitCode } from "./traits.ts";

/** A passage «starts with» a word among the first this many words of its text (or its heading's first). */
export const OPENING_TERMS = 2;
/** How many passages keep what was worked out of them while answering (see `remembered`). */
const MAX_REMEMBERED_PASSAGES = 500;

/** A heading that sets two things side by side: «gRPC vs REST», «Deployment против StatefulSet». */
export const COMPARES =
  /\s(?:vs\.?|versus|против)\s|(?:^|\s)(?:отличи[ея]|разница|различи[ея])\s+(?:[\p{L}-]+\s+){0,3}?(?:от|между)\s|(?:^|\s)чем\s+(?:[\p{L}-]+\s+){1,3}?отлича/iu;

/** What the judge asks of a passage beyond what it matched: what its own heading and opening say. */
export interface PassageReadings {
  /**
   * Whether the passage starts with one of `terms`: its heading's first word, or one of the first
   * {@link OPENING_TERMS} words of its text or of one of its sentences («Сеть в Kubernetes играет…»,
   * «DaemonSet - развертывание…», «…нужны taint'ы. Теинты указывают…») — where notes say what a thing is.
   */
  startsWith(passage: Passage, terms: ReadonlySet<string>): boolean;
  /**
   * Whether the passage starts with one of `terms` as what it speaks of, as {@link startsWith} but not as a word
   * after a preposition: «Информация о релизе хранится…» and «Без номера ревизии helm rollback…» speak of
   * information and of a number, and define neither a release nor a revision. Never a passage whose own heading
   * sets two things side by side («gRPC vs REST»).
   */
  startsWithSubject(passage: Passage, terms: ReadonlySet<string>): boolean;
  /** {@link startsWithSubject} by the passage's own heading or first sentence alone, not a later sentence. */
  opensWithSubject(passage: Passage, terms: ReadonlySet<string>): boolean;
  /** Whether the passage's own heading has one of `terms`. */
  heads(passage: Passage, terms: ReadonlySet<string>): boolean;
  /** Whether the passage's own heading asks why («Зачем нужны сервисы», «Почему под в Pending»). */
  asksWhy(passage: Passage): boolean;
  /** Whether the passage's own heading asks what a thing is («Что такое state», «Ingress — это что?»). */
  asksWhat(passage: Passage): boolean;
  /**
   * Whether the passage's own heading says what one of `terms` is, after a colon or a dash: «Conntrack: отслеживание
   * соединений» for conntrack, not «Conntrack на практике». Only the first passage of its section.
   */
  glosses(passage: Passage, terms: ReadonlySet<string>): boolean;
  /**
   * Whether the passage's own heading names kinds of one of `terms` («Типы индексов», «Виды раннеров»), or kinds
   * alone («Три вида», «Типы») under a heading that names the thing («Агрегации»).
   */
  namesKinds(passage: Passage, terms: ReadonlySet<string>): boolean;
  /** Whether the passage's own heading sets two things side by side («gRPC vs REST», «Отличие X от Y»). */
  compares(passage: Passage): boolean;
  /** Whether the passage is the first under a heading above its own that has one of `terms`. */
  opensSectionOf(passage: Passage, terms: ReadonlySet<string>): boolean;
  /** Whether a heading above the passage's own, or its topic's title, has `term`. */
  under(passage: Passage, term: string): boolean;
  /**
   * Whether the passage opens by defining a longer English name than `terms` give («terraform console — …» for
   * terraform): a name of several Latin words with one of `terms` and, after it, a word not among them — a name's
   * last word is what it names, so «Apache Kafka — …» defines Kafka; in a command (`terraform output`) any other
   * word — unless the question (its terms in order, `asked`) says that name as it stands («что делает terraform
   * plan»).
   */
  definesLonger(passage: Passage, terms: ReadonlySet<string>, asked?: readonly string[]): boolean;
  /** Whether the passage's own heading is `term` and nothing else. */
  headedBy(passage: Passage, term: string): boolean;
  /** Whether the passage's own heading has every one of `terms`. */
  headsAll(passage: Passage, terms: readonly string[]): boolean;
  /** Whether the passage's own text has `term`. */
  says(passage: Passage, term: string): boolean;
  /**
   * Whether the passage's heading or text says `a` and `b` together, either way round and at most one word apart
   * within a clause («удалить образ», «образы удалить», «удалить этот образ»; not «…образы\n- удалить»).
   */
  saysTogether(passage: Passage, a: string, b: string): boolean;
  /** Whether the passage's code (a block, or code in a line of text) has `term`. */
  inCode(passage: Passage, term: string): boolean;
  /**
   * Whether the passage gives a number of one of `terms`: in a sentence that says it, or anywhere when its own
   * heading does. A number is digits not inside a name («512», «2gb»; not the 8 of «k8s» or the 1 of «v1»; not a
   * list item's own «1.») or a number word («три», «две реплики»).
   */
  counts(passage: Passage, terms: ReadonlySet<string>): boolean;
  /** Whether the passage says `term` under a negation («не попадали», «размещать нельзя»). */
  negates(passage: Passage, term: string): boolean;
  /** Whether the passage's text says `term` with no negation over it. */
  affirms(passage: Passage, term: string): boolean;
}

/** What indexing has analysed of a passage, handed to the reader: its own heading, its prose and fields' terms. */
export interface IndexedFields {
  /** Its own heading, or the heading it stands under (see `ownHeadingOf` in candidates.ts). */
  ownHeading: string;
  /** Its text without its code. */
  prose: string;
  heading: readonly string[];
  text: readonly string[];
  /** The terms of the headings above its own. */
  parents: readonly string[];
}

/** Reads passages as they are indexed, in order (`read`), and answers what the judge asks of them (`readings`). */
export interface PassageReader {
  read(passage: Passage, previous: Passage | undefined, fields: IndexedFields): void;
  /** The passage's terms in order (compound parts after their word). */
  sequenceOf(passage: Passage): string[];
  readings: PassageReadings;
}

export function passageReader(analyzer: Analyzer): PassageReader {
  // The first words of each passage's heading and text, kept from indexing: what «starts with» reads.
  const opening = new Map<string, string[]>();
  /** The passages that go on a section a passage before them opened. */
  const continuing = new Set<string>();
  // Passages whose own heading sets two things side by side: «gRPC vs REST — когда что».
  const comparing = new Set<string>();
  // Passages whose own heading asks how, why or when («Когда микрозадачи вешают страницу»), names a case («Для
  // дисперсии»), or tells what happens to a thing («pvc висит в Pending»).
  const askingHeading = new Set<string>();
  const whyHeading = new Set<string>();
  const whatHeading = new Set<string>();
  // Passages whose own heading glosses a name: «Conntrack: отслеживание соединений», the terms of the name.
  const glossHeading = new Map<string, readonly string[]>();
  const kindsHeading = new Set<string>();
  // Passages headed by kinds alone («Три вида»), with the terms of the heading above, whose kinds they are.
  const kindsAbove = new Map<string, readonly string[]>();
  const headed = new Map<string, readonly string[]>();
  const headedByName = new Map<string, string[][]>();
  const opensAbove = new Map<string, readonly string[]>();
  // The English name of several words a passage opens defining («terraform console — …»), as its terms.
  // Its words too, a stop word as typed: «agent any» is a longer name than «agent», though «any» is no term.
  const openingName = new Map<string, { terms: string[]; words: string[]; command: boolean }>();
  const wordTerms = (text: string) => wordTermsOf(analyzer, text);
  const nameOf = (text: string) => ({
    terms: wordTerms(text),
    words: analyzer.tokens(text).map((t) => t.term ?? t.surface),
  });

  const read = (p: Passage, previous: Passage | undefined, fields: IndexedFields): void => {
    const { ownHeading, prose, heading, text, parents } = fields;
    // «helm template рендерит шаблоны…», or a section headed «helm diff»: a name of several Latin words the passage
    // opens with, what it says is about.
    const continues = sameSection(previous, p);
    // …or a table whose first row's first cell is such a name: «| `helmfile diff` | показать diff… |».
    const rows = withoutTableHeads(prose).trimStart();
    const opened =
      LATIN_NAME_DEFINED.exec(prose.trimStart()) ??
      LATIN_NAME_LEADS.exec(prose.trimStart()) ??
      KIND_AND_NAME_DEFINED.exec(prose.trimStart()) ??
      (rows !== prose.trimStart() ? LATIN_NAME_CELL.exec(rows) : null);
    if (opened?.[1] !== undefined)
      openingName.set(p.id, { ...nameOf(opened[1]), command: /^(?:\|[ \t]*)?`/u.test(opened[0]) });
    // …not when the text opens by defining a name of its own: «Сайдкар = вспомогательный контейнер…» under «Sidecar
    // containers» defines the sidecar.
    else if (!continues && LATIN_NAME.test(ownHeading) && !OWN_NAME_DEFINED.test(prose.trimStart()))
      openingName.set(p.id, { ...nameOf(ownHeading), command: false });
    // A heading starts only the first passage of its section: «что такое redis» over a definition and the remarks
    // after it does not make each remark a definition.
    if (continues) continuing.add(p.id);
    opening.set(p.id, [
      ...(continues || CASE_HEADING.test(ownHeading) ? [] : heading.filter(isWord).slice(0, 1)),
      ...(TABLE_HEAD.test(prose)
        ? analyzer.terms(withoutTableHeads(prose)).slice(0, OPENING_TERMS)
        : text.slice(0, OPENING_TERMS)),
    ]);
    headed.set(p.id, heading);
    // «DAG (даг)», «Деплоймент (Deployment)»: a heading with its other name in brackets is headed by either.
    if (ownHeading.includes("(")) {
      const names = [ownHeading.replace(BRACKETED, " "), ...(ownHeading.match(BRACKETED) ?? [])];
      headedByName.set(
        p.id,
        names.map((name) => analyzer.terms(name)),
      );
    }
    if (COMPARES.test(ownHeading)) comparing.add(p.id);
    if (
      asks(ownHeading) ||
      CASE_HEADING.test(ownHeading) ||
      (tellsHappening(ownHeading) && !ASKS_WHAT.test(ownHeading))
    )
      askingHeading.add(p.id);
    if (!continues && ASKS_WHY.test(ownHeading)) whyHeading.add(p.id);
    if (!continues && ASKS_WHAT.test(ownHeading)) whatHeading.add(p.id);
    const glossed = continues || COMPARES.test(ownHeading) ? undefined : GLOSSED.exec(ownHeading)?.[1];
    if (glossed !== undefined) glossHeading.set(p.id, wordTerms(glossed));
    if (!continues && (NAMES_KINDS.test(ownHeading) || MAIN_ONES.test(ownHeading))) kindsHeading.add(p.id);
    if (!continues && KINDS_ALONE.test(ownHeading)) {
      kindsHeading.add(p.id);
      // …or the note's title above its first heading: a Notion page «Агрегации» with «## Три вида».
      kindsAbove.set(p.id, wordTerms(p.headingPath.length > 1 ? (p.headingPath.at(-2) ?? "") : p.topicTitle));
    }
    // The first passage under a heading above its own opens that section: a chat's «что будет если память
    // кончится» over the answer's «### maxmemory и политики вытеснения».
    const above = p.headingPath.slice(0, -1);
    const within =
      previous !== undefined &&
      previous.topicId === p.topicId &&
      above.every((h, k) => previous.headingPath[k] === h);
    if (above.length > 0 && !within) opensAbove.set(p.id, parents);
  };

  // What is read of a passage only while answering is worked out when first asked and kept for the passages
  // seen lately: its terms in order (for proximity), the sentences' openings (for definitions), and what it
  // negates (for negated questions).
  const remembered = <T>(cache: Map<string, T>, passage: Passage, make: (passage: Passage) => T): T => {
    let value = cache.get(passage.id);
    if (value === undefined) {
      if (cache.size >= MAX_REMEMBERED_PASSAGES) cache.clear();
      value = make(passage);
      cache.set(passage.id, value);
    }
    return value;
  };
  const sequences = new Map<string, string[]>();
  const sentenceStarts = new Map<string, string[]>();
  const headingsAbove = new Map<string, ReadonlySet<string>>();
  const subjectStarts = new Map<string, string[]>();
  const openingCount = new Map<string, number>();
  const negations = new Map<string, Set<string>>();
  const affirmations = new Map<string, Set<string>>();
  const codeWords = new Map<string, Set<string>>();
  const clauses = new Map<string, string[][]>();
  /** The passage's terms in order (compound parts after their word). */
  const sequenceOf = (passage: Passage): string[] =>
    remembered(sequences, passage, (p) => analyzer.terms(p.text));

  /** What a passage starts with, its own heading and first sentence first ({@link openingCount} of them). */
  const subjectStartsOf = (passage: Passage): string[] =>
    remembered(subjectStarts, passage, (p) => {
      const prose = withoutTableHeads(splitCode(p.text).prose);
      // The first sentence alone: the next ones open sentences of their own.
      const sentence = rowOpening(untimed(prose.split(SENTENCE_BREAK).find((s) => /\p{L}/u.test(s)) ?? ""));
      // «ОАК, лейкоформула, СОЭ, СРБ — лекция 3» lists what the notes are on: it says what none of them is.
      const start =
        asks(sentence) || ENUMERATION.test(sentence) ? "" : sentence.slice(0, SENTENCE_OPENING_CHARS);
      // «- удалил PVC, а он висит в Terminating» says what was done to the noun after its verb, as a later sentence
      // that opens so does (see `sentenceOpenings`).
      const first = start === "" || OPENS_WITH_VERB.test(start) ? [] : wordTerms(subjectOf(start));
      // A heading that asks how, why or when («Когда микрозадачи вешают страницу»), or says it («pvc висит в
      // Pending»), tells of something that happens to the thing, not what it is.
      // A section's code alone («Conntrack на практике» over two iptables rules) shows the thing at work: what it
      // is, is said in words.
      const headless = continuing.has(p.id) || askingHeading.has(p.id) || !/\p{L}/u.test(prose);
      const heading = headless ? [] : (headed.get(p.id) ?? []);
      const opening = [...heading.filter(isWord).slice(0, 1), ...first.slice(0, OPENING_TERMS)];
      // «Сетевые плагины (CNI): …» opens with CNI too: a name in brackets right after the first words is the same
      // thing's other name, in the heading or the first sentence.
      for (const text of [headless ? "" : (p.headingPath.at(-1) ?? ""), start]) {
        const alias = ALIAS_AFTER_NAME.exec(text)?.[1];
        if (alias !== undefined) opening.push(...wordTerms(alias).filter((t) => !opening.includes(t)));
      }
      openingCount.set(p.id, opening.length);
      return [...opening, ...sentenceOpenings(prose, analyzer, true)];
    });

  const readings: PassageReadings = {
    startsWith(passage, terms) {
      if ((opening.get(passage.id) ?? []).some((t) => terms.has(t))) return true;
      const starts = remembered(sentenceStarts, passage, (p) =>
        sentenceOpenings(withoutTableHeads(splitCode(p.text).prose), analyzer),
      );
      return starts.some((t) => terms.has(t));
    },
    startsWithSubject(passage, terms) {
      // A section that sets two things side by side («gRPC vs REST — когда что») tells them apart; what either
      // is, is said in its own («grpc это что»). Where only such a section says it («ENTRYPOINT задает…» under
      // «CMD vs ENTRYPOINT»), it is offered as possible.
      if (comparing.has(passage.id)) return false;
      return subjectStartsOf(passage).some((t) => terms.has(t));
    },
    opensWithSubject(passage, terms) {
      if (comparing.has(passage.id)) return false;
      const starts = subjectStartsOf(passage);
      return starts.slice(0, openingCount.get(passage.id) ?? 0).some((t) => terms.has(t));
    },
    heads: (passage, terms) => (headed.get(passage.id) ?? []).some((t) => terms.has(t)),
    asksWhy: (passage) => whyHeading.has(passage.id),
    asksWhat: (passage) => whatHeading.has(passage.id),
    glosses: (passage, terms) => (glossHeading.get(passage.id) ?? []).some((t) => terms.has(t)),
    namesKinds: (passage, terms) =>
      kindsHeading.has(passage.id) &&
      (readings.heads(passage, terms) || (kindsAbove.get(passage.id) ?? []).some((t) => terms.has(t))),
    compares: (passage) => comparing.has(passage.id),
    opensSectionOf: (passage, terms) => (opensAbove.get(passage.id) ?? []).some((t) => terms.has(t)),
    under: (passage, term) =>
      remembered(
        headingsAbove,
        passage,
        (p) => new Set([...p.headingPath.slice(0, -1), p.topicTitle].flatMap(wordTerms)),
      ).has(term),
    definesLonger: (passage, terms, asked = []) => {
      const opened = openingName.get(passage.id);
      if (opened === undefined) return false;
      // The question names it: «что делает terraform plan». Not when a stop word is part of the name, which no
      // question's terms say: «агент» does not name «agent any».
      if (opened.terms.length === opened.words.length && saysInOrder(asked, opened.terms)) return false;
      const name = opened.words;
      if (!name.some((t) => terms.has(t))) return false;
      // A name's last word is what it names: «Apache Kafka» is Kafka, «terraform console» a console. A command
      // (`terraform output`) is the command, not the thing it shows.
      if (opened.command) return name.some((t) => !terms.has(t));
      const last = name.findLastIndex((t) => terms.has(t));
      return name.slice(last + 1).some((t) => !terms.has(t));
    },
    headedBy: (passage, term) => {
      const only = (heading: readonly string[]) => heading.length > 0 && heading.every((t) => t === term);
      return only(headed.get(passage.id) ?? []) || (headedByName.get(passage.id) ?? []).some(only);
    },
    headsAll: (passage, terms) => {
      const heading = headed.get(passage.id) ?? [];
      return terms.every((t) => heading.includes(t));
    },
    says: (passage, term) => sequenceOf(passage).includes(term),
    saysTogether: (passage, a, b) =>
      [
        headed.get(passage.id) ?? [],
        ...remembered(clauses, passage, (p) => p.text.split(CLAUSE_BREAK).map((c) => analyzer.terms(c))),
      ].some((words) => {
        for (let i = 0; i < words.length; i++) {
          const other = words[i] === a ? b : words[i] === b ? a : undefined;
          if (other !== undefined && (words[i + 1] === other || words[i + 2] === other)) return true;
        }
        return false;
      }),
    inCode: (passage, term) =>
      remembered(codeWords, passage, (p) => {
        const { prose, code } = splitCode(p.text);
        // Code in a line of text is code too: «Посмотреть все метки: `kubectl get nodes --show-labels`».
        const inline = [...prose.matchAll(INLINE_CODE)].map((m) => m[1]).join("\n");
        return new Set(analyzer.terms(`${code}\n${inline}`));
      }).has(term),
    counts: (passage, terms) => {
      if ((headed.get(passage.id) ?? []).some((t) => terms.has(t))) return givesNumber(passage.text);
      return passage.text
        .split(SENTENCE_BREAK)
        .some((sentence) => givesNumber(sentence) && analyzer.terms(sentence).some((t) => terms.has(t)));
    },
    negates: (passage, term) =>
      remembered(negations, passage, (p) => negatedTerms(splitCode(p.text).prose, wordTerms)).has(term),
    affirms: (passage, term) =>
      remembered(affirmations, passage, (p) => affirmedTerms(splitCode(p.text).prose, wordTerms)).has(term),
  };

  return { read, sequenceOf, readings };
}

/**
 * Where a sentence starts: after a full stop, an exclamation or question mark (not an abbreviation's full stop:
 * «см. SRP», «т.е. поды», «e.g. pods»), or at a line of its own (a label after a list, «Preflight: …»; plain text's
 * wrapped lines were joined when it was structured). The stop stays with its sentence: a question asked later in a
 * passage («Шлюз по умолчанию есть? `ip r`») still asks.
 */
const SENTENCE_BREAK =
  /(?<=(?<!(?:^|[\s(«"])(?:см|ср|напр|т\.е|т\.к|т\.н|e\.g|i\.e|cf|vs|etc))[.!?…]+)\s+|\n/iu;
/** «≈ SRP, но для интерфейсов», «~ как Deployment»: what a line likens its thing to, which it does not define. */
const LIKENS = /^\s*(?:[-*+•]\s*)?(?:≈|~|≅|≃|как\s|похоже\s+на\s|like\s)/iu;
/** Where words stop being said together: a sentence's or a clause's end, or a line's. */
const CLAUSE_BREAK = /[.!?…;:,]+\s+|\n/;
/** Code in a line of text: «`kubectl get nodes --show-labels`». */
const INLINE_CODE = /`([^`\n]+)`/gu;
/** A bracketed other name in a heading: «(даг)» of «DAG (даг)». */
export const BRACKETED = /\([^()]*\)/gu;
/** Whether a term is a word, not a number: a heading «5. Парадокс пестицида» starts with «парадокс». */
const isWord = (term: string) => !/^\d[\d.]*$/u.test(term);

/** How much of a sentence's start is read for its opening words: enough for two words. */
const SENTENCE_OPENING_CHARS = 60;
/** «Сетевые плагины (CNI)», «Теинты (taints)»: a name of one to three words, then its other name in brackets. */
const ALIAS_AFTER_NAME =
  /^\s*(?:[-*+•]\s+)?(?:\*\*)?[\p{L}\p{N}][\p{L}\p{N}'-]*(?:[ \t]+[\p{L}\p{N}'-]+){0,2}[ \t]*\(([\p{L}][\p{L}\p{N} .-]{0,30})\)/u;

/** «terraform console — …», «`terraform output` — …»: a passage that opens defining a name of Latin words. */
const LATIN_NAME_DEFINED = /^`?([A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*)+)`?[ \t]+[-–—][ \t]/u;
/** «Сайдкар = вспомогательный контейнер…», «Венв — отдельная папка…»: a text that opens by defining one word. */
const OWN_NAME_DEFINED =
  /^[*_`]*\p{L}[\p{L}\p{N}'’-]*[*_`]*(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*(?:=|[-–—]|:)[ \t]/u;
/** «Модуль ping - это …»: a Russian word for a kind of thing and a Latin name, defined; the kind alone is not. */
const KIND_AND_NAME_DEFINED = /^(\p{Script=Cyrillic}{3,}[ \t]+[A-Za-z][\w.-]*)[ \t]+[-–—][ \t]/u;
/** «| `helmfile diff` | показать diff |»: a table's row that opens with a name of several Latin words in a cell. */
const LATIN_NAME_CELL = /^\|[ \t]*`?([A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*)+)`?[ \t]*\|/u;
/** «helm template рендерит…»: a sentence that opens with a name of several Latin words, then Russian. */
const LATIN_NAME_LEADS = /^`?([a-z][\w.-]*(?:[ \t]+[a-z][\w.-]*)+)`?[ \t]+(?=[а-яё])/u;
/** Whether two passages are of one section: one topic, one heading path. */
export function sameSection(a: Passage | undefined, b: Passage): boolean {
  return (
    a !== undefined &&
    a.topicId === b.topicId &&
    a.headingPath.join("\u0000") === b.headingPath.join("\u0000")
  );
}

/**
 * A heading that is a name of several Latin words and nothing else: «helm diff», «terraform state». Not two names
 * joined, «Taints and Tolerations»: that is no longer name of either.
 */
const LATIN_NAME = /^(?!.*\s(?:and|or|vs|versus)\s)[A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*){1,3}$/iu;

/**
 * A heading of a name of one to three words, then a colon or a dash and what it is: «Conntrack: отслеживание
 * соединений», «2. Redis — кэш в памяти».
 */
const GLOSSED = /^\s*(?:\d+[.)]\s*)?([^\s:]+(?:\s+[^\s:—–-]+){0,2}?)\s*(?::|\s[-—–])\s+\p{L}/u;

/** A sentence's start up to a dash or a colon: the name it says something of. */
const NAMED_BEFORE = /^\s*(\S.*?)(?:\s[-—–]\s|:\s)/u;

/** A clause's joint: a comma and a conjunction («, а у пода нет…», «, но…», «, потому что…»). */
const CLAUSE_JOINT = /,\s+(?:а|но|и|или|что|чтобы|если|когда|потому|хотя|but|and|so|if|when)\s/iu;

/**
 * The name a sentence's start says something of, before a dash or a colon — not a clause before one: «На нодах
 * taint, а у пода нет подходящей toleration — в событии…» tells what goes wrong, it defines no taint.
 */
function nameBefore(start: string): string | undefined {
  const name = NAMED_BEFORE.exec(start)?.[1];
  return name !== undefined && CLAUSE_JOINT.test(name) ? undefined : name;
}

/**
 * A list item of a name alone, up to five words and no verb: «- автоскейлинг», «* Стратегия обновления», «• гонка
 * данных между потоками» (among the kinds of UB: it names one, it does not say what it is).
 */
const BARE_ITEM = /^\s*(?:[-*•+–]|\d{1,2}[.)])\s+([^\s.!?:]+(?:\s+[^\s.!?:]+){0,4})\s*$/u;
const isBareItem = (sentence: string) => {
  const words = BARE_ITEM.exec(sentence)?.[1]?.split(/\s+/u);
  // Longer, it is words alone: no verb, and no arrow or sign that says what the name is («таск → обертка над …»).
  return (
    words !== undefined &&
    (words.length <= 3 || words.every((w) => /^[\p{L}\p{N}-]+$/u.test(w) && !isVerbForm(w.toLowerCase())))
  );
};

/** An ordinal that counts things off before a dash («Первый - том…», «Второй - bind mount…»). */
const ORDINAL = /^(?:перв|втор|трет|четв[её]рт|пят|шест)\p{L}*$/iu;

/** A table's header row and the row of dashes under it. */
const TABLE_HEAD = /^[ \t]*\|.*\n[ \t]*\|?[ \t]*:?-{3,}.*$/mu;

/**
 * The text without its tables' header rows: the names of a table's columns («| | volume | bind mount |») are
 * not what the passage defines, though the passage starts with them.
 */
function withoutTableHeads(prose: string): string {
  return TABLE_HEAD.test(prose) ? prose.replace(new RegExp(TABLE_HEAD.source, "gmu"), "") : prose;
}

/** A sentence that opens with a condition or a time: «Если …», «Когда …», «Пока …», «If …». */
const CONDITION = /^\s*(?:[-*+•]\s*)?(?:если|когда|пока|if|when|while|unless)\s/iu;

/**
 * A Russian verb first in a sentence or list item, in the present tense («Скачивает», «Позволяют», «Хранится») or the
 * past («- удалил pvc пока её юзает под»): it says what is done, and the noun after it is its object.
 */
const OPENS_WITH_VERB =
  /^\s*(?:[-*+•]\s*)?\p{Script=Cyrillic}{3,}(?:[аеиоуяю](?:ет|ют|ит|ят|ется|ются|ится|ятся)|(?:ил|или|ял|яли)(?:сь|ся)?)(?!\p{L})/iu;

/** A preposition: the words after it are a circumstance of what a sentence speaks of, not that thing. */
const PREPOSITION = "(?:на|в|во|по|для|с|со|к|ко|от|из|за|у|о|об|при|через|без|между)";
const PREPOSITION_FIRST = new RegExp(`^\\s*${PREPOSITION}\\s`, "iu");
const PREPOSITION_AFTER = new RegExp(`\\s${PREPOSITION}\\s`, "iu");

/** A preposition and the word it governs, opening a sentence: «В Kubernetes», «Без номера». */
const CIRCUMSTANCE_FIRST = new RegExp(`^\\s*${PREPOSITION}\\s+\\S+\\s*`, "iu");

/**
 * What a sentence's start speaks of: its words up to a preposition («Информация» of «Информация о релизе»), or,
 * when it opens with one, the word right after it («номера» of «Без номера ревизии», «стейте» of «В стейте…»).
 * A name a dash or a colon defines is that name, after the circumstance it may open with: «под» of «В Kubernetes
 * под — это…».
 */
function subjectOf(start: string, name = nameBefore(start)): string {
  const named = name?.replace(CIRCUMSTANCE_FIRST, "");
  if (named !== undefined && named !== name && /\p{L}/u.test(named)) return named;
  const after = PREPOSITION_AFTER.exec(start);
  const head = after === null ? start : start.slice(0, after.index);
  if (!PREPOSITION_FIRST.test(head)) return head;
  return /^\s*\S+\s+\S+/u.exec(head)?.[0] ?? head;
}

/**
 * Whether a heading tells what happens to a thing, a verb after its first word: «pvc висит в Pending», «Под не
 * стартует». The passage under it is about the trouble, not what the thing is (see `askingHeading`).
 */
function tellsHappening(heading: string): boolean {
  const words = heading
    .toLowerCase()
    .split(/[\s,.:;!?()«»"]+/u)
    .filter(Boolean);
  return words.length >= 2 && words.length <= MAX_HAPPENING_WORDS && words.slice(1).some(isVerbForm);
}
/** A heading of more words than this is a sentence of the notes' own, not a title naming a trouble. */
const MAX_HAPPENING_WORDS = 8;
/** A sentence that opens by listing three names or more: «ОАК, лейкоформула, СОЭ, СРБ», «Pods, Services и Ingress». */
const ENUMERATION =
  /^\s*[\p{L}\p{N}][\p{L}\p{N} ./+-]{0,25},\s*[\p{L}\p{N}][\p{L}\p{N} ./+-]{0,25},\s*[\p{L}\p{N}][\p{L}\p{N} ./+-]{0,25}(?:,|\s+и\s)/u;
/** A question of how, why, where, when, how many or whether: «как понять, что…», «можно смешивать…». */
const ASKING =
  /^\s*(?:[-*+•]\s*)?(?:\*\*|__)?\s*(?:как|почему|зачем|где|когда|сколько|можно|нужно\s+ли|стоит\s+ли|how|why|where|when|can)(?![\p{L}])/iu;
/** A heading that names kinds of something: «Типы индексов», «Виды раннеров», «Kinds of joins». */
const NAMES_KINDS =
  /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:[^:—–\n]{1,40}?\s*(?::|\s[—–-])\s*)?(?:типы|виды|разновидности|классы|категории|уровни|классификация|types|kinds|classification)(?![\p{L}])/iu;
/** A heading of kinds and nothing else, maybe counted: «Три вида», «Типы:», «2 типа». */
const KINDS_ALONE =
  /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:(?:два|две|три|четыре|пять|шесть|семь|\d+)\s+)?(?:типы|типа|типов|виды|вида|видов|разновидности|классы|класса|классов|категории|уровни|уровня|уровней|types|kinds)\s*:?\s*$/iu;
/** …or the main ones of them: «Основные стадии» (of an aggregation pipeline), «Main commands». */
const MAIN_ONES =
  /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:основные|главные|ключевые|базовые|main|basic|common|key)\s+\p{L}/iu;
/**
 * A heading that names a case, not a thing: «Для дисперсии» (the interval for a variance), «При малых выборках»,
 * «С ключом», «Without a lock». The passage under it tells what holds then; it does not start with what the
 * preposition governs, so it defines it no more than a passage that mentions it.
 */
const CASE_HEADING =
  /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:для|при|в|во|на|с|со|без|после|до|по|через|из|от|for|with|without|in|on|at|after|before|when|if)\s/iu;
/** A heading that asks why: «Зачем нужны сервисы», «Почему под висит в Pending», «Для чего нужен Ingress». */
const ASKS_WHY = /^\s*(?:\d+[.)]\s*)?(?:зачем|почему|для\s+чего|why)(?![\p{L}])/iu;
/** «что такое X?», «X — это что?»: a question that names what the answer defines. */
export const ASKS_WHAT = /(?:что|кто)\s+(?:такое|такой|такая|это|значит|означает)|это\s+что|what\s+is/iu;

/** Whether a sentence asks something other than what a thing is (see {@link ASKING}), or asks with «?». */
function asks(sentence: string): boolean {
  return ASKING.test(sentence) || (sentence.includes("?") && !ASKS_WHAT.test(sentence));
}

/**
 * The first {@link OPENING_TERMS} words of each sentence after the first: «…нужны taint'ы. Теинты указывают…»;
 * `asSubject`, only the words it speaks of (see {@link subjectOf}). Not a last sentence that only leads into what
 * comes next («…убив процесс. QoS классы:»): what it names is said in the passage after.
 */
function sentenceOpenings(prose: string, analyzer: Analyzer, asSubject = false): string[] {
  const sentences = prose
    .split(SENTENCE_BREAK)
    .slice(1)
    .map((s) => rowOpening(untimed(s)));
  return sentences.flatMap((sentence, k) => {
    // «QoS классы:» last in a passage leads into what the next one says: here it opens nothing.
    if (k === sentences.length - 1 && /:\s*$/u.test(sentence)) return [];
    // «Нет maxmemory — Redis растёт…» opens with what it names, not with the word after the dash.
    const start = sentence.slice(0, SENTENCE_OPENING_CHARS);
    // «**как понять, что таск завис??** → debug mode»: a question asked says what it asks, not what a thing is.
    if (asSubject && asks(sentence)) return [];
    // «conntrack -L» on a line of its own runs the thing: a command says nothing of what it is.
    if (asSubject && CODE_LIKE_LINE.test(sentence)) return [];
    if (LIKENS.test(sentence)) return [];
    // «HPA vs VPA: HPA добавляет поды…» tells two things apart, as a heading «gRPC vs REST» does: it defines neither.
    // «Если HPA включен, replicas лучше убрать» says what to do when, not what HPA is.
    if (asSubject && (COMPARES.test(start) || CONDITION.test(start))) return [];
    const named = nameBefore(start);
    // «- автоскейлинг» among what a deployment sets says nothing of autoscaling: a list item that only names.
    if (named === undefined && isBareItem(sentence)) return [];
    let name = named ?? start;
    // «Первый - том (volume): им управляет докер»: the first of several is the thing after the dash.
    if (ORDINAL.test(name)) {
      const rest = start.slice(start.indexOf(name) + name.length).replace(/^\s*[-—–:]\s*/u, "");
      name = nameBefore(rest) ?? rest;
    }
    // «Скачивает провайдеры в .terraform/» says what something does: the noun after the verb is its object.
    // «Сбросить оффсеты можно только…» says how something is done, not what «оффсеты» are.
    if (OPENS_WITH_VERB.test(name) || isInfinitive(firstWord(name))) return [];
    // «startupProbe trick: …» is about a trick: of a name of several English words, the last is what it names, as
    // in the opening name (see `definesLonger`).
    const latin = named?.replace(/[`*]/gu, "").trim();
    if (asSubject && latin !== undefined && LATIN_NAME.test(latin))
      return analyzer.terms(latin.split(/\s+/u).at(-1) ?? "").slice(0, OPENING_TERMS);
    const opening = analyzer
      .terms(asSubject ? subjectOf(name, named === undefined ? undefined : name) : name)
      .slice(0, OPENING_TERMS);
    // «**PersistentVolumeClaim (PVC)** — …» opens with PVC too, as a passage's first sentence does (see subjectStartsOf).
    const alias = asSubject ? ALIAS_AFTER_NAME.exec(start)?.[1] : undefined;
    if (alias === undefined) return opening;
    return [...opening, ...wordTermsOf(analyzer, alias)];
  });
}

/** The terms of a text's words, not the parts of a compound: «Ингрес-контроллеры:» does not define «ingress». */
export function wordTermsOf(analyzer: Analyzer, text: string): string[] {
  return analyzer.tokens(text).flatMap((t) => (t.term === undefined ? [] : [t.term]));
}

/** A table row's first cell names what the row is about in this many words at most. */
const ROW_NAME_WORDS = 3;

/**
 * What a table row opens with: its first cell, when that is a name («| Pod | минимальная единица… |», «| 499 | …»);
 * nothing, when it is a clause («| **лаг растет на всех партициях** | консьюмеры медленнее… |»), which tells of its
 * words rather than defining them. A row is a line, so it was a sentence; the cells after the first are no
 * sentence's start.
 */
function rowOpening(sentence: string): string {
  if (!/^\s*\|/u.test(sentence)) return sentence;
  const cell = sentence.split("|").find((c) => c.trim() !== "") ?? "";
  return cell.replace(/[*_`]/gu, " ").trim().split(/\s+/u).length <= ROW_NAME_WORDS ? cell : "";
}

/** A sentence without the time a line of notes typed along a video opens with. */
function untimed(sentence: string): string {
  return sentence.replace(TIME_MARK, "");
}

/** The first word of a text, in lower case. */
function firstWord(text: string): string {
  return /\p{L}+/u.exec(text)?.[0].toLowerCase() ?? "";
}

/** Whether `words` has `name` as a run of consecutive words. */
function saysInOrder(words: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++)
    if (name.every((t, k) => words[i + k] === t)) return true;
  return false;
}
