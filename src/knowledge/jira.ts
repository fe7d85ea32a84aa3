// Notes kept in Jira's or the old Confluence's wiki markup, as a ticket's description or a page's source pastes out:
// «h2. Раздел» headings, «*» and «#» lists (deeper as «**», «##»), «*bold*», «{{monospace}}», «{code:yaml}…{code}»
// and «{noformat}» blocks, «||head||head||» and «|cell|cell|» tables, «{panel:title=…}», «{note}», «{info}» boxes,
// «[text|https://…]» links and «[~ivanov]» mentions. Read as plain text, a «#» item is a Markdown heading and a code
// block is prose. Pure: text in, Markdown out.

import { markdownTable } from "../table.ts";
import { fencedBlock } from "./code.ts";
import { wikiLines } from "./wiki.ts";

/** A heading: «h1.» to «h6.», then its text. */
const HEADING = /^[ \t]*h([1-6])\.[ \t]+(\S.*)$/u;
/** A code block's opening, «{code}», «{code:yaml}», «{code:title=x.yml|language=yaml}», or «{noformat}». */
const OPEN = /^[ \t]*\{(code|noformat)(?::([^}]*))?\}[ \t]*(.*)$/u;
/** A box around text, «{panel:title=Важно}», «{note}», «{info}», «{tip}», «{warning}», «{quote}», and its end. */
const BOX = /^[ \t]*\{(panel|note|info|tip|warning|quote|expand)(?::([^}]*))?\}[ \t]*(.*)$/u;
/** A list item: «*» (bullet) or «#» (numbered) marks, as many as its depth, then its text. */
const ITEM = /^[ \t]*([*#]+)[ \t]+(.*)$/u;
/** A table's header row, «||Что||Artifacts||», or a row, «|зачем|…|». */
const ROW = /^[ \t]*\|.*\|[ \t]*$/u;
/** Macros that say nothing in notes: «{toc}», «{anchor:x}», «{children}». */
const MACRO = /[ \t]*\{(?:toc|anchor|children|excerpt|status)(?::[^}]*)?\}/gu;
/** Marks no other plain text has. */
const MARKS = [/^[ \t]*\{(?:code|noformat)\b/u, /\{\{[^{}\n]+\}\}/u, /^[ \t]*\|\|.*\|\|[ \t]*$/u, BOX];
/** Jira's emoticons as the signs they show. */
const EMOTICONS: Record<string, string> = { "(/)": "✅", "(x)": "❌", "(!)": "⚠️", "(i)": "ℹ️", "(?)": "❓" };

/** The text of a line with the wiki's inline markup as Markdown's. */
function inline(line: string): string {
  return line
    .replace(MACRO, "")
    .replace(/\{\{(.+?)\}\}/gu, (_, code: string) => `\`${code}\``)
    .replace(/(^|[\s(«"])\*(\S(?:[^*\n]*?\S)?)\*(?=$|[\s.,:;!?)»"])/gu, "$1**$2**")
    .replace(/\[~([\w.-]+)\]/gu, "@$1")
    .replace(/\[([^\]|\n]+)\|(?:https?:\/\/|mailto:)[^\]\n]*\]/gu, "$1")
    .replace(/\[((?:https?:\/\/)[^\]\n]+)\]/gu, "$1")
    .replace(/\((?:\/|x|!|i|\?)\)/gu, (sign) => EMOTICONS[sign] ?? sign)
    .replace(/\\([[\]{}*_|-])/gu, "$1");
}

/** A «||…||» or «|…|» row's cells. */
const cellsOf = (line: string, header: boolean) =>
  line
    .trim()
    .replace(header ? /^\|\||\|\|$/gu : /^\||\|$/gu, "")
    .split(header ? "||" : "|")
    .map((cell) => inline(cell.trim()).replaceAll("|", "\\|"));

/**
 * Markdown for Jira's or Confluence's wiki markup: headings at their level, code blocks fenced in their language,
 * lists at their depth, tables as Markdown's, a box's title its label, mentions and links as their text, macros
 * dropped. Undefined for any other text: one with fewer than two «hN.» headings, or none of the markup's own blocks,
 * tables or monospace besides.
 */
export function jiraToMarkdown(source: string): string | undefined {
  const lines = wikiLines(source, HEADING, MARKS);
  if (lines === undefined) return undefined;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/[ \t]+$/u, "");
    const open = OPEN.exec(line);
    if (open) {
      const closing = `{${open[1]}}`;
      const close = lines.findIndex((l, k) => k > i && l.includes(closing));
      const end = close < 0 ? lines.length : close;
      const language = /(?:^|\|)(?:language=)?([\w+#-]+)$/u.exec(open[2] ?? "")?.[1] ?? "";
      const body = [open[3] ?? "", ...lines.slice(i + 1, end)];
      if (close >= 0) body.push((lines[close] as string).slice(0, (lines[close] as string).indexOf(closing)));
      const code = body.filter((l, k) => l.trim() !== "" || (k > 0 && k < body.length - 1));
      out.push("", fencedBlock(code.join("\n"), language.includes("=") ? "" : language), "");
      const after =
        close < 0
          ? ""
          : (lines[close] as string).slice((lines[close] as string).indexOf(closing) + closing.length);
      if (after.trim() !== "") out.push(inline(after.trim()));
      i = end;
      continue;
    }
    const box = BOX.exec(line);
    if (box) {
      // «{panel:title=Грабли с manual в rules}» opens a box headed so; its closing «{panel}» is only a mark.
      const title = /(?:^|\|)title=([^|]+)/u.exec(box[2] ?? "")?.[1]?.trim();
      out.push("");
      if (title) out.push(`**${inline(title)}:**`);
      if ((box[3] ?? "").trim() !== "") out.push(inline(box[3] as string));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      out.push("", `${"#".repeat(Number(heading[1]))} ${inline(heading[2] as string)}`, "");
      continue;
    }
    if (ROW.test(line)) {
      let end = i;
      while (end < lines.length && ROW.test(lines[end] as string)) end++;
      const rows = lines.slice(i, end);
      const header = (rows[0] as string).trim().startsWith("||");
      const cells = rows.map((row, k) => cellsOf(row, k === 0 && header));
      out.push("", ...markdownTable(header ? (cells[0] as string[]) : [], cells.slice(header ? 1 : 0)), "");
      i = end - 1;
      continue;
    }
    const item = ITEM.exec(line);
    if (item && !/^\*[^*\s]/u.test(line.trim())) {
      const marks = item[1] as string;
      const indent = "   ".repeat(marks.length - 1);
      out.push(`${indent}${marks.endsWith("#") ? "1." : "-"} ${inline(item[2] as string)}`);
      continue;
    }
    out.push(/^[ \t]*-{4,}[ \t]*$/u.test(line) ? "---" : inline(line));
  }
  return out.join("\n");
}
