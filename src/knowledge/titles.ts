// Titles plain text sets apart by where they stand, not by a mark: a table of contents' titles where they come
// again, run-in titles in a wall of text, underlined titles, numbered chapters («2.3 Индексы»). Each pass takes the
// text's lines and gives them back, a heading as «# …». Pure: no I/O.

import { joinHyphenated, vocabularyOf } from "./clean.ts";
import { CODE_LIKE, isCapsHeading, isShortTitle, MAX_HEADING_CHARS } from "./lines.ts";

/** A table of contents has at least this many titles in a row, and this many of them head the text after it. */
const MIN_CONTENTS = 3;

const MIN_CONTENTS_FOUND = 2;

/**
 * The lines with a table of contents' titles as headings where they come again over their text, and the table
 * itself gone: a web page copied whole («Содержание» / «Type или interface» / «Union и intersection» / … and later
 * «Type или interface» over its section, with no blank line anywhere). Titles in a row that do not come again (a
 * site's menu) stay as they are.
 */
export function contentsHeadings(lines: string[]): string[] {
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
export function wallsApart(lines: string[]): string[] {
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
export function underlinedTitles(lines: string[]): string[] {
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

/** A title of a few words ended by a full stop, then the text in a new sentence: «Метод цепочек. В ячейке…». */
const RUN_IN = /^([^.!?:;]{3,50}?)\.\s+(\p{Lu}.*)$/u;

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
export function decimalTitles(lines: string[]): string[] {
  const parents = new Set<string>();
  // A chapter with sections has one title: the last line numbered so before its first section («4 Restore из
  // снапшота» over «4.1 Одна нода»), not a step of a list in another chapter or in its own («3. Валютный: …» in
  // chapter 2, «4. Вернуть манифесты…» under 4.1). Kept for every number, read only for those with sections.
  const titleLine = new Map<string, number>();
  for (const [k, line] of lines.entries()) {
    const match = SECTION_NUMBER.exec(line.trim()) ?? LOWER_SECTION_NUMBER.exec(line.trim());
    if (match === null) continue;
    const number = match[1] as string;
    if (match[2]) parents.add(number);
    else if (!parents.has(number)) titleLine.set(number, k);
  }
  // A handout's chapters with no sections numbered under them: short titles alone between blank lines, numbered in
  // turn («0. Зачем это всё», «1. Volumes (тома)», «2. PersistentVolume (PV) и PersistentVolumeClaim (PVC)»); then
  // only such lines are titles, not a numbered step inside the text.
  const alone = (k: number) => (lines[k - 1] ?? "").trim() === "" && (lines[k + 1] ?? "").trim() === "";
  const standing = new Set<number>();
  if (parents.size === 0) {
    const titled = lines.flatMap((line, k) => {
      const match = SECTION_NUMBER.exec(line.trim());
      // Alone on its line, a title with a subtitle after a colon («3. Dynamic admission control: вебхуки») is no
      // definition: nothing is defined with no text after it.
      const title = match?.[3] ?? "";
      return match &&
        !match[2] &&
        alone(k) &&
        (isShortTitle(title) || isShortTitle(title.replace(/:\s+/u, " ")))
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
    // …and so may a chapter's standing alone: «3. Dynamic admission control: вебхуки».
    const n = Number(match[1]);
    // …and a chapter's that comes in turn: «8 CRD: свои типы ресурсов» after «7 Удаление…». One chapter may be
    // missed (read out of order, as two columns set side by side: «3 …» left under «1 …», «2 …» right of it).
    const inTurn =
      !match[2] && n > chapter && n <= chapter + 2 && (chapters.has(n - 1) || chapters.has(n + 1));
    const subtitled =
      (match[2] !== "" || standing.has(k) || inTurn) && isShortTitle(title.replace(/:\s+/u, " "));
    if (!isShortTitle(title) && !isCapsHeading(title) && !subtitled) return [line];
    const text = runIn?.[2] === undefined ? [] : [runIn[2]];
    // A chapter is a level-2 heading, its sections deeper by their numbers: «3.1 useMemo» under «3. Мемоизация».
    const depth = match[2] ? match[2].split(".").length : 1;
    if (match[2]) return [`${"#".repeat(Math.min(6, depth + 1))} ${title}`, ...text];
    if (!parents.has(match[1] as string) && !inTurn && !(chapter === 0 && chapters.has(n + 1))) return [line];
    if (parents.has(match[1] as string) && titleLine.get(match[1] as string) !== k) return [line];
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
