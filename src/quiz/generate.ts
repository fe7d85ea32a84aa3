// Cards generated from the notes: definition lists («ClusterIP: Этот тип сервиса…», «DaemonSet - …»)
// become «which term is hidden here?» questions, with sibling terms of the same list as distractors.
import {
  balanced,
  definedTerm,
  LIST_MARKER,
  opensWithRemark,
  REMARK_LABELS,
  UNWRITTEN,
} from "../knowledge/lines.ts";
import type { Glossary, Passage } from "../knowledge/types.ts";
import { cardId, cardSource, stableShuffle } from "./ids.ts";
import {
  BLANK_IN_NAME,
  blank,
  isCodeTerm,
  maskForms,
  mentions,
  notATermReason,
  sameTerm,
  type TermNames,
  termNames,
} from "./terms.ts";
import type { Card } from "./types.ts";

/** A term and its definition, found in the notes. */
export interface Definition {
  term: string;
  definition: string;
  passage: Passage;
  /** Definitions with the same key are siblings: one list, or sections side by side under one heading. */
  listKey: string;
}

/** Most options a generated card offers (the answer and up to three siblings). */
export const maxOptions = 4;
/** Fewest options a generated card needs; with fewer siblings no card is made. */
export const minOptions = 3;

const maxTermLength = 60;
const maxTermWords = 6;
const maxQuestionDefinition = 240;
const maxExplanation = 200;
/** A paragraph that opens a list: «- …», «1. …», or a PDF's «• …». */
const opensList = (paragraph: string) => LIST_MARKER.test(paragraph.trimStart());
const definitionLine = /^(?:!!\s*)?(?:\*\*)?([^:*]+?)(?:\*\*)?(?:\s*:|\s+[-–—])\s+(\S.*)$/u;
/** A property's label ends with a colon before any dash: «Особенности: …», «Модель маршрутизации: …». */
const propertyLabel = /^(?:!!\s*)?(?:\*\*)?[^:*–—]+?(?<!\s-)(?:\*\*)?\s*:\s/u;

function splitDefinition(line: string): { term: string; definition: string } | undefined {
  const match = definitionLine.exec(line.trim());
  if (!match) return undefined;
  const term = (match[1] ?? "").replace(/^!!\s*/u, "").trim();
  const definition = (match[2] ?? "").trim();
  const words = term.split(/\s+/u);
  if (term === "" || term.length > maxTermLength || words.length > maxTermWords) return undefined;
  if (!/\p{L}/u.test(term) || REMARK_LABELS.has(term.toLowerCase())) return undefined;
  // «dispatch({ type: 'added', text }) — …» is code a colon cut: a term's brackets close.
  if (!balanced(term)) return undefined;
  if (definition.split(/\s+/u).length < 3 || UNWRITTEN.test(definition)) return undefined;
  return { term, definition };
}

/**
 * The items of the bulleted and numbered lists in a Markdown text, each with its wrapped continuation
 * lines joined, numbered by list (a paragraph that is not an item ends a list; code blocks are skipped). A line
 * right under an item continues it when indented, when it goes on in lower case and defines nothing of its own
 * («- template - готовые шаблоны от GitLab» is not continued by «extends - наследование…», nor by a remark
 * «мое: …»), or when the item is a
 * label
 * waiting for its text («3. ip_hash:»); one that starts in capitals («Ревалидация: …» under «no-store - не
 * сохранять ничего») is a paragraph of its own that lost its blank line.
 */
function listItems(text: string): Array<{ list: number; text: string }> {
  const items: Array<{ list: number; text: string }> = [];
  let list = 0;
  let inList = false;
  let inCode = false;
  let afterBlank = false;
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/u.test(line)) inCode = !inCode;
    if (inCode) {
      inList = false;
      continue;
    }
    if (line.trim() === "") {
      afterBlank = true;
      continue;
    }
    const item = LIST_MARKER.exec(line.trimStart());
    if (item) {
      if (!inList) list += 1;
      inList = true;
      items.push({ list, text: line.trimStart().slice(item[0].length) });
    } else if (
      inList &&
      (/^\s/u.test(line) ||
        (!afterBlank &&
          ((!/^\p{Lu}/u.test(line) && definedTerm(line.trim()) === undefined && !opensWithRemark(line)) ||
            /:\s*$/u.test(items.at(-1)?.text ?? ""))))
    ) {
      const last = items.at(-1);
      if (last) last.text += ` ${line.trim()}`;
    } else {
      inList = false;
    }
    afterBlank = false;
  }
  return items;
}

/** A line at least this long may have been wrapped: the next one may go on with its sentence. */
const WRAPPED_LINE = 60;
/** …when it is about as long as the paragraph's longest: a line that stops well short of it was not wrapped. */
const FULL_LINE = 0.8;

