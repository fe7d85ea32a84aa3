// Gives structure to notes that have none: plain text (often out of a PDF or a chat window) and Markdown
// without headings become headed blocks, the way an author would have written them in Markdown. Pure: no
// I/O. It drops garbage and adds no words: headings are lines of the notes themselves.

import { ankiToMarkdown } from "./anki.ts";
import { asciidocToMarkdown } from "./asciidoc.ts";
import { canvasToMarkdown } from "./canvas.ts";
import { cleanLines, joinHyphenated, MIN_WRAP_LINES, vocabularyOf, wrapWidth } from "./clean.ts";
import { clippingsToMarkdown } from "./clippings.ts";
import { codeLine, splitCode } from "./code.ts";
import { readColumns } from "./columns.ts";
import { csvToMarkdown } from "./csv.ts";
import { collapseRepeats } from "./dedup.ts";
import { dokuwikiToMarkdown } from "./dokuwiki.ts";
import { enexToMarkdown } from "./enex.ts";
import { htmlToMarkdown } from "./html.ts";
import { jiraToMarkdown } from "./jira.ts";
import { joplinItem } from "./joplin.ts";
import { keepNoteOf } from "./keep.ts";
import { latexToMarkdown } from "./latex.ts";
import {
  CODE_LIKE,
  CYRILLIC_CAPS,
  definedTerm,
  isAllCaps,
  isCapsHeading,
  isShortTitle,
  isTitle,
  itemOf,
  MAX_HEADING_CHARS,
  MAX_HEADING_WORDS,
  words,
} from "./lines.ts";
import { mailToMarkdown } from "./mail.ts";
import {
  type Block,
  CHECKBOX_ITEM,
  isTagsOnly,
  type ParsedNote,
  parseMarkdown,
  sitesMarkupRead,
  splitFrontMatter,
  tasksOnly,
} from "./markdown.ts";
import {
  cardsAsSections,
  cheatSheetGroups,
  decoratedAsHeading,
  emojiTitlesAsHeadings,
  foldTitles,
  headingsWithoutSpace,
  labelsOverBlocks,
  pointedTitles,
  romanTitles,
  sameCommand,
  setApartTitles,
  slideTitles,
  ticketQuestions,
} from "./marks.ts";
import { linksOnly, plainMarkup } from "./markup.ts";
import { marpToMarkdown } from "./marp.ts";
import { mediawikiToMarkdown } from "./mediawiki.ts";
import { mhtmlToHtml } from "./mhtml.ts";
import { notebookToMarkdown } from "./notebook.ts";
import { looksLikeOrg, orgToMarkdown } from "./org.ts";
import { outlineToMarkdown, treeToOutline } from "./outline.ts";
import { remnoteToMarkdown } from "./remnote.ts";
import { rstToMarkdown } from "./rst.ts";
import { scriptToMarkdown } from "./script.ts";
import { siyuanToMarkdown } from "./siyuan.ts";
import { subtitleParagraphs, videoTranscript } from "./subtitles.ts";
import { chatExportToText } from "./telegram.ts";
import { tiddlerOf } from "./tiddlywiki.ts";
import { vimwikiToMarkdown } from "./vimwiki.ts";

/** A block with fewer words than this cannot answer anything alone; it joins a neighbour. */
const MIN_WORDS = 8;
/** A numbered step of one line (see `stepsFrom` in structureText) is at most this long. */
const MAX_STEP_CHARS = 200;

const BULLET = /^[-•*▪]\s+\S/;
/** «Цель: …», «Модель маршрутизации: …»: a capitalised label of a few words, then its text. */
const LABEL = /^\p{Lu}[\p{L}\p{N} ()/-]{0,40}:\s+\S/u;
const ENDS_SENTENCE = /[.!?…:;)]$/;
/**
 * A line that ends in a preposition or a conjunction («…Нужен прямо сейчас, а не в»), in an adjective whose noun
 * is on the next line («…или копирующее» / «присваивание — значит…»), or in a number's word («…состоит из трех» /
 * «оболочек: внутренней…»), was cut by the wrap: what follows continues it, even when it looks like a definition
 * of its own («конце - таска meta: flush_handlers»).
 */
const DANGLING =
  /(?:^|\s)(?:в|во|на|с|со|к|ко|по|о|об|от|из|за|у|для|до|без|при|про|над|через|и|а|но|или|не|ни|что|чтобы|как|если|два|две|три|четыре|двух|тр[её]х|четыр[её]х|двум|тр[её]м|пяти|шести|семи|восьми|девяти|десяти|[а-яё]{3,}(?:ее|ое|ый|ая|ую|ого|ому|ыми|ими|ых|их))$/iu;

/** The longest first line taken for the notes' title («редис - конспект (в основном из чатгпт, потом причесать)»). */
const MAX_TITLE_CHARS = 120;

/**
 * A first line that says what the notes are: «редис - конспект …», «Docker — мои заметки», «кубер конспект ч.1»,
 * or which part of them: «кубер ч.2 — сеть, конфиги, дебаг»; what they are on first.
 */
const NOTES_TITLE =
  /^([^.,;!?]{2,40}?)\s+(?:[-–—:]\s+(?:мой\s+|мои\s+|личный\s+)?(?:конспект|заметки|записи|шпаргалка|шпора|карточки|черновик|notes)(?!\p{L})|(?:конспект|заметки|notes)(?=\s*(?:$|ч\.|часть|part|\(|\p{Extended_Pictographic}))|\((?:мой\s+|мои\s+|личный\s+)?(?:конспект|заметки|записи|шпаргалка|черновик|notes)\)\s*$|(?:ч\.\s?|часть\s+|part\s+)\d+(?![\p{L}\p{N}]))/iu;

/** A line that only says an answer follows: «Ответ:», «Answer:». */
const ANSWER_LABEL = /^(?:(?:ответ|answer)\s*[:.]?|[аa]\s*:)\s*$/iu;

/** A part of notes by its number: «Лекция 1», «Глава 2», «Урок 3», «Part 1». */
const FIRST_PART =
  /^(?:лекция|глава|часть|урок|раздел|тема|модуль|неделя|день|семинар|занятие|lecture|chapter|part|lesson|module)\s*\d+/iu;

/**
 * The blocks without near repeats (as the loader drops repeated passages): the first occurrence stays,
 * showing the longest wording of its group.
 */
export function withoutRepeats(blocks: Block[]): Block[] {
  return collapseRepeats(blocks.map((b) => b.text)).map(({ index, wording }) => ({
    ...(blocks[index] as Block),
    text: (blocks[wording] as Block).text,
  }));
}

/**
 * The name a numbered item gives itself: «2. NodePort: …» → NodePort, «1. !! Службы (Services): …» →
 * Службы (Services), «1. Calico:» → Calico. Undefined for an item that is a sentence.
 */
export function itemName(text: string): string | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const name = text
    .slice(0, colon)
    .replace(/^[!*\s]+/, "")
    .trim();
  if (name === "" || name.length > MAX_HEADING_CHARS || words(name) > MAX_HEADING_WORDS) return undefined;
  if (/[.!?]/.test(name) || /^https?$/i.test(name)) return undefined;
  return name;
}

/**
 * «2. EC2» or «4. VPC, Сабнеты И Шлюзы» alone on its line, then its text: a numbered heading with no colon, when
 * the line is a short title and its text starts anew on the next line — or goes on numbering the headings
 * before it, and its text starts with no Russian word in lower case («12. Идемпотентность» … «13. Check mode и
 * diff» over «ansible-playbook site.yml --check»).
 */
function numberedTitle(lines: readonly string[], numbersTitles = false): string | undefined {
  const [first, next] = lines;
  if (first === undefined || next === undefined) return undefined;
  // A Russian word in lower case goes on with the line («4. Установить пакет» / «и перезапустить сервис…»): a step.
  if (!/^\p{Lu}|^[A-Z\d]/u.test(next) && !(numbersTitles && !/^[а-яё]/u.test(next))) return undefined;
  if (isTitle(first) || (/^[A-Z][A-Za-z\d]*$/.test(first) && first.length >= 2)) return first;
  return examTitle(first, numbersTitles);
}

/**
 * A question of an exam's list, over its answer: «9. Чем TCP отличается от UDP?», «1. Модель OSI. Уровни и их
 * назначение.» — a question, or titles ended by full stops (one alone only where it goes on numbering the headings
 * before it: «5. Протокол ARP.»; one sentence alone may be a step, «1. Скачать архив.»).
 */
function examTitle(line: string, numbersTitles: boolean): string | undefined {
  if (/^\p{Lu}/u.test(line) && line.endsWith("?") && line.length <= MAX_QUESTION_CHARS) return line;
  if (!line.endsWith(".") || line.length > MAX_HEADING_CHARS + 30) return undefined;
  const title = line.slice(0, -1);
  const parts = title.split(/(?<=[^.\s]{2})\.\s+/u);
  return parts.every(isTitle) && (parts.length >= 2 || numbersTitles) ? title : undefined;
}

/**
 * Paragraph lines joined back where the PDF wrapped them: a line continues the one before when that one
 * was full — the next line's first word would not have fitted on it (within 85% of the wrap width, since
 * PDF fonts are proportional) — unless it starts an item of its own (a number, a bullet, a label or a
 * definition after a finished sentence, a definition after a definition). A word hyphenated at line end
 * is joined whatever the width.
 */
