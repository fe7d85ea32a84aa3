// Notes kept in Telegram — «Избранное» (Saved Messages) or a channel of one's own — and exported with Telegram
// Desktop's «Export chat history», as JSON (`result.json`) or as HTML (`messages.html`, `messages2.html`…). Here an
// export becomes the Markdown of its messages: each message a paragraph, in bold what was bold (a note's title is,
// and a bold line heads a section), its code marked and its code blocks fenced, and what the export adds around
// them (who wrote it and when, service lines, pictures, stickers, replies, the hashtags that tag a message at its
// end) left out. Pure: text in, text out.
import { type ChildNode, type Element, isTag, isText } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { fencedBlock } from "./code.ts";

/** An export read: the Markdown of its messages, and the chat's name for the topic when it has one. */
export interface ChatExport {
  title?: string;
  text: string;
}

/** What Telegram calls Saved Messages in Russian: the name a user knows that chat by. */
const SAVED_MESSAGES = "Избранное";

/** A code block of `text` in `language`, fenced (see `fencedBlock`), on lines of its own. */
function fenced(text: string, language = ""): string {
  const body = text.replace(/^\n+|\s+$/gu, "");
  return body === "" ? "" : `\n${fencedBlock(body, language)}\n`;
}

/**
 * `text` marked as Markdown marks it with `mark` (bold, inline code), the spaces and line breaks around it outside
 * the marks: «**Куча** делится…». Bold is what a Telegram note's title is written in.
 */
function marked(text: string, mark: string): string {
  const [, before = "", inner = "", after = ""] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? [];
  if (inner === "" || inner.includes("\n") || inner.includes(mark)) return text;
  return `${before}${mark}${inner}${mark}${after}`;
}

/** A message's text tidied: no spaces at the ends of lines, no runs of blank lines, nothing around it. */
const tidy = (text: string) =>
  text
    .replace(/[ \t\u00a0]+$/gmu, "")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();

/**
 * A title is at most this long, and what follows its bold part at most `MAX_TITLE_TAIL`: a note's first line, not
 * its first sentence.
 */
const MAX_TITLE = 60;
const MAX_TITLE_TAIL = 24;

/**
 * A message whose first line opens in bold and goes on a little («**gRPC vs REST** — когда что») is titled by that
 * line, as one all in bold is: it is marked bold whole, so that it heads what follows. A line that ends a sentence,
 * or goes on long («**Protobuf** — бинарный формат сериализации…»), is the message's first sentence, not its title.
 */
function titled(message: string): string {
  const [first = "", ...rest] = message.split("\n");
  const opening = /^\*\*([^*\n]+)\*\*([^*`\n]*)$/u.exec(first);
  const tail = (opening?.[2] ?? "").trim();
  if (opening === null || rest.length === 0 || tail === "" || tail.length > MAX_TITLE_TAIL) return message;
  const line = `${opening[1]}${opening[2]}`.trim();
  if (line.length > MAX_TITLE || /[.!?…:;]$/u.test(line)) return message;
  return [`**${line}**`, ...rest].join("\n");
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** A piece of a message's text as the JSON export writes it: a plain string, or an entity with its text. */
type Piece = string | { type?: string; text?: string; language?: string };

interface JsonMessage {
  type?: string;
  text?: string | Piece[];
  text_entities?: Piece[];
}

interface JsonChat {
  name?: string | null;
  type?: string;
  messages?: JsonMessage[];
}

/** The Markdown of one message of the JSON export: its pieces joined, bold and code marked, `pre` fenced. */
function jsonMessageText(message: JsonMessage): string {
  const pieces: Piece[] = Array.isArray(message.text_entities)
    ? [...message.text_entities]
    : Array.isArray(message.text)
      ? [...message.text]
      : [message.text ?? ""];
  // The hashtags a message ends with tag it; they are not what it says.
  const blank = (piece: Piece) => (typeof piece === "string" ? piece : (piece.text ?? "")).trim() === "";
  while (pieces.length > 0) {
    const last = pieces.at(-1) as Piece;
    if (!blank(last) && (typeof last === "string" || last.type !== "hashtag")) break;
    pieces.pop();
  }
  return titled(
    tidy(
      pieces
        .map((piece) => {
          if (typeof piece === "string") return piece;
          const text = typeof piece.text === "string" ? piece.text : "";
          if (piece.type === "pre") return fenced(text, piece.language ?? "");
          if (piece.type === "bold") return marked(text, "**");
          return piece.type === "code" ? marked(text, "`") : text;
        })
        .join(""),
    ),
  );
}

/** The chat a JSON export holds: a chat exported alone, or «Избранное» out of a whole account's export. */
function jsonChat(data: unknown): JsonChat | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const chat = data as JsonChat & { chats?: { list?: JsonChat[] } };
  if (Array.isArray(chat.messages)) return chat;
  return chat.chats?.list?.find((c) => c.type === "saved_messages" && Array.isArray(c.messages));
}

