// Flashcards: a question made from a section's heading (or a term a passage defines) on the front, the notes'
// own text on the back. The learner grades their recall with FSRS's four ratings, so any notes with headings
// or definitions give cards, and the back can never teach what the notes do not say.
import { definedTerm, isUnwritten, LIST_MARKER } from "../knowledge/lines.ts";
import type { KnowledgeBase, Passage } from "../knowledge/types.ts";
import { isInfinitive } from "../russian.ts";
import { GENERIC_WORDS, STOP_WORDS } from "../search/stopwords.ts";
import { rowLine, tablesIn } from "../table.ts";
import { findDefinitions } from "./generate.ts";
import { cardId, cardSource } from "./ids.ts";
import {
  asWritten,
  isCodeTerm,
  notATermReason,
  PROPERTY_LABELS,
  sameTerm,
  TO_DO,
  termNames,
} from "./terms.ts";
import type { Card } from "./types.ts";

/** Fewest words a flashcard's back needs to answer anything. */
export const MIN_BACK_WORDS = 5;

const QUESTION_WORDS = new Set([
  "как",
  "что",
  "чем",
  "зачем",
  "почему",
  "когда",
  "где",
  "какой",
  "какая",
  "какие",
  "каким",
  "сколько",
  "how",
  "what",
  "why",
  "when",
  "which",
]);
const DIFFERENCE_WORDS = new Set(["отличие", "отличия", "разница", "различие", "различия"]);
/** Words in the first sentence that say the section is about what a thing is for («в нужном состоянии» does not). */
const PURPOSE =
  /(?:^|[\s,(«])(?:чтобы|для\s+того|нужн(?:ен|а|о|ы)(?!\p{L})|позволя\p{L}*|служ\p{L}*|используе\p{L}*)/u;
/**
 * A leading remark label («TLDR: …», «Итог: …»): a word that labels a remark, and a colon. Not any word: «ПОТОКИ:
 * ОСНОВЫ» is about threads.
 */
const LEADING_LABEL =
  /^(?:tl;?dr|итог|итого|вывод|выводы|кратко|коротко|резюме|важно|внимание|осторожно|мое|моё|upd|note|summary):\s+/iu;

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A section's number before its name: «5. », «2) », «2.1 », «1.2.3. ». */
const OUTLINE_NUMBER = /^(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)/u;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A Russian common noun at the start of a question's middle is lower case («Теинты» → «теинты»); names stay. */
function asMidSentence(text: string): string {
  const first = text.split(/\s/u)[0] ?? "";
  const common = /^\p{Lu}[\p{Ll}-]*$/u.test(first) && /\p{Script=Cyrillic}/u.test(first);
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** True when the name reads as plural («теинты», «Services»), so «Зачем нужны …?» agrees with it. */
function isPlural(name: string): boolean {
  const last = name.split(/\s+/u).at(-1)?.toLowerCase() ?? "";
  if (/^[а-яё-]+$/u.test(last)) return /[ыи]$/u.test(last);
  return /[^s]s$/u.test(last);
}

/** The first sentence of the passage's prose (code blocks and list markers left out). */
function firstSentence(text: string): string {
  const prose = text
    .replace(/```[\s\S]*?(?:```|$)/gu, " ")
    .replace(/^\s*(?:\d+[.)]|[-*+])\s+/gmu, "")
    .replace(/\s+/gu, " ")
    .trim();
  return prose.split(/(?<=[.!?])\s+/u)[0] ?? "";
}

/** A heading that names one thing («NodePort», «Теинты (taints)», «Job и CronJob») rather than a subject. */
function isTermHeading(heading: string): boolean {
  const outside = heading.replace(/\([^)]*\)/gu, " ").trim();
  const count = outside.split(/\s+/u).filter(Boolean).length;
  if (words(outside) === 0 || count > 3 || notATermReason(heading) !== undefined) return false;
  const sides = outside.split(/\s+(?:и|and)\s+/u);
  // «Job и CronJob» names two things; «Процессы и сигналы» describes a subject.
  return sides.length === 1 || sides.every((side) => /^[A-Za-z]/u.test(side));
}

