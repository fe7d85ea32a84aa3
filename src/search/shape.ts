// Stage 4 of answering: shape the answer from the judged candidates — a sure answer with «Ещё», an honest
// «возможно, вы про…» with candidates, or «nothing» with topics; comparisons answered by both sides.
import type { Passage, Topic } from "../knowledge/types.ts";
import type { Judged } from "./judge.ts";
import { type Asked, type Evidence, evidenceOf, type LikelyOptions, likelihood } from "./likely.ts";
import { sameSection } from "./readings.ts";
import type { Answer, Hit, LedSection } from "./types.ts";

/** A passage answers a comparison if, for each side, it scores this share of the best passage on that side. */
const SIDE_SHARE = 0.5;
/** …and matches that side's words in its own text, not only in a compound or a heading above it. */
const SIDE_COVERAGE = 0.75;
/** A possible passage ranked this many times above the next one, and covering this share, answers. */
const CLEAR_MARGIN = 3;
const CLEAR_COVERAGE = 0.5;
/**
 * …but one ranked less than this many times above the next covers this share: on new notes, written blind, such
 * passages that covered less were wrong about as often as right.
 */
const NEAR_MARGIN = 5;
const NEAR_COVERAGE = 0.75;
/** …and has this many of the question's subject terms (all of them when it has fewer). */
const MIN_SUBJECTS_APART = 2;
/** A passage about both sides of a comparison shorter than this only introduces them (see `compare`). */
const THIN_COMPARISON_CHARS = 120;
/** How many sections of one list a list question shows at once. */
const MAX_LISTED = 6;
/** How many candidates «возможно, вы про…» offers. */
const MAX_CANDIDATES = 3;
/** The list under the best passage's heading is shown with it when it ranks at least this share of it. */
const LIST_INSIDE_SHARE = 0.2;
/**
 * A passage of another section that the judge is as sure of, ranked at least this share of the best one's, is shown
 * beside it: ranks so close tell nothing apart, and picking one would be a guess («как сервисами дать доступ к
 * подам»: «Службы (Services)» among the objects and «Сервисы (Services)» in the notes on the network). On notes
 * written blind, the best of two sure passages ranked within two thirds of each other was wrong a quarter of the time.
 */
const TIED_SHARE = 2 / 3;
/**
 * …and so is a passage that may answer, ranked at least this share of the best one's, when the best one covers less
 * than PARTIAL_COVERAGE of the question: on notes written blind, such a best passage was wrong about a third of the
 * time, most often with the right one next. Covering three quarters to nine tenths, it was still wrong 11–14% of the
 * time over the sets, against 4% above: shown beside it, the next one made 9 of those wrong answers right.
 */
const PARTIAL_TIED_SHARE = 0.5;
const PARTIAL_COVERAGE = 0.9;

/** Makes a hit (with its snippet) for a judged candidate, marking the words of `side` when given. */
export type MakeHit = (c: Judged, side?: 0 | 1) => Hit;

/** What shaping needs besides the judged candidates. */
export interface ShapeInput {
  query: string;
  /** A list question («какие бывают типы сервисов») is answered by the sections that make up the list. */
  list?: boolean;
  /**
   * A list question that names the best passage's own heading («какие фильтры есть в httproute»): the list is inside
   * that section.
   */
  listInside?: boolean;
  /**
   * Whether a passage's own heading names a word of the question that another's does not: «Частые причины» beside
   * «Что это» for «какие бывают причины crashloopbackoff».
   */
  headsMoreThan?: (passage: Passage, other: Passage) => boolean;
  terms: string[];
  /** How many of the question's terms are about its subject (not generic words); none when not given. */
  subjectCount?: number;
  /**
   * A how-to whose verb the notes never use («как подключить прометей к графане»): a passage of prose that has
   * its nouns is no answer that stands apart, only one with a command.
   */
  vagueAction?: boolean;
  /** What is said in words (a definition, a reason, a list): a passage of code alone does not stand apart. */
  inWords?: boolean;
  /**
   * What a passage's coverage is worth when it stands apart: an adjective the notes never use counts in full there
   * («византийская отказоустойчивость» is not the fault tolerance they cover). 1 when the question has none.
   */
  apartShare?: number;
  judged: Judged[];
  /**
   * What the question says that weighs in when a possible answer may be likely enough to give (see likely.ts), and
   * the model that weighs it; without them, only a possible answer that stands clearly apart is given.
   */
  asked?: Asked;
  likely?: LikelyOptions;
  /**
   * For a comparison: the sides as named, their subject terms, each side's own judged candidates, and whether a
   * passage's own heading names both («CMD vs ENTRYPOINT»).
   */
  sides?: {
    names: [string, string];
    terms: [string[], string[]];
    a: Judged[];
    b: Judged[];
    headedByBoth?: (passage: Passage) => boolean;
    /** Whether a passage's own heading sets two things side by side («CMD vs ENTRYPOINT», «Отличие X от Y»). */
    compares?: (passage: Passage) => boolean;
    /** Whether a passage's first sentence names the difference between the two («отличие между X и Y»). */
    saysDifference?: (passage: Passage) => boolean;
    /** A word's term, to name the sides as the notes spell them (see {@link spelledAsNotes}); as asked without. */
    termOf?: (word: string) => string | undefined;
    /** Whether a passage's own heading names a side (0 or 1) by a word of it. */
    heads?: (passage: Passage, side: 0 | 1) => boolean;
  };
  moreCount: number;
  hit: MakeHit;
  /** Topics to suggest with «nothing», best first. */
  suggest: (closest: Judged[]) => Topic[];
  /** The sections a passage leads into (see {@link sectionsLedInto}); none when not given. */
  leadsInto?: (passage: Passage) => LedSection[];
  /** The passage the notes correct a passage with later, if they do (see `correctionsOf`). */
  correctionOf?: (passage: Passage) => Passage | undefined;
}

