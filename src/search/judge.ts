// Stage 3 of answering: judge the candidates. Prefer the passages that fit the question's form, add what
// people taught through feedback, and say how sure the best one is: sure, possible, or not about the question.
import type { Passage } from "../knowledge/types.ts";
import type { Candidate } from "./candidates.ts";
import type { Intent } from "./query.ts";
import type { PassageReadings } from "./readings.ts";
import type { Lifts } from "./types.ts";
import { type QueryTerm, weightOf } from "./understand.ts";

/** How sure an answer is. */
export type Verdict = "sure" | "possible" | "none";

/** Thresholds of the judge, calibrated on the evaluation set (`npm run eval`). */
export interface JudgeOptions {
  /** A sure answer covers at least this share of the question's weight… */
  sureCoverage: number;
  /** …and matches at least this share of its subject in its heading or own prose (not only in code). */
  sureSubject: number;
  /** …and has at least this share of the things the question names in its heading or own prose. */
  sureNames: number;
  /** A possible answer covers at least this share… */
  possibleCoverage: number;
  /** …and matches at least this share of the subject anywhere in the passage (prose, heading or code). */
  possibleSubject: number;
  /** How much a passage that fits the question's form (a list for «какие бывают») gains. */
  fit: number;
  /** The most a learned lift can multiply a score by: bounded, so a strong exact match still wins. */
  maxLift: number;
}

export const DEFAULT_JUDGE: JudgeOptions = {
  sureCoverage: 0.5,
  sureSubject: 0.6,
  sureNames: 0.5,
  possibleCoverage: 0.3,
  possibleSubject: 0.3,
  fit: 1.35,
  maxLift: 1.5,
};

/**
 * How much a definition that opens its passage gains over one in a later sentence: a tie-breaker. As much as a form
 * that fits (`fit`) cost more wrong answers than it won right ones (4 more wrong, 3 more right over the sets).
 */
const OPENING_DEFINITION = 1.1;

/** A subject word weighing at least this share of the heaviest is part of what a definition question asks. */
const DEFINED_SHARE = 0.5;

/** Whether one of the names `c` defines is `defined`, no more and no less: «чанк (chunk)» for chunk. */
const definesByName = (c: Candidate, defined: ReadonlySet<string>) =>
  c.traits.definedNames.some(
    (name) => name.every((t) => defined.has(t)) && [...defined].every((t) => name.includes(t)),
  );

/** A candidate as judged. */
export interface Judged extends Candidate {
  verdict: Verdict;
  /** The score with the form's preference and feedback lifts applied. */
  rank: number;
  /**
   * Answers another question: says plainly what the question negates («попадали» for «чтобы не попадал»), or
   * never does what a how-to asks («как удалить репозиторий» → how to add one). Never given unasked.
   */
  other?: boolean;
  /**
   * Does what a how-to asks to do, to something else: the thing it asks about is in no note («настроен DLX» for
   * «как настроить приоритеты сообщений»). As a possible answer it never stands apart.
   */
  elsewhere?: boolean;
  /** The notes' later correction of the passage shown right before it (see `correctionsOf`): shown from its start. */
  correction?: boolean;
}

/**
 * Whether the weightiest word of what a question asks about is in no note (see QueryTerm.unknown): «таблетки» of
 * «какие таблетки пьют от высокого давления» asked of notes on blood pressure, which answer something else.
 */
export function asksUnheard(terms: readonly QueryTerm[]): boolean {
  const subject = askedSubject(terms);
  const heaviest = Math.max(0, ...subject.map((t) => t.weight));
  return subject.some((t) => t.unknown === true && t.weight >= heaviest);
}

/**
 * What a question asks about: its words that are not generic, without what only places a definition's subject
 * («elasticsearch» in «что такое маппинг в elasticsearch»), unless that is all there is.
 */
function askedSubject(terms: readonly QueryTerm[]): QueryTerm[] {
  const asksOf = terms.filter((t) => !t.generic && !t.setting);
  return asksOf.length > 0 ? asksOf : terms.filter((t) => !t.generic);
}