/** A single Russian adjective («горизонтальное») describes, it does not name. */
function isAdjective(term: string): boolean {
  return /^[а-яё-]+(?:ое|ый|ий|ая|яя|ые|ие|ой)$/u.test(term.toLowerCase());
}

/** True when `term` opens `line` and a dash follows it: «SUID (4000) - …», not «Осторожно: … -a …». */
function dashAfter(line: string, term: string): boolean {
  return line.startsWith(term) && /^\s+[-–—]\s/u.test(line.slice(term.length));
}

/** True when the passage opens by defining `name` («Зомби-процесс - процесс, …», «под: …»). */
function opensWithDefinitionOf(name: string, passageText: string): boolean {
  const line = passageText.trim().split("\n")[0]?.replace(LIST_MARKER, "") ?? "";
  const term = definedTerm(line);
  return term !== undefined && dashAfter(line, term) && sameTerm(termNames(term, []), termNames(name, []));
}

/** «PermitRootLogin no - запрещает …»: the definition opens with a verb, so it says what the thing does. */
function definesByAction(passageText: string): boolean {
  const line = passageText.trim().split("\n")[0] ?? "";
  const after = /\s[-–—]\s+(\p{L}+)/u.exec(line)?.[1]?.toLowerCase() ?? "";
  return /^[а-яё]{4,}(?:ает|яет|ует|еет|ит|ют|ят)$/u.test(after);
}

/** A heading's first word that makes it a list of kinds: «Виды …», «Типы …». */
const KINDS = new Set(["виды", "типы", "разновидности"]);
/** The most words a heading of kinds has: «Типы ссылок (java.lang.ref)». */
const MAX_KINDS_WORDS = 5;

/**
 * Whether a heading names the kinds of a thing its section lists: «Виды OutOfMemoryError», «Типы ссылок
 * (java.lang.ref)»; not one that goes on to name what it is about, «Типы данных: dtypes, astype, category».
 */
function namesKinds(heading: string): boolean {
  const all = heading.split(/\s+/u);
  return (
    all.length >= 2 &&
    all.length <= MAX_KINDS_WORDS &&
    KINDS.has(all[0]?.toLowerCase() ?? "") &&
    !/[:;,]/u.test(heading)
  );
}

/**
 * The front of a section's flashcard: the heading as a question, its form chosen by what the heading is and
 * what the passage says — a question heading stays one, a how-to («Добавить репозиторий…») asks «Как …?», kinds
 * («Типы ссылок») ask «Какие бывают …?»,
 * a difference asks «В чём …?», a term asks «Что такое …?», or «Зачем нужны …?» / «Что делает …?» when the
 * passage opens with what it is for. Any other heading asks what its section says. A question of two words
 * names nothing («что выбрать:» under «Типы метрик»): it is asked of the `parent` heading, or not at all.
 * Undefined for no heading.
 */