/** The answer to a question from its judged candidates. */
export function shapeAnswer(input: ShapeInput): Answer {
  const { query, terms, judged, moreCount, hit } = input;
  const answering = judged.filter((c) => c.verdict !== "none");
  const more = (shown: Set<Passage>) =>
    answering
      .filter((c) => !shown.has(c.passage))
      .slice(0, moreCount)
      .map((c) => hit(c));
  // «concurrencyPolicy … Forbid — новая ждет» is what the notes said before «поправка про Forbid: ничего он не
  // ждет!»: a passage they correct later is never shown without its correction right after it.
  const corrected = (shown: readonly Judged[]): Judged[] => {
    const correctionOf = input.correctionOf;
    if (correctionOf === undefined) return [...shown];
    const ids = new Set(shown.map((c) => c.passage.id));
    return shown.flatMap((c) => {
      const correction = correctionOf(c.passage);
      if (correction === undefined || ids.has(correction.id)) return [c];
      ids.add(correction.id);
      return [c, { ...c, passage: correction, correction: true }];
    });
  };

  if (input.sides) {
    const compared = compare(input.sides, judged, hit);
    if (compared.length > 0) {
      const shown = new Set(compared.map((h) => h.passage));
      const { names, termOf } = input.sides;
      // A passage's own heading first: it names the thing as its section does («Деплоймент (Deployment)»).
      const headings = [...shown].flatMap((p) => p.headingPath.toReversed());
      const spell = (name: string) => (termOf ? spelledAsNotes(name, headings, termOf) : name);
      const named: [string, string] = [spell(names[0]), spell(names[1])];
      return { kind: "found", query, terms, hits: compared, more: more(shown), compared: named };
    }
  }

  // Only the best-ranked passage may be given as sure: a sure one ranked below a possible one is a guess. A
  // possible one is given when it stands clearly apart: it covers half the question (three quarters when it ranks
  // only three to five times above the next), has the things the question names in its own words, and ranks far
  // above anything else — and no passage below it is sure («как запустить контейнер в фоне»: the prose about
  // containers outranks the command, which the judge was sure of).
  // It also has two of the words the question is about, or all of them when it has fewer: one rare word alone
  // is a coincidence («как быстро уснуть если бессонница» and the Ansible passage that says «быстрее»). A how-to
  // whose verb the notes never use stands apart only with a command: «промкуэль = язык запросов прометея, на нем
  // пишутся и панели в графане» says nothing of how to connect the two.
  // Nor is a passage that answers another question, or does what is asked to something else, ever given unsure.
  // A question whose weightiest word is in no note («какие таблетки пьют от высокого давления») has no passage
  // standing apart: whether one is likely right is the model's to say, which weighs that word's absence.
  const top = answering[0];
  const next = answering[1];
  const free =
    top?.verdict === "possible" &&
    top.other !== true &&
    top.elsewhere !== true &&
    (input.vagueAction !== true || top.traits.code) &&
    (input.inWords !== true || top.traits.inWords);
  const clear =
    free &&
    input.asked?.unheard !== true &&
    !answering.some((c) => c.verdict === "sure") &&
    top.coverage * (input.apartShare ?? 1) >=
      (next === undefined || top.rank >= NEAR_MARGIN * next.rank ? CLEAR_COVERAGE : NEAR_COVERAGE) &&
    top.names >= 0.5 &&
    top.subjects >= Math.min(MIN_SUBJECTS_APART, input.subjectCount ?? 0) &&
    (next === undefined || top.rank >= CLEAR_MARGIN * next.rank);
  // Otherwise it is given when it is likely enough right, by what the judge saw (see likely.ts).
  const evidence: Evidence | undefined =
    free && !clear && input.asked !== undefined ? evidenceOf(answering, input.asked) : undefined;
  const likely =
    evidence !== undefined &&
    input.likely !== undefined &&
    likelihood(evidence, input.likely.weights) >= input.likely.threshold;
  // «чем отличается requests от limits» of notes with neither: a passage that has one side's word («запросы»), not
  // the other's, answers no comparison, however sure it is of that word.
  const onBothSides = (c: Judged) =>
    input.sides === undefined || input.sides.terms.some((side) => side.length === 0) || c.subjects >= 2;
  if (top !== undefined && (top.verdict === "sure" || clear || likely) && onBothSides(top)) {
    const shown = input.list
      ? listed(top, answering, input.headsMoreThan)
      : input.listInside
        ? withListInside(top, answering, input.headsMoreThan)
        : withSectionPart(top, answering);
    // …and beside it, or beside the two parts of its section, the next passage when their ranks are too close to
    // tell apart (see `tied`).
    const other = answering.find((c) => c !== top && !shown.includes(c));
    if (
      shown.length <= 2 &&
      shown.every((c) => sameSection(c.passage, top.passage)) &&
      other !== undefined &&
      tied(top, other)
    )
      shown.push(other);
    const given = corrected(shown);
    const passages = new Set(given.map((c) => c.passage));
    const found: Answer = {
      kind: "found",
      query,
      terms,
      hits: given.map((c) => hit(c)),
      more: more(passages),
    };
    // An answer that ends «…несколько аспектов:» is not cut mid-thought: it names the sections it leads into.
    const led = shown.length === 1 ? (input.leadsInto?.(top.passage) ?? []) : [];
    return led.length > 0 ? { ...found, leadsInto: led } : found;
  }
  // «чем hpa отличается от vpa» with notes on HPA alone: nothing answers the comparison, but one side's passages
  // are what the notes can say about it.
  const offered =
    top === undefined && input.sides
      ? [...input.sides.a, ...input.sides.b]
          .filter((c) => c.verdict !== "none")
          .sort((x, y) => y.rank - x.rank)
      : answering;
  if (offered.length > 0) {
    const candidates: Judged[] = [];
    const sections = new Set<string>();
    for (const c of offered) {
      // Passages under no heading (plain-text notes whose headings were lost) are each a section of their own.
      const section =
        c.passage.headingPath.length === 0
          ? c.passage.id
          : `${c.passage.topicId}\u0000${c.passage.headingPath.join("\u0000")}`;
      if (sections.has(section)) continue;
      sections.add(section);
      candidates.push(c);
      if (candidates.length >= MAX_CANDIDATES) break;
    }
    // A candidate and its correction are offered together or not at all.
    const offeredCandidates: Judged[] = [];
    for (const c of candidates) {
      const group = corrected([c]).filter((g) => !offeredCandidates.some((o) => o.passage === g.passage));
      if (offeredCandidates.length + group.length > MAX_CANDIDATES) break;
      offeredCandidates.push(...group);
    }
    const uncertain: Answer = {
      kind: "uncertain",
      query,
      terms,
      candidates: offeredCandidates.map((c) => hit(c)),
    };
    return evidence === undefined ? uncertain : { ...uncertain, evidence };
  }
  return { kind: "nothing", query, terms, suggestions: input.suggest(judged) };
}

