// Loads the notes folder: every notes file (.md, .txt, .org, .csv, .srt…) becomes a topic of passages; the glossary
// comes along.

import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { finishInTurns } from "../steps.ts";
import { withoutLigatures } from "./clean.ts";
import { withoutConfluenceChrome } from "./confluence.ts";
import { collapseRepeatSteps } from "./dedup.ts";
import { decodeText } from "./encoding.ts";
import { NOTE_FILE, noteFormat, WORD_FILE } from "./formats.ts";
import {
  type Block,
  CHECKBOX_ITEM,
  NOTION_PAGE,
  type ParsedNote,
  tasksOnly,
  withoutNotionProperties,
} from "./markdown.ts";
import { namesCodeBefore, POINTS_BACK } from "./plain-text.ts";
import { structureNote } from "./structure.ts";
import type { Glossary, KnowledgeBase, Passage, Section, Topic } from "./types.ts";
import { wordToMarkdown } from "./word.ts";

/** Prose longer than this is split at paragraph boundaries into several passages. */
const MAX_PASSAGE_CHARS = 900;

/** The kinds of notes files, as the errors that ask for them name them. */
const NOTE_KINDS =
  ".md (.markdown, .mdx, .qmd, .Rmd), .txt, .docx, .org, .adoc, .rst, .csv, .srt, .ipynb, .html, .mhtml, .enex, .tid, .canvas, .wiki (vimwiki) or .tex files, notes of Google Keep from Takeout, or a chat exported from Telegram";

/** Thrown when the knowledge folder cannot be used at all; the message names the path and the fix. */
export class KnowledgeError extends Error {
  override name = "KnowledgeError";
}

/**
 * Documents the loader cannot read, by extension, and what to do instead. Other files (pictures, a vault's
 * settings, the quiz's YAML) are not notes and pass without a word.
 */
const UNREAD: readonly [RegExp, string][] = [
  [/\.pdf$/i, "a PDF is not read; save its text as .txt (pdftotext notes.pdf notes.txt)"],
  [
    /\.(?:doc|odt|rtf|pages)$/i,
    "a word processor's file is not read; save it as plain text (.txt) or export it to Markdown (.md)",
  ],
  [/\.(?:epub|fb2)$/i, "an e-book is not read; save its text as .txt or .md"],
  [
    /\.(?:pptx?|key|odp)$/i,
    "slides are not read; save them as PDF, then its text as .txt (pdftotext slides.pdf slides.txt)",
  ],
  [/\.(?:xlsx?|ods|numbers)$/i, "a spreadsheet is not read; save it as CSV (.csv)"],
];

/** Why a document named `fileName` is not read as notes, when it is one of the kinds people try (see UNREAD). */
export function whyNotRead(fileName: string): string | undefined {
  return UNREAD.find(([kind]) => kind.test(fileName))?.[1];
}

/** The notes files under `dir` (relative paths, in order), and the documents there that are not read, with why. */
async function listNotes(
  dir: string,
  rel = "",
  unread: { file: string; why: string }[] = [],
): Promise<{ files: string[]; unread: { file: string; why: string }[] }> {
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  const files: string[] = [];
  const templates = entries.some((e) => e.name === ".obsidian" && e.isDirectory())
    ? await templateFolders(path.join(dir, rel))
    : new Set<string>();
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory() && templates.has(entry.name)) {
      unread.push({ file: child, why: "the vault's templates folder (.obsidian): blanks to fill, no notes" });
      continue;
    }
    if (!entry.isDirectory() && isNotionTable(entry.name, entries)) {
      unread.push({
        file: child,
        why: "a Notion database's table: its rows are the properties of the pages next to it, which are read",
      });
      continue;
    }
    if (entry.isDirectory()) files.push(...(await listNotes(dir, child, unread)).files);
    else if (NOTE_FILE.test(entry.name)) files.push(child);
    else {
      const why = whyNotRead(entry.name);
      if (why !== undefined) unread.push({ file: child, why });
    }
  }
  return { files, unread };
}

/** A Notion database exported as a table: «Темы fb56…48.csv» (or «…_all.csv»), its pages in «Темы fb56…48/». */
const NOTION_TABLE = /^(.+\s[\da-f]{32})(?:_all)?\.csv$/iu;

/** Whether `name` is a Notion database's table with the folder of its pages beside it, among `entries`. */
function isNotionTable(name: string, entries: readonly Dirent[]): boolean {
  const pages = NOTION_TABLE.exec(name)?.[1];
  return pages !== undefined && entries.some((e) => e.isDirectory() && e.name === pages);
}

