// Snippets: the most relevant whole sentences (or whole code block) of a passage, matched words marked.
import { ITEM_LETTER, TIME_MARK } from "../knowledge/lines.ts";
import type { Passage } from "../knowledge/types.ts";
import { shorten } from "../quote.ts";
import { apartFromTables, tableLines } from "../table.ts";
import type { Analyzer, Token } from "./analyzer.ts";
import { CODE_LIKE_LINE } from "./traits.ts";
import type { Segment, Snippet, SnippetBlock } from "./types.ts";

/** Prose budget of a snippet, in characters. */
export const SNIPPET_CHARS = 700;
/** A how-to's snippet may grow to this share of the budget to show the command (see `makeSnippet`). */
const CODE_ALONG_SHARE = 1.5;

interface Unit {
  text: string;
  code: boolean;
  /** Index of the Markdown block (paragraph, list or code block) the unit belongs to. */
  block: number;
  /**
   * Shown on a line of its own, not after the unit before it: a list item, a line of a paragraph of short lines
   * (see {@link MIN_SHORT_LINES}), the prose after a list item.
   */
  ownLine?: true;
}

/** A list item's line, its marker made a bullet or kept as its number or letter. */
const ITEM = new RegExp(`^(?:• |\\d+[.)]\\s|(?:${ITEM_LETTER})\\)\\s)`, "u");

/**
 * A paragraph of at least this many lines, none longer than {@link MAX_SHORT_LINE_CHARS}, is shown line by line,
 * not run together as wrapped prose is: a list whose bullets a PDF lost («Реплики» / «Шаблон пода» / «Стратегия
 * обновления»), a table flattened to its cells, a checklist, code or a diagram no fence marks. Prose wrapped at so
 * short a width does not reach here: plain text's wrapped lines were joined when it was structured.
 */
const MIN_SHORT_LINES = 3;
const MAX_SHORT_LINE_CHARS = 60;

/**
 * Where a sentence ends: «.», «!», «?» or «…» and a space before a capital, a digit or a quote — not after an
 * abbreviation a number or a name follows: «(ст. 127)», «п. 3», «рис. 2», «см. SRP», «Fig. 4».
 */