/**
 * A heading that says a section is about a difference: «Разница», «Отличие от транзакции», «Сравнение», «В чём
 * разница», «Чем они отличаются?».
 */
const DIFFERENCE_HEADING =
  /^(?:(?:в\s+ч[её]м\s+)?(?:разница|отличи[ея]|различи[ея]|сравнение|difference|differences|comparison)|ч[её]м\s+(?:[\p{L}-]+\s+){0,3}?(?:отлича|различа)\p{L}*)(?![\p{L}])/iu;

/**
 * A comparison's first answer: one passage about both sides — the section headed by both («CMD vs ENTRYPOINT»;
 * its sub-sections headed by each side instead, when they come before what it says itself),
 * else one whose own heading sets them side by side by a word of each, else one headed as a difference
 * («Разница»), else the best one that defines both («ClusterIP - …, NodePort - …»), else one that scores, for each
 * side, at least half as well as the best passage about that side alone — not one that merely names both, nor, when
 * each side's best defines it, one that defines neither; followed by each side's best when it is one short
 * sentence, or, when it scores on both or defines both, headed by neither side, and each side's best is headed by
 * it — else the best passage of each side, side by side. With the part of its section right before or after it
 * when that is sure of both sides too. Empty when a side has no sure passage.
 */
function compare(sides: NonNullable<ShapeInput["sides"]>, judged: readonly Judged[], hit: MakeHit): Hit[] {
  const { a, b } = sides;
  // Each side is judged on its own: the two things compared are two subjects, so how far apart they stand in
  // a passage does not matter, only that the passage is about each.
  const onSide = (c: Judged, side: Judged[]) => side.find((s) => s.passage === c.passage);
  const sure = (c: Judged, side: Judged[]) => {
    const own = onSide(c, side);
    return own !== undefined && own.verdict === "sure" && own.coverage >= SIDE_COVERAGE ? own : undefined;
  };
  // …in plain text or in bold: «**Небуферизованный** (unbuffered): отправка блокируется…».
  const defines = (c: Judged, terms: string[]) =>
    terms.some((t) => c.traits.defines.has(t) || c.traits.boldDefines.has(t));
  const bestA = a.find((c) => c.verdict === "sure");
  const bestB = b.find((c) => c.verdict === "sure" && c.passage !== bestA?.passage);
  // A passage about both that is one short sentence («RDB и AOF — это два механизма…») introduces them: each
  // side's own passage comes with it.
  // …each side's best passage but that one: «version и appVersion - я их путала!!» is the best of both sides.
  const withSides = (c: Judged): Hit[] => {
    const ownA = a.find((x) => x.verdict === "sure" && x.passage !== c.passage);
    const ownB = b.find(
      (x) => x.verdict === "sure" && x.passage !== c.passage && x.passage !== ownA?.passage,
    );
    return c.passage.text.length < THIN_COMPARISON_CHARS && ownA !== undefined && ownB !== undefined
      ? [hit(c), hit(ownA, 0), hit(ownB, 1)]
      : withPart(c).map((x) => hit(x));
  };
  // A section cut in two by length is one answer: the part right before or after it that is sure of both sides too
  // comes with it, in reading order («stash pop vs apply»: «stash», its commands, then a table of pop and apply).
  const withPart = (c: Judged): Judged[] => {
    const part = partBeside(c, a, (x) => sure(x, a) !== undefined && sure(x, b) !== undefined);
    return part === undefined ? [c] : inOrder(c, part);
  };
  // Of two such sections, the one that sets them side by side: «CMD vs ENTRYPOINT» before «А если есть и CMD, и
  // ENTRYPOINT?», which tells what happens with both.
  const headed = a.filter((c) => sure(c, a) && sure(c, b) && sides.headedByBoth?.(c.passage) === true);
  const headedByBoth = headed.find((c) => sides.compares?.(c.passage) === true) ?? headed[0];
  const headsSide = (c: Judged, side: 0 | 1) => sides.heads?.(c.passage, side) === true;
  if (headedByBoth) {
    // «Requests и limits» with a sub-section on each, «requests — сколько ресурса гарантировано», «limits — потолок»:
    // what the section says after them (its QoS classes) tells of something else; the two sub-sections answer.
    const path = headedByBoth.passage.headingPath;
    const under = (x: Judged | undefined) =>
      x !== undefined &&
      headsSide(x, x === bestA ? 0 : 1) &&
      x.passage.topicId === headedByBoth.passage.topicId &&
      x.passage.headingPath.length > path.length &&
      path.every((h, i) => x.passage.headingPath[i] === h) &&
      // …before it: text of the section before its sub-sections introduces them and both sides.
      x.passage.order < headedByBoth.passage.order;
    if (bestA !== undefined && bestB !== undefined && under(bestA) && under(bestB))
      return [hit(bestA, 0), hit(bestB, 1)];
    return withSides(firstAsked(headedByBoth, headed, judged));
  }
  // A section whose own heading sets the two side by side by their words («Hot reload vs hot restart») is about
  // both, though the words of a side leave it unsure of that side: it only has to name each.
  const named = (c: Judged, side: Judged[]) => (onSide(c, side)?.verdict ?? "none") !== "none";
  // «liveness vs readiness» with a section on each, answered by a passage headed by neither that scores on both
  // («пока startupProbe не прошла, liveness и readiness отключены») or defines both (a map of notes: «[[Recreate]] —
  // …», «[[RollingUpdate]] — …»): it may tell of something else, or only in a line, so each side's own section comes
  // with it.
  const withOwnSections = (c: Judged): Hit[] =>
    bestA !== undefined &&
    bestB !== undefined &&
    headsSide(bestA, 0) &&
    headsSide(bestB, 1) &&
    !headsSide(c, 0) &&
    !headsSide(c, 1)
      ? [hit(c), hit(bestA, 0), hit(bestB, 1)]
      : withSides(c);
  const setSideBySide = a.find(
    (c) =>
      named(c, a) &&
      named(c, b) &&
      sides.compares?.(c.passage) === true &&
      headsSide(c, 0) &&
      headsSide(c, 1),
  );
  if (setSideBySide) return withSides(setSideBySide);
  // «Разница: taint сразу меняет стейт, а -replace…»: a section that says what the difference is.
  const headedAsDifference = a.find(
    (c) => sure(c, a) && sure(c, b) && DIFFERENCE_HEADING.test(c.passage.headingPath.at(-1) ?? ""),
  );
  if (headedAsDifference) return withSides(headedAsDifference);
  // «| | useState | useReducer |»: a table with a column for each side sets them side by side, row by row.
  const tabled = a.find(
    (c) =>
      sure(c, a) &&
      sure(c, b) &&
      sides.terms[0].some((t) => c.traits.columns.has(t)) &&
      sides.terms[1].some((t) => c.traits.columns.has(t)),
  );
  if (tabled) return withSides(tabled);
  // Plain text whose headings were lost says it in a sentence instead: «основное отличие между ReplicaSets и
  // Deployments заключается в том…». One short sentence only promises it («Конечно, я могу объяснить разницу…»).
  const saysDifference = a.find(
    (c) =>
      c.passage.text.length >= THIN_COMPARISON_CHARS &&
      ((sure(c, a) && named(c, b)) || (sure(c, b) && named(c, a))) &&
      sides.saysDifference?.(c.passage) === true,
  );
  if (saysDifference) return withSides(saysDifference);
  const definesBoth = a.find(
    (c) => sure(c, a) && sure(c, b) && defines(c, sides.terms[0]) && defines(c, sides.terms[1]),
  );
  if (definesBoth) return withOwnSections(definesBoth);
  // «requests vs limits» with «requests - …» and «limits - …» each defined in its own passage: those say what each
  // is; a passage that only mentions both («Guaranteed - requests = limits») does not.
  const ownDefinitions =
    bestA !== undefined &&
    bestB !== undefined &&
    defines(bestA, sides.terms[0]) &&
    defines(bestB, sides.terms[1]);
  const share = (c: Judged, side: Judged[]) => (sure(c, side)?.relevance ?? 0) / (side[0]?.relevance ?? 1);
  const balance = (c: Judged) => Math.min(share(c, a), share(c, b));
  const both = a
    .filter((c) => balance(c) >= SIDE_SHARE)
    .filter((c) => !ownDefinitions || defines(c, sides.terms[0]) || defines(c, sides.terms[1]))
    .sort((x, y) => balance(y) - balance(x))[0];
  if (both) return withOwnSections(both);
  return bestA && bestB ? [hit(bestA, 0), hit(bestB, 1)] : [];
}