/**
 * The folders an Obsidian vault at `vault` keeps its templates in («Templates» with «{{date}}» and «# {{title}}»
 * over empty headings): the core Templates plugin's `.obsidian/templates.json` and the Templater plugin's settings
 * name them. Only a top-level folder of the vault counts; unreadable settings name none.
 */
async function templateFolders(vault: string): Promise<Set<string>> {
  const settings: [string, string][] = [
    ["templates.json", "folder"],
    ["plugins/templater-obsidian/data.json", "templates_folder"],
  ];
  const folders = new Set<string>();
  for (const [file, key] of settings) {
    const data = await readFile(path.join(vault, ".obsidian", file), "utf8")
      .then((text) => JSON.parse(text) as Record<string, unknown>)
      .catch(() => undefined);
    const folder = data?.[key];
    if (typeof folder !== "string") continue;
    const top = folder.replace(/^\/+|\/+$/gu, "");
    if (top !== "" && !top.includes("/")) folders.add(top);
  }
  return folders;
}

/**
 * The text of a notes file named `file` from its bytes: a Word document's Markdown, any other file's text (UTF-8,
 * or UTF-16, Windows-1251 or KOI8-R as older Russian files are; see `decodeText`), a PDF's ligatures spelled out.
 * @throws TypeError for bytes that are no such text; WordError for a .docx that is no Word document.
 */
export async function readNote(file: string, bytes: Uint8Array): Promise<string> {
  if (WORD_FILE.test(file)) return wordToMarkdown(bytes);
  const decoded = decodeText(bytes);
  if (decoded === undefined) throw new TypeError(`${file} is not text in a known encoding`);
  return withoutLigatures(decoded.text);
}

/**
 * A checklist, what is left to study («К экзамену:» / «☑ типы DNS-записей» / «☐ схема резолва»): two or more checkbox
 * lines, with at most a line over them that says what for.
 */
export function isChecklist(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const boxes = lines.filter((l) => CHECKBOX_ITEM.test(l)).length;
  return (
    boxes >= 2 && boxes >= lines.length - 1 && (boxes === lines.length || !CHECKBOX_ITEM.test(lines[0] ?? ""))
  );
}

/** A block that is no answer itself: links to other notes, a to-do list, or a table of contents. */
const noAnswer = (b: Block) => b.links === true || b.todo === true || b.contents === true;

/** A heading over a table of contents: «План лекции», «Содержание», «Оглавление», «Contents», «Agenda». */
const CONTENTS_HEADING =
  /^(?:план(?:\s+(?:лекции|занятия|урока|семинара|курса|доклада|презентации|вебинара))?|содержание|оглавление|contents|table of contents|agenda|outline)\s*:?$/iu;
/** A line of a table of contents: a title, numbered or not, of a few words that end no sentence. */
const CONTENTS_LINE = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[-*•])\s+)?[^.!?\n]{1,80}$/u;
/** A table of contents lists at least this many titles. */
const MIN_CONTENTS_LINES = 3;
/** …each of at most this many words. */
const MAX_CONTENTS_WORDS = 10;

/**
 * Blocks under a table of contents' heading, marked as one: a lecture's «ПЛАН ЛЕКЦИИ» over «1. Номенклатура IUPAC
 * …», «4. Спирты: классификация, свойства, реакции» names the sections that follow; it answers nothing the sections
 * do not. Only when every line under the heading is such a title, and there are at least three: a section headed
 * «План» that says something (`terraform plan` shows…) stays an answer.
 */
function markContents(blocks: readonly Block[]): Block[] {
  const under = (b: Block, heading: string) => b.headingPath.includes(heading);
  const out = [...blocks];
  const headings = new Set(
    blocks.flatMap((b) => b.headingPath.filter((h) => CONTENTS_HEADING.test(h.trim()))),
  );
  for (const heading of headings) {
    const group = blocks.filter((b) => under(b, heading));
    const lines = group.flatMap((b) => b.text.split("\n").filter((l) => l.trim() !== ""));
    const titles =
      group.every((b) => b.kind === "prose") &&
      lines.length >= MIN_CONTENTS_LINES &&
      lines.every((l) => CONTENTS_LINE.test(l) && l.trim().split(/\s+/u).length <= MAX_CONTENTS_WORDS);
    if (!titles) continue;
    out.forEach((b, i) => {
      if (under(b, heading)) out[i] = { ...b, contents: true };
    });
  }
  return out;
}