function logicalLines(chunk: string[], width: number | undefined, vocabulary: Set<string>): string[] {
  const out: string[] = [];
  let lastLength = 0;
  for (const raw of chunk) {
    const line = raw.trim();
    const prev = out.at(-1);
    // «…с установкой соеди-» / «нения: гарантирует доставку»: a word cut at the line's end goes on, though the
    // rest of the line would read as a definition of its own, and though the line it ends is a heading («7.4
    // Логическая репли-» / «кация»).
    if (
      prev !== undefined &&
      /\p{L}-$/u.test(prev) &&
      /^\p{Ll}/u.test(line) &&
      itemOf(line) === undefined &&
      !BULLET.test(line)
    ) {
      out[out.length - 1] = joinHyphenated(prev, line, vocabulary);
      lastLength = line.length;
      continue;
    }
    // «REMOTE / PUSH» over «git remote -v — …»: a heading in capitals goes on with no line.
    if (prev === undefined || standsAlone(line) || standsAlone(prev) || isCapsHeading(prev)) {
      out.push(line);
      lastLength = line.length;
      continue;
    }
    // A definition after a definition of another thing starts an item: one of the same thing goes on with it
    // («become - повышение привилегий… Оказалось, забыла» / «become: true в плее.» wrapped mid-sentence).
    const term = definedTerm(line);
    const startsItem =
      itemOf(line) !== undefined ||
      BULLET.test(line) ||
      TIMESTAMP.test(line) ||
      isCapsHeading(line) ||
      sameCommand(prev, line) ||
      (!DANGLING.test(prev) &&
        (((LABEL.test(line) || term !== undefined) && ENDS_SENTENCE.test(prev)) ||
          (term !== undefined && ![undefined, term].includes(definedTerm(prev)))));
    const firstWord = line.split(/\s/)[0]?.length ?? 0;
    if (
      !startsItem &&
      (width === undefined
        ? // Width unknown (too few lines): a line starting in lower case continues an unfinished one.
          /^\p{Ll}/u.test(line) && !ENDS_SENTENCE.test(prev)
        : lastLength + 1 + firstWord >= 0.85 * width)
    ) {
      out[out.length - 1] = `${prev} ${line}`;
    } else {
      out.push(line);
    }
    lastLength = line.length;
  }
  return out;
}

/**
 * Whether `line`, after blank lines (where a page number or a running header was), goes on with the last line
 * before them: that one filled the wrapped width and finished no sentence, and `line` starts in lower case.
 */
function goesOnAfterBreak(chunks: string[][], line: string, width: number | undefined): boolean {
  if (width === undefined || !/^\s*\p{Ll}/u.test(line)) return false;
  const last = chunks
    .findLast((c) => c.length > 0)
    ?.at(-1)
    ?.trim();
  if (last === undefined || last.startsWith(LOST_HEADING) || last === ANSWER) return false;
  return last.length >= 0.85 * width && !ENDS_SENTENCE.test(last);
}

/** What a short lead-in names: «QoS классы» of «QoS классы:». */
const leadIn = (line: string): string | undefined => {
  const name = /^(\S[^:]*?):\s*$/u.exec(line)?.[1];
  return name !== undefined && words(name) <= 5 && isShortTitle(name) ? name : undefined;
};

/** Two long lines, the first a finished sentence, the second no label or definition of a list. */
const startsParagraph = (prev: string, line: string) =>
  !BULLET.test(line) &&
  /[.!?…]$/.test(prev) &&
  words(prev) >= 2 * MIN_WORDS &&
  words(line) >= 2 * MIN_WORDS &&
  !LABEL.test(line) &&
  definedTerm(line) === undefined;

/** «[04:15] планировщик - …»: notes taken along a video start each point on a line of its own, with its time. */
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s/u;

/** Where {@link pieces} found a lost heading. */
const LOST_HEADING = "\u0000";
/** Where a chat window's «ChatGPT сказал:» started an answer. */
const ANSWER = "\u0001";
/** A question asked in a chat is at most this long to head its answer. */
const MAX_QUESTION_CHARS = 120;
/** A question of one sentence alone on its line, as its author asks it over the answer: «Что такое git reflog?». */
const asksItself = (line: string) =>
  line.length <= MAX_QUESTION_CHARS && /^\p{Lu}[^.!?]*[\p{L}\p{N})»"']\?$/u.test(line);
/** How a learner marks what they asked («я: …», «вопрос: …»): no part of the question. */
const ASKER = /^(?:я|вопрос|q|question)\s*:\s*/iu;
/** A Markdown heading in text pasted from a chat or an editor: «### KEYS vs SCAN». */
const ATX_HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;
/** A Markdown rule («---»): pasted answers are separated by them. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|[—–]{3,})$/u;
/** A line that stands on its own: never joined to the lines around it (a heading, a rule, a table's row). */
const standsAlone = (line: string) => ATX_HEADING.test(line) || RULE.test(line) || /^\|.*\|$/u.test(line);

type Piece =
  | { kind: "break" }
  | { kind: "answer" }
  /** `level`: a Markdown heading's, by its «#» marks (a lost heading's is 1). */
  | { kind: "heading"; text: string; level: number }
  | { kind: "code"; text: string }
  | { kind: "para"; lines: string[] }
  | { kind: "item"; n: number; lines: string[] };

/** A table of contents has at least this many titles in a row, and this many of them head the text after it. */
const MIN_CONTENTS = 3;
const MIN_CONTENTS_FOUND = 2;

/**
 * The lines with a table of contents' titles as headings where they come again over their text, and the table
 * itself gone: a web page copied whole («Содержание» / «Type или interface» / «Union и intersection» / … and later
 * «Type или interface» over its section, with no blank line anywhere). Titles in a row that do not come again (a
 * site's menu) stay as they are.
 */