/**
 * Of `among`, the passage of the section of `c` that the question as a whole ranks first (`judged`): a long
 * section read as several passages («SNAT vs MASQUERADE»: its commands, then what each is for) answers by the part
 * with more of what was asked.
 */
function firstAsked(c: Judged, among: readonly Judged[], judged: readonly Judged[]): Judged {
  const place = (o: Judged) => {
    const k = judged.findIndex((j) => j.passage === o.passage);
    return k < 0 ? judged.length : k;
  };
  return among
    .filter((o) => sameSection(o.passage, c.passage))
    .reduce((first, o) => (place(o) < place(first) ? o : first), c);
}

/** Of `among`, the passage of `c`'s section right before or after it, for which `where` holds. */
const partBeside = (c: Judged, among: readonly Judged[], where: (x: Judged) => boolean = () => true) =>
  among.find(
    (x) =>
      x.passage !== c.passage &&
      Math.abs(x.passage.order - c.passage.order) === 1 &&
      sameSection(x.passage, c.passage) &&
      where(x),
  );

/** A word that names a difference: «отличие», «разница», «различие», «difference». */
const DIFFERENCE_WORD = /(?<![\p{L}])(?:разниц[аеуы]|отличи[еяй]|различи[еяй]|differences?)(?![\p{L}])/iu;
/** How many words after it may name the two things it is between («между ReplicaSets и Deployments»). */
const DIFFERENCE_REACH = 6;
/**
 * …and after one that opens its sentence or line, which names the difference as a label does: «разница коротко:
 * liveness фейлится -> рестарт контейнера; readiness фейлится -> …».
 */
