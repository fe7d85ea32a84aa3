// Notes exported from Joplin as «RAW - Joplin Export Directory»: a file per item, named by the item's id. A note's
// file is its title on the first line, a blank line, its Markdown, and at its end, after a blank line, Joplin's
// record of it: «id: 5c3e…», «parent_id: …», «created_time: …», … «type_: 1». A notebook's, a tag's or a resource's
// record is a file of its own, «type_: 2» and the like. Read as written, the record was a passage of the note and a
// notebook a note. Pure: text in, Markdown out.

/** A field of Joplin's record: «parent_id: 8d41…», «author: » (empty, its space kept). */
const FIELD = /^[a-z_]+:(?: .*)?$/u;
/** The field a record starts with: the item's id, 32 hex digits. */
const ID = /^id: [0-9a-f]{32}$/u;
/** The field a record ends with: the item's type, 1 for a note. */
const TYPE = /^type_: (\d+)$/u;
/** A note's type in its record. */
const NOTE_TYPE = "1";

/** An item of Joplin's raw export: a note (its title and Markdown) or another item (a notebook, a tag). */
export type JoplinItem = { kind: "note"; markdown: string } | { kind: "other" };

/**
 * The item a file of Joplin's raw export holds, or undefined for any other text: one that does not end in a record
 * with an «id:» of 32 hex digits and a «type_:», every line between them a field.
 */
export function joplinItem(source: string): JoplinItem | undefined {
  if (!source.includes("type_:")) return undefined;
  const lines = source
    .replace(/^\uFEFF/u, "")
    .trimEnd()
    .split(/\r?\n/u);
  const type = TYPE.exec(lines.at(-1) ?? "")?.[1];
  if (type === undefined) return undefined;
  let start = lines.length - 1;
  while (start > 0 && FIELD.test(lines[start - 1] as string)) start--;
  // The record is the whole file (a notebook's, beside its title), or set off from the note by a blank line.
  const idAt = lines.findIndex((l, i) => i >= start && ID.test(l));
  if (idAt < 0) return undefined;
  if (type !== NOTE_TYPE) return { kind: "other" };
  if (idAt > 0 && (lines[idAt - 1] as string).trim() !== "") return undefined;
  const [title = "", ...body] = lines.slice(0, idAt);
  // The title as front matter: a note that opens with a `#` heading of its own («CTE / WITH» over «# CTE») keeps
  // both, where two `#` headings would be two sections of a note with no title.
  const front = `---\ntitle: ${JSON.stringify(title.trim())}\n---\n`;
  return { kind: "note", markdown: `${front}${body.join("\n").trimEnd()}\n` };
}
