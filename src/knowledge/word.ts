// Notes written in Microsoft Word (.docx): read with mammoth, which turns the document's styles into HTML —
// «Заголовок 1» an `<h1>`, lists, tables, bold — and that into Markdown as a web page's is, so that its sections are
// the notes' sections and its tables tables. Pictures are left out, as a chat cannot show them.
import mammoth from "mammoth";
import { fragmentToMarkdown } from "./html.ts";

/** Thrown for a .docx that is no Word document mammoth can read; the message says what to do. */
export class WordError extends Error {
  override name = "WordError";
}

/**
 * The Markdown of a Word document, by way of mammoth's HTML: its Markdown writer (deprecated) put a heading's
 * bookmark before its «#», so a document made by pandoc or with a table of contents had no headings, and it flattened
 * tables into a paragraph per cell.
 * @throws WordError when the bytes are no Word document.
 */
export async function wordToMarkdown(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    ));
  } catch (error) {
    throw new WordError(
      `it is no Word document that can be read (${(error as Error).message}); save it again from Word as .docx`,
    );
  }
  // Italics say nothing a chat's plain text can show: «знание» of «<em>знание</em> — пароль» is the word alone.
  return fragmentToMarkdown(html.replace(/<\/?(?:em|i)>/gu, ""));
}
