// What a notes file is written in, by its name, and why a file that claims a format but holds none is skipped.

/** What a notes file is written in, by its extension (see {@link noteFormat}). */
export type NoteFormat =
  | "markdown"
  | "org"
  | "table"
  | "subtitles"
  | "notebook"
  | "chat"
  | "page"
  | "evernote"
  | "tiddler"
  | "canvas"
  | "vimwiki"
  | "latex"
  | "rst"
  | "asciidoc"
  | "text";

/** Why an `.enex` file is skipped: it is no Evernote export. */
export const NO_EVERNOTE_EXPORT =
  "this is no Evernote export (no <en-export>); export the notebook again from Evernote (the file was skipped)";

/** Why a LaTeX root file is skipped: it only puts the chapters together, and they are read on their own. */
export const LATEX_ROOT =
  "skipped: this LaTeX file only puts others together (\\input, \\include); they are read on their own";

/** Why a `.canvas` file is skipped: it is no canvas. */
export const NO_CANVAS =
  "this is no canvas of Obsidian (not JSON with nodes); save it again from Obsidian (the file was skipped)";

/** Why a `.tid` file is skipped: it is no tiddler. */
export const NO_TIDDLER =
  "this is no tiddler (no «title:» field over its text); copy it again from the wiki's tiddlers folder (the file was skipped)";

/** Why a tiddler is skipped: it is one of TiddlyWiki's own. */
export const SYSTEM_TIDDLER =
  "skipped: a system tiddler of TiddlyWiki («$:/…»), which holds its settings, not notes";

/** Why a note of Google Keep is skipped: the learner threw it away. */
export const KEEP_TRASHED = "skipped: this note of Google Keep is in its trash";

/** Why a `.json` file in the notes is skipped: only a chat Telegram exported is read. */
export const NO_CHAT_EXPORT =
  "skipped: of .json files only a chat exported from Telegram Desktop (Export chat history) and a note of Google Keep from Takeout are read";

/**
 * The notes files: Markdown, Word documents (read as the Markdown of their styles), Org mode, a spreadsheet saved
 * as CSV or TSV, subtitles, notebooks, a chat exported from Telegram or a note of Google Keep (JSON), web pages, an
 * Evernote export, TiddlyWiki's tiddlers, Obsidian's canvases, vimwiki's pages, LaTeX, and plain text.
 */
export const NOTE_FILE =
  /\.(?:md|markdown|mdown|mkd|mdx|qmd|rmd|docx|org|csv|tsv|srt|vtt|ipynb|json|html?|mhtml?|enex|tid|canvas|wiki|tex|txt|adoc|asciidoc|rst)$/i;

/** Markdown by its other names: «.markdown», a Docusaurus site's MDX, Quarto's and R Markdown's notebooks, «.qmd», «.Rmd». */
const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd|mdx|qmd|rmd)$/i;

/** A Word document: read as Markdown (see `readNote` in load.ts). */
export const WORD_FILE = /\.docx$/i;

/**
 * What a notes file named `file` is written in: Markdown (`.md`, `.markdown`, MDX's `.mdx`, Quarto's `.qmd`, R
 * Markdown's `.Rmd`, and a Word document as read), Org mode (`.org`), a spreadsheet's table (`.csv`, `.tsv`),
 * subtitles (`.srt`, `.vtt`), a Jupyter notebook (`.ipynb`), a chat exported from Telegram or a note of Google Keep
 * (`.json`), a web page (`.html`, `.mhtml`: a Telegram chat's pages too), an Evernote export (`.enex`), a tiddler
 * (`.tid`), a canvas (`.canvas`), a vimwiki page (`.wiki`), LaTeX (`.tex`), reStructuredText (`.rst`), AsciiDoc
 * (`.adoc`), else plain text.
 */
export function noteFormat(file: string): NoteFormat {
  if (MARKDOWN_FILE.test(file) || WORD_FILE.test(file)) return "markdown";
  if (/\.org$/i.test(file)) return "org";
  if (/\.(?:srt|vtt)$/i.test(file)) return "subtitles";
  if (/\.ipynb$/i.test(file)) return "notebook";
  if (/\.json$/i.test(file)) return "chat";
  if (/\.(?:html?|mhtml?)$/i.test(file)) return "page";
  if (/\.enex$/i.test(file)) return "evernote";
  if (/\.tid$/i.test(file)) return "tiddler";
  if (/\.canvas$/i.test(file)) return "canvas";
  if (/\.wiki$/i.test(file)) return "vimwiki";
  if (/\.tex$/i.test(file)) return "latex";
  if (/\.rst$/i.test(file)) return "rst";
  if (/\.(?:adoc|asciidoc)$/i.test(file)) return "asciidoc";
  return /\.(?:csv|tsv)$/i.test(file) ? "table" : "text";
}