/**
 * The first statement of a paragraph: its first line, with the lines that go on with it when it was wrapped (a
 * long line not ending a sentence, about as long as the paragraph's longest, followed by one in lower case).
 * «вертикальное - управление ресурсами подов» is not continued by the «указание, в какой порт пода стучаться» a
 * PDF put under it, nor «BestEffort - …кончается память» by the longer «под висит в Pending…» typed under it.
 */
function firstStatement(paragraph: string): string {
  const [first = "", ...rest] = paragraph.split("\n").map((line) => line.trim());
  const statement = [first];
  const longest = Math.max(first.length, ...rest.map((line) => line.length));
  for (const line of rest) {
    const last = statement.at(-1) as string;
    if (last.length < WRAPPED_LINE || /[.!?:;…]$/u.test(last) || !/^\p{Ll}/u.test(line)) break;
    if (last.length < FULL_LINE * longest) break;
    statement.push(line);
  }
  return statement.join(" ");
}

const questionWords = new Set([
  "как",
  "что",
  "чем",
  "зачем",
  "почему",
  "когда",
  "где",
  "главное",
  "how",
  "what",
  "why",
]);

/** A heading that names a thing («Calico», «Kube-router») rather than asks or sums up. */
function isTermHeading(heading: string): boolean {
  const words = heading.trim().split(/\s+/u);
  return words.length <= 3 && !heading.includes("?") && !questionWords.has(words[0]?.toLowerCase() ?? "");
}

function headingHasTerm(heading: string | undefined, term: string): boolean {
  if (heading === undefined) return false;
  const headingWords = new Set([...termNames(heading, []).forms].flatMap((form) => form.split(" ")));
  const termWords = termNames(term.replace(/\([^)]*\)/gu, " "), []).forms;
  return [...termWords].some((form) => form.split(" ").every((word) => headingWords.has(word)));
}

/**
 * Finds the definitions in passages: items of a bulleted or numbered list that read «Term: definition»
 * or «Term - definition» (one list = one sibling group), and sections whose first paragraph defines the
 * term their heading names, or whose heading is a term and whose body lists its properties («### Calico»
 * over «- Особенности: …», its definition being the properties without their labels) — sections under one
 * parent heading are one sibling group. Keys used as labels in more than one list of a topic («Цель:»,
 * «Особенности:») are attributes, not terms, and are dropped, as is anything {@link notATermReason} rejects.
 */
export function findDefinitions(passages: readonly Passage[]): Definition[] {
  const found: Definition[] = [];
  const listKeysByTopic = new Map<string, Map<string, Set<string>>>();
  for (const passage of passages) {
    const items = listItems(passage.text);
    const heading = passage.headingPath.at(-1);
    const siblingsKey = `${passage.topicId}/${passage.headingPath.slice(0, -1).join(" › ")}`;
    const first = passage.text.trim().split(/\n\s*\n/u)[0] ?? "";
    for (const item of items) {
      const split = splitDefinition(item.text);
      if (!split) continue;
      const listKey = `${passage.id}/list${item.list}`;
      found.push({ ...split, passage, listKey });
      const keys = listKeysByTopic.get(passage.topicId) ?? new Map<string, Set<string>>();
      listKeysByTopic.set(passage.topicId, keys);
      const lower = split.term.toLowerCase();
      keys.set(lower, (keys.get(lower) ?? new Set()).add(listKey));
    }
    // A section named by a term whose body lists its properties («### Calico», «- Особенности: …»): the
    // labels are no part of what the notes say about the term. Items that define terms with a dash («**Методы**»,
    // «- GET - получить ресурс») are terms of their own, not properties of the heading.
    const properties =
      opensList(first) &&
      heading !== undefined &&
      isTermHeading(heading) &&
      items.length >= 2 &&
      items.every((item) => definitionLine.test(item.text.trim()) && propertyLabel.test(item.text.trim()));
    if (properties) {
      const definition = items
        .map((item) => {
          const text = splitDefinition(item.text)?.definition ?? item.text.trim();
          return /[.!?…]$/u.test(text) ? text : `${text}.`;
        })
        .join(" ");
      found.push({ term: heading, definition, passage, listKey: siblingsKey });
    }
    if (opensList(first) || first.startsWith("```")) continue;
    const split = splitDefinition(firstStatement(first));
    if (split && headingHasTerm(heading, split.term)) found.push({ ...split, passage, listKey: siblingsKey });
  }
  return found.filter((definition) => {
    if (notATermReason(definition.term) !== undefined) return false;
    // «Запуск: ansible-playbook -i inventory site.yml»: a command after the label says how to do something; the
    // label names no thing the command defines.
    if (COMMAND_FIRST.test(definition.definition)) return false;
    const seenIn = listKeysByTopic.get(definition.passage.topicId)?.get(definition.term.toLowerCase());
    return !seenIn || seenIn.size < 2;
  });
}