function contentsHeadings(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; ) {
    // A title in a row twice ends the table: the first section's title right after it.
    const titles = new Set<string>();
    let end = i;
    while (end < lines.length) {
      const line = (lines[end] as string).trim();
      if (line === "" || !isShortTitle(line) || titles.has(line)) break;
      titles.add(line);
      end++;
    }
    if (end - i < MIN_CONTENTS) {
      i = Math.max(end, i + 1);
      continue;
    }
    const later: number[] = [];
    for (let k = end; k < lines.length; k++) {
      const line = (lines[k] as string).trim();
      const next = (lines[k + 1] ?? "").trim();
      if (titles.has(line) && next !== "" && !isShortTitle(next)) later.push(k);
    }
    const found = new Set(later.map((k) => (lines[k] as string).trim()));
    if (found.size >= MIN_CONTENTS_FOUND) {
      // The table's titles that head text later go from the table; the rest of the run (a menu) stays.
      for (let k = i; k < end; k++) if (found.has((lines[k] as string).trim())) out[k] = "";
      for (const k of later) out[k] = `## ${(lines[k] as string).trim()}`;
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** A line at least this long is notes that lost their line breaks, not a paragraph someone wrote. */
const WALL_CHARS = 1000;
/** A heading in capitals run into such a line: «… по умолчанию 200 PYDANTIC МОДЕЛИ: Pydantic модель = …». */
const RUN_IN_CAPS =
  /(?<=^|\s)((?:\p{Lu}[\p{Lu}\d]+)(?:[ -](?:\p{Lu}[\p{Lu}\d]*|\d+))*(?: \([^()\n]{1,40}\))?):\s+/gu;

/**
 * Notes pasted with their line breaks lost (a line of kilobytes) split at the headings in capitals run into them:
 * «ЧТО ЭТО: …», «PYDANTIC МОДЕЛИ: …», «АВТОРИЗАЦИЯ (OAuth2 + JWT): …» head the text after them, as they did.
 */
function wallsApart(lines: string[]): string[] {
  return lines.flatMap((line) =>
    line.length < WALL_CHARS ? [line] : line.replace(RUN_IN_CAPS, "\n\n## $1\n").split("\n"),
  );
}

/** A line drawn under a title, by hand or in plain text: «~~~~~~», «______», «======», «------». */
/** A line of «=», «-», «~» or «_»; a speck a scanner read after it («__________ ,») is no part of the text. */
const UNDERLINE = /^[ \t]*([=~_-])\1{2,}[ \t]*[.,'`]?[ \t]*$/;

/** Whether `line` is a title that `under` underlines: short, not code, and the line under it at least half as long. */
function underlined(line: string, under: string): boolean {
  const title = line.trim();
  return (
    title.length > 0 &&
    title.length <= MAX_HEADING_CHARS &&
    !CODE_LIKE.test(title) &&
    !UNDERLINE.test(title) &&
    !/[.,;:]$/.test(title) &&
    under.trim().length * 2 >= title.length
  );
}

/**
 * The lines with underlined titles as headings: «Владение (ownership)» over «____________» → «## Владение
 * (ownership)», the underline gone — a notebook's headings, or a text's that Markdown would write «Title» over
 * «=====». (A line of «~~~» would otherwise open a code block.)
 */
function underlinedTitles(lines: string[]): string[] {
  // «Кинетика ферментатив-» / «ных р-ций» / «_________»: a title hyphenated onto a second line is underlined whole.
  // «МОДЕЛИ ВОССТАНОВЛЕНИЯ (recovery model)» over «-----»: a title in capitals standing apart is underlined by any
  // rule under it, however short, as notes typed in Notepad underline them.
  const apartInCaps = (i: number) =>
    (lines[i - 1] ?? "").trim() === "" &&
    isCapsHeading((lines[i] as string).replace(/\s*\([^()]*\)/gu, "").trim());
  const titled = (i: number) => {
    const under = lines[i + 1];
    return (
      under !== undefined &&
      UNDERLINE.test(under) &&
      (underlined(lines[i] as string, under) ||
        (apartInCaps(i) && !CODE_LIKE.test((lines[i] as string).trim())))
    );
  };
  const cut = (i: number) =>
    titled(i + 1) && /\p{L}-$/u.test(lines[i]?.trim() ?? "") && /^\p{Ll}/u.test(lines[i + 1]?.trim() ?? "");
  let vocabulary: Set<string> | undefined;
  return lines.map((line, i) => {
    if (cut(i)) return "";
    if (titled(i)) {
      if (!cut(i - 1)) return `## ${line.trim()}`;
      vocabulary ??= vocabularyOf(lines.join("\n"));
      return `## ${joinHyphenated((lines[i - 1] as string).trim(), line.trim(), vocabulary)}`;
    }
    const above = lines[i - 1];
    if (!UNDERLINE.test(line)) return line;
    if (above !== undefined && titled(i - 1)) return "";
    // «=====» standing alone, after a blank line or none: a separator between sections, as Markdown's «---».
    return (above === undefined || above.trim() === "") && /^\s*[=_]{3,}\s*$/.test(line) ? "---" : line;
  });
}

/**
 * «2.1.3 Блок post», «1 Введение в Jenkins», «2.3 useEffect»: a section of a text numbered as a manual's are, and its
 * title — capitalised, or a name in camel case («1.5 ms» is no title).
 */
const SECTION_NUMBER = /^§?\s*(\d{1,2})((?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*|[a-z]+[A-Z].*)$/u;
/** Chapters numbered in turn with no sections under them are titles when there are at least this many. */
const MIN_CHAPTERS = 3;

/**
 * The lines with a manual's numbered section titles as headings («2.1.3 Блок post» → «## Блок post»): a title of
 * two numbers or more, or of one when the text also numbers sections under it («2 Пайплайны» where «2.1 …» follows)
 * or that comes next after such a chapter («6 Частые ошибки» after «5 Администрирование»). Lines that start with a
 * number otherwise («5 Мб хватает» with no «5.1») stay text.
 */
function decimalTitles(lines: string[]): string[] {
  const parents = new Set<string>();
  for (const line of lines) {
    const match = SECTION_NUMBER.exec(line.trim()) ?? LOWER_SECTION_NUMBER.exec(line.trim());
    if (match?.[2]) parents.add(match[1] as string);
  }
  // A handout's chapters with no sections numbered under them: short titles alone between blank lines, numbered in
  // turn («0. Зачем это всё», «1. Volumes (тома)», «2. PersistentVolume (PV) и PersistentVolumeClaim (PVC)»); then
  // only such lines are titles, not a numbered step inside the text.
  const alone = (k: number) => (lines[k - 1] ?? "").trim() === "" && (lines[k + 1] ?? "").trim() === "";
  const standing = new Set<number>();
  if (parents.size === 0) {
    const titled = lines.flatMap((line, k) => {
      const match = SECTION_NUMBER.exec(line.trim());
      return match && !match[2] && alone(k) && isShortTitle(match[3] as string)
        ? [{ k, n: Number(match[1]) }]
        : [];
    });
    const inTurn = titled.filter(({ n }, i) => titled[i - 1]?.n === n - 1 || titled[i + 1]?.n === n + 1);
    if (inTurn.length >= MIN_CHAPTERS) for (const { k } of inTurn) standing.add(k);
  }
  if (parents.size === 0 && standing.size === 0) return lines;
  // A chapter with no sections under it is one when it comes next after a chapter: «6 Частые ошибки» after «5 …»;
  // the first may start a later part of a course («5 ЛЯМБДЫ» in part 2) when the next chapter follows it.
  const chapters = new Set<number>();
  for (const line of lines) {
    const match = SECTION_NUMBER.exec(line.trim());
    if (match && !match[2]) chapters.add(Number(match[1]));
  }
  let chapter = 0;
  // The number of the last section title: a title that starts with a name in lower case («2.2 std::move», «2.5
  // noexcept и …») is one only when its number comes right after it, as «1.5 ms» in a sentence does not.
  let last: number[] = [];
  return lines.flatMap((line, k) => {
    if (standing.size > 0 && !standing.has(k)) return [line];
    const loose = LOWER_SECTION_NUMBER.exec(line.trim());
    const looseNumber = loose
      ? [Number(loose[1]), ...(loose[2] as string).split(".").slice(1).map(Number)]
      : [];
    // …and a chapter's title in lower case only over sections of its own: «2. kube-proxy» over «2.1 Что делает».
    const looseFits =
      loose && comesNext(last, looseNumber) && (loose[2] !== "" || parents.has(loose[1] as string));
    const match = SECTION_NUMBER.exec(line.trim()) ?? (looseFits ? loose : null);
    if (!match) return [line];
    last = [Number(match[1]), ...(match[2] ?? "").split(".").slice(1).map(Number)];
    // A section's title run into its text, as LaTeX sets a paragraph's: «4.1 Метод цепочек. В ячейке хранится…».
    const runIn = match[2] ? RUN_IN.exec(match[3] as string) : null;
    const title = runIn?.[1] ?? (match[3] as string);
    // A title in capitals may have a colon: «10 ПОТОКИ: ОСНОВЫ»; so may a section's, before its subtitle: «2.8. Деление
    // клетки: митоз и мейоз».
    const subtitled = match[2] !== "" && isShortTitle(title.replace(/:\s+/u, " "));
    if (!isShortTitle(title) && !isCapsHeading(title) && !subtitled) return [line];
    const text = runIn?.[2] === undefined ? [] : [runIn[2]];
    const n = Number(match[1]);
    // A chapter is a level-2 heading, its sections deeper by their numbers: «3.1 useMemo» under «3. Мемоизация».
    const depth = match[2] ? match[2].split(".").length : 1;
    if (match[2]) return [`${"#".repeat(Math.min(6, depth + 1))} ${title}`, ...text];
    if (!parents.has(match[1] as string) && n !== chapter + 1 && !(chapter === 0 && chapters.has(n + 1)))
      return [line];
    chapter = n;
    return [`## ${title}`];
  });
}

/** A section number and a title that starts in lower case Latin: «2.2 std::move», «2. kube-proxy». */
const LOWER_SECTION_NUMBER = /^§?\s*(\d{1,2})((?:\.\d{1,2}){0,3})\.?\s+([a-z].*)$/u;

/** Whether section number `next` comes right after `last`: 2 → 2.1, 2.1 → 2.2, 2.3.1 → 2.4, 2.5 → 3.1. */
function comesNext(last: readonly number[], next: readonly number[]): boolean {
  if (last.length === 0 || next.length === 0) return false;
  const at = next.length - 1;
  const same = (n: number) => last.slice(0, n).every((v, k) => next[k] === v);
  // A first section under the last one: 2 → 2.1, 2.1 → 2.1.1.
  if (next.length === last.length + 1 && same(last.length)) return next[at] === 1;
  // The next at the last one's level or above: 2.1 → 2.2, 2.3.1 → 2.4.
  if (next.length <= last.length && same(at)) return next[at] === (last[at] ?? 0) + 1;
  // The first section of the next chapter, its own title lost: 2.5 → 3.1.
  return next.length === 2 && next[0] === (last[0] ?? 0) + 1 && next[1] === 1;
}

/**
 * A row of a table saved as text (as Word saves one): cells apart by tabs, the first not indented by spaces (it may
 * be empty, as a table's corner is), nor a list's marker that a tab follows («•⇥пункт», «1)⇥шаг», «o⇥вложенный»).
 */
const TABBED_ROW = /^(?!(?:[•◦▪·o*+–—-]|\d{1,3}[.)]|\p{L}[.)])\t)(?:[^\s][^\t]*)?(?:\t+[^\t]+)+$/u;
/** The cells of a row saved as text, the first empty where the row starts with a tab. */
const tabbedCells = (line: string) => line.trimEnd().split(/\t+/u);
/** Whether a line is such a row with two cells or more that say something (not an item indented by a tab). */
const isTabbedRow = (line: string) =>
  TABBED_ROW.test(line.trimEnd()) && tabbedCells(line).filter((c) => c.trim() !== "").length >= 2;

/**
 * The lines with each table saved as text, two rows or more of as many cells apart by tabs («Режим⇥Как работает⇥…»
 * over «iptables⇥цепочки правил⇥…»), as the Markdown table it is, its first row the header: rows stay rows, not a
 * paragraph the wrapped lines of which they would seem. Not in a fenced block, nor right under a command: what
 * «$ helm history» printed is its output, code.
 */
function tabbedTables(lines: string[]): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as string;
    const mark = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (mark !== undefined && (fence === undefined || mark.startsWith(fence)))
      fence = fence === undefined ? mark : undefined;
    const width = fence === undefined && isTabbedRow(line) ? tabbedCells(line).length : 0;
    const printed = width > 0 && i > 0 && codeLine(lines[i - 1] as string) === "strong";
    let end = i;
    while (end < lines.length && width > 0 && isTabbedRow(lines[end] ?? "")) {
      if (tabbedCells(lines[end] as string).length !== width) break;
      end++;
    }
    if (printed) {
      out.push(...lines.slice(i, Math.max(end, i + 1)));
      i = Math.max(end, i + 1);
      continue;
    }
    if (end - i < 2) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    const row = (line: string) =>
      `| ${tabbedCells(line)
        .map((c) => c.trim().replaceAll("|", "\\|"))
        .join(" | ")} |`;
    out.push(row(lines[i] as string), `|${" --- |".repeat(width)}`, ...lines.slice(i + 1, end).map(row));
    i = end;
  }
  return out;
}

/**
 * A cheat sheet's line in the style of a man page: a command (or a name) in Latin at the margin, then what it does
 * in Russian, set off in a column by spaces: «docker history myapp:1.0          слои образа и сколько каждый весит».
 */
const ALIGNED = /^([A-Za-z.$/-][^\t]*?\S)( {3,})(\S.*\p{Script=Cyrillic}.*)$/u;
/** A cheat sheet aligns so at least this many lines. */
const MIN_ALIGNED = 3;
/** A description alone on its line, under a command too long to leave room for it, is indented at least this far. */
const DEEP_INDENT = 16;

/**
 * A cheat sheet aligned by spaces as the items it lists: «docker ps -a          все контейнеры» → «- docker ps -a —
 * все контейнеры», the description's lines wrapped under its column joined to it, and a command too long for the
 * column («docker push registry.example.com/myapp:1.0») followed by its description on the next line, indented
 * deep. Read as text, each such line was a title or a wrapped paragraph. Only where three lines or more are so.
 */
function alignedCommands(lines: string[]): string[] {
  const aligned = (line: string) => {
    const match = ALIGNED.exec(line);
    // «kubectl logs -f api    # логи в реальном времени» is code with its comment.
    return match !== null && !/\p{Script=Cyrillic}/u.test(match[1] as string) && !match[3]?.startsWith("#")
      ? match
      : undefined;
  };
  if (lines.filter((line) => aligned(line) !== undefined).length < MIN_ALIGNED) return lines;
  const indent = (line: string) => /^ */u.exec(line)?.[0].length ?? 0;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const match = aligned(line);
    const next = lines[i + 1] ?? "";
    const alone =
      match === undefined &&
      /^[A-Za-z.$/-]/u.test(line) &&
      !/\p{Script=Cyrillic}/u.test(line) &&
      indent(next) >= DEEP_INDENT &&
      /\p{Script=Cyrillic}/u.test(next);
    if (match === undefined && !alone) {
      out.push(line);
      continue;
    }
    const command = match === undefined ? line.trim() : (match[1] as string);
    const column = match === undefined ? indent(next) : command.length + (match[2] as string).length;
    // «kubectl run nginx --image=nginx   - быстро запустить под»: the dash is the line's, not the description's.
    const said = match === undefined ? [] : [(match[3] as string).replace(/^[-–—][ \t]+/u, "")];
    let k = i + 1;
    while (
      k < lines.length &&
      Math.abs(indent(lines[k] as string) - column) <= 2 &&
      (lines[k] as string).trim() !== ""
    ) {
      said.push((lines[k] as string).trim());
      k++;
    }
    out.push(`- ${command} — ${said.join(" ")}`);
    i = k - 1;
  }
  return out;
}

