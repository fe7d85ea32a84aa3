// Notes kept as a commented shell script («шпора по докеру», saved as .txt): commands, each block explained by
// comments, parts set apart by banners («# ===== Сети =====»). Read as plain text, a short comment reads as a heading
// and a banner as a line of text; read here, each banner heads a section, comments are its prose, and commands its
// code. Pure: text in, Markdown out.

import { fencedBlock } from "./code.ts";

/** A script's first line names its shell: «#!/bin/bash», «#!/usr/bin/env bash». */
const SHEBANG = /^#!\s*\S*(?:\/|env\s+)(?:ba|z|k|da)?sh\b/u;
/** A banner: a comment whose title is set between runs of «=», «-», «#», «*» or «~» («# ===== Сети =====»). */
const BANNER = /^\s*#+\s*([=\-#*~]{3,})\s*([^=\-#*~\s][^\n]*?)\s*[=\-#*~]{3,}\s*$/u;
/** A comment line: «#» and what it says (not a banner, not the shebang). */
const COMMENT = /^\s*#+(.*)$/u;
/** How many banners, without a shebang, make a text a script's notes. */
const MIN_BANNERS = 2;
/** …and what share of its lines that are not comments must have no Russian before a comment of their own. */
const COMMAND_SHARE = 0.8;

/** Whether a line outside comments is a command: no Russian before its own «#» comment. */
function isCommand(line: string): boolean {
  const code = line.replace(/\s#.*$/u, "");
  return !/\p{Script=Cyrillic}/u.test(code);
}

/**
 * Markdown for notes kept as a commented shell script: each banner a `##` heading, each run of comments a paragraph
 * (a comment indented after its «#» an item of a list: «#   ENTRYPOINT — …» under «# CMD vs ENTRYPOINT:»), each run
 * of commands a fenced block. Undefined for any other text: one that does not open with a shebang and has fewer than
 * two banners, or whose lines outside comments are mostly Russian prose.
 */
export function scriptToMarkdown(source: string): string | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const first = lines.find((l) => l.trim() !== "") ?? "";
  const banners = lines.filter((l) => BANNER.test(l)).length;
  if (!SHEBANG.test(first) && banners < MIN_BANNERS) return undefined;
  const outside = lines.filter((l) => l.trim() !== "" && !COMMENT.test(l));
  if (outside.length === 0 || outside.filter(isCommand).length < COMMAND_SHARE * outside.length)
    return undefined;
  const out: string[] = [];
  let code: string[] = [];
  const endCode = () => {
    if (code.length > 0) out.push("", fencedBlock(code.join("\n")), "");
    code = [];
  };
  for (const line of lines) {
    if (SHEBANG.test(line)) continue;
    const banner = BANNER.exec(line);
    if (banner !== null) {
      endCode();
      out.push("", `## ${banner[2]}`, "");
      continue;
    }
    const comment = COMMENT.exec(line);
    if (comment !== null) {
      endCode();
      const said = comment[1] ?? "";
      // A comment of «=» or «-» alone is a rule; an empty one, a break between paragraphs.
      if (/^\s*[=\-#*~]*\s*$/u.test(said)) out.push("");
      else if (/^\s{2,}\S/u.test(said)) out.push(`- ${said.trim()}`);
      else out.push(said.trim());
      continue;
    }
    if (line.trim() === "") {
      endCode();
      out.push("");
      continue;
    }
    code.push(line);
  }
  endCode();
  return `${out
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}