/** A text that opens with a command: a program's name, then a flag or a subcommand («helm repo add …»). */
const COMMAND_FIRST = /^\s*`?(?:\$\s+|sudo\s+)?[a-z][\w.-]*\s+(?:-{1,2}[a-z]|[a-z][\w-]*\s)/;

/** Whole sentences of `text` up to `limit` characters (a cut word and «…» when even one is longer). */
function clip(text: string, limit: number): string {
  const sentences = sentencesOf(text);
  // A last sentence that only announces a list («В деплойменте указываются:») says nothing on its own.
  if (sentences.length > 1 && sentences.at(-1)?.trimEnd().endsWith(":")) sentences.pop();
  let kept = "";
  for (const sentence of sentences) {
    const next = kept === "" ? sentence : `${kept} ${sentence}`;
    if (next.length > limit) break;
    kept = next;
  }
  if (kept !== "") return kept;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).trimEnd()}…`;
}

/** The text of a generated question for a masked definition; `code` when its answer is a command or a query. */
function questionText(masked: string, code: boolean): string {
  if (code) return `Какой командой или запросом из заметок это делается?\n«${masked}»`;
  return masked.includes(blank)
    ? `Какой термин скрыт за ${blank}?\n«${masked}»`
    : `О каком термине это определение?\n«${masked}»`;
}

/** Whole sentences of `text`, as {@link clip} cuts them (a sentence may open with a masked term). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}«"(\d_])/u);
}

/**
 * The definition as a question's text: the term's own names masked, and the sentences that still name it
 * through a glossary synonym left out — masking those would blank ordinary words («создать ___ на облачном
 * провайдере» for «балансировщик нагрузки») and leave the sentence unreadable.
 */
function questionDefinition(definition: string, own: TermNames, all: TermNames): string {
  return sentencesOf(maskForms(definition, own.forms))
    .filter((sentence) => !mentions(sentence, all))
    .join(" ");
}

/** Decides whether a distractor also fits a generated question (then it is not offered). */
export type DistractorFits = (question: {
  /** The masked definition the question shows. */
  stem: string;
  answer: Definition;
  distractor: Definition;
}) => boolean;

/** Options of {@link generateCards}. */
export interface GenerateOptions {
  /** Leaves out a sibling whose own definition also fits the question; by default every sibling may be offered. */
  distractorFits?: DistractorFits;
}

/**
 * Generates cards from the definitions in `passages`: the definition with the term's own names masked (its
 * parts, inflected forms) asks for the term, and sentences naming it through a glossary synonym are left
 * out; the options are the term and up to three sibling terms of the same list, never a synonym of the
 * answer, never two equal options, never one `options.distractorFits` says also fits. A definition with fewer
 * than {@link minOptions} usable options, or whose question would still name the answer, makes no card.
 * Output order and ids depend only on the notes.
 */
export function generateCards(
  passages: readonly Passage[],
  glossary: Glossary,
  generate: GenerateOptions = {},
): Card[] {
  const definitions = findDefinitions(passages);
  const groups = new Map<string, Array<Definition & { names: TermNames; own: TermNames }>>();
  for (const definition of definitions) {
    const group = groups.get(definition.listKey) ?? [];
    group.push({
      ...definition,
      names: termNames(definition.term, glossary),
      own: termNames(definition.term, []),
    });
    groups.set(definition.listKey, group);
  }
  const cards: Card[] = [];
  for (const group of groups.values()) {
    for (const entry of group) {
      const masked = clip(
        questionDefinition(entry.definition, entry.own, entry.names),
        maxQuestionDefinition,
      );
      if (
        mentions(masked, entry.names) ||
        masked.replaceAll(blank, "").split(/\s+/u).filter(Boolean).length < 3 ||
        // «(`--build-___`)»: a blank inside a longer name gives the term away with the rest of that name.
        BLANK_IN_NAME.test(masked)
      ) {
        continue;
      }
      const distractors: Array<Definition & { names: TermNames }> = [];
      for (const sibling of group) {
        if (sameTerm(sibling.names, entry.names)) continue;
        if (distractors.some((chosen) => sameTerm(chosen.names, sibling.names))) continue;
        if (generate.distractorFits?.({ stem: masked, answer: entry, distractor: sibling })) continue;
        distractors.push(sibling);
      }
      const question = questionText(masked, isCodeTerm(entry.term));
      const id = cardId(entry.passage.topicId, question, entry.term);
      const chosen = stableShuffle(distractors, id, (d) => d.term).slice(0, maxOptions - 1);
      if (chosen.length + 1 < minOptions) continue;
      const options = stableShuffle([entry.term, ...chosen.map((d) => d.term)], id, (term) => term);
      cards.push({
        id,
        topicId: entry.passage.topicId,
        question,
        options,
        correctIndex: options.indexOf(entry.term),
        explanation: clip(`${entry.term} — ${entry.definition}`, maxExplanation),
        source: cardSource(entry.passage),
        origin: "generated",
      });
    }
  }
  return cards;
}