/** A title of a few words ended by a full stop, then the text in a new sentence: «Метод цепочек. В ячейке…». */
const RUN_IN = /^([^.!?:;]{3,50}?)\.\s+(\p{Lu}.*)$/u;

/** The text as paragraphs, numbered items and code, garbage gone and wrapped lines joined. */
function pieces(source: string): Piece[] {
  // Two kinds of garbage are kept as marks: a line whose letters were lost was a heading (the section before it
  // ends there), and a chat's «ChatGPT сказал:» starts the answer to the line asked before it.
  const cleaned = alignedCommands(
    cleanLines(slideTitles(source), {
      lostHeading: LOST_HEADING,
      answer: ANSWER,
    }),
  ).map(decoratedAsHeading);
  const headed = cheatSheetGroups(
    emojiTitlesAsHeadings(
      headingsWithoutSpace(
        cardsAsSections(setApartTitles(ticketQuestions(pointedTitles(foldTitles(cleaned))))),
      ),
    ),
  );
  const lines = tabbedTables(
    labelsOverBlocks(decimalTitles(romanTitles(underlinedTitles(contentsHeadings(wallsApart(headed)))))),
  );
  const segments = splitCode(lines);
  const prose = segments.flatMap((s) =>
    s.kind === "text" ? s.lines.filter((l) => !l.startsWith(LOST_HEADING) && l !== ANSWER) : [],
  );
  // Lines of no common width, enough of them to tell, were typed one by one, not wrapped: none goes on with the
  // line before for starting in lower case (width unknown joins such lines, see `logicalLines`).
  const measured = wrapWidth(prose);
  const width =
    measured === undefined && prose.filter((l) => l.trim() !== "").length >= MIN_WRAP_LINES
      ? Number.POSITIVE_INFINITY
      : measured;
  const vocabulary = vocabularyOf(prose.join("\n"));
  const out: Piece[] = [];
  for (const segment of segments) {
    if (segment.kind === "code") {
      const fenced = /^\s*(`{3,}|~{3,})/.test(segment.lines[0] ?? "");
      out.push({
        kind: "code",
        text: fenced ? segment.lines.join("\n") : `\`\`\`\n${segment.lines.join("\n")}\n\`\`\``,
      });
      continue;
    }
    const chunks: string[][] = [[]];
    for (const line of segment.lines) {
      if (line.startsWith(LOST_HEADING) || line === ANSWER) chunks.push([line], []);
      else if (line.trim() === "") chunks.push([]);
      else if (chunks.at(-1)?.length === 0 && goesOnAfterBreak(chunks, line, width)) {
        // «…и только потом» / (page 4) / «ставить policy DROP…»: a sentence the page break cut goes on.
        chunks.pop();
        while (chunks.at(-1)?.length === 0) chunks.pop();
        chunks.at(-1)?.push(line);
      } else chunks.at(-1)?.push(line);
    }
    for (const chunk of chunks) {
      if (chunk.length === 0) continue;
      if (chunk[0] === LOST_HEADING) {
        if (out.at(-1)?.kind !== "break") out.push({ kind: "break" });
        continue;
      }
      if (chunk[0]?.startsWith(LOST_HEADING)) {
        out.push({ kind: "heading", text: chunk[0].slice(LOST_HEADING.length), level: 1 });
        continue;
      }
      if (chunk[0] === ANSWER) {
        out.push({ kind: "answer" });
        continue;
      }
      let current: Extract<Piece, { lines: string[] }> | undefined;
      const logical = logicalLines(chunk, width, vocabulary);
      for (const [k, line] of logical.entries()) {
        const atx = ATX_HEADING.exec(line)?.[1];
        // «# (journald, sshd) могли писать даже когда юзеры забили диск» is a comment, as in a shell script: a
        // sentence, longer than any heading.
        // Nor is «# TODO: дописать про buildx» a heading: it is a note to self.
        const heading =
          atx !== undefined && (words(atx) > MAX_HEADING_WORDS + 2 || /^(?:TODO|FIXME|XXX)\b/u.test(atx))
            ? undefined
            : atx;
        if (heading !== undefined || RULE.test(line)) {
          // What a rule separates, or a heading starts, is a section of its own.
          const level = /^#+/.exec(line)?.[0].length ?? 1;
          out.push(heading === undefined ? { kind: "break" } : { kind: "heading", text: heading, level });
          current = undefined;
          continue;
        }
        const numbered = itemOf(line);
        const following = logical[k + 1];
        // «УТИЛИТЫ» between two paragraphs the PDF ran together: a heading in capitals, before text, stands on its own.
        const capsHeading =
          k > 0 &&
          following !== undefined &&
          isCapsHeading(line) &&
          (CYRILLIC_CAPS.test(line) || words(following) >= MIN_WORDS);
        if (
          capsHeading ||
          (k === 0 &&
            following !== undefined &&
            ((isCapsHeading(line) && itemOf(line) === undefined) ||
              (isTitle(line) && (!isShortTitle(following) || BULLET.test(following)))))
        ) {
          // A title atop its paragraph with no blank line between them («shell vs command» over the text that
          // compares them): a line of its own, which may head what follows.
          out.push({ kind: "para", lines: [line] });
          current = undefined;
          continue;
        }
        if (numbered) {
          current = { kind: "item", n: numbered.n, lines: [numbered.text] };
          out.push(current);
        } else if (current === undefined) {
          current = { kind: "para", lines: [line] };
          out.push(current);
        } else if (current.kind === "para" && startsParagraph(current.lines.at(-1) as string, line)) {
          // Two long lines, the first a finished sentence: paragraphs the PDF ran together.
          current = { kind: "para", lines: [line] };
          out.push(current);
        } else {
          current.lines.push(line);
        }
      }
    }
  }
  return listsOfShortLines(out);
}

const isShortLine = (p: Piece | undefined): p is Piece & { kind: "para" } =>
  p?.kind === "para" && p.lines.length === 1 && isShortTitle(p.lines[0] as string);

/** Short lines standing alone one after another («Service», «Ingress», …) are one list, not headings. */
function listsOfShortLines(all: Piece[]): Piece[] {
  const out: Piece[] = [];
  all.forEach((piece, i) => {
    const last = out.at(-1);
    // …but a heading in capitals over a line of text in lower case heads it: «BIND MOUNT» / «монтируем папку (или
    // файл) с хоста прямо в к-р».
    const headsText =
      last?.kind === "para" &&
      last.lines.length === 1 &&
      isCapsHeading(last.lines[0] as string) &&
      /^\p{Ll}/u.test(piece.kind === "para" ? (piece.lines[0] ?? "") : "");
    if (
      isShortLine(piece) &&
      last?.kind === "para" &&
      last.lines.every(isShortTitle) &&
      isShortLine(all[i - 1]) &&
      !headsText
    ) {
      last.lines.push(...piece.lines);
    } else out.push(piece);
  });
  return out;
}

interface Draft {
  kind: "prose" | "code";
  text: string;
  headingPath: string[];
  part: number;
}

/**
 * Whether `text` opens with a word inside `code`, as prose explaining the code right before it does: «-A добавляет
 * правило в конец цепочки…» after «iptables -A INPUT …». Not with the command a line of it opens with: «iptables -L
 * показывает…» after «iptables -A …» may well be about something else.
 */
