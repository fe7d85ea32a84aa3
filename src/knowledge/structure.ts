// Reads a notes file by what it is written in: each format as the Markdown it is the same as, and plain text (or
// Markdown without headings) given the structure it lacks (see plain-text.ts). Pure: no I/O.

import { ankiToMarkdown } from "./anki.ts";
import { asciidocToMarkdown } from "./asciidoc.ts";
import { canvasToMarkdown } from "./canvas.ts";
import { clippingsToMarkdown } from "./clippings.ts";
import { readColumns } from "./columns.ts";
import { csvToMarkdown } from "./csv.ts";
import { collapseRepeats } from "./dedup.ts";
import { dokuwikiToMarkdown } from "./dokuwiki.ts";
import { enexToMarkdown } from "./enex.ts";
import {
  KEEP_TRASHED,
  LATEX_ROOT,
  NO_CANVAS,
  NO_CHAT_EXPORT,
  NO_EVERNOTE_EXPORT,
  NO_TIDDLER,
  type NoteFormat,
  SYSTEM_TIDDLER,
} from "./formats.ts";
import { htmlToMarkdown } from "./html.ts";
import { jiraToMarkdown } from "./jira.ts";
import { joplinItem } from "./joplin.ts";
import { keepNoteOf } from "./keep.ts";
import { latexToMarkdown } from "./latex.ts";
import { mailToMarkdown } from "./mail.ts";
import {
  type Block,
  CHECKBOX_ITEM,
  isTagsOnly,
  type ParsedNote,
  parseMarkdown,
  sitesMarkupRead,
  splitFrontMatter,
  tasksOnly,
} from "./markdown.ts";
import { linksOnly, plainMarkup } from "./markup.ts";
import { marpToMarkdown } from "./marp.ts";
import { mediawikiToMarkdown } from "./mediawiki.ts";
import { mhtmlToHtml } from "./mhtml.ts";
import { notebookToMarkdown } from "./notebook.ts";
import { looksLikeOrg, orgToMarkdown } from "./org.ts";
import { outlineToMarkdown, treeToOutline } from "./outline.ts";
import { structureText } from "./plain-text.ts";
import { remnoteToMarkdown } from "./remnote.ts";
import { rstToMarkdown } from "./rst.ts";
import { scriptToMarkdown } from "./script.ts";
import { siyuanToMarkdown } from "./siyuan.ts";
import { speechNote, transcriptNote } from "./speech.ts";
import { subtitleParagraphs, videoTranscript } from "./subtitles.ts";
import { chatExportToText } from "./telegram.ts";
import { tiddlerOf } from "./tiddlywiki.ts";
import { vimwikiToMarkdown } from "./vimwiki.ts";

/**
 * The blocks without near repeats (as the loader drops repeated passages): the first occurrence stays,
 * showing the longest wording of its group.
 */
export function withoutRepeats(blocks: Block[]): Block[] {
  return collapseRepeats(blocks.map((b) => b.text)).map(({ index, wording }) => ({
    ...(blocks[index] as Block),
    text: (blocks[wording] as Block).text,
  }));
}

/**
 * Parses a notes file, giving structure to the ones that have none: plain text always, Markdown when it has
 * no headings (its front matter still names the topic). An Org file is read as the Markdown it is the same as, and
 * so is plain text that is Org saved as .txt; letters exported as text are read as a section per letter, a
 * spreadsheet saved as CSV as a section per row, a Marp slide deck as a section per slide, subtitles as the
 * paragraphs of their speech, a Jupyter notebook as the Markdown of its cells, a chat exported from Telegram as the
 * Markdown of its messages, a web page as the Markdown of its article, an Evernote export as a section per note, and
 * a PDF's text in two columns column by column.
 */
