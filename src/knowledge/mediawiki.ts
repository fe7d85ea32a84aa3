// Notes kept on a MediaWiki and saved as the pages' wikitext: «== Раздел ==» headings, «*» and «#» lists (deeper
// as «**», «##»), «'''bold'''», «''italic''», «[[Страница|текст]]» and «[https://… текст]» links,
// «<syntaxhighlight lang="bash">» and «<pre>» blocks, «{| class="wikitable"» tables, «{{Note|…}}» templates and
// «[[Category:…]]». Read as plain text, a «#» item is a Markdown heading and a table is a run of pipes. Pure: text
// in, Markdown out.

import { markdownTable } from "../table.ts";
import { fencedBlock } from "./code.ts";
import { wikiLines } from "./wiki.ts";

/** A heading: the same run of two to six «=» on both sides. */
const HEADING = /^(={2,6})[ \t]*(\S.*?)[ \t]*\1[ \t]*$/u;
/** A code block's opening tag alone on its line, and its language. */
const OPEN = /^[ \t]*<(syntaxhighlight|source|pre)(?:[^>]*?\blang="?([\w+#.-]+)"?)?[^>]*>[ \t]*(.*)$/u;
/** A list item: «*» (bullet) or «#» (numbered) marks, as many as its depth, then its text. */
const ITEM = /^([*#]+)[ \t]*(.*)$/u;
/** Marks no other plain text has. */
const MARKS = [
  /^[ \t]*<syntaxhighlight\b/u,
  /^\{\|/u,
  /'''[^'\n]+'''/u,
  /\[\[(?:Category|Категория|File|Файл):/u,
  // a template by its name, «{{Note|…}}» (DokuWiki's images, «{{wiki:logo.png|}}», are none)
  /\{\{[\p{L} ]+\|/u,
];

/** The text of a line with MediaWiki's inline markup as Markdown's. */
function inline(line: string): string {
  return line
    .replace(/'''(.+?)'''/gu, "**$1**")
    .replace(/''(.+?)''/gu, "*$1*")
    .replace(/\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]/gu, "$1")
    .replace(/\[(https?:\/\/\S+)[ \t]+([^\]\n]+)\]/gu, "$2 ($1)")
    .replace(/\{\{[ \t]*([^|{}\n]+?)[ \t]*\|[ \t]*([^{}\n]*?)[ \t]*\}\}/gu, "$1: $2")
    .replace(/<\/?(?:code|tt|kbd)>/gu, "`")
    .replace(/<br[ \t]*\/?>/gu, " ");
}

/** A «{| … |}» table as Markdown's: «!» cells the header, «|-» between rows, «||» or «!!» between cells. */
function table(lines: readonly string[]): string[] {
  const rows: string[][] = [];
  let header: string[] | undefined;
  let row: string[] = [];
  const end = () => {
    if (row.length > 0) rows.push(row);
    row = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith("{|") || line.startsWith("|+")) continue;
    if (line.startsWith("|-") || line.startsWith("|}")) {
      end();
      continue;
    }
    const cells = (text: string, separator: RegExp) =>
      text
        .split(separator)
        .map((cell) => inline(cell.replace(/^[^|[\]]*?=\s*"[^"]*"\s*\|/u, "").trim()).replaceAll("|", "\\|"));
    if (line.startsWith("!")) {
      const cellsOfHeader = cells(line.slice(1), /!!|\|\|/u);
      if (header === undefined && rows.length === 0) header = cellsOfHeader;
      else row.push(...cellsOfHeader);
    } else if (line.startsWith("|")) row.push(...cells(line.slice(1), /\|\|/u));
    else if (row.length > 0) row[row.length - 1] = `${row[row.length - 1]} ${inline(line)}`;
  }
  end();
  if (Math.max(header?.length ?? 0, ...rows.map((r) => r.length)) === 0) return [];
  return markdownTable(header ?? [], rows);
}

/**
 * Markdown for a page of wikitext: headings at their level («==» is «##»), code blocks fenced in their language,
 * lists at their depth, tables as Markdown's, templates as their name and text, categories and magic words dropped,
 * links as their text, a definition list's terms in bold with their definitions. Undefined for any other text: one
 * with fewer than two headings, or none of MediaWiki's own marks besides (a text whose banners are «== Итоги ==» is
 * plain text), unless it has one heading and two of those marks (see `wikiLines`).
 */
export function mediawikiToMarkdown(source: string): string | undefined {
  const lines = wikiLines(source, HEADING, MARKS);
  if (lines === undefined) return undefined;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/[ \t]+$/u, "");
    const open = OPEN.exec(line);
    if (open) {
      const closing = `</${open[1]}>`;
      const close = lines.findIndex((l, k) => k >= i && (k > i ? l : (open[3] ?? "")).includes(closing));
      if (close >= i) {
        const parts = close === i ? [open[3] ?? ""] : [open[3] ?? "", ...lines.slice(i + 1, close + 1)];
        parts[parts.length - 1] = (parts.at(-1) as string).slice(
          0,
          (parts.at(-1) as string).indexOf(closing),
        );
        const code = parts.filter((l, k) => l.trim() !== "" || (k > 0 && k < parts.length - 1));
        out.push("", fencedBlock(code.join("\n"), open[2] ?? ""), "");
        i = close;
        continue;
      }
    }
    if (line.startsWith("{|")) {
      const close = lines.findIndex((l, k) => k > i && l.trim().startsWith("|}"));
      const end = close < 0 ? lines.length - 1 : close;
      out.push("", ...table(lines.slice(i, end + 1)), "");
      i = end;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      out.push("", `${"#".repeat((heading[1] as string).length)} ${inline(heading[2] as string)}`, "");
      continue;
    }
    // Categories and magic words say nothing: «[[Category:Kafka]]», «__TOC__».
    if (/^\[\[(?:Category|Категория):[^\]]*\]\]$|^__[A-Z]+__$/u.test(line.trim())) continue;
    // A definition list's entry: «; ГРИП : глубина резко изображаемого пространства», or its term alone over «: …».
    const term = /^;[ \t]*([^:]+?)[ \t]*(?::[ \t]*(.*))?$/u.exec(line);
    if (term) {
      const next = /^:[ \t]*(.*)$/u.exec(lines[i + 1] ?? "");
      const definition = term[2] ?? next?.[1];
      if (term[2] === undefined && next) i++;
      out.push(`- **${inline(term[1] as string)}**${definition ? ` — ${inline(definition)}` : ""}`);
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const marks = item[1] as string;
      const indent = "   ".repeat(marks.length - 1);
      out.push(`${indent}${marks.endsWith("#") ? "1." : "-"} ${inline(item[2] as string)}`);
      continue;
    }
    out.push(inline(line));
  }
  return out.join("\n");
}
