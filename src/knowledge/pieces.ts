// Plain text as its pieces: paragraphs, numbered items, code and headings, with garbage gone, the marks of
// headings (marks.ts, titles.ts) read, and lines the PDF wrapped joined back. Pure: no I/O.

import { alignedCommands, tabbedTables } from "./aligned.ts";
import { cleanLines, joinHyphenated, MIN_WRAP_LINES, vocabularyOf, wrapWidth } from "./clean.ts";
import { codeLine, isRootPrompt, numberedListings, splitCode, withoutCommonIndent } from "./code.ts";
import { MIN_WORDS } from "./fragments.ts";
import {
  CYRILLIC_CAPS,
  definedTerm,
  isCapsHeading,
  isShortTitle,
  isTitle,
  isUnspaced,
  itemOf,
  MAX_HEADING_WORDS,
  TIME_MARK,
  words,
} from "./lines.ts";
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
import { contentsHeadings, decimalTitles, underlinedTitles, wallsApart } from "./titles.ts";

const BULLET = /^[-•*▪●◦–—]\s+\S/u;

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

/**
 * A line whose parts are set apart by a run of spaces, as a table or a list typed in columns is: «/var/lib/kubelet/
 * config.yaml   - KubeletConfiguration». Wrapped prose has single spaces.
 */
const ALIGNED = /\S {3,}\S/u;

/**
 * Paragraph lines joined back where the PDF wrapped them: a line continues the one before when that one
 * was full — the next line's first word would not have fitted on it (within 85% of the wrap width, since
 * PDF fonts are proportional) — unless it starts an item of its own (a number, a bullet, a label or a
 * definition after a finished sentence, a definition after a definition, a line set in columns or the one
 * after it). A word hyphenated at line end is joined whatever the width.
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
      TIME_MARK.test(line) ||
      isCapsHeading(line) ||
      sameCommand(prev, line) ||
      ALIGNED.test(line) ||
      ALIGNED.test(prev) ||
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

/** Two long lines, the first a finished sentence, the second no label or definition of a list. */
const startsParagraph = (prev: string, line: string) =>
  !BULLET.test(line) &&
  /[.!?…]$/.test(prev) &&
  words(prev) >= 2 * MIN_WORDS &&
  words(line) >= 2 * MIN_WORDS &&
  !LABEL.test(line) &&
  definedTerm(line) === undefined;

/** Where {@link pieces} found a lost heading. */
const LOST_HEADING = "\u0000";

/** Where a chat window's «ChatGPT сказал:» started an answer. */
const ANSWER = "\u0001";

/** A Markdown heading in text pasted from a chat or an editor: «### KEYS vs SCAN». */
const ATX_HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;

/** A line of one «#» and text: a shell script's comment, or a Markdown heading of the first level. */
const ONE_HASH = /^#[ \t]+\S/u;

/** A Markdown rule («---»): pasted answers are separated by them. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|[—–]{3,})$/u;

/**
 * Whether a line right under a «# …» line is code that comment explains: no Cyrillic, and a call, brackets or an
 * operator («histogram_quantile(0.95,», «sum(rate(x[5m])) / …», «predict_linear(…) < 0»), or a line of code as
 * `codeLine` reads it.
 */
const commentsCode = (line: string | undefined) =>
  line !== undefined &&
  !/\p{Script=Cyrillic}/u.test(line) &&
  (/[\w)\]]\(|[{}[\]]|\s[-+*/<>=]=?\s/u.test(line) || codeLine(line) !== "no");

/** A line that stands on its own: never joined to the lines around it (a heading, a rule, a table's row). */
const standsAlone = (line: string) => ATX_HEADING.test(line) || RULE.test(line) || /^\|.*\|$/u.test(line);

export type Piece =
  | { kind: "break" }
  | { kind: "answer" }
  /** `level`: a Markdown heading's, by its «#» marks (a lost heading's is 1). */
  | { kind: "heading"; text: string; level: number }
  | { kind: "code"; text: string }
  | { kind: "para"; lines: string[] }
  | { kind: "item"; n: number; marker: string; lines: string[] };

