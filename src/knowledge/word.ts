// Notes written in Microsoft Word (.docx): read with mammoth, which turns the document's styles into Markdown —
// «Заголовок 1» a `#` heading, lists, tables, bold — so that its sections are the notes' sections. Pictures are left
// out, as a chat cannot show them.
import mammoth from "mammoth";

/** What mammoth's converter to Markdown takes and gives; it is left out of mammoth's type declarations. */
type ToMarkdown = (
  input: { buffer: Buffer },
  options: { convertImage: unknown },
) => Promise<{ value: string }>;

/** Thrown for a .docx that is no Word document mammoth can read; the message says what to do. */
export class WordError extends Error {
  override name = "WordError";
}

/**
 * The Markdown of a Word document. mammoth's Markdown output is deprecated in favour of HTML, but it is kept in
 * the 1.x line this project pins, and it is the shape every other reader of the notes gives.
 * @throws WordError when the bytes are no Word document.
 */
export async function wordToMarkdown(bytes: Uint8Array): Promise<string> {
  const toMarkdown = (mammoth as unknown as { convertToMarkdown: ToMarkdown }).convertToMarkdown;
  try {
    const { value } = await toMarkdown(
      { buffer: Buffer.from(bytes) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    // mammoth writes bold as «__…__»; the notes' Markdown, and the renderer, write it as «**…**».
    return value.replace(/__(\S(?:[^_\n]*?\S)?)__/gu, "**$1**");
  } catch (error) {
    throw new WordError(
      `it is no Word document that can be read (${(error as Error).message}); save it again from Word as .docx`,
    );
  }
}