const OPENING_REACH = 12;

/**
 * Whether `text` names the difference between the two sides: its first sentence has a difference word followed,
 * within a few words, by a term of each («основное отличие между ReplicaSets и Deployments заключается…»), or a
 * later sentence or line opens with one («Probes» notes that list each probe, then «разница коротко: …»).
 */
export function namesDifference(
  text: string,
  a: readonly string[],
  b: readonly string[],
  terms: (text: string) => string[],
): boolean {
  // The terms of the few words after what `pattern` finds in a sentence; none when it finds nothing.
  const namedAfter = (sentence: string, pattern: RegExp, reach: number) => {
    const found = pattern.exec(sentence);
    if (found === null) return new Set<string>();
    const following = sentence
      .slice(found.index + found[0].length)
      .trim()
      .split(/\s+/u);
    return new Set(terms(following.slice(0, reach).join(" ")));
  };
  const says = (sentence: string, reach = DIFFERENCE_REACH) => {
    const after = namedAfter(sentence, DIFFERENCE_WORD, reach);
    return a.some((t) => after.has(t)) && b.some((t) => after.has(t));
  };
  const first = /^[^.!?\n]*/u.exec(text)?.[0] ?? "";
  if (says(first)) return true;
  const sentences = text.split(/(?<=[.!?])\s+|\n/u);
  if (sentences.some((sentence) => OPENS_WITH_DIFFERENCE.test(sentence) && says(sentence, OPENING_REACH)))
    return true;
  // A passage on one side that sets it against the other says the difference too: «Vs TCP: у UDP нет
  // рукопожатия…», «PVC в отличие от PV живет в неймспейсе», «Не путать с описанием ингресс контроллера».
  if (
    sentences.some((sentence) => {
      const named = namedAfter(sentence, AGAINST, AGAINST_REACH);
      return a.some((t) => named.has(t)) || b.some((t) => named.has(t));
    })
  )
    return true;
  // «!! не путать:» over a line on each side: «антиагреганты (аспирин, …) — …» / «антикоагулянты (…, варфарин) — …».
  const warned = DO_NOT_CONFUSE.exec(text);
  if (warned === null) return false;
  const under = new Set(
    terms(
      text
        .slice(warned.index + warned[0].length)
        .split(/\s+/u)
        .slice(0, PAIRED_REACH)
        .join(" "),
    ),
  );
  return a.some((t) => under.has(t)) && b.some((t) => under.has(t));
}