/**
 * A table of contents heads no sections: when the lines under «Содержание» are gone (a PDF's dotted leaders, dropped
 * as garbage), the numbered sections after it would read as its own. Only the deepest heading of a block's path may
 * be one — unless the block is the table of contents itself («ПЛАН ЛЕКЦИИ» over its titles).
 */
const outOfContents = (b: Block): Block =>
  b.contents !== true && b.headingPath.slice(0, -1).some((h) => CONTENTS_HEADING.test(h.trim()))
    ? {
        ...b,
        headingPath: b.headingPath.filter(
          (h, k, all) => k === all.length - 1 || !CONTENTS_HEADING.test(h.trim()),
        ),
      }
    : b;

/** A block as a to-do list when it is a checklist, whatever format it came from (Markdown marks its own). */
const withChecklist = (b: Block): Block =>
  b.kind === "prose" && b.todo !== true && isChecklist(b.text) && tasksOnly(b.text)
    ? { ...b, todo: true }
    : b;

/**
 * Groups blocks into passages: one section's blocks (of one part), split when prose grows past
 * MAX_PASSAGE_CHARS (a lead-in ending in «:» stays with what follows).
 */
function groupBlocks(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  const key = (b: Block) => `${b.headingPath.join("\u0000")}\u0001${b.part ?? ""}`;
  for (const block of blocks) {
    // Links to other notes, and a to-do list, are a passage of their own: a map of content under an introduction is
    // still no answer, nor is what is left to study at the end of a section.
    const sameSection =
      current.length > 0 &&
      key(current[0] as Block) === key(block) &&
      noAnswer(current[0] as Block) === noAnswer(block);
    const last = current.at(-1);
    // A lead-in ending in «:», and prose before code, stay with what they introduce; a sentence that goes on in
    // lower case after code («…```\n\nэто 95-й перцентиль…») says what the code does.
    const leadsIn = last?.kind === "prose" && (/:\s*$/.test(last.text) || block.kind === "code");
    // …and so does one that opens by pointing back at what was just said («У неё есть поля stdout…»), or with a word
    // of the code before it («-A добавляет правило…» after «iptables -A INPUT …»).
    const explains =
      block.kind === "prose" &&
      ((last?.kind === "code" && (/^\p{Ll}/u.test(block.text) || namesCodeBefore(block.text, last.text))) ||
        (last !== undefined && POINTS_BACK.test(block.text)));
    const tooBig = size + block.text.length > MAX_PASSAGE_CHARS && !leadsIn && !explains;
    if (!sameSection || tooBig) {
      if (current.length > 0) groups.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += block.text.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A title page has at least two and at most this many lines, each at most this long… */
const TITLE_PAGE_LINES = 6;
const TITLE_PAGE_LINE_CHARS = 60;
/** …and at least this many sections follow it. */
const SECTIONS_AFTER_TITLE_PAGE = 3;
/** A line that defines something, no title: «Docker — платформа контейнеров». */
const DEFINES = /^[^—–]{1,40}\s[—–]\s\p{Ll}/u;

/**
 * Whether a note's first passage is its title page: short lines under no heading, before the sections, as a
 * lecture's «Лекция 3. Алканы, алкены, спирты.» / «доц. И. В. Соколова» / «кафедра органической химии», a
 * handout's «Учебное пособие, версия 1.2», a page's breadcrumbs («1. SRE-команда», «2. Мониторинг»). They name what
 * the sections then say, and answer nothing (it is searched, as navigation). Not a line that defines something
 * («Docker — платформа контейнеров»): that is an answer.
 */
function isTitlePage(passages: readonly Passage[]): boolean {
  const [first] = passages;
  if (first === undefined || first.headingPath.length > 0) return false;
  const lines = first.text.split("\n").filter((l) => l.trim() !== "");
  const sections = new Set(
    passages
      .slice(1)
      .map((p) => p.headingPath[0])
      .filter((h) => h !== undefined),
  );
  return (
    lines.length >= 2 &&
    lines.length <= TITLE_PAGE_LINES &&
    lines.every((l) => l.length <= TITLE_PAGE_LINE_CHARS && !DEFINES.test(l)) &&
    sections.size >= SECTIONS_AFTER_TITLE_PAGE
  );
}

/**
 * A topic's id: its file's path without the extension, «/» as «-». Two files that would share one («Docker
 * сети.md» and «Docker сети.canvas», «a/b.md» and «a-b.md») keep it for the first and tell the next by its
 * extension, then by a number: every passage's id stays unique.
 */
function topicId(file: string, taken: ReadonlySet<string>): string {
  const plain = file.replace(NOTE_FILE, "").replaceAll("/", "-");
  if (!taken.has(plain)) return plain;
  const withExtension = file.replaceAll("/", "-");
  let id = withExtension;
  for (let n = 2; taken.has(id); n++) id = `${withExtension}~${n}`;
  return id;
}

/**
 * The first line of a text when it is the file's name (as typed: case and spaces aside), and the text after it.
 * Not a Markdown heading («# Электролиз»): the reader takes that for the title itself.
 */
export function titleLine(source: string, name: string): { title: string; rest: string } | undefined {
  const match = /^\uFEFF?[ \t]*(\S[^\n]*?)[ \t]*\r?(?:\n|$)/u.exec(source);
  const line = match?.[1];
  const same = (a: string) => a.toLowerCase().replace(/\s+/gu, " ");
  if (line === undefined || line.startsWith("#") || same(line) !== same(name)) return undefined;
  return { title: line, rest: source.slice((match as RegExpExecArray)[0].length) };
}

/**
 * A note's title by its file's name. Logseq names the file of a page in a namespace («kubectl/debug») with «___» for
 * the «/» a file name cannot have: the title is «kubectl / debug», as `outlineToMarkdown` reads a «title::».
 */
export function fileTitle(file: string): string {
  const name = path.basename(file).replace(NOTE_FILE, "");
  return /[^_]___[^_]/u.test(name) ? name.split("___").join(" / ") : name;
}

function buildTopic(id: string, file: string, note: ParsedNote): { topic: Topic; passages: Passage[] } {
  const title = note.title ?? fileTitle(file);
  const passages: Passage[] = groupBlocks(
    markContents(note.blocks.map(withChecklist)).map(outOfContents),
  ).map((group, order) => ({
    id: `${id}#${order}`,
    topicId: id,
    topicTitle: title,
    headingPath: (group[0] as Block).headingPath,
    text: group.map((b) => b.text).join("\n\n"),
    file,
    order,
    ...(group.every(noAnswer) ? { navigation: true } : {}),
  }));
  if (passages[0] !== undefined && isTitlePage(passages)) passages[0] = { ...passages[0], navigation: true };
  const sections: Section[] = [];
  for (const p of passages) {
    const heading = p.headingPath.at(-1) ?? title;
    const last = sections.at(-1);
    if (last && last.heading === heading && sameSection(passages, last, p)) last.passageIds.push(p.id);
    else
      sections.push({
        heading,
        depth: p.headingPath.length === 0 ? 0 : Math.min(p.headingPath.length, 2),
        passageIds: [p.id],
      });
  }
  const tags = note.tags === undefined ? {} : { tags: note.tags };
  return { topic: { id, title, aliases: note.aliases, ...tags, file, sections }, passages };
}

function sameSection(passages: Passage[], section: Section, p: Passage): boolean {
  const first = passages.find((q) => q.id === section.passageIds[0]);
  return first !== undefined && first.headingPath.join("\u0000") === p.headingPath.join("\u0000");
}

/** Reads `glossary.yaml` (or `.yml`): a list of synonym groups, each a list of words or phrases. */
async function loadGlossary(dir: string, warnings: string[]): Promise<Glossary> {
  for (const name of ["glossary.yaml", "glossary.yml"]) {
    const file = path.join(dir, name);
    let source: string;
    try {
      source = await readFile(file, "utf8");
    } catch {
      continue;
    }
    try {
      const data: unknown = parseYaml(source);
      if (!Array.isArray(data)) throw new Error("expected a list of groups, e.g. - [pod, под, поды]");
      return data
        .map((group) =>
          (Array.isArray(group) ? group : [group]).map((w) => String(w ?? "").trim()).filter(Boolean),
        )
        .filter((group) => group.length > 1);
    } catch (error) {
      warnings.push(`${file}: the glossary was not loaded: ${(error as Error).message.split("\n")[0]}`);
      return [];
    }
  }
  return [];
}

/** Options of {@link loadKnowledge}. */
export interface LoadOptions {
  /**
   * The last text of each file (by path relative to `dir`) that could be read, kept across loads: a file
   * that cannot be read now (say, saved in another encoding) is loaded from here instead, with a warning, so a
   * broken save does not take its topic away. Filled in with every file read. Default: none kept.
   */
  lastGood?: Map<string, string>;
}

/**
 * Loads every notes file under `dir` (recursively; see NOTE_FILE) as topics and passages, and the glossary.
 * Near-duplicate passages collapse into the first, which shows the longest wording of them. An unreadable or
 * non-UTF-8 file is skipped with a warning, or loaded from `options.lastGood` when it was read before.
 * @throws KnowledgeError when `dir` does not exist or holds no readable notes.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<KnowledgeBase> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new KnowledgeError(
      `knowledge: the notes folder ${root} does not exist. Create it with your notes (${NOTE_KINDS}) or set KNOWLEDGE_DIR to the folder that has them.`,
    );
  }
  const { files, unread } = await listNotes(root);
  const notRead = unread.map(({ file, why }) => `${path.join(root, file)}: skipped: ${why}`);
  const warnings = [...notRead];
  const topics: Topic[] = [];
  const takenIds = new Set<string>();
  const all: Passage[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = await readNote(file, await readFile(path.join(root, file)));
      options.lastGood?.set(file, source);
    } catch (error) {
      const why =
        error instanceof TypeError
          ? "it is not valid UTF-8 text; save it as UTF-8"
          : (error as Error).message;
      const kept = options.lastGood?.get(file);
      if (kept === undefined) {
        warnings.push(`${path.join(root, file)}: skipped: ${why}`);
        continue;
      }
      warnings.push(`${path.join(root, file)}: kept the last good version: ${why}`);
      source = kept;
    }
    const format = noteFormat(file);
    // A Confluence page exported to Markdown, without what Confluence puts around it.
    if (format === "markdown") source = withoutConfluenceChrome(source);
    // «Электролиз — база» atop «Электролиз — база.md»: a phone's notes app writes the title as the first line and
    // names the file by it. It is the title, read as the Markdown heading that titles a note, not a line of the text
    // (here: no definition of «Электролиз»).
    const titled =
      format === "markdown" || format === "text" ? titleLine(source, fileTitle(file)) : undefined;
    const note = structureNote(
      NOTION_PAGE.test(file)
        ? withoutNotionProperties(source)
        : titled === undefined
          ? source
          : `# ${titled.title}\n\n${titled.rest}`,
      format,
    );
    for (const problem of note.problems) warnings.push(`${path.join(root, file)}: ${problem}`);
    if (note.blocks.length === 0) {
      // A file with words in it that gave no passage would be lost without a word: say so.
      if (note.problems.length === 0 && /[\p{L}\p{N}]/u.test(source))
        warnings.push(
          `${path.join(root, file)}: skipped: nothing in it reads as notes (only a title, tags or garbage)`,
        );
      continue;
    }
    const id = topicId(file, takenIds);
    takenIds.add(id);
    const { topic, passages } = buildTopic(id, file, note);
    topics.push(topic);
    all.push(...passages);
  }
  if (topics.length === 0) {
    // «I put my PDF there»: say what became of it.
    const found = notRead.length === 0 ? "" : ` Found and not read: ${notRead.join("; ")}.`;
    throw new KnowledgeError(
      `knowledge: no notes found in ${root}. Put your notes there as ${NOTE_KINDS}, or set KNOWLEDGE_DIR to the folder that has them.${found}`,
    );
  }
  // Between files, and every hundred passages of this pass, the event loop runs: a reload of large notes does
  // not hold up the bot's answers.
  const repeats = await finishInTurns(collapseRepeatSteps(all.map((p) => p.text)));
  const passages = repeats.map(({ index, wording }) => ({
    ...(all[index] as Passage),
    text: (all[wording] as Passage).text,
  }));
  const kept = new Set(passages.map((p) => p.id));
  for (const topic of topics) {
    for (const section of topic.sections)
      section.passageIds = section.passageIds.filter((id) => kept.has(id));
    topic.sections = topic.sections.filter((s) => s.passageIds.length > 0);
  }
  // A note with nothing to read (links alone: a map of content, Notion's «Untitled» page over its subpages) is
  // searched, as navigation, but is no topic: /topics does not list it.
  const linked = new Set(passages.map((p) => p.topicId));
  const readable = new Set(passages.filter((p) => !p.navigation).map((p) => p.topicId));
  const shown = topics.filter((t) => readable.has(t.id) || !linked.has(t.id));
  return { topics: shown, passages, glossary: await loadGlossary(root, warnings), warnings };
}
