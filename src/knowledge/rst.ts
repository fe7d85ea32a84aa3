// Notes written in reStructuredText (a Sphinx-style personal wiki) and saved as text: titles under (and over) lines
// of «=» or «-», «.. code-block:: python» directives with indented code, «.. note::» admonitions, definition lists
// (a term, its definition indented under it), ``literals`` and :ref:`links`. Read as plain text, an overline is a line
// of text and a definition's term a title; read here, each is what Markdown would say. Pure: text in, Markdown out.

import { fencedBlock, withoutCommonIndent } from "./code.ts";

/** A line of one punctuation character repeated: a title's underline or overline («--» under «uv» too). */
const ADORNMENT = /^([=\-~^"'`#*+:.<>_])\1+[ \t]*$/u;
/** A directive: «.. code-block:: python», «.. note::», «.. warning:: Не делай так». */
const DIRECTIVE = /^\.\.[ \t]+([\w-]+)::[ \t]*(.*)$/u;
/** A directive that makes a page out of others, or shows what is elsewhere: no text of the notes' own. */
const GENERATED =
  /^(?:contents|toctree|index|include|literalinclude|image|figure|automodule|autoclass|autofunction|autosummary|only|raw|meta)$/u;
/** A directive that shows code. */
const CODE_DIRECTIVE = /^(?:code-block|code|sourcecode|highlight)$/u;
/** A target, substitution or comment: «.. _closures:», «.. |br| …», «.. заметка себе». */
const EXPLICIT = /^\.\.(?:[ \t].*)?$/u;
/** What marks a text as reStructuredText besides its titles. */
const RST_MARK =
  /^\.\.[ \t]+(?:[\w-]+::|_[^:\n]+:)|``[^`\n]+``|:(?:ref|doc|func|class|meth|mod|term|code):`/mu;
/** How many titles make a text reStructuredText, with a mark of it. */
const MIN_TITLES = 2;

const indentOf = (line: string) => /^[ \t]*/u.exec(line)?.[0].length ?? 0;

/** A line's inline markup as Markdown's: «``x``» → «`x`», «:ref:`текст <метка>`» → «текст», «`текст <url>`_» → «текст». */
function inline(line: string): string {
  return line
    .replace(/``([^`]+)``/gu, "`$1`")
    .replace(/:[\w:-]+:`([^`<]*?)\s*<[^>`]*>`/gu, "$1")
    .replace(/:(?:func|class|meth|mod|code|attr|data|obj|exc):`([^`]+)`/gu, "`$1`")
    .replace(/:[\w:-]+:`([^`]+)`/gu, "$1")
    .replace(/`([^`<]+?)\s*<[^>`]+>`__?/gu, "$1")
    .replace(/`([^`]+)`_\b/gu, "$1");
}

/**
 * A glossary's entries as a definition list's items: «- **виртуальное окружение, venv** — Изолированная папка…».
 * Its terms stand each on a line of their own over the definition indented under them.
 */
function glossaryItems(body: readonly string[]): string[] {
  const items: string[] = [];
  let terms: string[] = [];
  let definition: string[] = [];
  const flush = () => {
    if (terms.length > 0 && definition.length > 0)
      items.push(`- **${terms.map(inline).join(", ")}** — ${definition.map(inline).join(" ")}`);
    else if (terms.length > 0) items.push(...terms.map((t) => `- ${inline(t)}`));
    terms = [];
    definition = [];
  };
  for (const line of body) {
    if (line.trim() === "") continue;
    if (indentOf(line) > 0) definition.push(line.trim());
    else {
      if (definition.length > 0) flush();
      terms.push(line.trim());
    }
  }
  flush();
  return items;
}

/** Whether lines[i] is a title: text over an adornment at least as long (an overline above it or not). */
function titleAt(lines: readonly string[], i: number): string | undefined {
  const text = lines[i] ?? "";
  const under = lines[i + 1] ?? "";
  if (text.trim() === "" || ADORNMENT.test(text) || indentOf(text) > 0) return undefined;
  const mark = ADORNMENT.exec(under)?.[1];
  if (mark === undefined || under.trim().length < text.trim().length) return undefined;
  const over = lines[i - 1] ?? "";
  return ADORNMENT.test(over) && over.trim()[0] !== mark ? undefined : mark;
}

/**
 * Markdown for notes written in reStructuredText: titles as headings (levels in the order their adornments first
 * appear, an overlined one apart from the same character underlined alone), code directives and literal blocks
 * («…::» over indented lines) fenced, admonitions their text opened by their name («Note: …»), definition lists as
 * terms in bold with a dash, targets and comments dropped, inline markup as Markdown's. Undefined for any other text:
 * one with fewer than two titles, or with no directive, target, ``literal`` or role in it — unless `named`, a file
 * named `.rst`: a glossary page of one title is reStructuredText too.
 */
export function rstToMarkdown(source: string, named = false): string | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const titles = lines.filter((_, i) => titleAt(lines, i) !== undefined).length;
  if (!named && (titles < MIN_TITLES || !RST_MARK.test(source))) return undefined;
  const styles: string[] = [];
  const out: string[] = [];
  /** The lines indented under position `i`, dedented, and the index after them. */
  const indented = (from: number, base: number): { body: string[]; next: number } => {
    let j = from;
    while (j < lines.length && ((lines[j] as string).trim() === "" || indentOf(lines[j] as string) > base))
      j++;
    while (j > from && (lines[j - 1] as string).trim() === "") j--;
    return { body: withoutCommonIndent(lines.slice(from, j)), next: j };
  };
  /** The number of the last «#.» item of the list being read. */
  let autoNumber = 0;
  let i = 0;
  while (i < lines.length) {
    const line = (lines[i] as string).replace(/[ \t]+$/u, "");
    const mark = titleAt(lines, i);
    if (mark !== undefined) {
      const style = `${mark}${ADORNMENT.test(lines[i - 1] ?? "") ? "^" : ""}`;
      if (!styles.includes(style)) styles.push(style);
      if (out.at(-1)?.match(ADORNMENT)) out.pop();
      out.push("", `${"#".repeat(Math.min(6, styles.indexOf(style) + 1))} ${inline(line.trim())}`, "");
      i += 2;
      continue;
    }
    if (ADORNMENT.test(line) && titleAt(lines, i + 1) !== undefined) {
      i++;
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (directive !== null) {
      const [, name = "", argument = ""] = directive;
      // Options right under the directive («:linenos:») are no part of its content.
      let from = i + 1;
      while (from < lines.length && /^[ \t]+:[\w-]+:/u.test(lines[from] as string)) from++;
      const { body, next } = indented(from, indentOf(line));
      // «.. glossary::» over terms, each (or several naming one thing) over its definition indented under it.
      if (name === "glossary") out.push("", ...glossaryItems(body), "");
      else if (CODE_DIRECTIVE.test(name))
        out.push(
          "",
          fencedBlock(body.filter((l, k) => k > 0 || l.trim() !== "").join("\n"), argument.trim()),
          "",
        );
      // «.. contents::», «.. toctree::» have nothing to read.
      else if (!GENERATED.test(name)) {
        const text = [argument, ...body]
          .map((l) => inline(l))
          .join("\n")
          .trim();
        const label = name.charAt(0).toUpperCase() + name.slice(1);
        if (text !== "") out.push("", `${label}: ${text}`, "");
      }
      i = next;
      continue;
    }
    if (EXPLICIT.test(line)) {
      i = indented(i + 1, indentOf(line)).next;
      continue;
    }
    // «…шаблон, который я копирую::» over indented lines: a literal block, the paragraph ending in «:».
    if (/::$/u.test(line) && indentOf(line) === 0) {
      const lead = line.replace(/[ \t]*::$/u, "");
      if (lead.trim() !== "") out.push(`${inline(lead)}:`);
      const { body, next } = indented(i + 1, 0);
      out.push("", fencedBlock(body.filter((l, k) => k > 0 || l.trim() !== "").join("\n")), "");
      i = next;
      continue;
    }
    // A definition list's item: a term alone on its line, its definition indented right under it.
    const below = lines[i + 1] ?? "";
    if (
      line.trim() !== "" &&
      indentOf(line) === 0 &&
      !/^[-*+#]\s|^\d+[.)]\s/u.test(line) &&
      below.trim() !== "" &&
      indentOf(below) > 0 &&
      line.length <= 80
    ) {
      const { body, next } = indented(i + 1, 0);
      out.push(
        `- **${inline(line.trim())}** — ${body
          .map((l) => inline(l.trim()))
          .join(" ")
          .trim()}`,
      );
      i = next;
      continue;
    }
    // «#.» numbers itself: each item of the list the next number.
    if (/^#\.[ \t]/u.test(line)) {
      autoNumber += 1;
      out.push(inline(line.replace(/^#\./u, `${autoNumber}.`)));
    } else {
      if (line.trim() !== "") autoNumber = 0;
      out.push(inline(line));
    }
    i++;
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}