/** A label that warns two things apart, set over a line on each: «!! не путать:», «Не перепутать!». */
const DO_NOT_CONFUSE = /(?:^|[\s!])не\s+(?:пере)?пута(?:ть|й|йте)\s*[:!.]*\s*$/imu;
/** How many words under such a label name the two things. */
const PAIRED_REACH = 30;

/**
 * Words that set what a sentence says against one thing: «vs TCP», «в отличие от PV», «unlike UDP», «Не путать с
 * описанием ингресс контроллера».
 */
const AGAINST =
  /(?<![\p{L}])(?:vs\.?|versus|не\s+(?:пере)?пута(?:ть|й|йте)\s+с|not\s+to\s+be\s+confused\s+with|в\s+отличие\s+от|по\s+сравнению\s+с|unlike|compared\s+(?:to|with))(?![\p{L}])/iu;
/** How many words after it name the thing set against. */
const AGAINST_REACH = 3;

/** A sentence or line that opens by naming a difference: «разница коротко: liveness фейлится…», «- Отличие: …». */
const OPENS_WITH_DIFFERENCE =
  /^\s*(?:[-*•]\s*)?(?:(?:главн|основн|ключев)\p{L}*\s+)?(?:разниц|отличи|различи|difference)/iu;

/** Words a heading about two things may have besides them: «Сравнение: Role и ClusterRole», «… что выбрать». */
const COMPARING_WORDS = 1;

/**
 * Whether a heading that names both sides is about them: «CMD vs ENTRYPOINT», «Requests и limits», «Deployment или
 * StatefulSet: что выбрать» — not «Состояния процессов, зомби и сироты», a section on process states whose own
 * passage is a table of them, with a subsection on each side below.
 */
export function headingIsAbout(
  heading: string,
  sides: readonly string[],
  terms: (text: string) => string[],
): boolean {
  const besides = heading.split(/[\s,.:;!?()/|—–-]+/u).filter((word) => {
    const own = terms(word);
    return own.length > 0 && !own.some((t) => sides.includes(t));
  });
  return besides.length <= COMPARING_WORDS;
}

