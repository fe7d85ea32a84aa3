// A page of vimwiki in its own syntax (`.wiki`, copied from `~/vimwiki/`): «= Заголовок =» headings (one «=» the
// top), «*bold*», «_italic_», «{{{rust» … «}}}» blocks, «#» numbered items, «Термин:: определение», «[[Page|описание]]»
// links, «:rust:ownership:» tags, and «%title …» placeholders on top. Pure: text in, Markdown out.

/** A heading: the same run of «=» on both sides, one to six. */
const HEADING = /^[ \t]*(={1,6})[ \t]+(\S.*?)[ \t]+\1[ \t]*$/u;
/** A preformatted block's opening line, with its language: «{{{rust», «{{{class="brush: python"». */
const OPEN = /^[ \t]*\{\{\{[ \t]*([\w+#-]*)/u;
/** A numbered item: «# шаг», nested by indentation. */
const NUMBERED = /^([ \t]*)#[ \t]+(\S.*)$/u;
/** A definition: «Термин:: определение». */
const DEFINITION = /^([^\s:][^:\n]*?)::[ \t]+(\S.*)$/u;
/** A line of tags alone: «:rust:ownership:». */
const TAGS = /^[ \t]*:(?:[\p{L}\p{N}_-]+:)+[ \t]*$/u;
/** A placeholder of vimwiki's own: «%title Ownership», «%date 2024-03-02», «%nohtml». */
const PLACEHOLDER = /^%(\w+)(?:[ \t]+(.*))?$/u;

/** The text of a line with vimwiki's inline markup as Markdown's. */
function inline(line: string): string {
  return line
    .replace(/(^|[\s(«"])\*([^*\s][^*\n]*?)\*(?=$|[\s.,;:!?)»"])/gu, "$1**$2**")
    .replace(/(^|[\s(«"])_([^_\s][^_\n]*?)_(?=$|[\s.,;:!?)»"])/gu, "$1*$2*")
    .replace(/\[\[([^\]|\n]+)\|([^\]\n]+)\]\]/gu, "$2")
    .replace(/\[\[([^\]\n]+)\]\]/gu, "$1");
}

/** The title a page's «%title» names, and the page as Markdown; undefined for text that is no vimwiki page. */
export function vimwikiToMarkdown(source: string): { title?: string; markdown: string } | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  // A page of vimwiki: a heading, a «{{{» block, a «%title» or a line of tags (an index of links alone is one too).
  const marked = lines.some(
    (l) =>
      HEADING.test(l) || OPEN.test(l) || PLACEHOLDER.test(l) || TAGS.test(l) || /\[\[[^\]]+\]\]/u.test(l),
  );
  if (!marked) return undefined;
  let title: string | undefined;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/[ \t]+$/u, "");
    const open = OPEN.exec(line);
    if (open) {
      const close = lines.findIndex((l, k) => k > i && l.trim() === "}}}");
      if (close > i) {
        out.push("", `\`\`\`${open[1] ?? ""}`, ...lines.slice(i + 1, close), "```", "");
        i = close;
        continue;
      }
    }
    const placeholder = PLACEHOLDER.exec(line);
    if (placeholder && out.every((l) => l.trim() === "")) {
      if (placeholder[1] === "title" && placeholder[2]) title = placeholder[2].trim();
      continue;
    }
    if (TAGS.test(line)) {
      const tags = line.trim().split(":").filter(Boolean);
      out.push("", tags.map((t) => `#${t}`).join(" "), "");
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      out.push("", `${"#".repeat((heading[1] as string).length)} ${inline(heading[2] as string)}`, "");
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      out.push(`${numbered[1]}1. ${inline(numbered[2] as string)}`);
      continue;
    }
    const definition = DEFINITION.exec(line);
    if (definition && !line.includes("`")) {
      out.push(`${inline((definition[1] as string).trim())} — ${inline(definition[2] as string)}`);
      continue;
    }
    out.push(inline(line));
  }
  return { ...(title ? { title } : {}), markdown: out.join("\n") };
}
