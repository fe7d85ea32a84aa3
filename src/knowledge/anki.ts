// A flashcard deck exported from Anki as plain text («Notes in Plain Text»): a note a line, its fields split by a
// tab, HTML inside them. Read as plain text, a note's question and answer would be one line and its HTML tags
// words of the notes; read here, each note is a section headed by its question, with its answer as the text, and
// a cloze note («{{c1::@Transactional}} откатывает…») one headed by its answers, with its sentence whole. Pure:
// text in, Markdown out.

import { fencedBlock, splitCode, withoutCommonIndent } from "./code.ts";
import { definedTerm, MAX_HEADING_WORDS } from "./lines.ts";
import { decodedEntities } from "./markup.ts";

/** The header lines of Anki's export: «#separator:tab», «#html:true», «#tags column:3». */
const HEADER = /^#(?:separator|html|tags column|notetype column|deck column|guid column|columns):/u;
/** A cloze deletion: «{{c1::answer}}» or «{{c1::answer::hint}}». */
const CLOZE = /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/gu;
const HAS_CLOZE = /\{\{c\d+::/u;
/** Without the header, at least this share of the lines has a tab between two fields. */
const TAB_SHARE = 0.8;
/** …and at least this many lines: a short text with tabs in it is no deck. */
const MIN_NOTES = 10;

/**
 * A field's HTML as Markdown text: line breaks and blocks as new lines (one block right after another, the next
 * line), bold and code kept, other tags gone, entities decoded. «&nbsp;» is a space, so the indent Anki's editor
 * keeps with it stays: «<div>&nbsp; replicas: 4</div>» is a line of YAML.
 */
function fieldText(html: string): string {
  const text = html
    .replace(/<\/(?:div|p|li)>\s*<(?:div|p|li)(?:\s[^>]*)?>/giu, "\n")
    .replace(/<br\s*\/?>|<\/?(?:div|p|li|ul|ol)(?:\s[^>]*)?>/giu, "\n")
    .replace(/<(b|strong)(?:\s[^>]*)?>(.*?)<\/\1>/giu, "**$2**")
    .replace(/<code(?:\s[^>]*)?>(.*?)<\/code>/giu, "`$1`")
    .replace(/<[a-z/][^>]*>/giu, "");
  return decodedEntities(text)
    .replace(/[ \t]+$/gmu, "")
    .replace(/\n{3,}/gu, "\n\n")
    .replace(/^\n+|\s+$/gu, "");
}

/** An answer's lines with the code among them (YAML, commands) fenced, as a field holds no Markdown of its own. */
function fencedCode(text: string): string {
  return splitCode(text.split("\n"))
    .map((segment) =>
      segment.kind === "code" && !/^\s*(`{3,}|~{3,})/u.test(segment.lines[0] ?? "")
        ? fencedBlock(withoutCommonIndent(segment.lines).join("\n").trim())
        : segment.lines.join("\n"),
    )
    .join("\n\n");
}

/** A line's fields: split at tabs, a field in double quotes unquoted («""» is a quote), as Anki writes them. */
function fieldsOf(line: string): string[] {
  return line.split("\t").map((f) => (/^".*"$/su.test(f) ? f.slice(1, -1).replaceAll('""', '"') : f));
}

/** A cloze's answer that names a thing: in Latin letters («pod-template-hash», «@Valid»), or a proper name. */
const NAMING = /[A-Za-z]|^\p{Lu}/u;
/** «maxSurge = на сколько подов можно {{c1::превысить}}…»: a sentence that opens by saying what a name stands for. */
const EQUALS_DEFINITION = /^([\p{L}][\p{L}\p{N}._-]*)\s*=\s+\S/u;

/**
 * The heading of a cloze note: its answers that name something. A verb, a word or a number («превысить», «0»)
 * names nothing the note is about: then the term its sentence defines heads it («maxSurge = …»), else the sentence's
 * first words, as a question heads a basic note.
 */
function clozeHeading(sentence: string): string {
  const names = [...sentence.matchAll(CLOZE)]
    .map((m) => (m[1] as string).trim())
    .filter((a) => NAMING.test(a));
  if (names.length > 0) return names.join(", ");
  const line = (sentence.replace(CLOZE, "$1").split("\n")[0] as string).trim();
  const term = EQUALS_DEFINITION.exec(line)?.[1] ?? definedTerm(line);
  if (term !== undefined) return term;
  const words = line.split(/\s+/u);
  return words.length <= MAX_HEADING_WORDS ? line : `${words.slice(0, MAX_HEADING_WORDS).join(" ")}…`;
}

/** The column tags are in, from the header («#tags column:3»), counted from 1; undefined when there is none. */
function tagsColumn(header: string[]): number | undefined {
  for (const line of header) {
    const m = /^#tags column:(\d+)$/u.exec(line.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A tag as a section's name: its last part («spring::data» → «data»), underscores as spaces. */
const tagName = (tag: string) => (tag.split("::").at(-1) ?? tag).replaceAll("_", " ");

/**
 * Markdown for an Anki plain-text export: the notes grouped by their first tag (a `#` section each, in the order
 * tags first appear), each note a `##` section headed by its first field with the others as its text; a cloze
 * note headed by its answers, its text with them in place. Undefined when the text is no such export (no header and too few
 * lines with a tab).
 */
export function ankiToMarkdown(source: string): string | undefined {
  const lines = source
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== "");
  const header = lines.filter((l) => HEADER.test(l));
  const notes = lines.filter((l) => !HEADER.test(l));
  const tabbed = notes.filter((l) => /[^\t]\t+[^\t]/u.test(l)).length;
  if (header.length === 0 && (notes.length < MIN_NOTES || tabbed < TAB_SHARE * notes.length))
    return undefined;
  if (notes.length === 0) return undefined;
  const tagsAt = tagsColumn(header);
  const groups = new Map<string, string[]>();
  for (const line of notes) {
    const fields = fieldsOf(line);
    const tags = tagsAt === undefined ? "" : (fields[tagsAt - 1] ?? "");
    const content = (tagsAt === undefined ? fields : fields.filter((_, i) => i !== tagsAt - 1))
      .map(fieldText)
      .filter((f) => f !== "");
    const [first, ...rest] = content;
    if (first === undefined) continue;
    const section = tagName(tags.trim().split(/\s+/u)[0] ?? "");
    // A cloze note is headed by what it asks to recall («@Transactional»), its sentence whole under it.
    const cloze = HAS_CLOZE.test(first);
    const heading = cloze ? clozeHeading(first) : first;
    const body = (cloze ? [first.replace(CLOZE, "$1"), ...rest] : rest).map(fencedCode);
    // A heading is one line: a question's own line breaks become spaces.
    const text = [`## ${heading.replace(/\s*\n\s*/gu, " ")}`, ...body].join("\n\n");
    const group = groups.get(section) ?? [];
    group.push(text);
    groups.set(section, group);
  }
  const named = [...groups.keys()].filter((k) => k !== "");
  return [...groups]
    .flatMap(([section, texts]) => [named.length > 1 && section !== "" ? `# ${section}` : "", ...texts])
    .filter((t) => t !== "")
    .join("\n\n");
}
