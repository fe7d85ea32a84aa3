// Text of a page set in two columns, as `pdftotext -layout` writes it: each line the left column's line, a run of
// spaces, then the right column's line at one fixed position, so the sentences of both columns alternate line by
// line. Here each page is read as it is printed: the left column down, then the right, and a line across the page
// (a running header, a caption, a table) between the parts of the columns it separates. Pure: text in, text out.

/** The fewest spaces between the columns. */
const GAP = 3;
/** A run of at least {@link GAP} spaces before text. */
const RESUME = new RegExp(` {${GAP},}(?=\\S)`, "gu");
/** The right column starts at least this far right. */
const MIN_START = 20;
/** At least this share of a page's lines that reach the right column, and this many lines in all, split there. */
const SPLIT_SHARE = 0.5;
const MIN_SPLIT_LINES = 8;
/** A line of the right column may start this far right of its edge: a bullet's, code's or a paragraph's indent. */
const MAX_INDENT = 4;
/** A column of prose: its lines are on average at least this share of its width long. */
const FULL_SHARE = 0.55;

/**
 * The positions where a line's text resumes after a run of at least {@link GAP} spaces, its indentation included: a
 * line of the right column alone starts with spaces.
 */
function resumes(line: string): number[] {
  const found: number[] = [];
  for (const match of line.matchAll(RESUME)) {
    const at = match.index + match[0].length;
    if (at >= MIN_START) found.push(at);
  }
  return found;
}

/**
 * Where a page's right column starts, when it is set in two columns of prose; else undefined. `found` are the
 * lines' {@link resumes}.
 */
function splitOf(lines: readonly string[], found: readonly number[][]): number | undefined {
  // A line's text in the right column starts at the column's edge, or a little further in (an item's bullet, code,
  // a paragraph's first line): each counts for the column starting at the edge.
  const counts = new Map<number, number>();
  for (const positions of found) for (const at of positions) counts.set(at, (counts.get(at) ?? 0) + 1);
  let best: number | undefined;
  let most = 0;
  for (const at of counts.keys()) {
    let count = 0;
    for (let k = 0; k <= MAX_INDENT; k++) count += counts.get(at + k) ?? 0;
    if (count > most || (count === most && at < (best ?? Number.POSITIVE_INFINITY)))
      [best, most] = [at, count];
  }
  if (best === undefined || most < MIN_SPLIT_LINES) return undefined;
  const edge = best;
  const reaching = lines.filter((l) => l.length > edge).length;
  if (most < reaching * SPLIT_SHARE) return undefined;
  // Prose on both sides, not a table's short cells.
  const starts = (i: number) =>
    (found[i] ?? []).some(
      (p) => p >= edge && p <= edge + MAX_INDENT && (lines[i] as string).slice(edge, p).trim() === "",
    );
  const split = lines.filter((l, i) => starts(i) && l.slice(0, edge).trim() !== "");
  if (split.length === 0) return undefined;
  const leftLength = split.reduce((sum, l) => sum + l.slice(0, edge).trimEnd().length, 0) / split.length;
  const rightLength = split.reduce((sum, l) => sum + l.slice(edge).trimEnd().length, 0) / split.length;
  // Words on both sides, not code with its comments aligned: at least three words of three letters a side, in
  // half the lines each — not always the same lines: prose beside a manifest is a column of prose beside one of code.
  const words = (text: string) => text.match(/\p{L}{3,}/gu)?.length ?? 0;
  const wordyLeft = split.filter((l) => words(l.slice(0, edge)) >= 3).length;
  const wordyRight = split.filter((l) => words(l.slice(edge)) >= 3).length;
  return leftLength >= edge * FULL_SHARE &&
    rightLength >= edge * FULL_SHARE * 0.6 &&
    Math.min(wordyLeft, wordyRight) >= split.length / 2
    ? edge
    : undefined;
}

/** One page read column by column (see the file comment). */
function readPage(page: string): string | undefined {
  const lines = page.split("\n");
  const found = lines.map(resumes);
  const at = splitOf(lines, found);
  if (at === undefined) return undefined;
  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    out.push(...left, ...(right.some((l) => l.trim() !== "") ? ["", ...right] : []));
    left = [];
    right = [];
  };
  // A page's running header or footer is its first or last line, its parts apart across the page («StatefulSet'ы ·
  // раздатка          KubeMeetup #14»): both stay at the page's edge, where the cleaner knows them on every page,
  // not the right one inside the right column. A line there whose right part starts at the column is the columns'.
  const filled = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i]));
  const edges = new Set([filled[0], filled.at(-1)]);
  for (const [i, line] of lines.entries()) {
    const before = line.slice(0, at);
    const apart = edges.has(i)
      ? (found[i] ?? []).find((p) => p > at + MAX_INDENT && line.slice(at, p).trim() === "")
      : undefined;
    if (apart !== undefined && before.trim() !== "") {
      flush();
      out.push(before.trim(), line.slice(apart).trim());
      continue;
    }
    // The right column's text indented in it (a paragraph's first line, «   Продвижение шло…», or a loop's body in
    // code) starts further right, with the gutter before the column still blank.
    const indented =
      line.slice(Math.max(0, at - GAP), at).trim() === "" &&
      (found[i] ?? []).some((p) => p > at && line.slice(at, p).trim() === "");
    // A line across the page (a header, a caption, a table's row): it reaches past the border, and the right
    // column's text does not start there.
    if (line.length > at && !found[i]?.includes(at) && !indented) {
      flush();
      out.push(line.trim());
      continue;
    }
    left.push(before.trimEnd());
    if (line.length > at) right.push(line.slice(at).trimEnd());
    else if (before.trim() === "") right.push("");
  }
  flush();
  return out.join("\n");
}

/**
 * The text with every page set in two columns read column by column, or undefined when no page is (the text is not
 * a layout of columns). Pages are split by form feeds, as pdftotext writes them.
 */
export function readColumns(source: string): string | undefined {
  const pages = source.split("\f");
  let changed = false;
  const read = pages.map((page) => {
    const columns = readPage(page);
    if (columns === undefined) return page;
    changed = true;
    return columns;
  });
  return changed ? read.join("\f") : undefined;
}
