// Notes kept in Evernote and exported («Файл → Экспорт заметок») as an .enex file: XML holding each note's title,
// dates, tags and content, the content itself HTML (ENML) inside CDATA. Here an export becomes Markdown: each
// note a section headed by its title, its content read as ENML is meant (see `enmlToMarkdown`). Pure: text in,
// Markdown out.
import { DomUtils, parseDocument } from "htmlparser2";
import { enmlToMarkdown } from "./html.ts";

/** The Markdown of an Evernote export, a section per note; undefined when `source` is no export. */
export function enexToMarkdown(source: string): string | undefined {
  if (!/<en-export[\s>]/u.test(source)) return undefined;
  const document = parseDocument(source, { xmlMode: true });
  const notes = DomUtils.getElementsByTagName("note", document.children, true);
  const sections: string[] = [];
  for (const note of notes) {
    const child = (name: string) => DomUtils.getElementsByTagName(name, note.children, false)[0];
    const titleElement = child("title");
    const contentElement = child("content");
    const title = (titleElement ? DomUtils.textContent(titleElement) : "").replace(/\s+/gu, " ").trim();
    const body = contentElement ? enmlToMarkdown(DomUtils.textContent(contentElement)) : "";
    if (title === "" && body === "") continue;
    sections.push(title === "" ? body : `# ${title}\n\n${body}`);
  }
  return sections.length === 0 ? undefined : sections.join("\n\n");
}