/** A candidate with the question's negated words counted as matched in its own prose. */
function prohibitionOf(terms: readonly QueryTerm[]): (c: Candidate) => Candidate {
  const total = weightOf(terms);
  const subject = weightOf(terms, (t) => !t.generic);
  // Only words the notes use count (see `prohibitable` in judge).
  const negatedWeight = weightOf(terms, (t) => t.negated === true && !t.generic);
  const more = subject > 0 ? negatedWeight / subject : 0;
  return (c) => {
    const coverage = Math.min(1, c.coverage + negatedWeight / total);
    return Object.assign({}, c, {
      coverage,
      own: Math.min(1, c.own + more),
      prose: Math.min(1, c.prose + more),
      score: c.relevance * coverage * coverage,
    });
  };
}

/**
 * A place, as a «где» question wants it: a path (`/etc/nginx/`, `~/.ssh/config`, `.github/workflows/`) or a
 * word that says where something lies («в папке», «в каталоге», «лежит в», «хранится в»). «CI/CD», «pub/sub» are
 * no paths.
 */
const PLACE =
  /(?:^|[\s`(«"'])(?:~|\.{1,2})?\/[\w.-]+|[\w.-]+\/(?=[\s`),.;:»"']|$)|(?<![\p{L}])(?:в|во)\s+(?:\p{L}+\s+)?(?:папк|каталог|директори|файл)\p{L}*|(?<![\p{L}])(?:лежит|лежат|хранится|хранятся|находится|находятся)\s+в(?![\p{L}])/mu;

/** A web address: no place on disk. */
const LINK = /\b(?:https?|ftp):\/\/\S+/giu;

/** How much of the subject a passage matches anywhere (a command counts fully for a how-to question). */
function subjectMatch(c: Candidate, intent: Intent): number {
  return c.own + (intent === "howto" ? c.code : c.code * 0.75);
}

/**
 * Whether a passage's own heading names a thing of its own, one word: «Узлы» under «Кластер» tells of nodes, not of
 * the cluster; «Нельзя одновременно» under «Трилемма (невозможная троица)» tells what the trilemma is.
 */
const namesItsOwn = (passage: Passage) => /^\S+$/u.test((passage.headingPath.at(-1) ?? "").trim());

/** Whether a passage has the shape the question asks for. */
function fits(c: Candidate, intent: Intent, definesSubject: boolean, counted = false): boolean {
  switch (intent) {
    case "list":
      return c.traits.list;
    case "howto":
      return c.traits.code;
    case "why":
      return c.traits.reason;
    case "definition":
      return definesSubject;
    case "quantity":
      return counted;
    case "where":
      // A link is somewhere on the web, not a place on disk: «https://docs.gitlab.com/ee/ci/yaml/».
      return PLACE.test(c.passage.text.replace(LINK, " "));
    default:
      return false;
  }
}

/**
 * Judges candidates for a question: each gets a verdict and a rank, best first. A passage is a sure answer
 * when it covers the question and matches its subject, and the things the question names, in its own words;
 * possible when it matches some of the subject; none when the subject is not there at all (only inside a
 * compound identifier, or nowhere).
 */
export function judge(
  candidates: readonly Candidate[],
  intent: Intent,
  terms: readonly QueryTerm[],
  readings: PassageReadings,
  options: JudgeOptions = DEFAULT_JUDGE,
  lifts?: Lifts,
): Judged[] {
  // What a definition defines is the question's main subject: «deployment» in «what is a deployment in
  // kubernetes», not a word every passage of the notes has.
  // …nor «elasticsearch» in «что такое маппинг в elasticsearch», which says where the mapping is.
  const asksOf = terms.filter((t) => !t.generic && !t.setting);
  const subject = askedSubject(terms);
  const heaviest = Math.max(0, ...subject.map((t) => t.weight));
  const defined = new Set(subject.filter((t) => t.weight >= DEFINED_SHARE * heaviest).map((t) => t.term));
  // «как работают оверлейные сети», where no note says «оверлейные»: a passage on networks defines something else.
  const definesUnknown = intent === "definition" && subject.some((t) => t.unknown === true);
  const asked = terms.map((t) => t.term);
  const askedSet = new Set(asked);
  const lifted = lifts?.for(asked);
  // «что такое ingress controller»: the section headed «Ingress Controller» is about all of it, the one headed
  // «Ingress» that warns not to confuse it with the controller is not.
  // «что такое оффсет»: the section headed «Оффсет» is about it, the one headed «Коммит оффсетов» only in part.
  const headsAllOf = (names: readonly string[]) => (c: Candidate) =>
    names.length >= 2
      ? readings.headsAll(c.passage, names)
      : names[0] !== undefined && readings.headedBy(c.passage, names[0]);
  const subjectTerms = terms.filter((t) => !t.generic).map((t) => t.term);
  // …and «что такое автоконфигурация в буте» by «Автоконфигурация» under «boot», when no heading names both: what
  // only places the subject is no word its heading must have then.
  const headsAsked = headsAllOf(subjectTerms);
  const headedByAll =
    asksOf.length > 0 && asksOf.length < subjectTerms.length && !candidates.some(headsAsked)
      ? headsAllOf(asksOf.map((t) => t.term))
      : headsAsked;
  // «почему под не стартует»: a reason for what the notes never say happens is not in them.
  // «сервис не отвечает», «нода не принимает поды»: what goes wrong, in a verb the notes never use, is not in them
  // either, whatever is asked of it; nor whether it can happen («реплика может писать?»).
  const unknownHappening = terms.some(
    (t) => t.happening === true && (intent === "why" || t.negated === true || t.questioned === true),
  );
  // A how-to is answered by a command when the notes have one for it: then a passage of prose alone is a guess.
  // An operation («как создать сервис», «как зайти внутрь пода») is done by a command whether or not the notes
  // have it: a passage without one says what the thing is, not how to do it.
  const operation = intent === "howto" ? terms.find((t) => t.operation) : undefined;
  // What a how-to asks to do, when the question negates nothing («как сделать, чтобы под не попадал» asks for
  // what must not happen).
  const action =
    intent === "howto" && !terms.some((t) => t.negated) ? terms.find((t) => t.action)?.term : undefined;
  const objectTerm = action === undefined ? undefined : terms.find((t) => t.object);
  // «упал один из бэкендов, как сделать чтобы подхватывал запасной»: a passage on backends going down that says
  // nothing of what the asker wants to happen does not say how to get it.
  const wanted = intent === "howto" && !terms.some((t) => t.negated) ? terms.filter((t) => t.wanted) : [];
  /** Whether the passage says `term` in its text or its own heading. */
  const mentions = (c: Candidate, term: string) =>
    readings.says(c.passage, term) || readings.heads(c.passage, new Set([term]));
  const missesWanted = (c: Candidate) => wanted.length > 0 && !wanted.some((t) => mentions(c, t.term));
  // «сетевые политики»: a definition of what the adjective qualifies, not of another thing it qualifies too
  // («Сетевая модель»): a passage that says none of the question's nouns is no sure one.
  const nouns = subject.filter((t) => t.modifier !== true);
  const qualified = intent === "definition" && nouns.length > 0 && nouns.length < subject.length;
  const missesNoun = (c: Candidate) =>
    qualified && !nouns.some((t) => mentions(c, t.term) || readings.under(c.passage, t.term));
  const object = objectTerm?.term;
  const unknownObject = objectTerm?.unknownObject === true;
  // «удалить образ» is not answered by «пересобрать образы … удалить контейнеры»: a passage that does what is asked
  // does it to the thing asked about — says the two words together, or shows a command with that thing.
  const apart = (c: Candidate) =>
    action !== undefined &&
    object !== undefined &&
    readings.says(c.passage, action) &&
    !readings.saysTogether(c.passage, action, object) &&
    !readings.inCode(c.passage, object);
  const needsCommand =
    operation !== undefined ||
    (intent === "howto" &&
      candidates.some(
        (c) =>
          c.traits.code &&
          c.coverage >= options.possibleCoverage &&
          subjectMatch(c, intent) >= options.possibleSubject,
      ));
  // «как сделать, чтобы под не попадал на ноду»: a passage that says «попадали» plainly answers the opposite.
  const negated = terms.filter((t) => t.negated).map((t) => t.term);
  // «как удалить репозиторий»: a passage that never says «удалить» shows how to do something else with it.
  const undoing = operation?.undoes === true ? operation.term : undefined;
  const undoingTerms = new Set(undoing === undefined ? [] : [undoing]);
  // Only a word the notes use is something they can prohibit: «почему под не стартует» (a verb the notes never
  // use) is not answered by whatever passage says «нельзя».
  // …and only what must not happen («чтобы под не попадал»), or a reason for it: «сервис не видит поды» says what
  // goes wrong, which «больше там ничего быть не может» does not answer.
  const prohibitable = terms.some(
    (t) => t.negated && !t.generic && (t.prevented === true || intent === "why"),
  );
  const prohibited = prohibitable ? prohibitionOf(terms) : undefined;
  // «как установить редис» over notes on Redis: every passage says «redis», so a passage is sure only when it has
  // something else the question says too — here «установить», which no passage has.
  const specific = new Set(
    terms.filter((t) => t.everywhere !== true && t.setting !== true).map((t) => t.term),
  );
  const needsSpecific = specific.size > 0 && terms.some((t) => t.everywhere === true);
  const saysSpecific = (c: Candidate) =>
    readings.heads(c.passage, specific) || [...specific].some((t) => readings.says(c.passage, t));
  const judged = candidates.map((given): Judged => {
    // «чтобы под не попадал на ноду» is answered by what must not happen («размещать поды нельзя»): a passage
    // that prohibits something, without the negated word itself, counts as saying it in its own words.
    const c =
      prohibited && given.traits.prohibits && !negated.some((t) => readings.says(given.passage, t))
        ? prohibited(given)
        : given;
    const matched = subjectMatch(c, intent);
    const opposite = negated.some((t) => readings.says(c.passage, t) && !readings.negates(c.passage, t));
    // «как передать переменную в модуль» is not answered by «locals … снаружи их не передать»: it says what
    // cannot be done. Read only of a passage that could answer at all: reading what a passage negates is slow.
    // One that says it plainly too («-m создать домашний каталог» beside «без -m домашку НЕ создает») shows how.
    const denied =
      action !== undefined &&
      c.coverage >= options.possibleCoverage &&
      matched >= options.possibleSubject &&
      readings.negates(c.passage, action) &&
      !readings.affirms(c.passage, action);
    const otherAction =
      undoing !== undefined && !readings.says(c.passage, undoing) && !readings.heads(c.passage, undoingTerms);
    // «сколько памяти можно дать поду» is not answered by «по сколько подов обновлять деплоймент»: no number.
    // …nor is «сколько памяти нужно редису» by the course's «модуль 5»: the number is said of what is asked (the
    // question's main subject, not «редис», which notes on Redis say everywhere).
    const counted = intent === "quantity" && readings.counts(c.passage, defined);
    const noQuantity = intent === "quantity" && !counted;
    // «как настроить приоритеты сообщений», where no note says «приоритет»: a passage that «настраивает» something
    // does it to something else.
    // …nor is «как работают оверлейные сети», where no note says «оверлейные», by a passage on networks.
    const elsewhere =
      definesUnknown || (unknownObject && action !== undefined && readings.says(c.passage, action));
    const other = opposite || denied || otherAction || noQuantity;
    // A definition is in the passage that says what the thing is: it starts with it (its heading, its text, or
    // one of its sentences). A passage that only mentions the thing («разместить ингрессы на машинах») is no
    // sure definition, however often it does.
    // «terraform console — …» defines the console, not terraform; «terraform output — …» is no definition of
    // the output «output в терраформе что это» asks about, though the question says «терраформ» too.
    const definesSubject =
      intent === "definition" &&
      (readings.startsWithSubject(c.passage, defined) ||
        (readings.opensSectionOf(c.passage, defined) && !namesItsOwn(c.passage))) &&
      !readings.definesLonger(c.passage, defined, asked);
    // A reason is in a passage about the thing: its own heading names it, it starts with it, or it is the first
    // passage under a heading above that names it (a chat's question over the answer's own headings). One that only
    // lists it («В деплойменте указываются: … метки, аннотации» for «зачем нужны аннотации») gives no reason.
    // So is a list: «какие бывают executors» is not answered by the list of steps to build an image in a job, which
    // says it needs «раннер с docker executor».
    const aboutSubject =
      (intent !== "why" && intent !== "list") ||
      readings.heads(c.passage, defined) ||
      readings.startsWith(c.passage, defined) ||
      readings.opensSectionOf(c.passage, defined) ||
      // …or names its kinds alone, under a heading that names it: «Три вида» under «Агрегации».
      readings.namesKinds(c.passage, defined);
    // A how-to is answered by its command: there the subject matched in code is the subject matched. A question
    // of no particular form («kubectl label nodes») may be answered by code too; a reason or a list only by prose.
    const sureMatch =
      intent === "howto" || intent === "other" || intent === "quantity" || intent === "where"
        ? matched
        : (intent === "definition" && !definesSubject) || !aboutSubject
          ? 0
          : c.own;
    // The things the question names (cilium, helm) must be in the passage's own words (or a how-to's command).
    const named =
      intent === "howto" || intent === "other" || intent === "quantity" || intent === "where"
        ? c.namesWithCode
        : c.names;
    // A definition, a reason or a list is said in words: two bare commands under «Добавить репозиторий и установить
    // чарт» say what to type, not why a chart is needed.
    const inWords = (intent !== "definition" && intent !== "why" && intent !== "list") || c.traits.inWords;
    const shaped =
      (!needsCommand || c.traits.code) && inWords && !other && !unknownHappening && !definesUnknown;
    let verdict: Verdict = "none";
    if (
      shaped &&
      c.coverage >= options.sureCoverage &&
      !apart(c) &&
      !missesWanted(c) &&
      !missesNoun(c) &&
      sureMatch >= options.sureSubject &&
      named >= options.sureNames &&
      // Last: it reads the passage's words, which only a passage that would be sure needs.
      (!needsSpecific || saysSpecific(c))
    )
      verdict = "sure";
    else if (c.coverage >= options.possibleCoverage && matched >= options.possibleSubject)
      verdict = "possible";
    const fitting = fits(c, intent, definesSubject, counted) || (prohibitable && c.traits.prohibits);
    // …by a bold name that says no more than the question: «**fragment shader** — …» defines a shader, not the
    // fragment «фрагмент это что» asks about.
    const boldDefinition =
      definesSubject &&
      c.traits.boldNames.some(
        (name) => name.some((t) => defined.has(t)) && name.every((t) => askedSet.has(t)),
      );
    // «зачем сервисы, если у подов есть айпишники» is answered by the section headed «Зачем нужны сервисы».
    const asksWhyOf = intent === "why" && readings.asksWhy(c.passage) && readings.heads(c.passage, defined);
    // «что такое стейт в терраформе» is answered by the section headed «Что такое state».
    const asksWhatOf =
      intent === "definition" &&
      definesSubject &&
      ((readings.asksWhat(c.passage) && readings.heads(c.passage, defined)) ||
        readings.glosses(c.passage, defined));
    // «какие индексы бывают» is answered by the section headed «Типы индексов».
    // …or «Три вида» under «Агрегации».
    const kindsOf = intent === "list" && readings.namesKinds(c.passage, defined);
    let rank =
      c.score *
      (fitting ? options.fit : 1) *
      (headedByAll(c) ? options.fit : 1) *
      // …and by as much again when that heading asks why of it, or names its kinds: «Зачем нужны сервисы» over
      // «Службы (Services) среди объектов» for «зачем нужны сервисы», though both are headed by services alone.
      (asksWhyOf || kindsOf || asksWhatOf ? options.fit : 1) *
      (boldDefinition ? options.fit * options.fit : 1);
    // A passage that answers another question ranks below one that fits: «мое: сентинел = HA без шардинга» says
    // no number, so «скока сентинелов надо поднять» is answered by «Сентинелов минимум 3».
    if (other) rank /= options.fit;
    // …as does a section that tells two things apart, to a question that asks what one of them is.
    if (intent === "definition" && readings.compares(c.passage)) rank /= options.fit;
    // Of two passages that define the subject, the one that opens with it («Миграция — python-файл…») ranks a little
    // above one that defines it in a later sentence («…Data migration — миграция, которая правит данные»).
    if (definesSubject && readings.opensWithSubject(c.passage, defined)) rank *= OPENING_DEFINITION;
    // …and one that defines it by its very name («чанк (chunk) — группа модулей…», «Кэш (cache) — быстрая память…»)
    // as much as a form that fits, above one that only opens a sentence with it («Чанки грузятся…») or defines a
    // longer name («optimization.splitChunks — выносит…»).
    if (definesSubject && definesByName(c, defined)) rank *= options.fit;
    const lift = lifted?.get(c.passage.id) ?? 0;
    if (lift > 0 && verdict !== "none") rank *= 1 + (options.maxLift - 1) * Math.min(1, lift);
    // Not `{ ...c, verdict, rank }`: V8 copies a spread followed by more properties on its slow path, and
    // that copy was most of the judge's time (35 µs of 40 per question).
    const judgedOne: Judged = Object.assign({}, c, other ? { verdict, rank, other } : { verdict, rank });
    if (elsewhere) judgedOne.elsewhere = true;
    return judgedOne;
  });
  return judged.sort((a, b) => b.rank - a.rank || a.passage.order - b.passage.order);
}
