// Notes kept as Markdown slide decks for Marp: `marp: true` in the front matter, slides split by `---` lines (or by
// headings, with `headingDivider`), directives and presenter notes in HTML comments. Read as plain Markdown, a
// `---` under a slide's last line made it a heading, a big `#` over one slide headed every slide after it, and the
// presenter notes — often the only place a detail is explained — were lost among the directives. Here each slide is
// a section headed by its own first heading, directives go and presenter notes are its text. Pure: text in,
// Markdown out.
import { closesFence, FENCE_LINE, splitFrontMatter } from "./markdown.ts";

/** `marp: true` in the front matter. */
const MARP = /^marp:[ \t]*true[ \t]*$/imu;
/** A slide break: a line of three dashes (or more) and nothing else. */
const SLIDE_BREAK = /^[ \t]*-{3,}[ \t]*$/u;
const HEADING = /^(#{1,6})[ \t]+(.*)$/u;
/** `<!-- _class: lead -->`, `<!-- paginate: false -->`: a directive, one `key: value` and nothing else. */
const DIRECTIVE = /^<!--[ \t]*_?[\w-]+:[^\n]*?-->$/u;
/** `<!-- fit -->` in a heading: a direction to fit it to the slide. */
const INLINE_COMMENT = /<!--[\s\S]*?-->/gu;

/**
 * Markdown for a Marp deck, or undefined when the Markdown is no deck (its front matter lacks `marp: true`). Each
 * slide's first heading becomes `##` and its others `###`; a slide without a heading goes on the one before it; the
 * first slide's heading is the title when the front matter has none. Directives and slide breaks go; presenter notes
 * become paragraphs of the slide.
 */
export function marpToMarkdown(source: string): string | undefined {
  const { meta, body } = splitFrontMatter(source.replace(/^\uFEFF/u, ""));
  if (meta === undefined || !MARP.test(meta)) return undefined;
  const out: string[] = [];
  let title = /^title:[ \t]*(.+)$/imu.exec(meta)?.[1]?.trim();
  let fence = "";
  let headed = false;
  let comment: string[] | undefined;
  for (const line of body.split(/\r?\n/u)) {
    const opened = FENCE_LINE.exec(line)?.[1];
    if (fence !== "") {
      if (closesFence(opened, fence)) fence = "";
      out.push(line);
      continue;
    }
    if (comment !== undefined) {
      // A presenter note over several lines, closed by «-->».
      const end = line.indexOf("-->");
      comment.push(end >= 0 ? line.slice(0, end) : line);
      if (end >= 0) {
        out.push("", ...comment, "");
        comment = undefined;
      }
      continue;
    }
    if (opened !== undefined) {
      fence = opened;
      out.push(line);
      continue;
    }
    if (SLIDE_BREAK.test(line)) {
      headed = false;
      out.push("");
      continue;
    }
    const trimmed = line.trim();
    if (DIRECTIVE.test(trimmed)) continue;
    if (trimmed.startsWith("<!--")) {
      const text = trimmed.slice(4);
      const end = text.indexOf("-->");
      if (end >= 0) out.push("", text.slice(0, end).trim(), "");
      else comment = [text];
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = (heading[2] ?? "").replace(INLINE_COMMENT, "").trim();
      // With `headingDivider`, a heading starts a slide of its own.
      const level = (heading[1] ?? "").length;
      if (level <= 2) headed = false;
      if (title === undefined && out.every((l) => l.trim() === "")) {
        title = text;
        headed = true;
        continue;
      }
      out.push("", `${headed ? "###" : "##"} ${text}`, "");
      headed = true;
      continue;
    }
    out.push(line.replace(INLINE_COMMENT, ""));
  }
  const front = title === undefined ? [] : ["---", `title: ${JSON.stringify(title)}`, "---", ""];
  return [...front, ...out]
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
