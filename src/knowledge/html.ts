// Notes kept as web pages: an article saved with the browser's «Сохранить как» (its menus, sidebars, comments and
// footer around it), or a document downloaded from Google Docs as a web page (its bold, code and lists made of
// styled spans). Here a page becomes the Markdown of what it says: the article found by Mozilla's Readability (the
// Firefox reader view) and converted by Turndown; a Google Docs page read as its styles mean. An Evernote note's
// HTML (ENML) is converted here too (see enex.ts). Pure: text in, Markdown out.
import { createRequire } from "node:module";
import type TurndownService from "turndown";
import { fencedBlock } from "./code.ts";

// The libraries are loaded when a page is first read: linkedom alone takes some 25 MB, and most notes have no page.
const require = createRequire(import.meta.url);
type Libraries = {
  parseHTML: typeof import("linkedom").parseHTML;
  Readability: typeof import("@mozilla/readability").Readability;
  TurndownService: typeof import("turndown");
  gfm: typeof import("@joplin/turndown-plugin-gfm").gfm;
};
let libraries: Libraries | undefined;
const load = (): Libraries => {
  libraries ??= {
    parseHTML: (require("linkedom") as typeof import("linkedom")).parseHTML,
    Readability: (require("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
    TurndownService: require("turndown") as typeof import("turndown"),
    gfm: (require("@joplin/turndown-plugin-gfm") as typeof import("@joplin/turndown-plugin-gfm")).gfm,
  };
  return libraries;
};

/** A page read: its Markdown, and its title when it has one. */
export interface PageText {
  title?: string;
  markdown: string;
}

// linkedom's DOM, typed as much as is used here (the project is compiled without the DOM library).
interface Node {
  nodeType: number;
  textContent: string | null;
  parentNode: Node | null;
  nextSibling: Node | null;
}
interface Element extends Node {
  tagName: string;
  className: string;
  children: ArrayLike<Element>;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<Element>;
  querySelector(selectors: string): Element | null;
  replaceWith(...nodes: Node[]): void;
  remove(): void;
  append(...nodes: (Node | string)[]): void;
  before(...nodes: (Node | string)[]): void;
  innerHTML: string;
}
interface Document extends Element {
  body: Element;
  title: string;
  createElement(tag: string): Element;
}

/** Turndown as notes want it: `#` headings, fenced code, `-` lists, GitHub tables, and no escaping of the text. */
function converter(): TurndownService {
  const { TurndownService, gfm } = load();
  const turndown = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
  });
  turndown.use(gfm);
  // The text is read as notes, not shown as Markdown: «max_connections» and «1.» stay as written.
  turndown.escape = (text: string) => text;
  turndown.remove(["script", "style", "noscript", "iframe", "form", "button", "svg"]);
  // A picture says nothing the notes can search; its caption does (kept as text).
  turndown.addRule("image", { filter: "img", replacement: () => "" });
  // A link is its words: where it points is no part of what the notes say.
  turndown.addRule("link", { filter: "a", replacement: (content: string) => content });
  return turndown;
}

const list = <T>(items: ArrayLike<T>): T[] => Array.from(items);

/** The CSS classes of a Google Docs page that make text bold, or code (by a monospace font). */
function googleStyles(document: Document): { bold: Set<string>; code: Set<string> } {
  const bold = new Set<string>();
  const code = new Set<string>();
  const css = list(document.querySelectorAll("style"))
    .map((style) => style.textContent ?? "")
    .join("\n");
  for (const rule of css.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/gu)) {
    const [, name = "", body = ""] = rule;
    if (/font-weight:\s*(?:700|bold)/u.test(body)) bold.add(name);
    if (/font-family:[^;]*(?:Courier|Consolas|Roboto Mono|Source Code|monospace|Menlo|Monaco)/iu.test(body))
      code.add(name);
  }
  return { bold, code };
}

/** Whether the page is a Google Docs document downloaded as a web page. */
const isGoogleDoc = (document: Document) =>
  document.body.className.includes("doc-content") || /lst-kix_/u.test(document.body.innerHTML);

