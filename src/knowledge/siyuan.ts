// Notes exported from SiYuan as Markdown with their blocks' attributes: after each block a line of kramdown's inline
// attribute list, «{: id="20240312184522-a1b2c3d" updated="20240312184601"}», indented under a list's item;
// references to blocks by id, «((20240312184522-a1b2c3d "буфер пул"))»; tags between two hashes, «#MySQL#»; super
// blocks «{{{row» … «}}}» and embedded queries «{{SELECT * FROM blocks …}}». Read as written, the ids were words of
// every passage. Pure: text in, Markdown out.

import { codeLines } from "./code.ts";

/** A line of a block's attributes alone, in a quote too: «{: id="20240312184522-a1b2c3d" fold="1"}». */
const ATTRIBUTES_LINE = /^[ \t]*(?:>[ \t]*)*\{:[^{}\n]*\}[ \t]*$/u;
/** A block's id as SiYuan makes it: a timestamp and seven letters or digits. */
const BLOCK_ID = /\b\d{14}-[a-z0-9]{7}\b/u;
/** A reference to a block, with the words it shows or without: «((20240312… "буфер пул"))». */
const REFERENCE = /\(\(\d{14}-[a-z0-9]{7}(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'))?\)\)/gu;
/** A tag between two hashes: «#MySQL#», «#индексы#». */
const TAG = /(^|[ \t])#([^\s#]+)#(?=[ \t]|$)/gmu;
/** A super block's opening or closing line, or an embedded query's. */
const SUPER_BLOCK = /^[ \t]*(?:\{\{\{(?:row|col)[ \t]*|\}\}\}|\{\{SELECT\b[^\n]*\}\})[ \t]*$/iu;
/** An export has at least this many lines of attributes with SiYuan's ids. */
const MIN_ATTRIBUTE_LINES = 2;

/**
 * Markdown for SiYuan's export: attribute lines, super blocks' lines and embedded queries dropped, a reference its
 * words (none when it shows none), a tag «#MySQL». Undefined for text with fewer than two attribute lines that hold
 * SiYuan's ids. Code blocks are never changed.
 */
export function siyuanToMarkdown(source: string): string | undefined {
  if (!source.includes("{:")) return undefined;
  const lines = source.split("\n");
  if (lines.filter((l) => ATTRIBUTES_LINE.test(l) && BLOCK_ID.test(l)).length < MIN_ATTRIBUTE_LINES)
    return undefined;
  const code = codeLines(lines);
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (code[i]) {
      out.push(line);
      continue;
    }
    if (ATTRIBUTES_LINE.test(line) || SUPER_BLOCK.test(line)) continue;
    out.push(line.replace(REFERENCE, (_, a?: string, b?: string) => a ?? b ?? "").replace(TAG, "$1#$2"));
  }
  return out.join("\n");
}