/** The text as paragraphs, numbered items and code, garbage gone and wrapped lines joined. */
export function pieces(source: string): Piece[] {
  // Lines of one «#» the author typed one right after another, two or more: comments, which head nothing (below).
  const typed = source.split("\n").map((line) => line.trim());
  const hashed = (k: number) => ONE_HASH.test(typed[k] ?? "");
  const commentRuns = new Set(typed.filter((_, k) => hashed(k) && (hashed(k - 1) || hashed(k + 1))));
  // A page ends its last line: «21\fТаинты» is the page number «21» over the next page's title.
  const paged = source.replace(/([^\n])\f/gu, "$1\n\f");
  // Two kinds of garbage are kept as marks: a line whose letters were lost was a heading (the section before it
  // ends there), and a chat's «ChatGPT сказал:» starts the answer to the line asked before it.
  const cleaned = alignedCommands(
    numberedListings(
      cleanLines(slideTitles(paged), {
        lostHeading: LOST_HEADING,
        answer: ANSWER,
      }),
    ),
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
  // «# AND: поды app=monitoring ИЗ ns с team=ops» over «ingress:», and every other line of one «#» in the text right
  // over code too: the text heads nothing with them, they are the code's comments (a slide's YAML). (Titles found
  // above are written «## …».)
  const hashLines = lines.flatMap((line, k) => (ONE_HASH.test(line) ? [k] : []));
  const segments = splitCode(
    lines,
    hashLines.length > 0 && hashLines.every((k) => codeLine(lines[k + 1] ?? "") !== "no"),
  );
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
  // Typed line by line with no blank line anywhere («тема цари» over the long lines of dictation): a short title
  // over a long line heads what follows, as it would with blank lines around it.
  const unspaced = width === Number.POSITIVE_INFINITY && isUnspaced(prose);
  // …and where its lines do not end sentences either (a phone's notes, dictation), a line is the only paragraph
  // there is.
  const written = prose.filter((l) => l.trim() !== "");
  const linesAreParagraphs =
    unspaced && written.filter((l) => ENDS_SENTENCE.test(l.trim())).length < written.length / 3;
  const out: Piece[] = [];
  for (const segment of segments) {
    if (segment.kind === "code") {
      const fenced = /^\s*(`{3,}|~{3,})/.test(segment.lines[0] ?? "");
      out.push({
        kind: "code",
        // Code indented as a block («    import asyncio») loses the indentation all its lines share.
        text: fenced
          ? segment.lines.join("\n")
          : `\`\`\`\n${withoutCommonIndent(segment.lines).join("\n")}\n\`\`\``,
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
        // Nor is «# systemctl edit nginx.service»: a command after a root shell's prompt.
        // Nor is «# p95 латенси по всему сервису» right over «histogram_quantile(0.95, …»: a comment over the code
        // it explains, as a listing writes it: in lower case, in words (a title found in the text, «Структура
        // Jenkinsfile» over `pipeline {`, is capitalised; «useState» over its call is a name).
        // Nor is a line of a run the author typed of «#» lines one right after another: a heading heads something
        // («# метаданные: имя, версии» / «# значения по умолчанию» / …, the comments of a chart's files in a column
        // of their own).
        const heading =
          atx !== undefined &&
          (words(atx) > MAX_HEADING_WORDS + 2 ||
            commentRuns.has(line) ||
            isRootPrompt(line) ||
            /^(?:TODO|FIXME|XXX)\b/u.test(atx) ||
            (/^[\p{Ll}\d][^\n]*\p{Script=Cyrillic}/u.test(atx) && commentsCode(logical[k + 1])))
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
        const titleOver =
          unspaced &&
          k > 0 &&
          following !== undefined &&
          numbered === undefined &&
          !BULLET.test(line) &&
          !standsAlone(line) &&
          isShortTitle(line) &&
          // Not the last of a list of short lines.
          !(isShortTitle(logical[k - 1] as string) && k >= 2 && isShortTitle(logical[k - 2] as string)) &&
          words(following) >= MIN_WORDS;
        if (titleOver) {
          // Lower case is no sign against it: such notes are often all in lower case.
          out.push({ kind: "heading", text: line, level: 1 });
          current = undefined;
          continue;
        }
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
          current = { kind: "item", n: numbered.n, marker: numbered.marker, lines: [numbered.text] };
          out.push(current);
        } else if (current === undefined) {
          current = { kind: "para", lines: [line] };
          out.push(current);
        } else if (
          current.kind === "para" &&
          (linesAreParagraphs || startsParagraph(current.lines.at(-1) as string, line))
        ) {
          // Two long lines, the first a finished sentence: paragraphs the PDF ran together. (Or any two lines, see
          // `linesAreParagraphs`.)
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

export const isShortLine = (p: Piece | undefined): p is Piece & { kind: "para" } =>
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