/**
 * Whether `next` is as sure an answer as `top`, ranked too close to tell apart (see TIED_SHARE) — or may answer what
 * a sure `top` leaves unsaid (see PARTIAL_TIED_SHARE) —, and from a section
 * other than the best one's and not within it: a section's subsection is part of what it says («Что такое сеть?»),
 * while the section around it may say what the subsection takes as known («nginx в кубере это что, ингресс
 * контроллер?»: «Что умеют ингресс-контроллеры», and above it «Ingress Controller» — «Само приложение, которое
 * проксирует…»). Passages under no heading (plain text whose headings were lost) are each a section of their own.
 */
function tied(top: Judged, next: Judged): boolean {
  const [a, b] = [top.passage, next.passage];
  const nested = (outer: string[], inner: string[]) => outer.every((h, k) => inner[k] === h);
  const apart =
    a.topicId !== b.topicId ||
    (a.headingPath.length === 0 && b.headingPath.length === 0) ||
    !nested(a.headingPath, b.headingPath);
  // A sure passage that leaves a tenth of the question unsaid is no better told apart from one ranked half as
  // high that may say the rest.
  const partial =
    top.coverage < PARTIAL_COVERAGE && next.verdict !== "none" && next.rank >= PARTIAL_TIED_SHARE * top.rank;
  return (
    top.verdict === "sure" &&
    ((next.verdict === "sure" && next.rank >= TIED_SHARE * top.rank) || partial) &&
    apart
  );
}

/**
 * The best passage, and with it the part of its section right before or after it when that is among the next two
 * candidates, however it ranks: a section cut in two by length is one answer («Taints и tolerations»: the command,
 * then «для выделенных нод нужно taint + nodeSelector»; «5. Когерентность и false sharing»: what it is, then how to
 * fix it).
 */
function withSectionPart(top: Judged, answering: Judged[]): Judged[] {
  if (top.passage.headingPath.length === 0) return [top];
  const part = partBeside(top, answering.slice(1, 3));
  return part === undefined ? [top] : inOrder(top, part);
}

/**
 * What answers a list question whose best passage introduces the thing and lists nothing («HTTPRoute — …» for
 * «какие фильтры есть в httproute»): that passage, and the list under its heading that may answer too («filters»,
 * which need not say «HTTPRoute» itself), when it ranks close enough; otherwise as any other question. Three
 * sections or more right under it that may answer are the list, each by its opening passage. A list under
 * it whose own heading names a word of the question the best one's does not is the one asked for, however it ranks
 * and whether or not the best one lists something else («Частые причины» under «Дебаг, когда серт не выпускается»,
 * a list of commands, for «какие причины бывают»).
 */
function withListInside(
  top: Judged,
  answering: Judged[],
  headsMoreThan?: (passage: Passage, other: Passage) => boolean,
): Judged[] {
  const named = namedList(top, answering, headsMoreThan);
  if (named !== undefined) return inOrder(top, named);
  const path = top.passage.headingPath;
  const under = (c: Judged) =>
    c.passage.topicId === top.passage.topicId &&
    c.passage.headingPath.length > path.length &&
    path.every((h, k) => h === c.passage.headingPath[k]);
  // «какие алгоритмы балансировки есть»: «Алгоритмы балансировки» opens, a section under it for each — those are
  // the list, each opening its own section.
  const items = answering.filter(
    (c) => under(c) && c.passage.headingPath.length === path.length + 1 && c !== top,
  );
  const opening = new Map<string, Judged>();
  for (const c of items.sort((x, y) => x.passage.order - y.passage.order)) {
    const heading = c.passage.headingPath.at(-1) as string;
    if (!opening.has(heading)) opening.set(heading, c);
  }
  if (opening.size >= 3) return [top, ...[...opening.values()].slice(0, MAX_LISTED)];
  const namedUnder = listNear(
    top,
    answering,
    (c) => under(c) && headsMoreThan?.(c.passage, top.passage) === true,
    0,
  );
  if (namedUnder !== undefined) return [top, namedUnder];
  if (top.traits.list) return withSectionPart(top, answering);
  const list = listNear(top, answering, under);
  return list === undefined ? withSectionPart(top, answering) : [top, list];
}

/**
 * Of the next few candidates after the best one, a list of its topic that may answer, ranked at least `share` of
 * it (LIST_INSIDE_SHARE unless given), where `where` says.
 */
function listNear(
  top: Judged,
  answering: Judged[],
  where: (c: Judged) => boolean,
  share = LIST_INSIDE_SHARE,
): Judged | undefined {
  return answering
    .slice(1, 1 + MAX_CANDIDATES)
    .find(
      (c) =>
        c.verdict !== "none" &&
        c.traits.list &&
        c.passage.topicId === top.passage.topicId &&
        c.rank >= share * top.rank &&
        where(c),
    );
}

