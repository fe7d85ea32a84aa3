// Writes a parsed note back as Markdown with front matter: what `npm run import` hands the author to review.
// Pure: no I/O.
import { stringify } from "yaml";
import type { Block, ParsedNote } from "./markdown.ts";

/** Deepest heading Markdown has: paths deeper than `######` stay at that level. */
const MAX_LEVEL = 6;

/**
 * A prose line Markdown would read as something else (a heading, a fence, front matter) gets a backslash,
 * so the author's text stays text.
 */
const escapeLine = (line: string) => (/^\s*(#|`{3}|~{3}|---\s*$)/.test(line) ? `\\${line}` : line);

/** The first sentence of a text if it is short, else its first words, marked with «…» as cut. */
function openingWords(text: string): string {
  const lines = text.split("\n").filter((l) => /\p{L}/u.test(l) && !/^\s*(`{3,}|~{3,})/.test(l));
  const plain = lines.join(" ").replace(/\s+/g, " ").trim();
  const sentence = /^(.+?)[.!?:](?:\s|$)/.exec(plain)?.[1];
  if (sentence !== undefined && sentence.split(" ").length <= 8) return `${sentence} …`;
  return `${plain.split(" ").slice(0, 6).join(" ")} …`;
}

/**
 * Renders a note as Markdown: front matter with `title` and `aliases`, then its blocks under `##`, `###` …
 * headings, each heading written where the heading path changes. Parsing the result with `parseMarkdown`
 * gives back the same blocks (text, kind and heading path), except that text without a heading after the
 * first section gets one cut from its first words, ending in «…».
 */
export function toMarkdown(note: ParsedNote, title: string, aliases: readonly string[]): string {
  const front = [
    "---",
    `title: ${stringify(title).trim()}`,
    `aliases: ${stringify([...aliases], { collectionStyle: "flow" }).trim()}`,
    "---",
  ].join("\n");
  const out: string[] = [front];
  let path: string[] = [];
  let afterSections = false;
  let previous: Block | undefined;
  for (const original of note.blocks) {
    let block = original;
    if (block.headingPath.length > 0) afterSections = true;
    else if (afterSections) {
      // Markdown cannot go back to the introduction once a section has begun: such text gets a heading
      // cut from its own first words (one per passage, as the loader keeps them), for the author to rename.
      const continues = block.part !== undefined && block.part === previous?.part && path[0]?.endsWith("…");
      block = { ...block, headingPath: [continues ? (path[0] as string) : openingWords(block.text)] };
    }
    let same = 0;
    while (same < path.length && same < block.headingPath.length && path[same] === block.headingPath[same])
      same++;
    if (same === block.headingPath.length && same < path.length) {
      // Back up to a parent section after a child: Markdown needs that heading again.
      same = Math.max(0, same - 1);
    }
    for (let level = same; level < block.headingPath.length; level++) {
      out.push(`${"#".repeat(Math.min(level + 2, MAX_LEVEL))} ${block.headingPath[level]}`);
    }
    path = block.headingPath;
    previous = original;
    out.push(block.kind === "code" ? block.text : block.text.split("\n").map(escapeLine).join("\n"));
  }
  return `${out.join("\n\n")}\n`;
}
