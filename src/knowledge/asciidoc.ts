// Notes written in AsciiDoc (a team wiki on Antora, a book's sources) and saved as text: «= Title», «== Section»,
// attribute lines «:toc:», source blocks between «----» lines, admonitions, labeled lists «term:: definition».
// Read as plain text, «== Архитектура» is a line of text and a source block's delimiters are words; read here, each
// is what Markdown would say. Pure: text in, Markdown out.

import { markdownTable } from "../table.ts";
import { fencedBlock } from "./code.ts";

/** A section title: «== Архитектура», one to six «=» and no closing ones («== DNS ==» is a banner of plain text). */
const TITLE = /^(={1,6})[ \t]+(\S(?:.*\S)?)[ \t]*$/u;
/** A document attribute: «:toc:», «:description: мои заметки…». */
const ATTRIBUTE = /^:[\w-]+!?:(?:[ \t].*)?$/u;
/** A block's delimiter line: «----» (listing), «....» (literal), «====» (example), «****» (sidebar), «____» (quote). */
const DELIMITER = /^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,})[ \t]*$/u;
/** A block's attributes: «[source,nginx]», «[TIP]», «[NOTE]». */
const BLOCK_ATTRIBUTES = /^\[([^\]\n]*)\][ \t]*$/u;
/** An admonition's kind: «[TIP]», «[WARNING]». */
const ADMONITION = /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)$/u;
/** An anchor alone on its line: «[[reload]]». */
const ANCHOR = /^\[\[[^\]\n]*\]\][ \t]*$/u;
/** A labeled list's item: «master process:: читает и проверяет конфиг». */
const LABELED = /^([^\s:][^:\n]{0,60}?)::(?:[ \t]+(.*))?$/u;
/** A block's title: «.Пример конфига» (a dot, then a word; not «. item» of an ordered list). */
const BLOCK_TITLE = /^\.([^\s.].*)$/u;
/** An ordered list's item: «. шаг», «.. вложенный шаг». */
const ORDERED = /^(\.{1,5})[ \t]+(\S.*)$/u;
/** An unordered list's item: «* пункт», «** вложенный». */
const UNORDERED = /^(\*{1,5})[ \t]+(\S.*)$/u;
/** A comment: «// include::_attributes.adoc[]»; and the delimiter of a block of them, «////». */
const COMMENT = /^\/\/(?!\/)/u;
const COMMENT_BLOCK = /^\/{4,}[ \t]*$/u;
/** A table's delimiter: «|===». */
const TABLE = /^\|={3,}[ \t]*$/u;

/**
 * A table between «|===» lines as Markdown's. Its cells open with «|», a row's on one line or one a line; the first
 * line's cells say how many columns there are, and it is the header when a blank line follows it (or «[options=
 * "header"]», «[%header]» said so).
 */
function table(lines: readonly string[], header: boolean): string[] {
  const first = lines.find((l) => l.trim() !== "") ?? "";
  const cellsOf = (line: string) =>
    line
      .trim()
      .split(/(?<!\\)\|/u)
      .slice(1)
      .map((cell) => inline(cell.trim()).replaceAll("|", "\\|"));
  const width = cellsOf(first).length;
  if (width === 0) return lines.map(inline);
  const cells: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    // A line that opens no cell goes on with the cell before it.
    if (!line.trim().startsWith("|")) {
      if (cells.length > 0) cells[cells.length - 1] = `${cells.at(-1)} ${inline(line.trim())}`;
      continue;
    }
    cells.push(...cellsOf(line));
  }
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  const firstIndex = lines.indexOf(first);
  const headed = header || (lines[firstIndex + 1] ?? "").trim() === "";
  const [head, ...body] = headed ? rows : [[], ...rows];
  return ["", ...markdownTable(head ?? [], body, width), ""];
}

/** How many section titles make a text AsciiDoc (with an attribute line or a listing block, or a «= Title»). */
const MIN_TITLES = 2;

/** The text of a line with AsciiDoc's inline macros as words: «<<add-header>>», «xref:a.adoc[тут]», «kbd:[Ctrl+C]». */
function inline(line: string): string {
  return line
    .replace(/<<([^,>]+),\s*([^>]+)>>/gu, "$2")
    .replace(/<<([^>]+)>>/gu, "$1")
    .replace(
      /\b(?:xref|link|https?|kbd|btn|menu):([^[\s]*)\[([^\]]*)\]/gu,
      (_, target: string, text: string) => (text.trim() !== "" ? text : target),
    );
}

/**
 * Markdown for notes written in AsciiDoc: titles as headings, source and literal blocks fenced, example and
 * admonition blocks as their text (an admonition's label kept: «TIP: …»), labeled lists as bold terms with a dash,
 * list items as Markdown's, attribute lines and anchors dropped. Undefined for any other text: one with fewer than
 * two section titles, or with no document title, attribute line or listing block besides them — unless `named`, a
 * file named `.adoc`.
 */
