// MDX, the Markdown of a Docusaurus site's docs: ES imports at the top («import Tabs from '@theme/Tabs';»), React
// components on lines of their own around text («<Tabs>», «<TabItem value="cli" label="CLI">» … «</TabItem>») and
// comments in braces («{/* TODO */}»). Read as Markdown, an import was a passage and a component's tags were words of
// the text shown. Pure: text in, Markdown out.

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
  let fence: string | undefined;
  const out: string[] = [];
  for (const line of body.replace(COMMENT, "").split("\n")) {
    const mark = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (mark !== undefined) fence = fence === undefined ? mark : mark.startsWith(fence) ? undefined : fence;
    if (fence !== undefined || mark !== undefined) out.push(line);
    else if (IMPORT.test(line)) continue;
    else if (COMPONENT.test(line)) out.push("");
    else out.push(line);
  }
  return out.join("\n");
}