/** The classes of an element. */
const classesOf = (element: Element) => element.className.split(/\s+/u).filter(Boolean);

/**
 * A Google Docs page made plain HTML: styled spans become `<strong>` and `<code>`, runs of code paragraphs (and a
 * one-cell table of code) a `<pre>`, a paragraph all in bold a heading; the title paragraph, comments and footnote
 * marks go.
 */
function plainGoogleDoc(document: Document): void {
  const { bold, code } = googleStyles(document);
  // The student's comments and the footnote marks in the text: neither is what the notes say.
  for (const mark of list(document.querySelectorAll('sup a[href^="#cmnt"], sup a[href^="#ftnt"]')))
    (mark.parentNode as Element | null)?.remove();
  for (const comment of list(document.querySelectorAll('a[id^="cmnt"]')))
    (comment.parentNode?.parentNode as Element | null)?.remove();
  const isCode = (element: Element) => {
    const spans = list(element.querySelectorAll("span")).filter((s) => (s.textContent ?? "").trim() !== "");
    return spans.length > 0 && spans.every((s) => classesOf(s).some((c) => code.has(c)));
  };
  // A one-cell table of code is how code is pasted into Google Docs.
  for (const table of list(document.querySelectorAll("table"))) {
    const cells = list(table.querySelectorAll("td"));
    if (cells.length === 1 && isCode(cells[0] as Element)) {
      table.replaceWith(codeBlock(document, list((cells[0] as Element).querySelectorAll("p"))));
    }
  }
  // Lines of code are paragraphs of a monospace font, one after another.
  for (const paragraph of list(document.querySelectorAll("p"))) {
    if (!paragraph.parentNode || !isCode(paragraph)) continue;
    const lines = [paragraph];
    let next = paragraph.nextSibling as Element | null;
    while (next !== null && next.tagName === "P" && isCode(next)) {
      lines.push(next);
      next = next.nextSibling as Element | null;
    }
    paragraph.before(codeBlock(document, lines));
    for (const line of lines) line.remove();
  }
  // A paragraph all in bold is a title the student gave a section without a heading style: a heading below the
  // styled ones (its words may have asterisks, «*args и **kwargs», which bold marks would garble).
  for (const paragraph of list(document.querySelectorAll("p"))) {
    const spans = list(paragraph.querySelectorAll("span")).filter((s) => (s.textContent ?? "").trim() !== "");
    if (spans.length === 0 || !spans.every((s) => classesOf(s).some((c) => bold.has(c)))) continue;
    const heading = document.createElement("h6");
    heading.append((paragraph.textContent ?? "").trim());
    paragraph.replaceWith(heading);
  }
  for (const span of list(document.querySelectorAll("span"))) {
    const classes = classesOf(span);
    if ((span.textContent ?? "").trim() === "") continue;
    if (classes.some((c) => code.has(c))) span.replaceWith(wrapped(document, "code", span));
    else if (classes.some((c) => bold.has(c))) span.replaceWith(wrapped(document, "strong", span));
  }
  // The title paragraph is the document's name, as the file downloaded is named: the file names the topic.
  document.querySelector("p.title")?.remove();
}

/** A `<pre><code>` block of the lines of code `paragraphs` hold (Google Docs indents them with no-break spaces). */
function codeBlock(document: Document, paragraphs: Element[]): Element {
  const pre = document.createElement("pre");
  const code = document.createElement("code");
  code.append(paragraphs.map((p) => (p.textContent ?? "").replaceAll("\u00a0", " ")).join("\n"));
  pre.append(code);
  return pre;
}

/** A new `tag` element holding what `element` holds. */
function wrapped(document: Document, tag: string, element: Element): Element {
  const wrapper = document.createElement(tag);
  wrapper.innerHTML = element.innerHTML;
  return wrapper;
}

/** Markdown as notes want it: no-break spaces as spaces, no trailing spaces, no runs of blank lines. */
const tidyMarkdown = (markdown: string) =>
  markdown
    .replaceAll("\u00a0", " ")
    .replace(/[ \t]+$/gmu, "")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();