export function namesCodeBefore(text: string, code: string): boolean {
  const opening = /^\S+/u.exec(text)?.[0].replace(/[.,:;]+$/u, "") ?? "";
  const lines = code.split("\n").filter((line) => !/^\s*(?:`{3,}|~{3,})/u.test(line));
  const commands = new Set(lines.map((line) => /^\s*(?:\$\s*)?(?:sudo\s+)?(\S+)/u.exec(line)?.[1]));
  return (
    opening.length >= 2 &&
    !commands.has(opening) &&
    lines.some((line) => line.split(/\s+/u).includes(opening))
  );
}

/** A pronoun first that points back at what was just said: «У неё есть поля…», «Он хранит…», «Этого хватает…». */
export const POINTS_BACK =
  /^(?:(?:у|в|во|на|с|со|для|при|из|от|к|по|о|об|без)\s+)?(?:него|неё|нее|них|ним|ней|нём|нем|нему|он|она|оно|они|его|её|ее|их|ему|ей|им|этого|этой|этих|этим|этом|это|этот|эта|эти|этому)(?![\p{L}-])/iu;

/**
 * Structures plain text into headed blocks. Headings: ALL-CAPS lines and short lines with no final
 * punctuation that stand alone before body text (sections); a short line ending in «:» before a numbered
 * list (the list's heading); numbered items that name a thing («2. NodePort: …»), which become sub-sections;
 * definitions («StatefulSet - …», «под: …»), headed by their term. A heading first in the text is its
 * title, and the names in it its aliases. Code runs become fenced blocks. Blocks too short to answer
 * anything join a neighbour, and a lead-in ending in «:» stays with what follows.
 */
export function structureText(source: string): ParsedNote {
  const all = pieces(source);
  const drafts: Draft[] = [];
  let title: string | undefined;
  // What the title names, when not all of it is a name: «редис» of «редис - конспект (потом причесать)».
  let titleNames: string | undefined;
  let section: string | undefined;
  // The headings above the current section, outermost first: a heading whose first content is a deeper heading
  // («3. Мемоизация» over «3.1 useMemo и useCallback»), or a section a deeper heading follows, until a heading of
  // its level or higher.
  const chapters: { name: string; level: number }[] = [];
  let sectionLevel = 1;
  // A question asked in a chat: the headings of its answer are under it.
  let asked: string | undefined;
  let list:
    | { heading?: string; path: string[]; n: number; part: number; bodyless: boolean; steps: boolean }
    | undefined;
  let listHeading: string | undefined;
  // The number of the last numbered heading («12. Идемпотентность»): the next number heads a section too.
  let titleNumber: number | undefined;
  let part = 0;
  // Under a heading the text marks plainly (a question asked in a chat, a Markdown heading) the paragraphs are one
  // part, as a Markdown section's are: the answer to «репликация в редисе» is all of its paragraphs. Under a
  // heading only guessed (a short line, ALL CAPS) a paragraph may well be about something else.
  let marked = false;
  let markedPart: number | undefined;
  /** The part of a paragraph right under the current heading. */
  const ownPart = () => {
    if (!marked) return ++part;
    markedPart ??= ++part;
    return markedPart;
  };
  const base = () => [
    ...(asked === undefined ? [] : [asked]),
    ...chapters.map((c) => c.name),
    ...(section === undefined ? [] : [section]),
  ];
  /** The lines after a title line («2. EC2», «редис - конспект»), a part of their own under the headings above. */
  const pushAfterFirstLine = (lines: readonly string[]) => {
    // «Ответ:» alone under an exam's question only marks where the answer starts.
    const rest = lines.slice(1).filter((line, k) => k > 0 || !ANSWER_LABEL.test(line));
    if (rest.length > 0)
      drafts.push({ kind: "prose", text: rest.join("\n"), headingPath: base(), part: ownPart() });
  };

  // A line asked in a chat is one short line followed by the answer's mark; it heads the answer only when one
  // follows, not when the next thing is only another question.
  const kindOfContent = (k: number) => ["para", "item", "code"].includes(all[k]?.kind ?? "");
  const asks = (k: number) => {
    const p = all[k];
    return (
      p?.kind === "para" &&
      p.lines.length === 1 &&
      (p.lines[0] as string).length <= MAX_QUESTION_CHARS &&
      all[k + 1]?.kind === "answer"
    );
  };
  const isQuestion = (k: number) =>
    asks(k) &&
    ((kindOfContent(k + 2) && !asks(k + 2)) || (all[k + 2]?.kind === "heading" && kindOfContent(k + 3)));
  // What a heading can head: text, not a question asked in a chat, which heads its own answer.
  const content = (k: number) => kindOfContent(k) && !isQuestion(k);

  // «…соединение за три пакета:» then «1. SYN: клиент шлёт…», «2. SYN-ACK: сервер отвечает…»: a sentence that leads
  // into a numbered list of one line per item lists the steps of one thing; the items name no sections.
  const stepsFrom = (k: number) => {
    const lead = all[k - 1];
    // A short line («Основные типы сервисов:») heads a list of things instead (see `listHeading`).
    if (lead?.kind !== "para" || !/:\s*$/.test(lead.lines.at(-1) ?? "")) return false;
    if (lead.lines.length === 1 && words(lead.lines[0] as string) <= MAX_HEADING_WORDS + 2) return false;
    const items: Extract<Piece, { kind: "item" }>[] = [];
    for (let j = k; all[j]?.kind === "item"; j++) {
      const item = all[j] as Extract<Piece, { kind: "item" }>;
      if (item.n !== (all[k] as Extract<Piece, { kind: "item" }>).n + items.length) break;
      items.push(item);
    }
    // The last item may run on into the paragraph after the list, which the PDF did not set apart.
    return (
      items.length >= 2 &&
      items.every(
        (item, n) =>
          (item.lines[0]?.length ?? 0) <= MAX_STEP_CHARS &&
          (item.lines.length === 1 || n === items.length - 1),
      )
    );
  };

  all.forEach((piece, i) => {
    if (piece.kind === "answer") return;
    if (piece.kind === "para" && isQuestion(i)) {
      const question = piece.lines[0] as string;
      // What was asked in a chat heads the answer pasted under it.
      asked = question.replace(ASKER, "").trim();
      section = undefined;
      chapters.length = 0;
      marked = true;
      markedPart = undefined;
      list = undefined;
      listHeading = undefined;
      return;
    }
    if (piece.kind === "heading") while ((chapters.at(-1)?.level ?? 0) >= piece.level) chapters.pop();
    // A heading over a deeper one that heads text heads the sections under it (or titles the text when first).
    const below = all[i + 1];
    if (
      piece.kind === "heading" &&
      below?.kind === "heading" &&
      below.level > piece.level &&
      content(i + 2)
    ) {
      const name = piece.text.replace(/[*`]+/gu, "").trim();
      // …under a section before it of a higher level («2.3 useEffect» › «2.3.1 Cleanup» › …).
      if (section !== undefined && sectionLevel < piece.level)
        chapters.push({ name: section, level: sectionLevel });
      if (i === 0) title = name;
      else chapters.push({ name, level: piece.level });
      section = undefined;
      return;
    }
    // Only a heading that heads something is one: what would head nothing stays text, so no word is lost.
    if (piece.kind === "heading" && !content(i + 1)) {
      drafts.push({ kind: "prose", text: piece.text, headingPath: base(), part: ++part });
      return;
    }
    if (piece.kind === "break" || piece.kind === "heading") {
      // What follows a lost heading or a rule is under no heading the text still has; a Markdown heading heads
      // it (below the question its answer answers), or titles the text when it comes first.
      const name = piece.kind === "heading" ? piece.text.replace(/[*`]+/gu, "").trim() : undefined;
      // A deeper heading is a section of the one before: «2.1 useState» under «2. Хуки» and its text.
      if (piece.kind === "heading" && section !== undefined && sectionLevel < piece.level)
        chapters.push({ name: section, level: sectionLevel });
      if (name !== undefined && i === 0) title = name;
      else {
        section = name;
        sectionLevel = piece.kind === "heading" ? piece.level : 1;
      }
      marked = name !== undefined;
      markedPart = undefined;
      if (name === undefined) {
        asked = undefined;
        chapters.length = 0;
      }
      list = undefined;
      listHeading = undefined;
      return;
    }
    const next = all[i + 1];
    const prev = all[i - 1];
    const continuesList = next?.kind === "item" && list !== undefined && next.n === list.n + 1;
    if (piece.kind === "item") {
      const first = piece.lines[0] as string;
      const sameList = list !== undefined && piece.n === list.n + 1;
      const steps = sameList ? list?.steps === true : stepsFrom(i);
      const name = steps ? undefined : itemName(first);
      // «12. DNS. Этапы разрешения имени.» over «1) Кэш браузера…»: a list of its own is its text.
      const titleLines = piece.lines.length === 1 && next?.kind === "item" && next.n === 1 && piece.n > 1;
      const title =
        steps || name !== undefined
          ? undefined
          : numberedTitle(
              titleLines ? [first, ...next.lines] : piece.lines,
              titleNumber !== undefined && piece.n === titleNumber + 1,
            );
      if (title !== undefined) {
        titleNumber = piece.n;
        // «2. EC2» heads a section of the text, as a short line alone would. The author numbered it: its paragraphs
        // are one part, as under a Markdown heading («5. Протокол ARP.» over the answer and the steps of it).
        section = title;
        marked = true;
        markedPart = undefined;
        list = undefined;
        listHeading = undefined;
        pushAfterFirstLine(piece.lines);
        return;
      }
      const heading = sameList ? list?.heading : listHeading;
      listHeading = undefined;
      const parent = heading === undefined ? base() : [...base(), heading];
      const path = name === undefined ? parent : [...parent, name];
      const glued = sameList && name === undefined && list !== undefined && list.path.join() === path.join();
      // An item that names nothing is text of the section it is in.
      const itemPart = glued ? (list?.part ?? ++part) : path.length === base().length ? ownPart() : ++part;
      // «1. Calico:» alone on its line only names the item: the name is its heading now.
      const namesOnly = name !== undefined && first.replace(/^[!*\s]+/, "").trim() === `${name}:`;
      const body = namesOnly ? piece.lines.slice(1) : piece.lines;
      list = {
        ...(heading === undefined ? {} : { heading }),
        path,
        n: piece.n,
        part: itemPart,
        bodyless: body.length === 0,
        steps,
      };
      // A step is one line: what runs on after the last one is the paragraph after the list.
      const own = steps ? body.slice(0, 1) : body;
      const text = name === undefined ? `${piece.n}. ${own.join("\n")}` : own.join("\n");
      if (own.length > 0) drafts.push({ kind: "prose", text, headingPath: path, part: itemPart });
      if (own.length < body.length)
        drafts.push({ kind: "prose", text: body.slice(1).join("\n"), headingPath: path, part: itemPart });
      return;
    }
    if (list !== undefined && (continuesList || list.bodyless)) {
      // Between two items of one list, or the body of an item that only named itself: the item's own.
      list.bodyless = false;
      drafts.push({
        kind: piece.kind === "code" ? "code" : "prose",
        text: piece.kind === "code" ? piece.text : piece.lines.join("\n"),
        headingPath: list.path,
        part: list.part,
      });
      return;
    }
    // «2. Процессы и сигналы:» … «…kill -9 PID.» then «$ kill 4242»: code right after an item's text is the item's.
    const item = list;
    const last = drafts.at(-1);
    list = undefined;
    if (
      piece.kind === "code" &&
      item !== undefined &&
      item.path.length > base().length &&
      last?.kind === "prose" &&
      last.headingPath.join() === item.path.join()
    ) {
      drafts.push({ kind: "code", text: piece.text, headingPath: item.path, part: last.part });
      return;
    }
    if (piece.kind === "code") {
      const last = drafts.at(-1);
      // Code illustrates the paragraph before it, unless that is a stray fragment that introduces nothing
      // (up to two fragments such as «Src:» and a link may stand between a lead-in and its code).
      let introduced = false;
      for (let k = drafts.length - 1; k >= Math.max(0, drafts.length - 3); k--) {
        const d = drafts[k] as Draft;
        if (d.kind !== "prose" || d.headingPath.join() !== base().join()) break;
        if (/:\s*$/.test(d.text)) introduced = true;
        if (introduced || words(d.text) >= MIN_WORDS) break;
      }
      const glue =
        last !== undefined &&
        last.kind === "prose" &&
        last.headingPath.join() === base().join() &&
        (introduced || words(last.text) >= MIN_WORDS);
      drafts.push({ kind: "code", text: piece.text, headingPath: base(), part: glue ? last.part : ++part });
      return;
    }
    // «редис - конспект (в основном из чатгпт…)» first says what the notes are: their title, not a definition.
    // Only a line a title could be: notes pasted with their line breaks lost are one line, text and all.
    const first = piece.lines[0] as string;
    const notesTitle = i === 0 && first.length <= MAX_TITLE_CHARS ? NOTES_TITLE.exec(first) : null;
    if (notesTitle !== null) {
      title = piece.lines[0] as string;
      titleNames = notesTitle[1];
      pushAfterFirstLine(piece.lines);
      return;
    }
    // «Что такое fast-forward?» over its answer, in the answer to what a chat asked or in a cheat sheet: a question
    // the author asked themself heads what answers it.
    if (piece.kind === "para" && piece.lines.length >= 2 && asksItself(first)) {
      section = first;
      marked = true;
      markedPart = undefined;
      pushAfterFirstLine(piece.lines);
      return;
    }
    const only = piece.lines.length === 1 ? (piece.lines[0] as string) : undefined;
    const nextIsBody =
      next !== undefined &&
      (next.kind === "code" || (next.kind === "para" && !isShortLine(next) && content(i + 1)));
    const heads =
      only !== undefined &&
      ((isAllCaps(only) && content(i + 1)) || (isTitle(only) && nextIsBody && !isShortLine(prev)));
    // «фаер, NAT, MTU, TLS — разбор для дежурства» alone, then «--- iptables ---»: a short first line over the first
    // heading names the notes, in lower case too — unless it numbers the first of their parts («Лекция 1» over «§1»).
    const titlesNotes =
      only !== undefined && next?.kind === "heading" && isShortTitle(only) && !FIRST_PART.test(only);
    if ((heads || titlesNotes) && i === 0) {
      // A heading before anything else names the whole text, as a leading `#` does in Markdown.
      title = only;
      return;
    }
    if (heads) {
      section = only;
      marked = false;
      return;
    }
    if (
      only?.endsWith(":") &&
      only.length <= MAX_HEADING_CHARS + 10 &&
      words(only) <= MAX_HEADING_WORDS + 2 &&
      next?.kind === "item" &&
      next.n === 1 &&
      itemName(next.lines[0] as string) !== undefined
    ) {
      listHeading = only.slice(0, -1).trim();
      return;
    }
    // The answer to a question heading («Что такое MRO?» over «Method Resolution Order — порядок…») is one block: a
    // term it defines on the way heads no section of its own.
    // (Not «systemd ? ?????», a heading whose letters were lost: a question's «?» follows a word.)
    const answers = /[\p{L}\p{N})»"']\?\s*$/u.test(section ?? asked ?? "");
    const term = answers ? undefined : definedTerm(piece.lines[0] as string);
    // «401 vs 403 — вечно путаю, записываю:» over «401 Unauthorized — …», «403 Forbidden — …»: what a lead-in
    // announces is one block under it.
    if (
      term !== undefined &&
      words(term) <= 5 &&
      /:\s*$/u.test(piece.lines[0] as string) &&
      piece.lines.length > 1
    ) {
      drafts.push({
        kind: "prose",
        text: piece.lines.join("\n"),
        headingPath: [...base(), term],
        part: ++part,
      });
      return;
    }
    // A cheat sheet's group («git branch — …», «git switch <имя> — …») is one block: its lines are commands of one
    // program, not terms to head sections with.
    const commands =
      piece.lines.length >= 2 &&
      piece.lines.every((l, k) => k === 0 || sameCommand(piece.lines[k - 1] as string, l));
    if (term !== undefined && words(term) <= 5 && !commands) {
      // A run of definitions: each its own block, headed by its term, with the lines that follow it.
      let current: Draft | undefined;
      // «QoS классы:» over «Guaranteed - …», «Burstable - …»: the definitions a lead-in announces are one block.
      let grouped = false;
      const terms = piece.lines.map(definedTerm);
      for (const [k, line] of piece.lines.entries()) {
        const t = terms[k];
        const lead = leadIn(line);
        if (
          t === undefined &&
          lead !== undefined &&
          terms[k + 1] !== undefined &&
          terms[k + 2] !== undefined
        ) {
          current = { kind: "prose", text: line, headingPath: [...base(), lead], part: ++part };
          drafts.push(current);
          grouped = true;
          continue;
        }
        if (grouped && current !== undefined && t !== undefined) {
          current.text += `\n${line}`;
          continue;
        }
        grouped = false;
        if (t !== undefined || current === undefined) {
          // «Ingress — объект…» right under «3.4 Ingress» defines the section's own thing: its text, not a section.
          // So does a line that defines both things a heading names («Requests и limits»).
          const own =
            section !== undefined && (namesSection(section, t ?? term) || definesBoth(section, line));
          current = own
            ? { kind: "prose", text: line, headingPath: base(), part: ownPart() }
            : { kind: "prose", text: line, headingPath: [...base(), t ?? term], part: ++part };
          drafts.push(current);
        } else current.text += `\n${line}`;
      }
      return;
    }
    // «У неё есть поля stdout, stderr…» after «register: nginx_ver»: a paragraph that opens by pointing back at what
    // was just said goes on with it.
    // So does one that opens with a word of the code right before it (see `namesCodeBefore`).
    // …and so does one that goes on in lower case after code («к-р использует сетевой стек хоста…» under «docker run
    // --network host nginx»): it says what the code does, as it would in Markdown.
    const pointsBack =
      last !== undefined &&
      last.headingPath.join() === base().join() &&
      (POINTS_BACK.test(piece.lines[0] as string) ||
        (last.kind === "code" &&
          (namesCodeBefore(piece.lines[0] as string, last.text) ||
            /^\p{Ll}/u.test(piece.lines[0] as string))));
    drafts.push({
      kind: "prose",
      text: piece.lines.join("\n"),
      headingPath: base(),
      part: pointsBack ? last.part : ownPart(),
    });
  });
  const blocks = mergeFragments(drafts);
  return title === undefined
    ? { aliases: [], blocks, problems: [] }
    : { title, aliases: namesIn(titleNames ?? title), blocks, problems: [] };
}

