// A Kindle's «My Clippings.txt», copied from the device as it is: entries between lines of ten «=», each the book's
// title (its author in brackets), a line of what the entry is and where («- Ваш выделенный отрывок на странице 45 |
// место 680-682 | Добавлено: …», «- Your Highlight on page 45 | Location 680-682 | Added on …»), a blank line, and
// the highlighted text, or the reader's note. Read as plain text, every title and that line were text, and a short
// highlight over «==========» a heading. Pure: text in, Markdown out.

/** The line between two entries. */
const SEPARATOR = /^={10}[ \t]*$/u;
/** What an entry is and where: a highlight, a note or a bookmark, with its page, location and date. */
const ENTRY_LINE =
  /^-\s*(?:ваш[аи]?\s+(выделенный отрывок|заметка|закладка)|your\s+(highlight|note|bookmark))(?![\p{L}]).*(?:добавлено|added on)/iu;
/** A Kindle's file has at least this many entries. */
const MIN_ENTRIES = 3;

interface Clipping {
  book: string;
  note: boolean;
  text: string;
}

/**
 * Markdown for a Kindle's clippings: a section per book, in the order the books were first read, its highlights a
 * paragraph each and the reader's own notes as «мое: …»; bookmarks (no text) go, and a highlight the reader later
 * extended is kept once, the longer. Undefined for any other text.
 */
export function clippingsToMarkdown(source: string): string | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const entries: string[][] = [[]];
  for (const line of lines) {
    if (SEPARATOR.test(line)) entries.push([]);
    else (entries.at(-1) as string[]).push(line);
  }
  const clippings: Clipping[] = [];
  let described = 0;
  for (const entry of entries) {
    const at = entry.findIndex((l) => l.trim() !== "");
    const kind = ENTRY_LINE.exec(entry[at + 1]?.trim() ?? "");
    if (at < 0 || kind === null) continue;
    described++;
    const text = entry
      .slice(at + 2)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(" ");
    if (text === "") continue;
    const note = /заметка|note/iu.test(kind[1] ?? kind[2] ?? "");
    const book = (entry[at] as string).trim();
    const last = clippings.at(-1);
    // «…не давая ощущения» then «…не давая ощущения намеренного контроля.»: the reader extended the highlight.
    if (last !== undefined && last.book === book && !last.note && !note && text.startsWith(last.text))
      last.text = text;
    else if (!clippings.some((c) => c.book === book && c.text === text)) clippings.push({ book, note, text });
  }
  if (described < MIN_ENTRIES) return undefined;
  const books = [...new Set(clippings.map((c) => c.book))];
  return books
    .map((book) =>
      [
        `## ${book}`,
        ...clippings.filter((c) => c.book === book).map((c) => (c.note ? `мое: ${c.text}` : c.text)),
      ].join("\n\n"),
    )
    .join("\n\n");
}
