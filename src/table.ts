// Markdown tables as a chat can show them. Telegram has no tables, and a table's lines run together in a
// proportional font, so each row becomes a line that names its columns: «livenessProbe — При провале: kubelet
// убивает контейнер; Когда нужна: …». Pure text in, text out; used by snippets, whole passages and the quiz.

/** A row of a Markdown table: a line that starts with «|». */
const ROW = /^\s*\|.*\|?\s*$/u;
/** The line under a table's header: «|---|:--:|». */
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

/** A Markdown table: its header's cells and its rows' cells, trimmed. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** The cells of a row, trimmed, without the empty ends its outer pipes make; «\|» is a pipe inside a cell. */
function cells(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/u, "")
    .replace(/(?<!\\)\|$/u, "");
  return inner.split(/(?<!\\)\|/u).map((cell) => cell.trim().replaceAll("\\|", "|"));
}

/** A cell all in bold: «**класс**». */
const BOLD_CELL = /^\*\*([^*]+)\*\*$/u;

/**
 * The table `lines` are (a header row, its separator, then rows), or undefined. A header of empty cells over a first
 * row all in bold, as an HTML table with no `<th>` becomes in Markdown (Evernote's, a web page's), has that row for
 * its header.
 */
export function parseTable(lines: readonly string[]): Table | undefined {
  if (lines.length < 3 || !lines.every((line) => ROW.test(line)) || !SEPARATOR.test(lines[1] as string))
    return undefined;
  const header = cells(lines[0] as string);
  const rows = lines.slice(2).map(cells);
  const [first] = rows;
  if (
    header.every((cell) => cell === "") &&
    first?.some((cell) => cell !== "") &&
    first.every((cell) => cell === "" || BOLD_CELL.test(cell))
  )
    return { header: first.map((cell) => BOLD_CELL.exec(cell)?.[1] ?? cell), rows: rows.slice(1) };
  return { header, rows };
}

/**
 * A row as a line to show: its first cell, then every other cell named by its column («При провале: …»); an empty
 * cell is left out.
 */
export function rowLine(header: readonly string[], row: readonly string[]): string {
  const [first = "", ...rest] = row;
  const named = rest
    .map((cell, i) => {
      const column = header[i + 1] ?? "";
      return cell === "" ? "" : column === "" ? cell : `${column}: ${cell}`;
    })
    .filter((cell) => cell !== "");
  // «…перезапускает контейнер.; Когда нужна» reads better without the cell's own full stop before «;».
  const joined = named.map((cell, i) => (i < named.length - 1 ? cell.replace(/\.$/u, "") : cell)).join("; ");
  if (first === "") return joined;
  return named.length === 0 ? first : `${first} — ${joined}`;
}

/** The rows of a Markdown table as lines to show (see {@link rowLine}); undefined when `lines` are no table. */
export function tableLines(lines: readonly string[]): string[] | undefined {
  const table = parseTable(lines);
  return table?.rows.map((row) => rowLine(table.header, row));
}

/** The tables of a passage's Markdown, outside its code blocks. */
export function tablesIn(markdown: string): Table[] {
  const prose = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");
  return prose
    .split(/\n[ \t]*\n/u)
    .flatMap(apartFromTables)
    .map((paragraph) => parseTable(paragraph.trim().split("\n")))
    .filter((table): table is Table => table !== undefined);
}

/** A paragraph with a table right under or over a line of text, no blank line between them, as two or three. */
export function apartFromTables(paragraph: string): string[] {
  const runs: string[][] = [];
  for (const line of paragraph.split("\n")) {
    const last = runs.at(-1);
    if (last !== undefined && ROW.test(last[0] as string) === ROW.test(line)) last.push(line);
    else runs.push([line]);
  }
  return runs.map((run) => run.join("\n"));
}

/**
 * A table as Markdown's lines, for the readers of other markups (a wiki's, AsciiDoc's): its header (empty cells when
 * it has none), the line under it and its rows, each row as wide as `width` — by default the widest row's.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width = Math.max(header.length, ...rows.map((r) => r.length)),
): string[] {
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  return [line(header), `|${" --- |".repeat(width)}`, ...rows.map(line)];
}