/** Reads a Telegram Desktop JSON export, or gives undefined when `source` is none. */
function readJson(source: string): ChatExport | undefined {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return undefined;
  }
  const chat = jsonChat(data);
  if (chat === undefined) return undefined;
  const texts = (chat.messages ?? [])
    .filter((m) => m !== null && typeof m === "object" && m.type === "message")
    .map(jsonMessageText)
    .filter((text) => text !== "");
  const title =
    chat.type === "saved_messages"
      ? SAVED_MESSAGES
      : typeof chat.name === "string" && chat.name.trim() !== ""
        ? chat.name.trim()
        : undefined;
  return { ...(title === undefined ? {} : { title }), text: texts.join("\n\n") };
}

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────────────────────

const hasClass = (node: Element, name: string) => (node.attribs.class ?? "").split(/\s+/u).includes(name);

/** The text of a `<pre>`: its lines as written, `<br>` a line break. */
function preText(nodes: ChildNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return node.data;
      if (!isTag(node)) return "";
      return node.name === "br" ? "\n" : preText(node.children);
    })
    .join("");
}

/**
 * The Markdown of a message's `<div class="text">`: `<br>` a line break, bold and code marked, `<pre>` fenced in
 * the language its `<code>` names, the whitespace the export indents with none (it writes a message's own line
 * breaks as `<br>`).
 */
function htmlText(nodes: ChildNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return node.data.replace(/\s*\n\s*/gu, " ");
      if (!isTag(node)) return "";
      if (node.name === "br") return "\n";
      if (node.name === "strong" || node.name === "b") return marked(htmlText(node.children), "**");
      if (node.name === "code") return marked(DomUtils.textContent(node), "`");
      if (node.name === "pre") {
        const code = node.children.find((c): c is Element => isTag(c) && c.name === "code");
        const language = /\blanguage-([\w+#-]+)/u.exec(code?.attribs.class ?? "")?.[1] ?? "";
        return fenced(preText(node.children), language);
      }
      // A quote stands on lines of its own.
      if (node.name === "blockquote") return `\n${htmlText(node.children).trim()}\n`;
      return htmlText(node.children);
    })
    .join("");
}

/** A hashtag as the HTML export links it: `<a onclick="return ShowHashtag(&quot;gc&quot;)">#gc</a>`. */
const isHashtag = (node: ChildNode) => isTag(node) && /ShowHashtag/u.test(node.attribs.onclick ?? "");

/** A message's nodes without the hashtags it ends with: they tag it, they are not what it says. */
function untagged(nodes: ChildNode[]): ChildNode[] {
  let end = nodes.length;
  while (end > 0) {
    const node = nodes[end - 1] as ChildNode;
    const blank = (isText(node) && node.data.trim() === "") || (isTag(node) && node.name === "br");
    if (!blank && !isHashtag(node)) break;
    end -= 1;
  }
  return nodes.slice(0, end);
}

/** A Telegram Desktop HTML export: its pages hold a history of messages. */
const HTML_EXPORT = /<div class="history">/u;

/** Reads one page of a Telegram Desktop HTML export, or gives undefined when `source` is none. */
function readHtml(source: string): ChatExport | undefined {
  if (!HTML_EXPORT.test(source)) return undefined;
  const document = parseDocument(source);
  const texts: string[] = [];
  const days: string[] = [];
  for (const message of DomUtils.findAll(
    (node) => hasClass(node, "message") && hasClass(node, "default"),
    document.children,
  )) {
    // A message's text, and a forwarded one's inside it; a picture's caption is its text too.
    const parts = DomUtils.findAll(
      (node) => node.name === "div" && hasClass(node, "text"),
      message.children,
    ).map((div) => titled(tidy(htmlText(untagged(div.children)))));
    const text = parts.filter((part) => part !== "").join("\n");
    if (text !== "") texts.push(text);
    const date = DomUtils.findOne((node) => hasClass(node, "date"), message.children);
    const day = /^\d{2}\.\d{2}\.\d{4}/u.exec(date?.attribs.title ?? "")?.[0];
    if (day !== undefined) days.push(day);
  }
  const header = DomUtils.findOne((node) => hasClass(node, "page_header"), document.children);
  const name = header === null ? "" : tidy(DomUtils.textContent(header)).replace(/\s+/gu, " ");
  let title = /^(?:saved messages|избранное)$/iu.test(name) ? SAVED_MESSAGES : name;
  // A long history is split into pages (messages.html, messages2.html…): each is named by the days it spans.
  const paged = DomUtils.findOne((node) => hasClass(node, "pagination"), document.children) !== null;
  if (title !== "" && paged && days.length > 0) {
    const [first, last] = [days[0], days.at(-1)];
    title = `${title}, ${first === last ? first : `${first}–${last}`}`;
  }
  return { ...(title === "" ? {} : { title }), text: texts.join("\n\n") };
}

/**
 * The Markdown of a chat exported by Telegram Desktop, JSON or HTML (see the top of this file), with the chat's name
 * («Избранное» for Saved Messages); undefined when `source` is no such export.
 */
export function chatExportToText(source: string): ChatExport | undefined {
  const text = source.replace(/^\uFEFF/u, "");
  return /^\s*[{[]/u.test(text) ? readJson(text) : readHtml(text);
}