export function flashcardFront(heading: string, passageText: string, parent?: string): string | undefined {
  const clean = heading
    .replace(LEADING_LABEL, "")
    .replace(/[.:;!]+$/u, "")
    .trim();
  // «## TODO» as a text's heading kept its marks; «TL;DR» is the label «tldr».
  const label = clean
    .toLowerCase()
    .replace(/^[#\s]+/u, "")
    .replaceAll(";", "");
  // «FIXME», «TODO»: a section of things to do later asks nothing yet.
  if (words(clean) === 0 || TO_DO.test(label)) return undefined;
  // A heading cut from the passage's own first words («Старые ReplicaSet'ы после раскатки остаются в кластере с…», as
  // a cloze note that names nothing is headed) asks nothing its back does not open by saying.
  if (clean.endsWith("…") && passageText.trimStart().startsWith(clean.slice(0, -1).trimEnd()))
    return undefined;
  const lowerWords = clean.toLowerCase().split(/\s+/u);
  const first = lowerWords[0] ?? "";
  if (clean.endsWith("?") || QUESTION_WORDS.has(first)) return questionFront(clean, parent);
  // «Плюс», «Примеры»: a label names no section of its own; it is asked of the heading above it, or not at all.
  if (PROPERTY_LABELS.has(label)) {
    const subject = parent?.replace(WHAT_IS, "").trim();
    return subject ? `${capitalize(subject)}: что сказано в разделе «${clean}»?` : undefined;
  }
  if (isInfinitive(first)) return ofParent(`как ${asMidSentence(clean)}`, clean, parent);
  if (namesKinds(clean)) return `Какие бывают ${asMidSentence(clean)}?`;
  if (lowerWords.slice(0, 2).some((w) => DIFFERENCE_WORDS.has(w)))
    return ofParent(`в чём ${asMidSentence(clean)}`, clean, parent);
  if (/\s(?:или|or)\s/u.test(clean) && words(clean) <= 6) return `${clean}: что выбрать?`;
  // «5. Backpressure»: the number places the section in the notes, it is no part of the name a card asks about.
  const term = clean.replace(OUTLINE_NUMBER, "");
  // «ПОТОКИ: ОСНОВЫ», «Типы данных: dtypes, …»: a heading that goes on after a colon names more than one term.
  if (isTermHeading(term) && !isAdjective(term) && !/:\s/u.test(term)) {
    const name = asMidSentence(asWritten(term, passageText));
    if (definesByAction(passageText)) return `Что делает ${name}?`;
    if (PURPOSE.test(firstSentence(passageText).toLowerCase())) {
      return isPlural(term.replace(/\([^)]*\)/gu, " ").trim())
        ? `Зачем нужны ${name}?`
        : `Что делает ${name}?`;
    }
    // A short name is asked «Что такое …?»; Russian words only when the passage opens defining them with
    // a dash («Зомби-процесс - процесс, …»): after a colon they may label a remark («Осторожно: …»).
    const sides = term
      .replace(/\([^)]*\)/gu, " ")
      .trim()
      .split(/\s+(?:и|and)\s+/u);
    const short = sides.every((side) => side.split(/\s+/u).length <= 2);
    if ((/[A-Za-z]/u.test(term) && short) || opensWithDefinitionOf(term, passageText))
      return `Что такое ${name}?`;
  }
  return `Что сказано в разделе «${clean}»?`;
}

/** How many words of a corrected passage with no heading name it on a correction's card. */
const CORRECTED_OPENING_WORDS = 6;

/**
 * The front of a correction's card: what it corrects, by that passage's heading or, when it has none, by its
 * opening words («Что исправлено в заметке «backoffLimit»?»).
 */
function correctionFront(corrected: Passage): string {
  const heading = corrected.headingPath.at(-1);
  const opening = corrected.text.replace(/\s+/gu, " ").trim().split(" ");
  const name =
    heading ??
    `${opening.slice(0, CORRECTED_OPENING_WORDS).join(" ")}${opening.length > CORRECTED_OPENING_WORDS ? "…" : ""}`;
  return `Что исправлено в заметке «${name.replace(/[«»]/gu, "")}»?`;
}

/** A term a line of the passage defines, with the text from that line to the next definition or paragraph. */
interface LineDefinition {
  /** The defined term; empty for a question line. */
  term: string;
  /** A question line's question. */
  question?: string;
  back: string;
  passage: Passage;
}

/**
 * A how-to or a difference asked by one word («Обнаружить:», «Разница:») names nothing: it is asked of `parent`
 * («drift: как обнаружить?»), when there is one.
 */
function ofParent(asked: string, heading: string, parent: string | undefined): string {
  const subject = parent?.replace(WHAT_IS, "").trim();
  if (words(heading) > 1 || subject === undefined || subject === "") return `${capitalize(asked)}?`;
  return `${capitalize(subject)}: ${asked}?`;
}

