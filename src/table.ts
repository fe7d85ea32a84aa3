// Markdown tables as a chat can show them. Telegram has no tables, and a table's lines run together in a
// proportional font, so each row becomes a line that names its columns: «livenessProbe — При провале: kubelet
// убивает контейнер; Когда нужна: …». Pure text in, text out; used by snippets and by whole passages.

/** A row of a Markdown table: a line that starts with «|». */
const ROW = /^\s*\|.*\|?\s*$/u;
/** The line under a table's header: «|---|:--:|». */
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

/** The cells of a row, trimmed, without the empty ends its outer pipes make. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/u, "").replace(/\|$/u, "");
  return inner.split("|").map((cell) => cell.trim());
}

/**
 * The rows of a Markdown table as lines to show: each data row's first cell, then every other cell named by its
 * column («При провале: …»); an empty cell is left out. Undefined when `lines` are no table (a header row, its
 * separator, then rows).
 */
export function tableLines(lines: readonly string[]): string[] | undefined {
  if (lines.length < 3 || !lines.every((line) => ROW.test(line)) || !SEPARATOR.test(lines[1] as string))
    return undefined;
  const header = cells(lines[0] as string);
  return lines.slice(2).map((line) => {
    const [first = "", ...rest] = cells(line);
    const named = rest
      .map((cell, i) => {
        const column = header[i + 1] ?? "";
        return cell === "" ? "" : column === "" ? cell : `${column}: ${cell}`;
      })
      .filter((cell) => cell !== "");
    // «…перезапускает контейнер.; Когда нужна» reads better without the cell's own full stop before «;».
    const joined = named
      .map((cell, i) => (i < named.length - 1 ? cell.replace(/\.$/u, "") : cell))
      .join("; ");
    if (first === "") return joined;
    return named.length === 0 ? first : `${first} — ${joined}`;
  });
}
