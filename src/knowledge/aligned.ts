// Text laid out in columns by tabs or spaces, as a table or a cheat sheet is: tab-separated rows as a Markdown
// table, commands aligned with what they do as a list. Pure: no I/O.

import { codeLine } from "./code.ts";

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
export function tabbedTables(lines: string[]): string[] {
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
export function alignedCommands(lines: string[]): string[] {
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