const SENTENCE_END =
  /(?<=[.!?…])(?<!(?:^|[\s(«"])(?:ст|ч|п|пп|гл|рис|стр|табл|разд|прил|см|ср|напр|т|с|г|гг|вв|тыс|млн|млрд|руб|[Ff]ig|[Nn]o|[Cc]h|[Ss]ec|[Vv]ol|pp?|cf|vs|etc)\.)\s+(?=[«"(\p{Lu}\d])/u;

/** Where a preview's sentence ends: a sentence's end or a line's. */
const PROSE_BREAK = new RegExp(`${SENTENCE_END.source}|\\n`, "gu");

/**
 * Markdown → display text: list markers as bullets (a bullet typed as a character too, «•», «●», «▪», with a space
 * or a tab after it, as Word's and a PDF's text keep them, and Word's «o» and «§» of deeper levels before a tab),
 * emphasis and inline-code markers dropped.
 */
function plain(text: string): string {
  return text
    .replace(/^\s*(?:[-*+•◦▪‣⁃∙●]\s+|[o§]\t)/gm, "• ")
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1");
}

/** Splits a passage into sentences and list items (prose) and whole code blocks. */
export function units(markdown: string): Unit[] {
  const out: Unit[] = [];
  const parts = markdown.split(/(^(?:`{3,}|~{3,})[^\n]*\n[\s\S]*?\n(?:`{3,}|~{3,})[ \t]*$)/m);
  let block = 0;
  for (const part of parts) {
    if (/^(?:`{3,}|~{3,})/.test(part)) {
      const body = part.replace(/^[^\n]*\n/, "").replace(/\n[^\n]*$/, "");
      out.push({ text: body, code: true, block: block++ });
      continue;
    }
    for (const paragraph of part.split(/\n\s*\n/).flatMap(apartFromTables)) {
      // A table is shown row by row, each row a line that names its columns, as a list's items are.
      const rows = tableLines(paragraph.trim().split("\n"));
      const text = plain(rows === undefined ? paragraph.trim() : rows.map((row) => `- ${row}`).join("\n"));
      if (!text) continue;
      const lines = text.split("\n");
      const isList = lines.every((l) => ITEM.test(l) || l.startsWith("  "));
      const short =
        !isList &&
        lines.length >= MIN_SHORT_LINES &&
        lines.every((l) => l.trim().length <= MAX_SHORT_LINE_CHARS);
      if (isList || short) {
        for (const line of lines)
          if (line.trim())
            out.push({
              text: line.trim(),
              code: false,
              block,
              ...(short || ITEM.test(line) ? { ownLine: true } : {}),
            });
      } else out.push(...proseUnits(lines, block));
      block++;
    }
  }
  return out;
}

/** A line wrapped at a width reaches at least this share of its paragraph's longest line. */
const WRAPPED_SHARE = 0.8;

/**
 * Whether a paragraph's lines were wrapped at a width (an editor's, a PDF's), not typed one by one: nearly all of
 * them but the last reach close to its longest.
 */
function wrappedAtWidth(lines: readonly string[]): boolean {
  const lengths = lines.map((l) => l.trim().length);
  // Not `Math.max(...lengths)`: a paragraph of a pasted log may have more lines than a call takes arguments.
  const longest = lengths.reduce((most, n) => Math.max(most, n), 0);
  const before = lengths.slice(0, -1);
  return before.filter((n) => n >= WRAPPED_SHARE * longest).length >= (2 / 3) * before.length;
}

/**
 * Whether a line typed on its own goes on with the line before: that one ends no sentence, and this one starts in
 * lower case or that one ends with a comma, a dash or an open bracket.
 */
const goesOn = (before: string, line: string) =>
  !/[.!?…:;]\s*$/u.test(before) && (/^\s*\p{Ll}/u.test(line) || /[,(\-–—]\s*$/u.test(before));

/**
 * The units of a paragraph of prose. It reads as sentences, its wrapped lines joined; but lines typed one by one,
 * as Word's text or a quick note keeps them («23 февраля 1917 – забастовки…» / «2 марта 1917 – Николай II
 * отрекается…»), each start a line of their own. A list item among it («2. Предлагать…», «• Нельзя сократить…»)
 * stands on a line of its own, whole, with what goes on after it in lower case; so does a command under it
 * («iptables-save > /etc/iptables/rules.v4» under a slide's bullet), alone. The prose after either starts a line
 * again.
 */
function proseUnits(lines: readonly string[], block: number): Unit[] {
  const joined = wrappedAtWidth(lines);
  const runs: { text: string; kind: "prose" | "item" | "code" }[] = [];
  let before = "";
  for (const line of lines) {
    const last = runs.at(-1);
    if (ITEM.test(line)) runs.push({ text: line, kind: "item" });
    else if (CODE_LIKE_LINE.test(line)) runs.push({ text: line, kind: "code" });
    else if (
      (last?.kind === "prose" && (joined || goesOn(before, line)) && !TIME_MARK.test(line)) ||
      (last?.kind === "item" && /^(?:\s|\p{Ll})/u.test(line))
    )
      last.text += ` ${line}`;
    else runs.push({ text: line, kind: "prose" });
    before = line;
  }
  const out: Unit[] = [];
  for (const [k, run] of runs.entries()) {
    const pieces = run.kind === "prose" ? run.text.split(SENTENCE_END) : [run.text];
    for (const [n, piece] of pieces.entries())
      if (piece.trim())
        out.push({
          text: piece.trim(),
          code: false,
          block,
          ...(run.kind !== "prose" || (n === 0 && k > 0) ? { ownLine: true } : {}),
        });
  }
  return out;
}

/** A unit with its words analysed once, for scoring and marking. */
interface AnalysedUnit extends Unit {
  tokens: Token[];
  terms: Set<string>;
}

const MAX_CACHED_PASSAGES = 2_000;
const analysed = new WeakMap<Analyzer, Map<string, AnalysedUnit[]>>();

/** The units of a passage with their tokens, cached per analyzer for the passages seen lately. */
function analyse(markdown: string, analyzer: Analyzer): AnalysedUnit[] {
  let cache = analysed.get(analyzer);
  if (cache === undefined) {
    cache = new Map();
    analysed.set(analyzer, cache);
  }
  let result = cache.get(markdown);
  if (result === undefined) {
    result = units(markdown).map((u) => {
      const tokens = analyzer.tokens(u.text);
      const terms = new Set<string>();
      for (const t of tokens) {
        if (t.term !== undefined) terms.add(t.term);
        for (const p of t.parts) terms.add(p);
      }
      return { ...u, tokens, terms };
    });
    if (cache.size >= MAX_CACHED_PASSAGES) cache.clear();
    cache.set(markdown, result);
  }
  return result;
}

function segments(text: string, tokens: Token[], matched: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const token of tokens) {
    const hit =
      (token.term !== undefined && matched.has(token.term)) || token.parts.some((p) => matched.has(p));
    if (!hit) continue;
    if (token.start > at) out.push({ text: text.slice(at, token.start), mark: false });
    out.push({ text: text.slice(token.start, token.end), mark: true });
    at = token.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

function unitScore(terms: Iterable<string>, weights: ReadonlyMap<string, number>): number {
  const seen = new Set<string>();
  for (const t of terms) if (weights.has(t)) seen.add(t);
  let score = 0;
  for (const t of seen) score += weights.get(t) ?? 0;
  return score;
}

/** Cuts an over-long code block to the lines around its best line, within the snippet budget. */
function clipCode(
  text: string,
  analyzer: Analyzer,
  weights: ReadonlyMap<string, number>,
): { text: string; cut: boolean } {
  if (text.length <= SNIPPET_CHARS * 1.5) return { text, cut: false };
  const lines = text.split("\n");
  let best = 0;
  let bestScore = -1;
  lines.forEach((line, i) => {
    const s = unitScore(analyzer.terms(line), weights);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  let from = best;
  let to = best + 1;
  let size = (lines[best] ?? "").length;
  while (true) {
    const next = lines[to];
    if (next !== undefined && size + next.length + 1 <= SNIPPET_CHARS) {
      size += next.length + 1;
      to++;
      continue;
    }
    const prev = lines[from - 1];
    if (prev !== undefined && size + prev.length + 1 <= SNIPPET_CHARS) {
      size += prev.length + 1;
      from--;
      continue;
    }
    break;
  }
  return { text: lines.slice(from, to).join("\n"), cut: true };
}

/**
 * The snippet of a passage for a query: the best-matching unit (sentence, list item or code block) grown with
 * its neighbours while it fits SNIPPET_CHARS of prose (and, for a how-to, with the nearest command); code blocks
 * stay whole unless far too long.
 * `weights` maps the query's terms to their importance; every word analysed to one of them is marked.
 */
export function makeSnippet(
  markdown: string,
  analyzer: Analyzer,
  weights: ReadonlyMap<string, number>,
  /**
   * `code`: a how-to's snippet shows the passage's command: the code block nearest its best sentence comes along.
   * `opening`: a definition's snippet starts where the passage does, under the heading that names the thing
   * («Каждая команда записи дописывается в конец лога…» under «AOF (append only file)»), not at the sentence that
   * happens to say its name again.
   */
  options: { code?: boolean; opening?: boolean } = {},
): Snippet {
  const all = analyse(markdown, analyzer);
  if (all.length === 0) return { blocks: [], truncated: false };
  let best = 0;
  let bestScore = -1;
  all.forEach((u, i) => {
    const s = unitScore(u.terms, weights);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  if (options.opening && all[0]?.code === false) best = 0;
  const cost = (u: Unit) => (u.code ? Math.min(u.text.length, SNIPPET_CHARS) / 2 : u.text.length);
  // Prose that fits is shown whole: an answer pasted from a chat, its steps and then its tips, is one answer. (A
  // passage with code keeps to the code and the sentences around it: a YAML dump is rarely what was asked.)
  const whole = all.every((u) => !u.code) && all.reduce((sum, u) => sum + cost(u), 0) <= SNIPPET_CHARS;
  let from = whole ? 0 : best;
  let to = whole ? all.length : best + 1;
  let size = whole ? SNIPPET_CHARS : cost(all[best] as Unit);
  const leadsIn = (u: Unit | undefined) => u !== undefined && !u.code && /:\s*$/.test(u.text);
  // A lead-in sentence («Делается это так:») pulls in what follows; a code block pulls in its lead-in.
  while (true) {
    const next = all[to];
    const prev = all[from - 1];
    const wantNext = next !== undefined && (leadsIn(all[to - 1]) || next.block === all[to - 1]?.block);
    const wantPrev = prev !== undefined && (leadsIn(prev) || prev.block === all[from]?.block);
    if (wantNext && size + cost(next) <= SNIPPET_CHARS) {
      size += cost(next);
      to++;
    } else if (wantPrev && size + cost(prev) <= SNIPPET_CHARS) {
      size += cost(prev);
      from--;
    } else if (next !== undefined && size + cost(next) <= SNIPPET_CHARS * 0.6) {
      size += cost(next);
      to++;
    } else break;
  }
  // «как включить логи gc»: the best sentence may be one about the command («Логи GC на проде включать
  // всегда»), the command itself a block away. The nearest code block comes along with what leads into it.
  if (options.code && !all.slice(from, to).some((u) => u.code)) {
    const distance = (i: number) => (i < from ? from - i : i - to + 1);
    const code = all
      .map((u, i) => (u.code ? i : -1))
      .filter((i) => i >= 0)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (code !== undefined) {
      const start = code < from && leadsIn(all[code - 1]) ? code - 1 : code;
      const [lo, hi] = [Math.min(from, start), Math.max(to, code + 1)];
      if (all.slice(lo, hi).reduce((sum, u) => sum + cost(u), 0) <= SNIPPET_CHARS * CODE_ALONG_SHARE)
        [from, to] = [lo, hi];
    }
  }
  const matched = new Set(weights.keys());
  const blocks: SnippetBlock[] = [];
  let truncated = from > 0 || to < all.length;
  for (let i = from; i < to; i++) {
    const unit = all[i] as AnalysedUnit;
    const last = blocks.at(-1);
    if (unit.code) {
      const clipped = clipCode(unit.text, analyzer, weights);
      truncated ||= clipped.cut;
      const tokens = clipped.cut ? analyzer.tokens(clipped.text) : unit.tokens;
      blocks.push({ code: true, segments: segments(clipped.text, tokens, matched) });
    } else if (last && !last.code && i > from && all[i - 1]?.block === unit.block) {
      const sep = unit.ownLine ? "\n" : " ";
      last.segments.push({ text: sep, mark: false }, ...segments(unit.text, unit.tokens, matched));
    } else {
      blocks.push({ code: false, segments: segments(unit.text, unit.tokens, matched) });
    }
  }
  return { blocks, truncated };
}

/** The first words of a passage as plain text: Markdown markers and heading marks dropped, code kept as it reads. */
export function firstWords(passage: Passage, max = 120): string {
  const text = units(passage.text)
    .slice(0, 4)
    .map((u) => u.text.replace(/^#{1,6}\s+/, ""))
    .join(" ");
  return shorten(text, max);
}

/**
 * What to call a passage in a list or on a button: its own heading, or its first words when it has none
 * (plain-text notes whose headings were lost), so that candidates of one topic never read alike.
 */
export function sectionName(passage: Passage, max = 40): string {
  const heading = passage.headingPath.at(-1);
  return heading ? shorten(heading, max) : `«${firstWords(passage, max - 2)}»`;
}

/** How long a candidate's preview is at most, in characters. */
export const PREVIEW_CHARS = 160;
/** How much of the words before a preview's first matched word it keeps when the sentence is longer. */
const PREVIEW_LEAD = 40;

/**
 * A candidate's preview in «возможно, вы про…»: the sentence of its snippet with the most matched words (the first
 * of them on a tie), cut to `max` characters around its first matched word, «…» where it is cut. What the asker needs to tell
 * which candidate answers them without opening each.
 */
export function previewOf(snippet: Snippet, max = PREVIEW_CHARS): { segments: Segment[]; code: boolean } {
  // Every sentence of the prose (a line of code when there is no prose), with how many characters matched.
  const prose = snippet.blocks.filter((b) => !b.code);
  const blocks = prose.length > 0 ? prose : snippet.blocks.slice(0, 1);
  let best:
    | { text: string; marks: boolean[]; start: number; end: number; marked: number; code: boolean }
    | undefined;
  for (const block of blocks) {
    const text = block.segments.map((s) => s.text).join("");
    const marks: boolean[] = [];
    for (const s of block.segments) for (let i = 0; i < s.text.length; i++) marks.push(s.mark);
    const breaks = block.code ? /\n/gu : PROSE_BREAK;
    let from = 0;
    for (const m of [...text.matchAll(breaks), { index: text.length, 0: "" }]) {
      const [start, end] = [from, m.index];
      from = m.index + m[0].length;
      if (end <= start) continue;
      // Matched words, not characters: a long word says no more than a short one.
      let marked = 0;
      for (let i = start; i < end; i++) if (marks[i] === true && marks[i - 1] !== true) marked++;
      if (best === undefined || marked > best.marked)
        best = { text, marks, start, end, marked, code: block.code };
    }
  }
  if (best === undefined) return { segments: [], code: false };
  const { text, marks, end } = best;
  // A list item's bullet is the list's, not the sentence's.
  const start = text.startsWith("• ", best.start) ? best.start + 2 : best.start;
  // A long sentence is cut around its first matched word, at word boundaries.
  let a = start;
  let b = end;
  if (b - a > max) {
    const first = marks.indexOf(true, start);
    if (first > a + PREVIEW_LEAD) a = Math.max(a, text.lastIndexOf(" ", first - PREVIEW_LEAD) + 1);
    if (b - a > max) {
      const space = text.lastIndexOf(" ", a + max);
      b = space > a ? space : a + max;
    }
    // Never between the halves of a surrogate pair (an emoji in a sentence with no space to cut at).
    if (/[\uDC00-\uDFFF]/u.test(text[b] ?? "")) b--;
  }
  const segments: Segment[] = [];
  if (a > start) segments.push({ text: "…", mark: false });
  for (let i = a; i < b; ) {
    let j = i;
    while (j < b && marks[j] === marks[i]) j++;
    segments.push({ text: text.slice(i, j), mark: marks[i] === true });
    i = j;
  }
  if (b < end) segments.push({ text: " …", mark: false });
  return { segments, code: best.code };
}