/** Two passages in reading order. */
const inOrder = (a: Judged, b: Judged): Judged[] => (b.passage.order < a.passage.order ? [b, a] : [a, b]);

/**
 * The list beside the best passage that a list question asks for by name: «какие бывают причины crashloopbackoff»
 * is answered by «Что это» and, after it, «Частые причины» — a list of the same section whose own heading names a
 * word of the question the best one's does not, among the next candidates, however it ranks.
 */
function namedList(
  top: Judged,
  answering: Judged[],
  headsMoreThan?: (passage: Passage, other: Passage) => boolean,
): Judged | undefined {
  if (headsMoreThan === undefined) return undefined;
  const parent = top.passage.headingPath.slice(0, -1);
  return listNear(
    top,
    answering,
    (c) =>
      c.passage.headingPath.length === top.passage.headingPath.length &&
      parent.every((h, k) => h === c.passage.headingPath[k]) &&
      headsMoreThan(c.passage, top.passage),
    0,
  );
}

/**
 * What answers a list question whose best passage is one item of a list of sections («LoadBalancer» under
 * «Основные типы сервисов»): the answering passages under the same parent heading, in reading order, when
 * there are at least three of them; otherwise the best passage alone.
 */
function listed(
  top: Judged,
  answering: Judged[],
  headsMoreThan?: (passage: Passage, other: Passage) => boolean,
): Judged[] {
  const parent = top.passage.headingPath.slice(0, -1);
  if (parent.length === 0) return [top];
  const key = (c: Judged) => `${c.passage.topicId}\u0000${c.passage.headingPath.slice(0, -1).join("\u0000")}`;
  const siblings = answering.filter(
    (c) => key(c) === key(top) && c.passage.headingPath.length === top.passage.headingPath.length,
  );
  if (siblings.length < 3) {
    const named = namedList(top, answering, headsMoreThan);
    return named === undefined ? [top] : inOrder(top, named);
  }
  return siblings.sort((a, b) => a.passage.order - b.passage.order).slice(0, MAX_LISTED);
}

/** How many sections a lead-in lists at most. */
const MAX_LED = 8;

/**
 * The sections `passage` leads into: when its text ends with a lead-in colon («Организация сети включает в
 * себя несколько аспектов:») and the passages right after it lie under its heading, the sections one level
 * below it, in reading order. Empty otherwise, and for a passage under no heading (plain text whose headings
 * were lost: nothing tells what lies under it). `passages` are the topic's, in reading order.
 */
export function sectionsLedInto(passage: Passage, topic: Topic, passages: readonly Passage[]): LedSection[] {
  const path = passage.headingPath;
  if (path.length === 0 || !/:\s*$/.test(passage.text)) return [];
  const under = (p: Passage) =>
    p.headingPath.length > path.length && path.every((h, k) => p.headingPath[k] === h);
  const led: LedSection[] = [];
  const seen = new Set<string>();
  for (let i = passages.indexOf(passage) + 1; i < passages.length && led.length < MAX_LED; i++) {
    const p = passages[i] as Passage;
    if (!under(p)) break;
    const heading = p.headingPath[path.length] as string;
    if (seen.has(heading)) continue;
    seen.add(heading);
    const section = topic.sections.findIndex((s) => s.passageIds.includes(p.id));
    if (section >= 0) led.push({ heading, topicId: topic.id, section });
  }
  return led;
}

/** A word of a side's name: letters and digits, joined by «-», «_», «.» or «:» («migrate:fresh», «acks=1» is two). */
const NAME_WORD = /[\p{L}\p{N}]+(?:[-_.:][\p{L}\p{N}]+)*/gu;

/**
 * A side of a comparison in the notes' words: each of its words as the headings of the passages shown spell it,
 * when one there is the same term («чем statefulset отличается от деплоймента» → «StatefulSet» and «Деплоймент»
 * of «Деплоймент (Deployment)»), else as asked.
 */
export function spelledAsNotes(
  side: string,
  headings: readonly string[],
  termOf: (word: string) => string | undefined,
): string {
  const spelled = new Map<string, string>();
  for (const heading of headings) {
    for (const [word] of heading.matchAll(NAME_WORD)) {
      const term = termOf(word.toLowerCase());
      if (term !== undefined && !spelled.has(term)) spelled.set(term, word);
    }
  }
  return side.replace(NAME_WORD, (word) => {
    const term = termOf(word.toLowerCase());
    return (term === undefined ? undefined : spelled.get(term)) ?? word;
  });
}
