// Notes kept in DokuWiki (a team's wiki, whose pages are plain .txt files): «====== Title ======» headings, the more
// «=» the higher; lists indented by two spaces, «  * пункт» and «  - шаг»; «<code bash>» … «</code>» blocks;
// «''monospace''», «[[page#section|text]]» links, «//курсив//». Read as plain text, a code block's tags are words and
// its lines run into the text, and a link's target is a word of the passage. Pure: text in, Markdown out.

import { fencedBlock } from "./code.ts";
import { wikiLines } from "./wiki.ts";

/** A heading: the same run of two to six «=» on both sides. */
const HEADING = /^[ \t]*(={2,6})[ \t]*(\S.*?)[ \t]*\1[ \t]*$/u;
/** A code block's opening tag alone on its line: «<code bash>», «<file yaml app.yaml>», and its language. */
const OPEN = /^[ \t]*<(code|file)(?:[ \t]+([\w+#.-]+))?[^>]*>[ \t]*$/u;
/** A list item: indented by two spaces or more, «*» (bullet) or «-» (numbered). */
const ITEM = /^((?: {2})+|\t+)([*-])[ \t]+(.*)$/u;
/** Marks no other plain text has: a code tag alone on its line, «''monospace''», a link with its text. */
const MARKS = [OPEN, /''[^'\n]+''/u, /\[\[[^\]|\n]+\|[^\]\n]+\]\]/u];

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
 * Markdown reads wiki links). Undefined for any other text: one with fewer than two headings, or none of DokuWiki's
 * own marks besides (a text whose banners are «=== DNS ===» is plain text).
 */
export function dokuwikiToMarkdown(source: string): string | undefined {
  const lines = wikiLines(source, HEADING, MARKS);
  if (lines === undefined) return undefined;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/[ \t]+$/u, "");
    const open = OPEN.exec(line);
    if (open) {
      const close = lines.findIndex((l, k) => k > i && l.trim() === `</${open[1]}>`);
      if (close > i) {
        out.push("", fencedBlock(lines.slice(i + 1, close).join("\n"), open[2] ?? ""), "");
        i = close;
        continue;
      }
    }
    const heading = HEADING.exec(line);
    if (heading) {
      out.push("", `${"#".repeat(7 - (heading[1] as string).length)} ${inline(heading[2] as string)}`, "");
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
