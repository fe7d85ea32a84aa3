// Notes kept in DokuWiki (a team's wiki, whose pages are plain .txt files): «====== Title ======» headings, the more
// «=» the higher; lists indented by two spaces, «  * пункт» and «  - шаг»; «<code bash>» … «</code>» blocks;
// «''monospace''», «[[page#section|text]]» links, «//курсив//». Read as plain text, a code block's tags are words and
// its lines run into the text, and a link's target is a word of the passage. Zim Desktop Wiki stores its pages in
// the same syntax, under a header of its own («Content-Type: text/x-zim-wiki»), with «{{{code: lang="sh"» … «}}}»
// blocks, «[ ]» checkboxes, «@tags» and lists nested by tabs from the margin. Pure: text in, Markdown out.

import { markdownTable } from "../table.ts";
import { fencedBlock } from "./code.ts";
import { wikiLines } from "./wiki.ts";

/** A heading: the same run of two to six «=» on both sides. */
const HEADING = /^[ \t]*(={2,6})[ \t]*(\S.*?)[ \t]*\1[ \t]*$/u;
/** A code block's opening tag alone on its line: «<code bash>», «<file yaml app.yaml>», and its language. */
const OPEN = /^[ \t]*<(code|file)(?:[ \t]+([\w+#.-]+))?[^>]*>[ \t]*$/u;
/** A list item: indented by two spaces or more, «*» (bullet) or «-» (numbered). */
const ITEM = /^((?: {2})+|\t+)([*-])[ \t]+(.*)$/u;
/** A table's row: cells between «|», or a header's between «^» («^ Тип ^ Когда ^», «^ вопрос | какой? |»). */
const TABLE_ROW = /^[ \t]*[|^].*[|^][ \t]*$/u;
/** A table's header row, its cells between «^»: DokuWiki's own. */
const TABLE_HEAD = /^[ \t]*\^.*\^[ \t]*$/u;
/** A row of dashes under a header, as Zim's and Markdown's tables have: no cells of its own. */
const TABLE_RULE = /^[ \t]*\|[\s:|-]*-[\s:|-]*\|[ \t]*$/u;
/** Zim's header: the first line of a page Zim stored. */
const ZIM_HEADER = /^Content-Type:[ \t]*text\/x-zim-wiki[ \t]*$/u;
/** Zim's code block: «{{{code: lang="sh" linenumbers="True"» alone on its line, and its language. */
const ZIM_CODE = /^[ \t]*\{\{\{code:(?:.*?\blang="([\w+#.-]+)")?.*$/u;
/** The line under a Zim page's title that says when it was made: «Created вторник 11 февраля 2025». */
const ZIM_CREATED = /^(?:Created|Создано)[ \t]+\S.*\d{4}[ \t]*$/u;
/** A Zim checkbox, open, done, cancelled or moved: «[ ] прочитать», nested by tabs. */
const ZIM_CHECKBOX = /^(\t*)\[([ *x>])\][ \t]+(.*)$/u;
/** A Zim bullet or numbered item, nested by tabs from the margin: «\t* пункт», «1. шаг». */
const ZIM_ITEM = /^(\t*)(\*|\d+\.|[a-z]\.)[ \t]+(.*)$/u;
/** A line of Zim's tags alone: «@bash @linux». */
const ZIM_TAGS = /^[ \t]*@[\p{L}\p{N}_-]+(?:[ \t]+@[\p{L}\p{N}_-]+)*[ \t]*$/u;
/**
 * Marks no other plain text has: a code tag alone on its line, «''monospace''», a link with its text, Zim's header,
 * a table's header row in DokuWiki's carets («^ Тип ^ Когда ^»).
 */
const MARKS = [OPEN, /''[^'\n]+''/u, /\[\[[^\]|\n]+\|[^\]\n]+\]\]/u, ZIM_HEADER, TABLE_HEAD];

/** The text of a line with DokuWiki's inline markup as Markdown's. */
function inline(line: string): string {
  return (
    line
      .replace(/''([^'\n]+)''/gu, "`$1`")
      // «//курсив//», not the «//» of «https://»
      .replace(/(^|[^:/])\/\/([^/\n]+?)\/\//gu, "$1*$2*")
      .replace(/%%(.+?)%%/gu, "$1")
      .replace(/[ \t]*\\\\(?=[ \t]|$)/gu, "")
  );
}

/**
 * Markdown for a page of DokuWiki: headings at their level («======» is «#»), code and file blocks fenced in their
 * language, list items as Markdown's at their depth, inline markup as Markdown's (links are left to be read as
 * Markdown reads wiki links). A page of Zim loses its header and the date under its title; its code blocks are
 * fenced, its checkboxes and items are Markdown's at their depth in tabs, its tags Markdown's «#tags». Undefined for
 * any other text: one with fewer than two headings, or none of DokuWiki's own marks besides (a text whose banners
 * are «=== DNS ===» is plain text).
 */
export function dokuwikiToMarkdown(source: string): string | undefined {
  // A page Zim stored says so in its first line, however little markup it has.
  const stored = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const page = ZIM_HEADER.test(stored[0] ?? "") ? stored : wikiLines(source, HEADING, MARKS);
  if (page === undefined) return undefined;
  const zim = ZIM_HEADER.test(page[0] ?? "");
  // Zim's header runs to the first blank line.
  const lines = zim
    ? page.slice(
        Math.max(
          0,
          page.findIndex((l) => l.trim() === ""),
        ),
      )
    : page;
  const out: string[] = [];
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/[ \t]+$/u, "");
    if (zim) {
      const code = ZIM_CODE.exec(line);
      const close = code ? lines.findIndex((l, k) => k > i && l.trim() === "}}}") : -1;
      if (code && close > i) {
        out.push("", fencedBlock(lines.slice(i + 1, close).join("\n"), code[1] ?? ""), "");
        i = close;
        continue;
      }
      if (headings === 1 && ZIM_CREATED.test(line) && out.every((l) => l === "" || l.startsWith("# ")))
        continue;
      if (ZIM_TAGS.test(line)) {
        out.push(line.trim().replace(/@/gu, "#"), "");
        continue;
      }
      const box = ZIM_CHECKBOX.exec(line);
      const item = ZIM_ITEM.exec(line);
      if (box || item) {
        const [, tabs = "", mark = "", text = ""] = (box ?? item) as RegExpExecArray;
        const head = box ? `- [${mark === " " || mark === ">" ? " " : "x"}]` : mark === "*" ? "-" : "1.";
        out.push(`${"  ".repeat(tabs.length)}${head} ${inline(text)}`);
        continue;
      }
    }
    const open = OPEN.exec(line);
    if (open) {
      const close = lines.findIndex((l, k) => k > i && l.trim() === `</${open[1]}>`);
      if (close > i) {
        out.push("", fencedBlock(lines.slice(i + 1, close).join("\n"), open[2] ?? ""), "");
        i = close;
        continue;
      }
    }
    // A macro says how the page is shown: «~~NOTOC~~», «~~NOCACHE~~».
    if (/^~~[A-Z_]+~~$/u.test(line.trim())) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      out.push("", `${"#".repeat(7 - (heading[1] as string).length)} ${inline(heading[2] as string)}`, "");
      headings++;
      continue;
    }
    // A table: rows of cells between «|», a header's between «^»; as Markdown's, its first row its header.
    if (TABLE_ROW.test(line)) {
      let end = i;
      while (end + 1 < lines.length && TABLE_ROW.test(lines[end + 1] as string)) end++;
      const rows = lines
        .slice(i, end + 1)
        .filter((row) => !TABLE_RULE.test(row))
        .map((row) =>
          row
            .trim()
            .replace(/^[|^]|[|^]$/gu, "")
            // Not at the «|» of a link's text: «[[zadanie_17|Обособление]]».
            .split(/[|^](?![^[]*\]\])/u)
            .map((cell) => inline(cell.trim())),
        );
      const [head = [], ...body] = rows;
      out.push("", ...markdownTable(head, body), "");
      i = end;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const depth = (item[1] as string).replace(/\t/gu, "  ").length / 2 - 1;
      out.push(
        `${"  ".repeat(Math.max(0, depth))}${item[2] === "*" ? "-" : "1."} ${inline(item[3] as string)}`,
      );
      continue;
    }
    out.push(inline(line));
  }
  return out.join("\n");
}
