// Tables drawn with «+---+» borders: a Word table as pandoc writes it (`pandoc -t markdown`, a «grid table», each
// cell's text wrapped onto as many lines as it needs), and a query's result as psql or MySQL print it (borders only
// around the header, a row a line). Read line by line, a wrapped cell is cut in pieces across rows («сам при выходе
// из» / «блока») and the borders are words of the notes; read here, each becomes a Markdown table. Pure: text in,
// text out.
import { codeLines } from "./code.ts";

/** A border: «+------+------+», «+======+======+» under a header, «+:-----+» with an alignment mark. */
const BORDER = /^\+(?:[-=:]+\+)+$/u;
/** A row's line: «| kubectl create | создает |». */
const ROW = /^\|.*\|$/u;

/** A line as the table reads it: its indent and trailing blanks gone. */
const trimmed = (line: string) => line.trim();

/**
 * The Markdown a drawn table stands for: a header, its rule, a line a row, each cell's lines joined by a space.
 * Undefined when the table is not drawn on one grid (a row's bar where no border has its «+»).
 */
function pipeTable(lines: readonly string[]): string[] | undefined {
  const first = lines[0] as string;
  const corners = [...first].flatMap((c, k) => (c === "+" ? [k] : []));
  if (corners.length < 3) return undefined;
  const onGrid = (line: string) =>
    corners.every((k) => line[k] === (BORDER.test(line) ? "+" : "|")) && line.length === first.length;
  if (!lines.every(onGrid)) return undefined;
  const borders = lines.flatMap((l, k) => (BORDER.test(l) ? [k] : []));
  const headed = lines.some((l) => BORDER.test(l) && l.includes("="));
  // A result printed as psql and MySQL do: borders around the header and at the end only, a row a line.
  const lineRows = !headed && borders.length === 3;
  // Each row as its lines: those between two borders (a cell's text wrapped), or one line.
  const rows: string[][] = [];
  let group: string[] = [];
  for (const [k, line] of lines.entries()) {
    if (BORDER.test(line)) {
      if (group.length > 0) rows.push(group);
      group = [];
    } else if (lineRows && k > (borders[1] as number)) rows.push([line]);
    else group.push(line);
  }
  const cells = rows.map((rowLines) =>
    corners.slice(1).map((end, c) =>
      rowLines
        .map((l) => l.slice((corners[c] as number) + 1, end).trim())
        .filter((t) => t !== "")
        .join(" ")
        .replace(/(?<!\\)\|/gu, "\\|"),
    ),
  );
  if (cells.length === 0) return undefined;
  const row = (r: readonly string[]) => `| ${r.join(" | ")} |`;
  return [row(cells[0] as string[]), row(cells[0]?.map(() => "---") ?? []), ...cells.slice(1).map(row), ""];
}

/** Markdown or text with every table drawn with «+---+» borders (outside code blocks) as a Markdown table. */
export function gridTablesAsPipes(body: string): string {
  if (!/^[ \t]*\+[-=]/mu.test(body)) return body;
  const lines = body.split("\n");
  const code = codeLines(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (code[i] || !BORDER.test(trimmed(line))) {
      out.push(line);
      continue;
    }
    let last = i;
    for (let k = i + 1; k < lines.length && !code[k]; k++) {
      const next = trimmed(lines[k] as string);
      if (BORDER.test(next)) last = k;
      else if (!ROW.test(next)) break;
    }
    const table = last > i ? pipeTable(lines.slice(i, last + 1).map(trimmed)) : undefined;
    if (table === undefined) {
      out.push(line);
      continue;
    }
    // A blank line before the table, so no paragraph runs into it.
    if ((out.at(-1) ?? "").trim() !== "") out.push("");
    out.push(...table);
    i = last;
  }
  return out.join("\n");
}
