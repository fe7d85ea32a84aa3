// A tiddler of TiddlyWiki on Node.js, a `.tid` file of its `tiddlers/` folder: its fields («title: XSS», «tags:
// security [[веб безопасность]]», «type: text/vnd.tiddlywiki»), a blank line, then its text in WikiText: «!»
// headings, «*» and «#» lists by depth, «''bold''», «//italic//», «[[text|Link]]», «; term» over «: definition»,
// «|!Header|» tables, «<<<» quotes, «{{Transclusion}}» and «<<macro>>» calls. Pure: text in, Markdown out.

/** A field of the tiddler's header: «title: XSS», «modified: 20240318221047390». */
const FIELD = /^([a-z][\w.-]*):[ \t]?(.*)$/u;
/** A WikiText heading: «!» to «!!!!!!». */
const HEADING = /^(!{1,6})[ \t]*(\S.*)$/u;
/** A list item: «*», «**», «#», «##», mixed as nested lists are. */
const ITEM = /^([*#]+)[ \t]+(.*)$/u;
/** A table's row: «|!Заголовок|!Заголовок|», «|ячейка|ячейка|». */
const ROW = /^\|(.*)\|[ \t]*[hfck]?$/u;

/** A tiddler's title, tags and Markdown; undefined for text without the fields TiddlyWiki writes. */
export interface Tiddler {
  title: string;
  tags: string[];
  markdown: string;
  /** One of the wiki's own tiddlers («$:/StoryList»): its settings, no note of the learner's. */
  system?: true;
}

/** The text of a line with WikiText's inline markup as Markdown's. */
function inline(line: string): string {
  return line
    .replace(/''([^'\n]+)''/gu, "**$1**")
    .replace(/(^|[^:/])\/\/([^/\n]+?)\/\//gu, "$1*$2*")
    .replace(/\[\[([^\]|\n]+)\|[^\]\n]+\]\]/gu, "$1")
    .replace(/\[\[([^\]\n]+)\]\]/gu, "$1")
    .replace(/<<[^<>\n]*>>/gu, "")
    .replace(/\{\{([^{}|\n]+)(?:\|\|[^{}\n]*)?\}\}/gu, "$1")
    .replace(/[ \t]+$/u, "");
}

/**
 * The tiddler in a `.tid` file: its header (up to the first blank line) holds a `title` field; its text becomes
 * Markdown (WikiText's markup as Markdown's; a Markdown tiddler, `type: text/x-markdown`, as it is).
 */
export function tiddlerOf(source: string): Tiddler | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const blank = lines.findIndex((l) => l.trim() === "");
  const header = lines.slice(0, blank < 0 ? lines.length : blank);
  const fields = new Map<string, string>();
  for (const line of header) {
    const field = FIELD.exec(line);
    if (field === null) return undefined;
    fields.set(field[1] as string, (field[2] as string).trim());
  }
  // A draft the wiki saves while a tiddler is edited («Draft of 'Новый тиддлер'») holds what the learner typed,
  // maybe its only copy: it is read under the title being typed.
  const title = fields.has("draft.of")
    ? fields.get("draft.title") || fields.get("draft.of")
    : fields.get("title");
  if (title === undefined || title === "") return undefined;
  const tags = Array.from((fields.get("tags") ?? "").matchAll(/\[\[([^\]]+)\]\]|(\S+)/gu), (m) =>
    (m[1] ?? m[2] ?? "").trim(),
  ).filter((t) => t !== "");
  const body = blank < 0 ? [] : lines.slice(blank + 1);
  const markdown = /markdown/u.test(fields.get("type") ?? "") ? body.join("\n") : wikiTextToMarkdown(body);
  return { title, tags, markdown, ...(title.startsWith("$:/") ? { system: true as const } : {}) };
}

/**
 * Markdown for WikiText's lines. Code between «```» lines is never changed, nor is a block between «{{{» and «}}}»
 * lines, as classic TiddlyWiki marks monospaced text (fenced as code).
 */
function wikiTextToMarkdown(lines: string[]): string {
  const out: string[] = [];
  let fence = false;
  let braces = false;
  let rows = 0;
  for (const raw of lines) {
    const line = raw.replace(/[ \t]+$/u, "");
    if (braces || line.trim() === "{{{") {
      // The block's first line opens the fence, «}}}» closes it, and the lines between are its code as typed.
      const opens: boolean = !braces;
      braces = opens || line.trim() !== "}}}";
      out.push(opens || !braces ? "```" : line);
      continue;
    }
    if (/^\s*```/u.test(line)) fence = !fence;
    if (fence || /^\s*```/u.test(line)) {
      out.push(line);
      continue;
    }
    const row = ROW.exec(line);
    if (row === null) rows = 0;
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (heading)
      out.push("", `${"#".repeat((heading[1] as string).length)} ${inline(heading[2] as string)}`, "");
    else if (item) {
      const marks = item[1] as string;
      out.push(
        `${"  ".repeat(marks.length - 1)}${marks.endsWith("#") ? "1." : "-"} ${inline(item[2] as string)}`,
      );
    } else if (row) {
      const cells = (row[1] as string).split("|").map((c) => inline(c.replace(/^!/u, "").trim()));
      out.push(`| ${cells.join(" | ")} |`);
      // The first row is the table's head: Markdown's separator goes under it.
      if (rows === 0) out.push(`|${cells.map(() => " --- ").join("|")}|`);
      rows++;
    } else if (/^;[ \t]*\S/u.test(line)) out.push("", `**${inline(line.replace(/^;[ \t]*/u, ""))}** —`);
    else if (/^:[ \t]*\S/u.test(line)) out.push(inline(line.replace(/^:[ \t]*/u, "")));
    else if (/^<<<(?:[ \t].*)?$/u.test(line)) out.push("");
    else out.push(inline(line));
  }
  return out.join("\n");
}