/** An Evernote code block: a `<div>` styled `-en-codeblock:true`, a line of code per `<div>` inside it. */
const isEvernoteCode = (node: Element) =>
  node.tagName === "DIV" && /-en-codeblock\s*:\s*true/u.test(node.getAttribute("style") ?? "");

/**
 * The Markdown of a note's ENML, the HTML Evernote keeps a note in: a line per `<div>` (an empty one a blank
 * line), code blocks fenced, to-do boxes as a task list («- [ ]», «- [x]»), attached files (`<en-media>`) left out.
 */
export function enmlToMarkdown(enml: string): string {
  const body = enml.replace(/^[\s\S]*?<en-note[^>]*>|<\/en-note>[\s\S]*$/gu, "");
  enmlConverter ??= evernoteConverter();
  return tidyMarkdown(enmlConverter.turndown(body));
}

/** Turndown for ENML, made once: an export holds many notes. */
let enmlConverter: TurndownService | undefined;

/** {@link converter} with Evernote's own elements: its code blocks, lines, check boxes and attachments. */
function evernoteConverter(): TurndownService {
  const turndown = converter();
  turndown.addRule("evernote code", {
    filter: (node) => isEvernoteCode(node as unknown as Element),
    replacement: (_content, node) => {
      const lines = list((node as unknown as Element).children).map((line) =>
        (line.textContent ?? "").replaceAll("\u00a0", " "),
      );
      return `\n\n${fencedBlock(lines.join("\n"))}\n\n`;
    },
  });
  // Evernote writes a line per <div>: lines, not paragraphs; an empty one (<div><br/></div>) parts paragraphs.
  turndown.addRule("evernote line", {
    filter: (node) => node.nodeName === "DIV" && !isEvernoteCode(node as unknown as Element),
    replacement: (content) => (content.trim() === "" ? "\n\n" : `${content}\n`),
  });
  // «<en-todo/>» is no void element of HTML: the line's words after it are read as inside it.
  turndown.addRule("evernote todo", {
    filter: (node) => node.nodeName === "EN-TODO",
    replacement: (content, node) =>
      `- ${(node as unknown as Element).getAttribute("checked") === "true" ? "[x]" : "[ ]"} ${content.trim()}`,
  });
  turndown.addRule("evernote media", {
    filter: (node) => node.nodeName === "EN-MEDIA",
    replacement: () => "",
  });
  return turndown;
}

/** Turndown for pages, made once. */
let pageConverter: TurndownService | undefined;

/** The Markdown of a fragment of HTML as it is (a Word document's, converted by mammoth): no article to find in it. */
export function fragmentToMarkdown(html: string): string {
  pageConverter ??= converter();
  return tidyMarkdown(pageConverter.turndown(html));
}

/**
 * The Markdown of a web page, with its title (see the top of this file); undefined when it has no text to speak
 * of.
 */
export function htmlToMarkdown(source: string): PageText | undefined {
  const { parseHTML, Readability } = load();
  const { document } = parseHTML(source) as unknown as { document: Document };
  if (!document.body) return undefined;
  pageConverter ??= converter();
  const turndown = pageConverter;
  let title: string | undefined;
  let html: string;
  if (isGoogleDoc(document)) {
    plainGoogleDoc(document);
    html = document.body.innerHTML;
  } else {
    // A page's or a callout's icon (Notion: «<span class="icon">💡</span>») is decoration, no word of the notes.
    for (const icon of list(document.querySelectorAll(".icon"))) icon.remove();
    const heading = document.querySelector("h1")?.textContent?.trim();
    const article = new Readability(document as never).parse();
    html = article?.content ?? document.body.innerHTML;
    title = heading || article?.title?.trim() || document.title.trim() || undefined;
  }
  const markdown = tidyMarkdown(turndown.turndown(html));
  if (!/\p{L}/u.test(markdown)) return undefined;
  return { ...(title ? { title } : {}), markdown };
}
