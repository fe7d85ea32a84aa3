// Notes kept in Emacs Org mode: `* Heading` and `** Subheading`, `#+BEGIN_SRC` blocks, property drawers, clock
// lines, =verbatim= and ~code~, [[link][label]], Org tables and footnotes. Read as plain text, its stars are list
// items, its drawers and clocks words of the notes, its `#+END_EXAMPLE` a heading. Here it becomes the Markdown it
// is the same as: headings, fenced code, tables, links and footnotes, and nothing of Org's bookkeeping. Pure: text
// in, Markdown out.

/** `#+TITLE: …`, `#+STARTUP: overview`: an in-buffer setting, or `#+BEGIN_SRC`/`#+END_EXAMPLE`. */
const KEYWORD = /^[ \t]*#\+(\w+)(?::[ \t]*(.*)|[ \t]+(.*))?[ \t]*$/u;
/** `** TODO [#A] Heading text [1/3]   :tag:other:` — the stars, then the text. */
const HEADING = /^(\*+)[ \t]+(.*?)[ \t]*$/u;
const TODO_WORD = /^(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)[ \t]+/u;
const PRIORITY = /^\[#[A-Z]\][ \t]+/u;
/** Tags at the end of a heading, and a progress cookie in it. */
const TAGS = /[ \t]+:[\p{L}\p{N}_@#%:]+:$/u;
const COOKIE = /[ \t]*\[\d*(?:\/\d*|%)\]/gu;
/** `:PROPERTIES:` … `:END:`, `:LOGBOOK:` … `:END:`: a drawer of Org's own records. */
const DRAWER = /^[ \t]*:([A-Z_]+):[ \t]*$/u;
const DRAWER_END = /^[ \t]*:END:[ \t]*$/iu;
/** `CLOCK: […]`, `SCHEDULED: <…>`, `DEADLINE: <…>`, `CLOSED: […]`: planning and time records. */
const PLANNING = /^[ \t]*(?:CLOCK|SCHEDULED|DEADLINE|CLOSED):/u;
/** `# a comment` (a hash and a space, not `#+`). */
const COMMENT = /^[ \t]*#(?:[ \t]|$)/u;
/** An Org table's rule, `|---+---|`, and a row. */
const TABLE_RULE = /^[ \t]*\|[-+]+\|?[ \t]*$/u;
const TABLE_ROW = /^[ \t]*\|/u;

/** Org's own lines: a setting, a block's start, a drawer. A file with one of them and two headings is Org. */
const ORG_SIGN =
  /^[ \t]*(?:#\+(?:TITLE|AUTHOR|STARTUP|OPTIONS|BEGIN_\w+|FILETAGS|DATE):|#\+BEGIN_|:PROPERTIES:[ \t]*$)/imu;

/**
 * Whether plain text is an Org file saved as .txt: it has Org's own lines (`#+TITLE:`, `#+BEGIN_SRC`, a
 * `:PROPERTIES:` drawer) and at least two `*` headings. A text whose list items start with `*` has neither.
 */
export function looksLikeOrg(source: string): boolean {
  if (!ORG_SIGN.test(source)) return false;
  let headings = 0;
  for (const line of source.split(/\r?\n/u)) if (/^\*+[ \t]+\S/u.test(line) && ++headings >= 2) return true;
  return false;
}

/** Inline Org markup as Markdown: =verbatim= and ~code~, *bold*, links, footnote references. */
export function orgInline(line: string): string {
  return line
    .replace(/\[\[([^\]\n]+)\]\[([^\]\n]+)\]\]/gu, "[$2]($1)")
    .replace(/\[\[([^\]\n]+)\]\]/gu, "$1")
    .replace(/\[fn:([\w-]+)\]/gu, "[^$1]")
    .replace(
      /(?<=^|[\s([{«"'])([=~])(\S(?:[^\n]*?\S)??)\1(?=$|[\s.,;:!?)\]}»"'—–-])/gu,
      (_, _mark: string, text: string) => `\`${text.replaceAll("`", "'")}\``,
    )
    .replace(/(?<=^|[\s([{«"'])\*(\S(?:[^*\n]*?\S)?)\*(?=$|[\s.,;:!?)\]}»"'—–-])/gu, "**$1**");
}

/**
 * A table's lines with a Markdown rule under its header (Org's own rules become it or go). In Org the rows above
 * the first rule are the header; a table with no rule below a row has none, and gets an empty one: its first row
 * («| =:sp= | разделить окно |») is a row like the others, not the names of the columns.
 */
function table(rows: string[]): string[] {
  const cells = rows.filter((r) => !TABLE_RULE.test(r)).map((r) => orgInline(r.trim()));
  const first = cells[0] ?? "";
  const columns = Math.max(1, first.replace(/^\||\|$/gu, "").split("|").length);
  const rule = `|${Array.from({ length: columns }, () => "---").join("|")}|`;
  const headed = rows.some(
    (row, i) => TABLE_RULE.test(row) && rows.slice(0, i).some((r) => !TABLE_RULE.test(r)),
  );
  if (!headed) return [`|${" |".repeat(columns)}`, rule, ...cells];
  return [first, rule, ...cells.slice(1)];
}

/**
 * Markdown for an Org file: `#+TITLE:` the title (front matter), `*` headings `##`, `**` `###`…, without their
 * TODO words, priorities, progress cookies and tags; source and example blocks fenced, a quote quoted; property and
 * log drawers, clock and planning lines, comments and settings dropped; tables with a Markdown rule; links,
 * verbatim, code, bold and footnotes as Markdown writes them.
 */
export function orgToMarkdown(source: string): string {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const out: string[] = [];
  let title: string | undefined;
  let block: "code" | "quote" | undefined;
  let drawer = false;
  let rows: string[] = [];
  const flushTable = () => {
    if (rows.length > 0) out.push("", ...table(rows), "");
    rows = [];
  };
  for (const line of lines) {
    if (drawer) {
      if (DRAWER_END.test(line)) drawer = false;
      continue;
    }
    const keyword = KEYWORD.exec(line);
    const name = keyword?.[1]?.toUpperCase();
    if (block === "code") {
      if (name === "END_SRC" || name === "END_EXAMPLE") {
        out.push("```");
        block = undefined;
      } else out.push(line.replace(/^([ \t]*),(?=\*|#\+)/u, "$1"));
      continue;
    }
    if (TABLE_ROW.test(line)) {
      rows.push(line);
      continue;
    }
    flushTable();
    if (name !== undefined) {
      const value = (keyword?.[2] ?? keyword?.[3] ?? "").trim();
      if (name === "TITLE" && value) title = value;
      else if (name === "BEGIN_SRC" || name === "BEGIN_EXAMPLE") {
        out.push("", `\`\`\`${name === "BEGIN_SRC" ? (value.split(/\s+/u)[0] ?? "") : ""}`);
        block = "code";
      } else if (name === "BEGIN_QUOTE") block = "quote";
      else if (name === "END_QUOTE") block = undefined;
      continue;
    }
    if (DRAWER.test(line) && !DRAWER_END.test(line)) {
      drawer = true;
      continue;
    }
    if (PLANNING.test(line) || COMMENT.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading && block === undefined) {
      const text = (heading[2] ?? "")
        .replace(TODO_WORD, "")
        .replace(PRIORITY, "")
        .replace(TAGS, "")
        .replace(COOKIE, "")
        .trim();
      if (text)
        out.push("", `${"#".repeat(Math.min(6, (heading[1] ?? "").length + 1))} ${orgInline(text)}`, "");
      continue;
    }
    // A footnote's definition at the start of a line: «[fn:1] Так задумано…».
    const footnote = /^\[fn:([\w-]+)\][ \t]+(.*)$/u.exec(line);
    if (footnote) {
      out.push(`[^${footnote[1]}]: ${orgInline(footnote[2] ?? "")}`);
      continue;
    }
    const text = orgInline(line.replace(/^([ \t]*[-+][ \t]+)\[[X-]\]/u, "$1[x]"));
    out.push(block === "quote" && text.trim() ? `> ${text}` : text);
  }
  flushTable();
  if (block === "code") out.push("```");
  const front = title === undefined ? [] : ["---", `title: ${JSON.stringify(title)}`, "---", ""];
  return [...front, ...out]
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