export function structureNote(source: string, format: NoteFormat): ParsedNote {
  if (format === "subtitles") {
    const speech = subtitleParagraphs(source);
    return speech === undefined ? structureNote(source, "text") : speechNote(speech);
  }
  if (format === "notebook") {
    const notebook = notebookToMarkdown(source);
    if (notebook !== undefined) return structureNote(notebook, "markdown");
    return skipped([
      "this is no Jupyter notebook (not JSON with cells); save it again from Jupyter (the file was skipped)",
    ]);
  }
  if (format === "evernote") {
    const notes = enexToMarkdown(source);
    if (notes !== undefined) return structureNote(notes, "markdown");
    return skipped([NO_EVERNOTE_EXPORT]);
  }
  if (format === "latex") {
    // Notes typed in LaTeX: its sections, lists, code and tables as Markdown's; else plain text.
    const tex = latexToMarkdown(source);
    if (tex === undefined) return structureNote(source, "text");
    const note = structureNote(tex.markdown, "markdown");
    // A root file that only puts the chapters together: they are read on their own.
    if (note.blocks.length === 0 && /\\(?:input|include)\{/u.test(source)) return skipped([LATEX_ROOT]);
    // A chapter's file without a «\title» is titled by its first section («lec01.tex», «Процессы и потоки»).
    const title =
      note.title ?? tex.title ?? note.blocks.find((b) => b.headingPath.length > 0)?.headingPath[0];
    return title === undefined ? note : { ...note, title };
  }
  // A file named as reStructuredText or AsciiDoc is read as one, whatever titles it has; else as any text is.
  if (format === "rst" || format === "asciidoc") {
    const markdown = format === "rst" ? rstToMarkdown(source, true) : asciidocToMarkdown(source, true);
    return structureNote(markdown ?? source, markdown === undefined ? "text" : "markdown");
  }
  if (format === "vimwiki") {
    // A page of vimwiki: «= Заголовок =», «{{{rust» blocks, «Термин:: определение»; else plain text.
    const page = vimwikiToMarkdown(source);
    if (page === undefined) return structureNote(source, "text");
    const note = structureNote(page.markdown, "markdown");
    return page.title === undefined || note.title !== undefined ? note : { ...note, title: page.title };
  }
  if (format === "canvas") {
    // A canvas of Obsidian: its cards' text, group by group.
    const canvas = canvasToMarkdown(source);
    return canvas === undefined ? skipped([NO_CANVAS]) : structureNote(canvas, "markdown");
  }
  if (format === "tiddler") {
    // A tiddler of TiddlyWiki: its fields name it and file it, its WikiText is read as the Markdown it says.
    const tiddler = tiddlerOf(source);
    if (tiddler === undefined) return skipped([NO_TIDDLER]);
    if (tiddler.system) return skipped([SYSTEM_TIDDLER]);
    const note = structureNote(tiddler.markdown, "markdown");
    const tags = [...new Set([...tiddler.tags, ...(note.tags ?? [])])];
    return { ...note, title: tiddler.title, ...(tags.length > 0 ? { tags } : {}) };
  }
  if (format === "chat") {
    // A note of Google Keep from Takeout: its title and labels name and file it; one in the trash is no note.
    const keep = keepNoteOf(source);
    if (keep?.trashed) return skipped([KEEP_TRASHED]);
    if (keep !== undefined) {
      const note = structureNote(keep.markdown, "markdown");
      const tags = [...new Set([...keep.labels, ...(note.tags ?? [])])];
      return {
        ...note,
        ...(keep.title === undefined ? {} : { title: keep.title }),
        ...(tags.length > 0 ? { tags } : {}),
      };
    }
  }
  if (format === "chat" || format === "page") {
    // A chat Telegram exported (JSON, or its HTML pages), else a web page's article.
    const read = chatExportToText(source) ?? (format === "page" ? pageText(source) : undefined);
    if (read === undefined) return skipped(format === "chat" ? [NO_CHAT_EXPORT] : []);
    const note = structureNote(read.text, "markdown");
    return read.title === undefined ? note : { ...note, title: read.title };
  }
  if (format === "table") {
    const table = csvToMarkdown(source);
    return structureNote(table ?? source, table === undefined ? "text" : "markdown");
  }
  if (format === "org" || (format === "text" && looksLikeOrg(source)))
    return structureNote(orgToMarkdown(source), "markdown");
  if (format === "text") {
    // Notes kept as a commented shell script: its banners head sections, its comments are prose, its commands code.
    const script = scriptToMarkdown(source);
    if (script !== undefined) return structureNote(script, "markdown");
    // Notes written in AsciiDoc: «== Section» titles, «----» source blocks, «term:: definition».
    const asciidoc = asciidocToMarkdown(source);
    if (asciidoc !== undefined) return structureNote(asciidoc, "markdown");
    // …or in reStructuredText: underlined titles, «.. code-block::» directives, definition lists.
    const rst = rstToMarkdown(source);
    if (rst !== undefined) return structureNote(rst, "markdown");
    // …or in Jira's or Confluence's wiki markup: «h2. Раздел», «{code:yaml}» blocks, «||…||» tables.
    const jira = jiraToMarkdown(source);
    if (jira !== undefined) return structureNote(jira, "markdown");
    // …or in MediaWiki: «== Раздел ==», «<syntaxhighlight>» blocks, «#» and «*» lists, «{|» tables.
    const wikitext = mediawikiToMarkdown(source);
    if (wikitext !== undefined) return structureNote(wikitext, "markdown");
    // …or in DokuWiki: «====== Title ======», «<code bash>» blocks, «  * » lists.
    const wiki = dokuwikiToMarkdown(source);
    if (wiki !== undefined) return structureNote(wiki, "markdown");
    // A PDF set in two columns, as `pdftotext -layout` writes it: each page read column by column.
    const columns = readColumns(source);
    if (columns !== undefined) return structureNote(columns, "text");
    // Letters to oneself exported as text: a section per letter, without what the mail client added.
    const letters = mailToMarkdown(source);
    if (letters !== undefined) return structureNote(letters, "markdown");
    // A flashcard deck exported as text: its notes are its sections.
    const deck = ankiToMarkdown(source);
    if (deck !== undefined) return parseMarkdown(deck);
    // A Kindle's «My Clippings.txt»: a section per book, a highlight a paragraph.
    const clippings = clippingsToMarkdown(source);
    if (clippings !== undefined) return structureNote(clippings, "markdown");
    // A video's transcript copied from its page: the speech of each chapter, then what the learner typed under it.
    const transcript = videoTranscript(source);
    if (transcript !== undefined) return transcriptNote(transcript);
    // An outliner's export as text (Workflowy, Dynalist): nested «- » bullets, their nesting the headings. Else a
    // mind map exported as text: a tree of tab-indented lines, read as the outline it is.
    const tree = treeToOutline(source);
    const mapped =
      outlineToMarkdown(source, true) ?? (tree === undefined ? undefined : outlineToMarkdown(tree));
    if (mapped !== undefined) return parseMarkdown(mapped, { labels: true });
    return oneIdea(structureText(source));
  }
  // A drawing of Obsidian's Excalidraw plugin: its data, and the labels of its shapes, are no text of the notes.
  if (/^excalidraw-plugin:/mu.test(splitFrontMatter(source.replace(/^\uFEFF/, "")).meta ?? ""))
    return skipped([
      "skipped: a drawing of the Excalidraw plugin is not read as notes (it has no text to answer from)",
    ]);
  // An item of Joplin's raw export: a note without Joplin's record of it at its end; a notebook's record no note.
  const joplin = joplinItem(source);
  if (joplin?.kind === "other")
    return skipped([
      "skipped: Joplin's record of a notebook or a tag, no note (each note is a file of its own)",
    ]);
  if (joplin !== undefined) return structureNote(joplin.markdown, "markdown");
  // Flashcards exported from RemNote: «term :: definition», «question >> answer», «{{cloze}}».
  const cards = remnoteToMarkdown(source);
  if (cards !== undefined) return structureNote(cards, "markdown");
  // SiYuan's export: a block's attributes after it, «{: id="…"}», references to blocks by id.
  const siyuan = siyuanToMarkdown(source);
  if (siyuan !== undefined) return structureNote(siyuan, "markdown");
  // A slide deck for Marp: a section per slide, its presenter notes its text.
  const deck = marpToMarkdown(source);
  if (deck !== undefined) return parseMarkdown(deck, { labels: true });
  // An outline (Logseq and the like): its nesting is its headings.
  const outline = outlineToMarkdown(source);
  if (outline !== undefined) return parseMarkdown(outline, { labels: true });
  const note = parseMarkdown(source);
  if (note.blocks.some((b) => b.headingPath.length > 0)) return parseMarkdown(source, { labels: true });
  const structured = structureText(sitesMarkupRead(splitFrontMatter(source.replace(/^\uFEFF/, "")).body));
  // A to-do list keeps its mark, as in Markdown with headings («- [x] разобраться с gather vs TaskGroup»).
  const todo = (text: string) => {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    return lines.length >= 2 && lines.every((l) => CHECKBOX_ITEM.test(l)) && tasksOnly(text);
  };
  const blocks = structured.blocks.map((b) =>
    b.kind === "prose"
      ? {
          ...b,
          text: plainMarkup(b.text),
          ...(linksOnly(b.text) ? { links: true } : {}),
          ...(todo(b.text) ? { todo: true } : {}),
        }
      : b,
  );
  // A paragraph of tags alone files the note (see ParsedNote.tags); it says nothing.
  return oneIdea({ ...note, blocks: blocks.filter((b) => b.text.length > 0 && !isTagsOnly(b.text)) });
}

/** A file read as no notes at all, with why. */
const skipped = (problems: string[]): ParsedNote => ({ aliases: [], blocks: [], problems });

/** A page saved as one file, MIME: its headers say so at the start. */
const MIME_PAGE = /^(?:MIME-Version|Content-Type):[ \t]*(?:1\.0|multipart\/related)/imu;

const MIME_HEAD_CHARS = 2000;

/** A web page's article as text to structure, with its title (see `htmlToMarkdown`). */
function pageText(source: string): { title?: string; text: string } | undefined {
  // A page saved as one file (.mhtml) is MIME: its HTML is a part of it.
  const html = MIME_PAGE.test(source.slice(0, MIME_HEAD_CHARS)) ? mhtmlToHtml(source) : source;
  if (html === undefined) return undefined;
  const page = htmlToMarkdown(html);
  return page === undefined
    ? undefined
    : { ...(page.title ? { title: page.title } : {}), text: page.markdown };
}

/** A note of at most this many characters is about one thing (see `oneIdea`). */
const SHORT_NOTE_CHARS = 1500;

/**
 * A short note is about one thing (a note per idea, «depends_on.md»): its paragraphs with no heading between them
 * are one part, not each a passage of its own, so «когда нужен depends_on» gets the paragraph that says «обычно
 * не нужен» together with the one that says when it is. Long plain text keeps its parts: there a paragraph with no
 * heading may well be about something else.
 */
function oneIdea(note: ParsedNote): ParsedNote {
  const size = note.blocks.reduce((sum, b) => sum + b.text.length, 0);
  if (size > SHORT_NOTE_CHARS) return note;
  const parts = new Map<string, number>();
  return {
    ...note,
    blocks: note.blocks.map((b) => {
      const key = b.headingPath.join("\u0000");
      const part = parts.get(key) ?? b.part;
      if (part !== undefined) parts.set(key, part);
      return part === undefined ? b : { ...b, part };
    }),
  };
}