/**
 * Whether a heading names one thing, `term`: «Ingress» and «Сервисы (Services)» do «Ingress» and «Services»;
 * «Правило нуля / трех / пяти» names three, so its «Правило нуля: …» is one of them, not the section's own.
 */
function namesSection(heading: string, term: string): boolean {
  const names = namesIn(heading);
  return names.length <= 2 && names.includes(term.toLowerCase());
}

/** «и», «and», «vs», «или»: what joins the two things a heading may name («Requests и limits»). */
const PAIR_JOINER = /\s+(?:и|and|vs\.?|или|or)\s+/iu;

/**
 * Whether a line defines both things a heading names: «requests — сколько гарантировано… limits — верхняя граница…»
 * under «Requests и limits» is that section's own text, not a section headed by its first term.
 */
function definesBoth(heading: string, line: string): boolean {
  const names = [...new Set(heading.split(PAIR_JOINER).flatMap(namesIn))];
  if (names.length !== 2) return false;
  const text = line.toLowerCase();
  return names.every((name) =>
    new RegExp(`(?:^|[.;:]\\s+)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+[-–—]\\s`, "u").test(text),
  );
}

/**
 * The names a heading gives a thing, lower-cased, for aliases: «Сервисы (Services)» → [сервисы, services],
 * «Ingress / Ингресс» → [ingress, ингресс]; a heading of one name gives that name.
 */
export function namesIn(heading: string): string[] {
  const names = heading
    .split(/\s*[()/,]\s*|\s+[-–—]\s+/)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => /\p{L}/u.test(n));
  return [...new Set(names)];
}

/** One line of words that ends with no punctuation: a title, or a lead-in that leaves out its colon (not a «$»). */
const UNENDED_LINE = /^[^\n]*\p{L}[^\n]*[\p{L}\p{N}]\s*$/u;

/**
 * Joins what cannot stand alone. A lead-in ending in «:» takes the blocks after it into its passage unless
 * they open a section of their own (a fragment of a lead-in instead joins them, under their heading). Then a
 * passage of fewer than MIN_WORDS words joins the one before it (or, first in the text or when it introduces
 * something with «:» or is one line with no final punctuation, the one after) — one in its own section or below
 * it, so no heading is lost: a short named item stays a section of its own.
 */
function mergeFragments(drafts: Draft[]): Block[] {
  const partOf = (from: number) => {
    let end = from;
    while (end + 1 < drafts.length && drafts[end + 1]?.part === drafts[from]?.part) end++;
    return end;
  };
  const adopt = (from: number, to: number, like: Draft) => {
    for (let k = from; k <= to; k++) {
      (drafts[k] as Draft).headingPath = like.headingPath;
      (drafts[k] as Draft).part = like.part;
    }
  };
  const within = (inner: string[], outer: string[]) => inner.every((h, k) => outer[k] === h);
  // From the end, so a chain of lead-ins («Указываем …:», «Src:») reaches the block they introduce.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i] as Draft;
    const next = drafts[i + 1];
    if (d.kind !== "prose" || next === undefined || next.part === d.part || !/:\s*$/.test(d.text)) continue;
    if (words(d.text) < MIN_WORDS && within(d.headingPath, next.headingPath)) adopt(i, i, next);
    else if (within(next.headingPath, d.headingPath)) adopt(i + 1, partOf(i + 1), d);
  }
  for (let i = 0; i < drafts.length; ) {
    const end = partOf(i);
    const group = drafts.slice(i, end + 1);
    const tiny =
      group.every((d) => d.kind === "prose") && words(group.map((d) => d.text).join(" ")) < MIN_WORDS;
    const introduces = group.some((d) => /:\s*$/.test(d.text));
    const path = (drafts[i] as Draft).headingPath;
    // A fragment joins a neighbour in its own section or below it: a heading is never lost.
    const prev = drafts[i - 1];
    const next = drafts[end + 1];
    // A line with no final punctuation, a title or a lead-in without its colon («режимы доступа access modes
    // записала» over «ReadWriteOnce RWO…»), belongs to what comes after it too.
    const unended = tiny && group.length === 1 && UNENDED_LINE.test((drafts[i] as Draft).text);
    if (tiny && (introduces || unended) && next !== undefined && within(next.headingPath, path))
      adopt(end + 1, partOf(end + 1), drafts[i] as Draft);
    else if (tiny && prev !== undefined && within(path, prev.headingPath)) adopt(i, end, prev);
    else if (tiny && next !== undefined && within(path, next.headingPath)) adopt(i, end, next);
    i = end + 1;
  }
  return drafts.map((d) => ({ kind: d.kind, text: d.text, headingPath: d.headingPath, part: d.part }));
}