/** A question as a front; one of two words names nothing («что выбрать») and is asked of `parent`, or not at all. */
function questionFront(question: string, parent: string | undefined): string | undefined {
  const asked = question.trim().replace(/\?$/u, "");
  // «Что это вообще?», «А зачем оно?»: only words of asking, which name nothing either.
  const names = (asked.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some(
    (word) => !STOP_WORDS.has(word) && !GENERIC_WORDS.has(word),
  );
  if (words(asked) > 2 && names) return `${capitalize(asked)}?`;
  // A heading that is itself a question asked in a chat («что такое cache stampede») names its subject after
  // «что такое»; any other («как поставить время жизни ключу») is no subject to ask «как бороться?» of.
  const subject = parent?.replace(WHAT_IS, "").trim();
  if (
    subject === undefined ||
    subject === "" ||
    QUESTION_WORDS.has(subject.split(/\s+/u)[0]?.toLowerCase() ?? "")
  )
    return undefined;
  return `${capitalize(subject)}: ${asked.toLowerCase()}?`;
}

/** «[04:15] планировщик - …»: the time in a video a point of lecture notes was said, no part of the point. */
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/u;

/** «что такое …», «что это …», «что значит …» before the subject of a heading asked in a chat. */
const WHAT_IS = /^(?:что|че|чё)\s+(?:такое|это|значит|за)\s+/iu;

/** «Зачем sudo, если можно сидеть под рутом:» — a line that asks, then answers. */
const QUESTION_LINE = /^((?:зачем|почему|как|что|чем|когда|где)\s[^.!?:]{5,100})[?:]\s*/iu;
/**
 * «Когда метод передают в setTimeout, он вызывается без объекта, и this теряется:»: «когда» and, after a comma,
 * a clause of its own tell when something happens; they ask nothing.
 */
const WHEN_CLAUSE = /^(?:когда|как\s+только|где)\s[^,]+,\s*(?:он|она|оно|они|то|это|мы|вы|ты|я)\s/iu;

/**
 * Definitions that open a line of prose at a sentence start («Inode (индексный дескриптор) - это …»,
 * «SUID (4000) - …»), and lines that ask a question and answer it («Зачем sudo, если …: …»). A colon after
 * a word is not taken for a definition here: in lists it labels a property of the section's thing.
 */
function lineDefinitions(passage: Passage): LineDefinition[] {
  const found: LineDefinition[] = [];
  const lines = passage.text.split("\n");
  let inCode = false;
  let current: LineDefinition | undefined;
  let sentenceEnded = true;
  for (const raw of lines) {
    // A point of lecture notes starts with the time it was said: whatever came before, it starts anew.
    const timed = TIMESTAMP.test(raw.trim());
    if (timed) {
      current = undefined;
      sentenceEnded = true;
    }
    const line = raw.trim().replace(TIMESTAMP, "").replace(LIST_MARKER, "");
    const fence = /^(```|~~~)/u.test(line);
    if (fence) inCode = !inCode;
    if (inCode || fence || line === "") {
      current = undefined;
      sentenceEnded = true;
      continue;
    }
    const plain = line.replace(/^\*\*([^*]+)\*\*/u, "$1");
    const term = sentenceEnded ? definedTerm(plain)?.replace(/\*\*/gu, "").trim() : undefined;
    const question =
      sentenceEnded && !WHEN_CLAUSE.test(plain) && !isUnwritten(plain)
        ? QUESTION_LINE.exec(plain)?.[1]
        : undefined;
    if (
      term !== undefined &&
      dashAfter(plain, term) &&
      notATermReason(term) === undefined &&
      !isAdjective(term) &&
      /\p{L}/u.test(term)
    ) {
      current = { term, back: line, passage };
      found.push(current);
    } else if (question !== undefined) {
      const front = questionFront(question, passage.headingPath.at(-1));
      current = front === undefined ? undefined : { term: "", question: front, back: line, passage };
      if (current) found.push(current);
    } else if (current) {
      current.back += `\n${line}`;
    }
    sentenceEnded = /[.!?:…]$/u.test(line);
  }
  return found;
}

/** A table row's first cell longer than this is a sentence, not the name of what the row is about. */
const MAX_ROW_NAME = 40;

/**
 * The front of a table row's card: its first cell and the columns its other cells fill, «Guaranteed: условие, при
 * нехватке памяти на ноде?»; undefined for a row that names nothing or says nothing of it.
 */
function rowFront(header: readonly string[], row: readonly string[]): string | undefined {
  const [first = "", ...rest] = row;
  const name = first.replace(/[*`]/gu, "").trim();
  if (name === "" || name.length > MAX_ROW_NAME || !/\p{L}/u.test(name)) return undefined;
  const columns = rest
    .map((cell, i) => (cell === "" ? "" : (header[i + 1] ?? "").replace(/[*`?]/gu, "").trim()))
    .filter((column) => column !== "");
  if (columns.length === 0) return undefined;
  // «При провале» is asked as «при провале»; a name («StatefulSet», «Deployment») stays as written.
  const asked = columns.map((column) =>
    /^[А-ЯЁ][а-яё]*(?:\s|$)/u.test(column) ? column[0]?.toLowerCase() + column.slice(1) : column,
  );
  return `${name}: ${asked.join(", ")}?`;
}

/**
 * The front asking what a term a line or a list defines is: what a command or a query in code does. A kind listed
 * under a heading of kinds is asked as one of them: «Виды раннеров: что такое kubernetes?», not what Kubernetes is.
 */
function definitionFront(term: string, passage: Passage): string {
  if (isCodeTerm(term)) return `Что делает «${term.trim().slice(1, -1)}»?`;
  const name = asMidSentence(questionName(term));
  const heading = passage.headingPath.at(-1)?.replace(LEADING_LABEL, "").trim();
  return heading !== undefined && namesKinds(heading)
    ? `${heading}: что такое ${name}?`
    : `Что такое ${name}?`;
}

/** A term's brackets, or a code span (group 1 undefined): brackets inside code are code, «`cache.get()`». */
const BRACKETS = /`[^`]*`|\(([^)]*)\)/gu;

/** The name a definition's term goes by in a question: «SUID (4000)» → «SUID», «Жесткая ссылка (hard link)» stays. */
function questionName(term: string): string {
  const outside = term
    .replace(BRACKETS, (found) => (found.startsWith("`") ? found : " "))
    .replace(/\s+/gu, " ")
    .trim();
  const inside = [...term.matchAll(BRACKETS)].find((m) => !m[0].startsWith("`"))?.[1]?.trim();
  return inside !== undefined && /\p{L}{2}/u.test(inside) ? `${outside} (${inside})` : outside;
}

/** A term the notes name by a section heading or define on a line of their own, and where. */
export interface NotedTerm {
  term: string;
  passage: Passage;
}

/**
 * The terms of the notes a learner should know by name: headings that name one thing the section defines or
 * says the purpose of (as {@link flashcardFront} asks «Что такое …?»), terms a list defines (not the
 * properties a list gives of its section's thing), and terms a line defines with a dash.
 */
export function notedTerms(kb: Pick<KnowledgeBase, "topics" | "passages">): NotedTerm[] {
  const passages = new Map(kb.passages.map((p) => [p.id, p]));
  const found: NotedTerm[] = [];
  for (const topic of kb.topics) {
    for (const section of topic.sections) {
      const first = passages.get(section.passageIds[0] ?? "");
      if (!first || first.headingPath.length === 0) continue;
      const front = flashcardFront(section.heading, first.text);
      if (asksOfAThing(front))
        found.push({
          term: section.heading.replace(LEADING_LABEL, "").replace(OUTLINE_NUMBER, "").trim(),
          passage: first,
        });
    }
  }
  for (const definition of findDefinitions(kb.passages)) {
    if (!isPropertyOfHeading(definition.term, definition.passage) && !isAdjective(definition.term))
      found.push({ term: definition.term, passage: definition.passage });
  }
  for (const passage of kb.passages) {
    for (const definition of lineDefinitions(passage)) {
      if (definition.term !== "") found.push({ term: definition.term, passage });
    }
  }
  return found;
}

/**
 * True when a list item's «term» is a property of the thing its section's heading names: under
 * «Деплоймент (Deployment)», «Репликации: Деплойменты создают …» does not define «репликации».
 */
function isPropertyOfHeading(term: string, passage: Passage): boolean {
  const heading = passage.headingPath.at(-1);
  return (
    heading !== undefined &&
    asksOfAThing(flashcardFront(heading, passage.text)) &&
    !sameTerm(termNames(heading, []), termNames(term, []))
  );
}

/** Whether `path` is a heading path strictly below `parent`. */
const under = (path: readonly string[], parent: readonly string[]) =>
  path.length > parent.length && parent.every((heading, i) => path[i] === heading);

/** True for a front that asks about one named thing («Что такое …?», «Что делает …?», «Зачем нужны …?»). */
function asksOfAThing(front: string | undefined): boolean {
  return front !== undefined && /^(?:Что такое|Что делает|Зачем нужны) /u.test(front);
}

/**
 * Flashcards for the notes: one per section with a heading (its passages on the back), and one per term a
 * list item (`findDefinitions`) or a line of the notes defines (that definition on the back) unless a card of
 * the topic already asks about it; a section left with no card asks to recall how its first long sentence
 * goes on. Cards whose back has fewer than {@link MIN_BACK_WORDS} words, and a front a topic already has, are not
 * made. Ids depend on the topic and the front only, so editing a section's text keeps its progress. A section that
 * opens with the notes' correction of an earlier passage (`corrects`: a correction's id → the passage it corrects)
 * asks what was corrected there, not what its heading «поправка» says.
 */
export function generateFlashcards(
  kb: Pick<KnowledgeBase, "topics" | "passages">,
  corrects: ReadonlyMap<string, Passage> = new Map(),
): Card[] {
  const passages = new Map(kb.passages.map((p) => [p.id, p]));
  const cards: Card[] = [];
  const ids = new Set<string>();
  const add = (topicId: string, question: string, back: string, passage: Passage) => {
    const id = cardId(topicId, question, "flashcard");
    // One front asked twice in a topic («Что такое под?» by a heading and by a list) is one card.
    if (words(back) < MIN_BACK_WORDS || ids.has(id)) return;
    ids.add(id);
    cards.push({
      id,
      topicId,
      question,
      options: [],
      correctIndex: -1,
      explanation: back,
      source: cardSource(passage),
      origin: "generated",
      kind: "flashcard",
    });
  };
  for (const topic of kb.topics) {
    const asked: ReturnType<typeof termNames>[] = [];
    const inTopic = kb.passages.filter((p) => p.topicId === topic.id);
    for (const section of topic.sections) {
      const sectionPassages = section.passageIds
        .map((id) => passages.get(id))
        .filter((p): p is Passage => p !== undefined);
      const first = sectionPassages[0];
      // A topic's introduction and the text of notes with no headings carry the topic's title, not a heading.
      if (!first || first.headingPath.length === 0) continue;
      // A heading whose sub-sections come first («Roles», then «Роль (role) - это …» headed by its term) is
      // introduced by them: its own passages, after them, say something else. Their cards ask about it.
      if (inTopic.some((p) => p.order < first.order && under(p.headingPath, first.headingPath))) continue;
      const back = sectionPassages.map((p) => p.text.trim()).join("\n\n");
      // A heading at the top of a topic is asked of the topic («drift», «taint и replace»).
      const corrected = corrects.get(first.id);
      const front =
        corrected === undefined
          ? flashcardFront(section.heading, back, first.headingPath.at(-2) ?? topic.title)
          : correctionFront(corrected);
      if (front === undefined) continue;
      add(topic.id, front, back, first);
      if (isTermHeading(section.heading) && !front.startsWith("Что сказано"))
        asked.push(termNames(section.heading, []));
    }
    // Terms a list defines («- ClusterIP: Этот тип сервиса …»), with their item on the back.
    for (const definition of findDefinitions(inTopic)) {
      const names = termNames(definition.term, []);
      if (isAdjective(definition.term) || asked.some((other) => sameTerm(other, names))) continue;
      if (isPropertyOfHeading(definition.term, definition.passage)) continue;
      asked.push(names);
      const back = `${definition.term}: ${definition.definition}`;
      add(topic.id, definitionFront(definition.term, definition.passage), back, definition.passage);
    }
    for (const passage of inTopic) {
      for (const definition of lineDefinitions(passage)) {
        if (definition.question !== undefined) {
          add(topic.id, definition.question, definition.back, passage);
          continue;
        }
        const names = termNames(definition.term, []);
        if (asked.some((other) => sameTerm(other, names))) continue;
        asked.push(names);
        add(topic.id, definitionFront(definition.term, passage), definition.back, passage);
      }
    }
    // A table's rows, each asked by its first cell and the columns it fills: «livenessProbe: при провале, когда
    // нужна?», the row on the back.
    for (const passage of inTopic)
      for (const { header, rows } of tablesIn(passage.text))
        for (const row of rows) {
          const front = rowFront(header, row);
          if (front !== undefined) add(topic.id, front, rowLine(header, row), passage);
        }
    // A section none of whose passages gave a card (an introduction, notes without headings) asks to
    // recall what follows its first sentence's opening words.
    for (const section of topic.sections) {
      if (section.passageIds.some((id) => cards.some((card) => card.source.passageId === id))) continue;
      for (const id of section.passageIds) {
        const passage = passages.get(id);
        const opening = passage && openingWords(passage.text);
        if (!passage || opening === undefined) continue;
        add(topic.id, recallPrompt(opening), continuationOf(passage.text, opening), passage);
        break;
      }
    }
  }
  return cards;
}

/** The front of a recall card: «Как продолжается в конспекте: «Сервисы (Services) в Kubernetes - это…»?». */
export function recallPrompt(opening: string): string {
  return `Как продолжается в конспекте: «${opening}…»?`;
}

/** The opening words a recall card's front quotes, or undefined for any other front. */
export function recalledOpening(question: string): string | undefined {
  return /^Как продолжается в конспекте: «(.+)…»\?$/su.exec(question)?.[1];
}

/**
 * The passage from the sentence that opens with `opening` on: what a recall prompt asks to continue. The text
 * before it (a file's title line, a sentence too short to prompt with) is no part of the answer.
 */
function continuationOf(text: string, opening: string): string {
  const words = opening.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  const at = new RegExp(words.join("[\\s,;:—–-]+"), "u").exec(text)?.index;
  return (at === undefined ? text : text.slice(at)).trim();
}

/** Words of a recall prompt: enough to say what the passage is about, few enough to leave it to recall. */
const OPENING_WORDS = 6;

/**
 * The opening words of the passage's first whole sentence of prose (one that starts with a capital, after
 * any label such as «ВАЖНО:»), if it is long enough that something is left to recall.
 */
export function openingWords(text: string): string | undefined {
  const lines = text.replace(/```[\s\S]*?(?:```|$)/gu, "\n\n");
  for (const sentence of lines.split(/(?<=[.!?])\s+/u).map((s) => s.trim())) {
    // «Частые порты:» / «Порт» / «Протокол» / «Сервис» / «22»: the cells of a table that lost its layout, a line
    // or two of a word each, are no sentence to recall.
    const opening = sentence
      .split(/[ \t]+/u)
      .slice(0, OPENING_WORDS)
      .join(" ");
    if ((opening.match(/\n/gu)?.length ?? 0) >= 2) continue;
    const flat = sentence.replace(/\s+/gu, " ");
    const plain = flat.replace(LEADING_LABEL, "").replace(/^[\p{Lu}\s]{4,}:\s*/u, "");
    const words = plain.split(/\s+/u).filter(Boolean);
    if (!/^[\p{Lu}«"]/u.test(flat) || words.length < OPENING_WORDS * 2) continue;
    // Words, not a line of a config file that lost its code fence.
    const prose = words.slice(0, OPENING_WORDS).filter((word) => /^[«"(]?\p{L}+[»")]?[,.:;]?$/u.test(word));
    if (prose.length < OPENING_WORDS - 1) continue;
    return words
      .slice(0, OPENING_WORDS)
      .join(" ")
      .replace(/[,;:—–-]+$/u, "");
  }
  return undefined;
}