export function asciidocToMarkdown(source: string, named = false): string | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const titles = lines.filter((l) => TITLE.test(l) && !/=[ \t]*$/u.test(l));
  const sections = titles.filter((l) => /^={2,}/u.test(l)).length;
  const documentTitle = /^=[ \t]/u.test(lines.find((l) => l.trim() !== "") ?? "");
  const marks = lines.some((l) => ATTRIBUTE.test(l)) || lines.some((l) => /^-{4,}[ \t]*$/u.test(l));
  if (!named && (sections < MIN_TITLES || !(documentTitle || marks))) return undefined;
  const out: string[] = [];
  /** The delimiter of the block being read, and whether its lines are code. */
  /** The block being read: its delimiter; for a listing, its code and language; for an admonition, its label. */
  let block:
    | { delimiter: string; code?: { lines: string[]; language: string }; label?: string | undefined }
    | undefined;
  /** Attributes of the next block: «[source,nginx]» makes it code in that language; «[TIP]» labels it. */
  let pending: string | undefined;
  /** The numbers of the ordered list being read, one per depth. */
  const numbers: number[] = [];
  /** Inside a block of comments, or a table: its lines so far, and whether its attributes said it has a header. */
  let commented = false;
  let rows: { lines: string[]; header: boolean } | undefined;
  for (const raw of lines) {
    const line = raw.replace(/[ \t]+$/u, "");
    if (commented) {
      if (COMMENT_BLOCK.test(line)) commented = false;
      continue;
    }
    if (rows !== undefined) {
      if (TABLE.test(line)) {
        out.push(...table(rows.lines, rows.header));
        rows = undefined;
      } else rows.lines.push(line);
      continue;
    }
    if (block === undefined && COMMENT_BLOCK.test(line)) {
      commented = true;
      continue;
    }
    if (block === undefined && TABLE.test(line)) {
      rows = { lines: [], header: /options\s*=\s*"?[^"\]]*header|%header/u.test(pending ?? "") };
      pending = undefined;
      continue;
    }
    if (block === undefined && COMMENT.test(line)) continue;
    if (block !== undefined) {
      if (line === block.delimiter) {
        if (block.code) out.push(fencedBlock(block.code.lines.join("\n"), block.code.language));
        out.push("");
        block = undefined;
      } else if (block.code) block.code.lines.push(raw);
      else if (block.label !== undefined && line.trim() !== "") {
        // «[TIP]» over «====» / «Используй always…»: the admonition's label opens its text, as «TIP: …» would.
        out.push(`${block.label}: ${inline(line)}`);
        block.label = undefined;
      } else out.push(inline(line));
      continue;
    }
    const delimiter = DELIMITER.exec(line)?.[1];
    if (delimiter !== undefined) {
      const attributes = pending ?? "";
      pending = undefined;
      const code = delimiter.startsWith("-") || delimiter.startsWith(".") || /^source\b/u.test(attributes);
      const language = /^source,\s*([\w+-]+)/u.exec(attributes)?.[1] ?? "";
      out.push("");
      block = {
        delimiter,
        ...(code ? { code: { lines: [], language } } : {}),
        ...(ADMONITION.test(attributes) ? { label: attributes } : {}),
      };
      continue;
    }
    const attributes = BLOCK_ATTRIBUTES.exec(line)?.[1];
    if (attributes !== undefined && !ANCHOR.test(line)) {
      pending = attributes;
      continue;
    }
    pending = undefined;
    if (ATTRIBUTE.test(line) || ANCHOR.test(line)) continue;
    const title = TITLE.exec(line);
    if (title !== null && !/=[ \t]*$/u.test(line)) {
      out.push("", `${"#".repeat((title[1] ?? "=").length)} ${inline(title[2] ?? "")}`, "");
      continue;
    }
    const labeled = LABELED.exec(line);
    if (labeled !== null) {
      out.push(`- **${(labeled[1] ?? "").trim()}** — ${inline(labeled[2] ?? "")}`);
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (ordered !== null) {
      // Numbered as the reader sees them: «. шаг» after «. шаг» is 2, a deeper «..» starts at 1.
      const depth = (ordered[1] ?? ".").length;
      numbers.length = depth;
      numbers[depth - 1] = (numbers[depth - 1] ?? 0) + 1;
      out.push(`${"   ".repeat(depth - 1)}${numbers[depth - 1]}. ${inline(ordered[2] ?? "")}`);
      continue;
    }
    if (line.trim() !== "") numbers.length = 0;
    const unordered = UNORDERED.exec(line);
    if (unordered !== null) {
      out.push(`${"  ".repeat((unordered[1] ?? "*").length - 1)}- ${inline(unordered[2] ?? "")}`);
      continue;
    }
    const blockTitle = BLOCK_TITLE.exec(line)?.[1];
    if (blockTitle !== undefined) {
      out.push(`**${inline(blockTitle)}**`);
      continue;
    }
    // A list item's continuation «+» joins what follows to it; a paragraph break is all Markdown needs.
    out.push(line === "+" ? "" : inline(line));
  }
  if (block?.code) out.push(fencedBlock(block.code.lines.join("\n"), block.code.language));
  if (rows !== undefined) out.push(...table(rows.lines, rows.header));
  return `${out
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}
