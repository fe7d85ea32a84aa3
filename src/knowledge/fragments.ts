// Blocks too short to stand alone joined to a neighbour, once plain text or speech is cut into drafts: a lead-in
// with what it introduces, a fragment with the block before or after it, never across a heading. Pure: no I/O.

import { words } from "./lines.ts";
import type { Block } from "./markdown.ts";
/** A block with fewer words than this cannot answer anything alone; it joins a neighbour. */
export const MIN_WORDS = 8;

export interface Draft {
  kind: "prose" | "code";
  text: string;
  headingPath: string[];
  part: number;
}

/** One line of words that ends with no punctuation: a title, or a lead-in that leaves out its colon (not a «$»). */
const UNENDED_LINE = /^[^\n]*\p{L}[^\n]*[\p{L}\p{N}]\s*$/u;

/**
 * Joins what cannot stand alone. A lead-in ending in «:» takes the blocks after it into its passage unless
 * they open a section of their own (a fragment of a lead-in instead joins them, under their heading). Then a
 * passage of fewer than MIN_WORDS words joins the one before it (or, first in the text or when it introduces
 * something with «:» or is one line with no final punctuation, the one after) — one in its own section or below
 * it, so no heading is lost: a short named item stays a section of its own.
 */
export function mergeFragments(drafts: Draft[]): Block[] {
  const partOf = (from: number) => {
    let end = from;
    while (end + 1 < drafts.length && drafts[end + 1]?.part === drafts[from]?.part) end++;
    return end;
  };
  const adopt = (from: number, to: number, like: Draft) => {
    for (let k = from; k <= to; k++) {
      (drafts[k] as Draft).headingPath = like.headingPath;
      (drafts[k] as Draft).part = like.part;
    }
  };
  const within = (inner: string[], outer: string[]) => inner.every((h, k) => outer[k] === h);
  // From the end, so a chain of lead-ins («Указываем …:», «Src:») reaches the block they introduce.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i] as Draft;
    const next = drafts[i + 1];
    if (d.kind !== "prose" || next === undefined || next.part === d.part || !/:\s*$/.test(d.text)) continue;
    if (words(d.text) < MIN_WORDS && within(d.headingPath, next.headingPath)) adopt(i, i, next);
    else if (within(next.headingPath, d.headingPath)) adopt(i + 1, partOf(i + 1), d);
  }
  for (let i = 0; i < drafts.length; ) {
    const end = partOf(i);
    const group = drafts.slice(i, end + 1);
    const tiny =
      group.every((d) => d.kind === "prose") && words(group.map((d) => d.text).join(" ")) < MIN_WORDS;
    const introduces = group.some((d) => /:\s*$/.test(d.text));
    const path = (drafts[i] as Draft).headingPath;
    // A fragment joins a neighbour in its own section or below it: a heading is never lost.
    const prev = drafts[i - 1];
    const next = drafts[end + 1];
    // A line with no final punctuation, a title or a lead-in without its colon («режимы доступа access modes
    // записала» over «ReadWriteOnce RWO…»), belongs to what comes after it too.
    const unended = tiny && group.length === 1 && UNENDED_LINE.test((drafts[i] as Draft).text);
    if (tiny && (introduces || unended) && next !== undefined && within(next.headingPath, path))
      adopt(end + 1, partOf(end + 1), drafts[i] as Draft);
    else if (tiny && prev !== undefined && within(path, prev.headingPath)) adopt(i, end, prev);
    else if (tiny && next !== undefined && within(path, next.headingPath)) adopt(i, end, next);
    i = end + 1;
  }
  return drafts.map((d) => ({ kind: d.kind, text: d.text, headingPath: d.headingPath, part: d.part }));
}
