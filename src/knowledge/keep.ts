// A note of Google Keep as Google Takeout writes it: a `.json` per note in `Takeout/Keep/`, `{"title": …,
// "textContent": …}` or a checklist's `"listContent": [{"text": …, "isChecked": …}]`, its labels, and whether it is
// archived or in the trash. Pure: text in, Markdown out.

/** A note of Keep: its title (none for an untitled one), its labels, its Markdown, whether it was thrown away. */
export interface KeepNote {
  title?: string;
  labels: string[];
  markdown: string;
  trashed: boolean;
}

/** An untitled note is titled by its first line, cut at a word to at most this long. */
const UNTITLED_TITLE_CHARS = 60;

/** A line as a title: whole when short, else its words up to {@link UNTITLED_TITLE_CHARS} and «…». */
function shortened(line: string): string | undefined {
  if (line.length <= UNTITLED_TITLE_CHARS) return line || undefined;
  const cut = line.slice(0, UNTITLED_TITLE_CHARS).replace(/\s+\S*$/u, "");
  return cut ? `${cut}…` : undefined;
}

/** The note in a file of Keep's Takeout, or undefined for any other JSON (a chat Telegram exported, anything else). */
export function keepNoteOf(source: string): KeepNote | undefined {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/u, ""));
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const note = data as Record<string, unknown>;
  const text = typeof note.textContent === "string" ? note.textContent : undefined;
  const list = Array.isArray(note.listContent) ? note.listContent : undefined;
  if ((text === undefined && list === undefined) || typeof note.isTrashed !== "boolean") return undefined;
  const items = (list ?? [])
    .map((item) =>
      typeof item === "object" && item !== null ? (item as { text?: unknown }).text : undefined,
    )
    .filter((item): item is string => typeof item === "string" && item.trim() !== "")
    .map((item) => `- ${item.trim()}`);
  const markdown = [text?.trim() ?? "", items.join("\n")].filter((part) => part !== "").join("\n\n");
  const given = typeof note.title === "string" ? note.title.trim() : "";
  const firstLine = markdown.replace(/^- /u, "").split("\n")[0]?.trim() ?? "";
  const title = given || shortened(firstLine);
  const labels = Array.isArray(note.labels)
    ? note.labels
        .map((label) =>
          typeof label === "object" && label !== null ? (label as { name?: unknown }).name : undefined,
        )
        .filter((name): name is string => typeof name === "string" && name.trim() !== "")
    : [];
  return { ...(title ? { title } : {}), labels, markdown, trashed: note.isTrashed };
}