/**
 * Parses a notes file, giving structure to the ones that have none: plain text always, Markdown when it has
 * no headings (its front matter still names the topic). An Org file is read as the Markdown it is the same as, and
 * so is plain text that is Org saved as .txt; letters exported as text are read as a section per letter, a
 * spreadsheet saved as CSV as a section per row, a Marp slide deck as a section per slide, subtitles as the
 * paragraphs of their speech, a Jupyter notebook as the Markdown of its cells, a chat exported from Telegram as the
 * Markdown of its messages, a web page as the Markdown of its article, an Evernote export as a section per note, and
 * a PDF's text in two columns column by column.
 */
export function structureNote(source: string, format: NoteFormat): ParsedNote {
  if (format === "subtitles") {
    const speech = subtitleParagraphs(source);
    return speech === undefined ? structureNote(source, "text") : speechNote(speech);
  }
  if (format === "notebook") {
    const notebook = notebookToMarkdown(source);
    if (notebook !== undefined) return structureNote(notebook, "markdown");
    return skipped([
      "this is no Jupyter notebook (not JSON with cells); save it again from Jupyter (the file was skipped)",
    ]);
  }
  if (format === "evernote") {
    const notes = enexToMarkdown(source);
    if (notes !== undefined) return structureNote(notes, "markdown");
    return skipped([NO_EVERNOTE_EXPORT]);
  }
  if (format === "latex") {
    // Notes typed in LaTeX: its sections, lists, code and tables as Markdown's; else plain text.
    const tex = latexToMarkdown(source);
    if (tex === undefined) return structureNote(source, "text");
    const note = structureNote(tex.markdown, "markdown");
    // A root file that only puts the chapters together: they are read on their own.
    if (note.blocks.length === 0 && /\\(?:input|include)\{/u.test(source)) return skipped([LATEX_ROOT]);
    // A chapter's file without a «\title» is titled by its first section («lec01.tex», «Процессы и потоки»).
    const title =
      note.title ?? tex.title ?? note.blocks.find((b) => b.headingPath.length > 0)?.headingPath[0];
    return title === undefined ? note : { ...note, title };
  }
  if (format === "vimwiki") {
    // A page of vimwiki: «= Заголовок =», «{{{rust» blocks, «Термин:: определение»; else plain text.
    const page = vimwikiToMarkdown(source);
    if (page === undefined) return structureNote(source, "text");
    const note = structureNote(page.markdown, "markdown");
    return page.title === undefined || note.title !== undefined ? note : { ...note, title: page.title };
  }
  if (format === "canvas") {
    // A canvas of Obsidian: its cards' text, group by group.
    const canvas = canvasToMarkdown(source);
    return canvas === undefined ? skipped([NO_CANVAS]) : structureNote(canvas, "markdown");
  }
  if (format === "tiddler") {
    // A tiddler of TiddlyWiki: its fields name it and file it, its WikiText is read as the Markdown it says.
    const tiddler = tiddlerOf(source);
    if (tiddler === undefined) return skipped([NO_TIDDLER]);
    const note = structureNote(tiddler.markdown, "markdown");
    const tags = [...new Set([...tiddler.tags, ...(note.tags ?? [])])];
    return { ...note, title: tiddler.title, ...(tags.length > 0 ? { tags } : {}) };
  }
  if (format === "chat") {
    // A note of Google Keep from Takeout: its title and labels name and file it; one in the trash is no note.
    const keep = keepNoteOf(source);
    if (keep?.trashed) return skipped([KEEP_TRASHED]);
    if (keep !== undefined) {
      const note = structureNote(keep.markdown, "markdown");
      const tags = [...new Set([...keep.labels, ...(note.tags ?? [])])];
      return {
        ...note,
        ...(keep.title === undefined ? {} : { title: keep.title }),
        ...(tags.length > 0 ? { tags } : {}),
      };
    }
  }
  if (format === "chat" || format === "page") {
    // A chat Telegram exported (JSON, or its HTML pages), else a web page's article.
    const read = chatExportToText(source) ?? (format === "page" ? pageText(source) : undefined);
    if (read === undefined) return skipped(format === "chat" ? [NO_CHAT_EXPORT] : []);
    const note = structureNote(read.text, "markdown");
    return read.title === undefined ? note : { ...note, title: read.title };
  }
  if (format === "table") {
    const table = csvToMarkdown(source);
    return structureNote(table ?? source, table === undefined ? "text" : "markdown");
  }
  if (format === "org" || (format === "text" && looksLikeOrg(source)))
    return structureNote(orgToMarkdown(source), "markdown");
  if (format === "text") {
    // Notes kept as a commented shell script: its banners head sections, its comments are prose, its commands code.
    const script = scriptToMarkdown(source);
    if (script !== undefined) return structureNote(script, "markdown");
    // Notes written in AsciiDoc: «== Section» titles, «----» source blocks, «term:: definition».
    const asciidoc = asciidocToMarkdown(source);
    if (asciidoc !== undefined) return structureNote(asciidoc, "markdown");
    // …or in reStructuredText: underlined titles, «.. code-block::» directives, definition lists.
    const rst = rstToMarkdown(source);
    if (rst !== undefined) return structureNote(rst, "markdown");
    // …or in Jira's or Confluence's wiki markup: «h2. Раздел», «{code:yaml}» blocks, «||…||» tables.
    const jira = jiraToMarkdown(source);
    if (jira !== undefined) return structureNote(jira, "markdown");
    // …or in MediaWiki: «== Раздел ==», «<syntaxhighlight>» blocks, «#» and «*» lists, «{|» tables.
    const wikitext = mediawikiToMarkdown(source);
    if (wikitext !== undefined) return structureNote(wikitext, "markdown");
    // …or in DokuWiki: «====== Title ======», «<code bash>» blocks, «  * » lists.
    const wiki = dokuwikiToMarkdown(source);
    if (wiki !== undefined) return structureNote(wiki, "markdown");
    // A PDF set in two columns, as `pdftotext -layout` writes it: each page read column by column.
    const columns = readColumns(source);
    if (columns !== undefined) return structureNote(columns, "text");
    // Letters to oneself exported as text: a section per letter, without what the mail client added.
    const letters = mailToMarkdown(source);
    if (letters !== undefined) return structureNote(letters, "markdown");
    // A flashcard deck exported as text: its notes are its sections.
    const deck = ankiToMarkdown(source);
    if (deck !== undefined) return parseMarkdown(deck);
    // A Kindle's «My Clippings.txt»: a section per book, a highlight a paragraph.
    const clippings = clippingsToMarkdown(source);
    if (clippings !== undefined) return structureNote(clippings, "markdown");
    // A video's transcript copied from its page: the speech of each chapter, then what the learner typed under it.
    const transcript = videoTranscript(source);
    if (transcript !== undefined) return transcriptNote(transcript);
    // A mind map exported as text: a tree of tab-indented lines, read as the outline it is.
    const tree = treeToOutline(source);
    const mapped = tree === undefined ? undefined : outlineToMarkdown(tree);
    if (mapped !== undefined) return parseMarkdown(mapped, { labels: true });
    return oneIdea(structureText(source));
  }
  // A drawing of Obsidian's Excalidraw plugin: its data, and the labels of its shapes, are no text of the notes.
  if (/^excalidraw-plugin:/mu.test(splitFrontMatter(source.replace(/^\uFEFF/, "")).meta ?? ""))
    return skipped([
      "skipped: a drawing of the Excalidraw plugin is not read as notes (it has no text to answer from)",
    ]);
  // An item of Joplin's raw export: a note without Joplin's record of it at its end; a notebook's record no note.
  const joplin = joplinItem(source);
  if (joplin?.kind === "other")
    return skipped([
      "skipped: Joplin's record of a notebook or a tag, no note (each note is a file of its own)",
    ]);
  if (joplin !== undefined) return structureNote(joplin.markdown, "markdown");
  // Flashcards exported from RemNote: «term :: definition», «question >> answer», «{{cloze}}».
  const cards = remnoteToMarkdown(source);
  if (cards !== undefined) return structureNote(cards, "markdown");
  // SiYuan's export: a block's attributes after it, «{: id="…"}», references to blocks by id.
  const siyuan = siyuanToMarkdown(source);
  if (siyuan !== undefined) return structureNote(siyuan, "markdown");
  // A slide deck for Marp: a section per slide, its presenter notes its text.
  const deck = marpToMarkdown(source);
  if (deck !== undefined) return parseMarkdown(deck, { labels: true });
  // An outline (Logseq and the like): its nesting is its headings.
  const outline = outlineToMarkdown(source);
  if (outline !== undefined) return parseMarkdown(outline, { labels: true });
  const note = parseMarkdown(source);
  if (note.blocks.some((b) => b.headingPath.length > 0)) return parseMarkdown(source, { labels: true });
  const structured = structureText(sitesMarkupRead(splitFrontMatter(source.replace(/^\uFEFF/, "")).body));
  // A to-do list keeps its mark, as in Markdown with headings («- [x] разобраться с gather vs TaskGroup»).
  const todo = (text: string) => {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    return lines.length >= 2 && lines.every((l) => CHECKBOX_ITEM.test(l)) && tasksOnly(text);
  };
  const blocks = structured.blocks.map((b) =>
    b.kind === "prose"
      ? {
          ...b,
          text: plainMarkup(b.text),
          ...(linksOnly(b.text) ? { links: true } : {}),
          ...(todo(b.text) ? { todo: true } : {}),
        }
      : b,
  );
  // A paragraph of tags alone files the note (see ParsedNote.tags); it says nothing.
  return oneIdea({ ...note, blocks: blocks.filter((b) => b.text.length > 0 && !isTagsOnly(b.text)) });
}

/** A paragraph of speech longer than this is told in points (see `spokenPoints`). */
const MAX_SPOKEN_CHARS = 900;
/** A point of speech is at least this long, and a new one starts before growing longer than the most. */
const MIN_POINT_CHARS = 250;
const MAX_POINT_CHARS = 700;
/** A sentence that a speaker opens a new point with: «Так.», «Теперь транзакции.», «Второе — ретраи». */
const NEW_POINT =
  /^(?:так[.!]|теперь|итак|дальше|далее|во-первых|во-вторых|в-третьих|первое|второе|третье|четвёртое|четвертое|пятое|последнее|следующее|ладно|хорошо|окей|so|now|next|first|second|third|finally)(?![\p{L}-])/iu;

/**
 * A long paragraph of speech («Первое — таймауты… Второе — ретраи… Третье — circuit breaker…») as its points: a
 * lecturer who speaks for minutes without a pause covers several things, and a passage should be about one.
 * A point ends before a sentence that opens a new one («Так.», «Теперь…», «Третье —»), or at a sentence's end
 * when it grows too long. Speech with no sentences written out (a video's automatic subtitles, all lower case and no
 * stops) is told by its lines instead.
 */
function spokenPoints(lines: readonly string[]): string[] {
  const paragraph = lines.join(" ");
  if (paragraph.length <= MAX_SPOKEN_CHARS) return [paragraph];
  const sentences = paragraph.split(/(?<=[.!?…])\s+(?=[\p{Lu}«"—])/u);
  const points: string[] = [];
  let point = "";
  for (const sentence of sentences.length > 1 ? sentences : lines) {
    const turns = point.length >= MIN_POINT_CHARS && NEW_POINT.test(sentence);
    if (point !== "" && (turns || point.length + sentence.length > MAX_POINT_CHARS)) {
      points.push(point);
      point = "";
    }
    point = point === "" ? sentence : `${point} ${sentence}`;
  }
  return [...points, point];
}

/**
 * Speech written down (a lecture's subtitles) as notes: its paragraphs as said. Nobody speaks a heading, a list or a
 * code block, so «Плюс — слабая связанность…» is a sentence, not the heading «Плюс». A paragraph that opens by
 * pointing back («Он…», «Это…») goes on with the one before, and one too short to answer anything joins a neighbour.
 */
function speechNote(speech: readonly string[][]): ParsedNote {
  const drafts: Draft[] = speech
    .filter((lines) => lines.some((line) => line.trim() !== ""))
    .flatMap(spokenPoints)
    .map((text, part) => ({ kind: "prose", text, headingPath: [], part }));
  // «Он маршрутизирует запросы…» after a pause goes on about what was just said.
  for (const [i, draft] of drafts.entries()) {
    const before = drafts[i - 1];
    if (before !== undefined && POINTS_BACK.test(draft.text)) draft.part = before.part;
  }
  return { aliases: [], blocks: mergeFragments(drafts), problems: [] };
}

/**
 * A video's transcript as notes: each chapter's speech told in points under the chapter's title, and the learner's
 * own text typed under the transcript structured as any text is.
 */
function transcriptNote({ chapters, after }: NonNullable<ReturnType<typeof videoTranscript>>): ParsedNote {
  const drafts: Draft[] = chapters.flatMap((chapter, k) =>
    spokenPoints(chapter.lines).map((text) => ({
      kind: "prose" as const,
      text,
      headingPath: chapter.title === undefined ? [] : [chapter.title],
      part: k,
    })),
  );
  const typed = after.trim() === "" ? undefined : structureText(after);
  return {
    aliases: [],
    blocks: [...mergeFragments(drafts), ...(typed?.blocks ?? [])],
    problems: typed?.problems ?? [],
  };
}

/** A file read as no notes at all, with why. */
const skipped = (problems: string[]): ParsedNote => ({ aliases: [], blocks: [], problems });

/** A page saved as one file, MIME: its headers say so at the start. */
const MIME_PAGE = /^(?:MIME-Version|Content-Type):[ \t]*(?:1\.0|multipart\/related)/imu;
const MIME_HEAD_CHARS = 2000;

/** A web page's article as text to structure, with its title (see `htmlToMarkdown`). */
function pageText(source: string): { title?: string; text: string } | undefined {
  // A page saved as one file (.mhtml) is MIME: its HTML is a part of it.
  const html = MIME_PAGE.test(source.slice(0, MIME_HEAD_CHARS)) ? mhtmlToHtml(source) : source;
  if (html === undefined) return undefined;
  const page = htmlToMarkdown(html);
  return page === undefined
    ? undefined
    : { ...(page.title ? { title: page.title } : {}), text: page.markdown };
}

/** What a notes file is written in, by its extension (see {@link noteFormat}). */
export type NoteFormat =
  | "markdown"
  | "org"
  | "table"
  | "subtitles"
  | "notebook"
  | "chat"
  | "page"
  | "evernote"
  | "tiddler"
  | "canvas"
  | "vimwiki"
  | "latex"
  | "text";

/** Why an `.enex` file is skipped: it is no Evernote export. */
export const NO_EVERNOTE_EXPORT =
  "this is no Evernote export (no <en-export>); export the notebook again from Evernote (the file was skipped)";

/** Why a LaTeX root file is skipped: it only puts the chapters together, and they are read on their own. */
export const LATEX_ROOT =
  "skipped: this LaTeX file only puts others together (\\input, \\include); they are read on their own";

/** Why a `.canvas` file is skipped: it is no canvas. */
export const NO_CANVAS =
  "this is no canvas of Obsidian (not JSON with nodes); save it again from Obsidian (the file was skipped)";

/** Why a `.tid` file is skipped: it is no tiddler. */
export const NO_TIDDLER =
  "this is no tiddler (no «title:» field over its text); copy it again from the wiki's tiddlers folder (the file was skipped)";

/** Why a note of Google Keep is skipped: the learner threw it away. */
export const KEEP_TRASHED = "skipped: this note of Google Keep is in its trash";

/** Why a `.json` file in the notes is skipped: only a chat Telegram exported is read. */
export const NO_CHAT_EXPORT =
  "skipped: of .json files only a chat exported from Telegram Desktop (Export chat history) and a note of Google Keep from Takeout are read";

/**
 * The notes files: Markdown, Word documents (read as the Markdown of their styles), Org mode, a spreadsheet saved
 * as CSV or TSV, subtitles, notebooks, a chat exported from Telegram or a note of Google Keep (JSON), web pages, an
 * Evernote export, TiddlyWiki's tiddlers, Obsidian's canvases, vimwiki's pages, LaTeX, and plain text.
 */
export const NOTE_FILE =
  /\.(?:md|markdown|mdown|mkd|mdx|qmd|rmd|docx|org|csv|tsv|srt|vtt|ipynb|json|html?|mhtml?|enex|tid|canvas|wiki|tex|txt|adoc|asciidoc|rst)$/i;
/** Markdown by its other names: «.markdown», a Docusaurus site's MDX, Quarto's and R Markdown's notebooks, «.qmd», «.Rmd». */
const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd|mdx|qmd|rmd)$/i;
/** A Word document: read as Markdown (see `readNote` in load.ts). */
export const WORD_FILE = /\.docx$/i;

/**
 * What a notes file named `file` is written in: Markdown (`.md`, `.markdown`, MDX's `.mdx`, Quarto's `.qmd`, R
 * Markdown's `.Rmd`, and a Word document as read), Org mode (`.org`), a spreadsheet's table (`.csv`, `.tsv`),
 * subtitles (`.srt`, `.vtt`), a Jupyter notebook (`.ipynb`), a chat exported from Telegram or a note of Google Keep
 * (`.json`), a web page (`.html`, `.mhtml`: a Telegram chat's pages too), an Evernote export (`.enex`), a tiddler
 * (`.tid`), a canvas (`.canvas`), a vimwiki page (`.wiki`), LaTeX (`.tex`), else plain text.
 */
export function noteFormat(file: string): NoteFormat {
  if (MARKDOWN_FILE.test(file) || WORD_FILE.test(file)) return "markdown";
  if (/\.org$/i.test(file)) return "org";
  if (/\.(?:srt|vtt)$/i.test(file)) return "subtitles";
  if (/\.ipynb$/i.test(file)) return "notebook";
  if (/\.json$/i.test(file)) return "chat";
  if (/\.(?:html?|mhtml?)$/i.test(file)) return "page";
  if (/\.enex$/i.test(file)) return "evernote";
  if (/\.tid$/i.test(file)) return "tiddler";
  if (/\.canvas$/i.test(file)) return "canvas";
  if (/\.wiki$/i.test(file)) return "vimwiki";
  if (/\.tex$/i.test(file)) return "latex";
  return /\.(?:csv|tsv)$/i.test(file) ? "table" : "text";
}

/** A note of at most this many characters is about one thing (see `oneIdea`). */
const SHORT_NOTE_CHARS = 1500;

/**
 * A short note is about one thing (a note per idea, «depends_on.md»): its paragraphs with no heading between them
 * are one part, not each a passage of its own, so «когда нужен depends_on» gets the paragraph that says «обычно
 * не нужен» together with the one that says when it is. Long plain text keeps its parts: there a paragraph with no
 * heading may well be about something else.
 */
function oneIdea(note: ParsedNote): ParsedNote {
  const size = note.blocks.reduce((sum, b) => sum + b.text.length, 0);
  if (size > SHORT_NOTE_CHARS) return note;
  const parts = new Map<string, number>();
  return {
    ...note,
    blocks: note.blocks.map((b) => {
      const key = b.headingPath.join("\u0000");
      const part = parts.get(key) ?? b.part;
      if (part !== undefined) parts.set(key, part);
      return part === undefined ? b : { ...b, part };
    }),
  };
}
