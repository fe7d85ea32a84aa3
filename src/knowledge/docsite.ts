// The Markdown of documentation sites, with what their generators add to it. MDX (a Docusaurus site's docs): ES imports
// at the top («import Tabs from '@theme/Tabs';»), React components on lines of their own around text («<Tabs>»,
// «<TabItem value="cli" label="CLI">» … «</TabItem>») and comments in braces («{/* TODO */}»). Liquid tags (a GitBook
// space's pages, a Jekyll site's posts): «{% hint style="info" %}» … «{% endhint %}», «{% tabs %}», «{% code
// title="x" %}», «{% content-ref url="../dns/" %}» link cards, «{% highlight bash %}» code. Read as Markdown, an
// import was a passage, and tags were words of the text shown. Pure: text in, Markdown out.

import { codeLines } from "./code.ts";

/** An ES import on a line of its own: «import Tabs from '@theme/Tabs';», «import {A, B} from "./x";». */
const IMPORT =
  /^import[ \t]+(?:[\w$]+(?:[ \t]*,[ \t]*\{[^}]*\})?|\{[^}]*\}|\*[ \t]+as[ \t]+[\w$]+)[ \t]+from[ \t]+(['"])[^'"\n]+\1;?[ \t]*$/u;
/** A component's tag alone on its line, opening, closing or both: «<TabItem value="oci" label="OCI">», «</Tabs>». */
const COMPONENT = /^[ \t]*<\/?[A-Z][\w.]*(?:[ \t][^<>]*)?\/?>[ \t]*$/u;
// A comment in braces, MDX's own: «{/* TODO: разобрать */}».
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/gu;

/**
 * Markdown for MDX: imports, component tags and comments dropped; what a component holds is text of its section (a
 * tab's label, «CLI» or «В CI», names a variant and no topic). Code blocks are never changed. Text with none of MDX's
 * marks comes back as it was.
 */
export function mdxAsMarkdown(body: string): string {
  if (!/^import[ \t]|^[ \t]*<\/?[A-Z]|\{\/\*/mu.test(body)) return body;
  const lines = body.replace(COMMENT, "").split("\n");
  const code = codeLines(lines);
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (code[i]) out.push(line);
    else if (IMPORT.test(line)) continue;
    else if (COMPONENT.test(line)) out.push("");
    else out.push(line);
  }
  return out.join("\n");
}

/** A Liquid tag: «{% hint style="info" %}», «{% endtabs %}», and its name. */
const LIQUID_TAG = /\{%-?[ \t]*([\w-]+)[^%\n]*?-?%\}/gu;
/** A line of Liquid tags alone. */
const LIQUID_LINE = /^[ \t]*(?:\{%-?[ \t]*[\w-]+[^%\n]*?-?%\}[ \t]*)+$/u;
/**
 * The tags of GitBook's blocks and Jekyll's that a page's text is laid out with. A template's tags in notes on a web
 * framework («нужен `{% csrf_token %}`», «{% block content %}») are the notes' words.
 */
const LAYOUT_TAGS = new Set(
  [
    "hint",
    "tabs",
    "tab",
    "code",
    "content-ref",
    "embed",
    "file",
    "swagger",
    "stepper",
    "step",
    "columns",
    "column",
    "updates",
    "update",
    "highlight",
  ].flatMap((name) => [name, `end${name}`]),
);

/** The names of the tags on a line outside inline code. */
function tagsOf(line: string): string[] {
  return Array.from(line.replace(/`[^`\n]*`/gu, "").matchAll(LIQUID_TAG), (m) => m[1] as string);
}

/**
 * Markdown for a page laid out with GitBook's or Jekyll's Liquid tags (two lines of such tags alone, at least):
 * «{% highlight bash %}» … «{% endhighlight %}» a fenced block in its language, a code block's title («{% code
 * title="снять дамп" %}») the line that introduces it, a link card («{% content-ref %}» … «{% endcontent-ref %}», «{%
 * embed url=… %}») dropped with what it shows, a line of other layout tags dropped and what they hold text of its
 * section. Any other tag (a template's, in notes on Django or Jinja) and code are never changed; a page without
 * such tags comes back as it was.
 */
export function liquidTagsDropped(body: string): string {
  if (!/\{%-?[ \t]*\w+/u.test(body)) return body;
  const lines = body.split("\n");
  const layout = (line: string) =>
    LIQUID_LINE.test(line) && tagsOf(line).every((name) => LAYOUT_TAGS.has(name));
  if (lines.filter(layout).length < 2) return body;
  const code = codeLines(lines);
  let card = false;
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (code[i]) {
      out.push(line);
      continue;
    }
    const highlight = /^[ \t]*\{%-?[ \t]*(end)?highlight\b[ \t]*([\w+#-]*)[^%]*%\}[ \t]*$/u.exec(line);
    if (highlight !== null) {
      out.push(highlight[1] ? "```" : `\`\`\`${highlight[2] ?? ""}`);
      continue;
    }
    // A code block's title says what it does: «{% code title="снять в файл и открыть в Wireshark" %}».
    const caption = /^[ \t]*\{%-?[ \t]*code\b[^%]*?\btitle="([^"]+)"[^%]*%\}[ \t]*$/u.exec(line)?.[1];
    if (caption !== undefined) {
      out.push(`${caption.trim()}:`);
      continue;
    }
    const names = tagsOf(line);
    if (names.includes("content-ref")) card = true;
    const inCard = card;
    if (names.includes("endcontent-ref")) card = false;
    if (inCard || (names.includes("embed") && LIQUID_LINE.test(line))) continue;
    out.push(layout(line) ? "" : line);
  }
  return out.join("\n");
}
