// The markup note-taking apps add to Markdown (Obsidian, Logseq, exports of Notion and Confluence), reduced to the
// plain Markdown the bot shows and searches: a wiki link is its label, an embed or a comment is nothing, a callout
// is its title and text, an HTML entity the character it stands for. Tags (#docker) stay: they are words of the notes, and Telegram shows them as tags. Pure:
// prose in, prose out; code is never passed here.

import { codeLines } from "./code.ts";

/** `![[diagram.png]]`, `![alt](path)`: an embedded file or image, which a chat cannot show. */
const EMBED = /!\[\[[^\]\n]*\]\]|!\[[^\]\n]*\]\([^)\n]*\)/g;
/** `[[target]]`, `[[target|label]]`, `[[target#section]]`, `[[target^block]]`. */
const WIKI_LINK = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]/g;
/** `[text](https://…)`: a Markdown link. */
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
/**
 * `[text][ref]`, `[text][]`: a Markdown link by reference, its target defined elsewhere (see sitesMarkupRead). Not
 * an index after a name, `df[...][...]`.
 */
const REFERENCE_LINK = /(?<![\p{L}\p{N}_\]`])\[([^\]\n]+)\]\[([^\]\n]*)\]/gu;
/** `%%…%%`: an Obsidian comment, possibly over several lines. */
const COMMENT = /%%[\s\S]*?%%/g;
/**
 * A line that asks an editor for a table of contents: `[TOC]` (Typora, Python-Markdown, MkDocs), `[[_TOC_]]`
 * (GitLab, Azure DevOps), `{:toc}` (kramdown), `[toc]`. The editor shows the contents there; the text says nothing.
 */
const TOC_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\[toc\]|\[\[_toc_\]\]|\{:\s*\.?toc\s*\}|\$\{toc\})[ \t]*$/gimu;
/** `==text==`: a highlight. */
const HIGHLIGHT = /==([^=\n]+)==/g;
/** `> [!note] Title`: a callout's first line, its title in group 1; `> ` of a quote. */
const CALLOUT = /^[ \t]*>[ \t]*\[!\w+\][+-]?[ \t]*(.*)$/gm;
/**
 * A container's fence, as HackMD (`:::info`, `:::spoiler Ответ`, and the `:::` that closes it) and Pandoc
 * (`::: {.callout}`) write one: its kind or attributes in no group, its title in group 1.
 */
const CONTAINER = /^[ \t]*:{3,}[ \t]*(?:\{[^}\n]*\}|[A-Za-z][\w-]*)?[ \t]*(.*)$/gm;
const QUOTE = /^[ \t]*>[ \t]?/gm;
/** `- [ ] item`, `- [x] item`: a task. */
const TASK = /^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+/gm;

/**
 * A line that only points elsewhere: wiki links after a list marker or a label («Связано: [[drift]], [[import]]»,
 * «См. также:»), at most with a short gloss («- [[outputs]] — что отдаём наружу»), as a map of content has them.
 */
const LINK_LINE =
  /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:[\p{L} .]{1,20}:[ \t]*)?\[\[[^\]\n]+\]\](?:[ \t]*[,;][ \t]*\[\[[^\]\n]+\]\])*[ \t]*(?:[-–—:][ \t]*[^\n[]{0,80})?$/u;

/** A line that is a Markdown link to another note and nothing else, as Notion lists a page's sub-pages. */
const NOTE_LINK_LINE =
  /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?\[[^\]\n]+\]\((?![a-z]+:)[^)\s]*\.md\)[ \t]*$/iu;
const isLinkLine = (line: string) => LINK_LINE.test(line) || NOTE_LINK_LINE.test(line);

/** A bullet of a map of content that groups the links under it: «- основы», «- типы очередей». */
const GROUP_LINE = /^[ \t]*[-*+][ \t]+[\p{L}\p{N}][\p{L}\p{N} ()]{0,30}$/u;

/**
 * Whether prose, before {@link plainMarkup}, is nothing but links to other notes (see LINK_LINE), grouped perhaps
 * under bullets of a few words each («- основы» over «  - [[эксчейнджи]] — …»).
 */
export function linksOnly(prose: string): boolean {
  const lines = prose.split("\n").filter((l) => l.trim() !== "");
  const links = lines.filter(isLinkLine).length;
  return (
    links > 0 &&
    lines.every(
      (l) => isLinkLine(l) || (links >= 2 && GROUP_LINE.test(l) && l.trim().split(/\s+/).length <= 4),
    )
  );
}

/** The target of a wiki link as words: «Сети#Поды» → «Сети › Поды»; a block reference is dropped. */
function linkText(target: string): string {
  const [page = "", ...sections] = target.replace(/\^[\w-]+$/, "").split("#");
  return [page, ...sections]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(" › ");
}

/** Named HTML entities an export leaves in Markdown (Confluence, Notion): «Pod&nbsp;— …». */
const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
  hellip: "…",
};
const ENTITY = /&(?:#(\d{1,6})|#x([\da-f]{1,6})|([a-z]+));/giu;
/** `<br>`, `<br/>`: a line break an export writes as HTML, inside a table cell too. */
const LINE_BREAK = /<br\s*\/?>/giu;
/** `<aside>`…`</aside>` (Notion's callout), `<details>`, `<summary>` (a toggle): tags around text, shown as the text. */
const BLOCK_TAG = /<\/?(?:aside|details|summary)(?:\s[^>\n]*)?>/giu;
/** A toggle's title that only says to open it, as a README hides each answer: «<summary>Ответ</summary>». */
const REVEAL =
  /<summary>\s*(?:<b>)?\s*(?:ответ|answer|решение|solution|показать(?:\s+ответ)?|подробнее|спойлер|spoiler|развернуть|click\s+to\s+expand|show(?:\s+answer)?)\s*[:.]?\s*(?:<\/b>)?\s*<\/summary>/giu;
/**
 * Text in a tag that only styles it, as a README writes «<kbd>Ctrl</kbd>», «<b>важно</b>», GitBook «<mark
 * style="color:red;">…</mark>»: shown as the text.
 */
const STYLED = /<(b|strong|i|em|u|kbd|mark|small|sub|sup|code)(?:\s[^<>\n]*)?>([^<>\n]*)<\/\1>/giu;
/** A tag with attributes, «<p align="center">», «<img src=…>»: layout of a README, never a word of the notes. */
const LAYOUT_TAG = /<(?:p|div|center|img|a|h[1-6]|picture|source)\s[^<>\n]*\/?>/giu;
const HAS_LAYOUT_TAG = new RegExp(LAYOUT_TAG.source, "iu");
/**
 * A layout tag alone on its line, with no attributes: the «<div>» and «</div>» of a Marp slide's two columns around
 * Markdown that says the words. (A tag named in a sentence, «<div> — блочный элемент», stays.)
 */
const LONE_LAYOUT_LINE = /^[ \t]*<\/?(?:div|center|section|article)>[ \t]*$/gimu;
/** What closes layout tags, in a paragraph that has some. */
const LAYOUT_CLOSE = /<\/(?:p|div|center|a|h[1-6]|picture)>/giu;
/**
 * What a PDF-to-Markdown converter leaves around the text: a page's anchor (`<span id="page-3-0"></span>`, `<a
 * id="…"></a>`), a span's tags, a footnote's mark (`<sup>1</sup>`), a comment (`<!-- image -->`). None is text.
 */
const CONVERTER_HTML =
  /<!--[\s\S]*?-->|<(span|a|div)\s[^>\n]*>\s*<\/\1>|<span\s[^>\n]*>|<\/span>|<sup>\s*[\d*†]{1,3}\s*<\/sup>/giu;

/**
 * HTML an export left in prose, as the text it shows: entities decoded, a `<br>` a space. Inline code (between
 * backticks) is left as written: there «&lt;» is what the author typed.
 */
function plainHtml(prose: string): string {
  // Every entity opens with «&» and every tag with «<»: prose with neither has nothing to read.
  if (!/[&<]/u.test(prose)) return prose;
  return outsideInlineCode(prose, (part) =>
    part
      .replace(CONVERTER_HTML, "")
      .replace(REVEAL, "")
      .replace(STYLED, (_, tag: string, text: string) =>
        tag.toLowerCase() === "code" ? `\`${text}\`` : text,
      )
      .replace(HAS_LAYOUT_TAG.test(part) ? LAYOUT_CLOSE : /$^/u, "")
      .replace(LONE_LAYOUT_LINE, "")
      .replace(LAYOUT_TAG, "")
      .replace(LINE_BREAK, " ")
      .replace(BLOCK_TAG, "")
      .replace(ENTITY, entityText),
  );
}

/** What an HTML entity shows: «&gt;» «>», «&#8212;» «—»; one it does not know, as written. */
function entityText(whole: string, dec?: string, hex?: string, name?: string): string {
  const code = dec !== undefined ? Number(dec) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  return ENTITIES[(name as string).toLowerCase()] ?? whole;
}

/** Text with its HTML entities decoded: «Deployment -&gt; ReplicaSet» → «Deployment -> ReplicaSet». */
export const decodedEntities = (text: string): string => text.replace(ENTITY, entityText);

/** `transform` applied to the prose outside inline code (between backticks), which stays as written. */
function outsideInlineCode(prose: string, transform: (part: string) => string): string {
  return prose
    .split(/(`[^`\n]*`)/u)
    .map((part, i) => (i % 2 === 1 ? part : transform(part)))
    .join("");
}

/** An HTML table an export left in Markdown (Joplin, Confluence): `<table><tr><td>…`. */
const HTML_TABLE = /<table\b[^>]*>([\s\S]*?)<\/table>/giu;
const HTML_ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/giu;
const HTML_CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/giu;

/** HTML tables as Markdown ones: a row per `<tr>`, a cell per `<td>` or `<th>`, the first row the header. */
function htmlTables(prose: string): string {
  if (!/<table/i.test(prose)) return prose;
  return prose.replace(HTML_TABLE, (whole, inner: string) => {
    const rows = [...inner.matchAll(HTML_ROW)].map((row) =>
      [...(row[1] as string).matchAll(HTML_CELL)].map((cell) =>
        (cell[1] as string)
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .replace(/\|/g, "/")
          .trim(),
      ),
    );
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (width === 0) return whole;
    const line = (cells: string[]) =>
      `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
    const [header = [], ...body] = rows;
    return [line(header), line(Array(width).fill("---")), ...body.map(line)].join("\n");
  });
}

/** A Markdown backslash escape of a punctuation mark («\\<», «\\_», «\\[»), as pandoc writes them; or a hard line break. */
const ESCAPE = /\\([!-/:-@[-`{-~])|\\$/gmu;
/** A span with attributes: «[Демон-потоки]{.underline}». */
const ATTRIBUTED_SPAN = /\[([^\]\n]+)\]\{[^}\n]*\}/gu;
/** Dashes typed as pandoc's Markdown reads them: «---» an em dash between words, «--» an en dash between numbers. */
const EM_DASH = /(?<=^|[ \t])---(?=[ \t]+[\p{L}\p{N}«"(])/gmu;
const EN_DASH = /(?<=\d)--(?=\d)/gu;

/** A Markdown table's row: a line that starts with «|». */
const TABLE_ROW = /^[ \t]*\|.*$/gmu;
/** Where a table's cell has an escaped pipe while escapes are dropped. */
const CELL_PIPE = "\u0002";

/**
 * Markdown as pandoc writes it (a Word document converted, `pandoc -t markdown`): escapes dropped, spans' attributes
 * dropped, «---» and «--» the dashes they stand for. Inline code (between backticks) is left as written.
 */
export function plainPandoc(prose: string): string {
  if (!/\\|\]\{|--/u.test(prose)) return prose;
  // «| штраф | $\lambda\sum\|w_j\|$ |»: in a table's row «\|» is a pipe inside a cell, no escape to drop.
  const rows = prose.replace(TABLE_ROW, (row) => row.replaceAll("\\|", CELL_PIPE));
  return outsideInlineCode(rows, (part) =>
    part
      .replace(ATTRIBUTED_SPAN, "$1")
      .replace(ESCAPE, (_, mark?: string) => mark ?? "")
      .replace(EM_DASH, "—")
      .replace(EN_DASH, "–"),
  ).replaceAll(CELL_PIPE, "\\|");
}

/** A heading's attributes, as pandoc and kramdown write them: «Потоки и Runnable {#потоки-и-runnable .unnumbered}». */
const HEADING_ATTRIBUTES = /\s*\{[#.][^}\n]*\}\s*$/u;

/** `:material-alert:`, `:octicons-rocket-16:`, `:fontawesome-brands-python:`: an icon (MkDocs Material), no word. */
const ICON = /[ \t]*:(?:material|octicons|fontawesome|simple)-[\w-]+:/gu;
/**
 * The emoji a heading opens with, as chat assistants and phone notes mark sections: «⚙️ Что такое kube-proxy»,
 * «🔹 2. NodePort», «1️⃣ Установка». It says nothing the words do not, and hides the question a heading asks.
 */
const LEADING_EMOJI =
  /^(?:(?:\p{Extended_Pictographic}|[#*0-9]\uFE0F?\u20E3)(?:\uFE0F|\u200D|\p{Emoji_Modifier})*[ \t]*)+/u;
/** `*[PEP]: Python Enhancement Proposal`: an abbreviation's definition (Python-Markdown), its own line. */
const ABBREVIATION = /^\*\[([^\]\n]+)\]:[ \t]*(\S.*)$/gmu;

/** A Markdown heading's text as shown: no attributes, no icons, no escapes. */
export function plainHeading(text: string): string {
  const plain = plainPandoc(
    text.replace(HEADING_ATTRIBUTES, "").replace(ICON, "").replace(CONVERTER_HTML, ""),
  )
    .trim()
    .replace(LEADING_EMOJI, "");
  // «## **3.1 Типы сервисов**», as converters from PDF write a heading: the bold is the heading's, not its words'.
  return /^(\*\*|__)[^*_]+\1$/u.test(plain) ? plain.slice(2, -2).trim() : plain;
}

/**
 * Where a highlight stands in the book, as Readwise exports a Kindle's highlights: «(Location 618)», «([Location
 * 1234](https://readwise.io/to_kindle?…))». A place on a device, nothing the highlight says.
 */
const BOOK_LOCATION =
  /[ \t]*\((?:\[)?(?:location|место|loc\.?)[ \t]+\d+(?:-\d+)?(?:\]\(https?:\/\/readwise\.io\/[^)\s]*\))?\)/giu;

/** Prose of the notes without note-taking apps' own markup (see the file comment). */
export function plainMarkup(prose: string): string {
  return plainHtml(htmlTables(plainPandoc(prose)))
    .replace(BOOK_LOCATION, "")
    .replace(TOC_LINE, "")
    .replace(COMMENT, "")
    .replace(EMBED, "")
    .replace(WIKI_LINK, (_, target: string, label?: string) => label?.trim() || linkText(target))
    .replace(LINK, (_, text: string, url: string) => (/^https?:\/\//i.test(url) ? `${text} (${url})` : text))
    .replace(REFERENCE_LINK, "$1")
    .replace(HIGHLIGHT, "$1")
    .replace(ICON, "")
    .replace(ABBREVIATION, "$1 — $2")
    .replace(CALLOUT, (_, title: string) => (title.trim() ? `**${title.trim().replace(/[.:]$/, "")}:**` : ""))
    .replace(CONTAINER, (_, title: string) =>
      title.trim() ? `**${title.trim().replace(/[.:]$/, "")}:**` : "",
    )
    .replace(QUOTE, "")
    .replace(TASK, "$1")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A line that is bold and nothing else («**Сборка образа**», «__Тома:__»), or but a remark in brackets after it: how
 * many people head a part of their notes. Its text, or undefined for any other line.
 */
export function boldHeading(line: string): string | undefined {
  // Only the delimiter's own character ends it: «**proxy_pass и слэш в конце**» is a heading too.
  // …and one with a remark in brackets after it: «**RF vs бустинг** (итог от препода)».
  const match =
    /^[ \t]*(?:\*\*([^*\n]{1,70}?)\*\*|__([^_\n]{1,70}?)__)[ \t]*:?[ \t]*(\([^()\n]{1,40}\))?[ \t]*:?[ \t]*$/.exec(
      line,
    );
  const bold = (match?.[1] ?? match?.[2])?.replace(/:\s*$/, "").trim();
  const text = bold && match?.[3] ? `${bold} ${match[3]}` : bold;
  // Read as a heading's text is: «**4\. Фишинг**», as Word's text converted to Markdown escapes it, is «4. Фишинг».
  return text ? plainHeading(text) : undefined;
}

/** Words that make a line ending in «:» a lead-in to what follows («Делается это так:»), not a name of it. */
export const LEAD_IN_WORDS =
  /(?<![\p{L}])(?:это|так|вот|следующее|следующие|ниже|выше|например|тут|здесь|итого|пример|важно|когда|как|что|зачем|почему|какие|какой)(?![\p{L}])/iu;

/**
 * A short capitalised line ending in «:» that names what follows («Оффсет:», «Retention:», «Exactly once:»; or two
 * lower-case Latin words, «match vs term:», as a key of config would not be): how
 * many people head a part of their notes between real headings. Its text, or undefined.
 */
export function labelHeading(line: string): string | undefined {
  const match = /^[ \t]*((?:\p{Lu}|[a-z]+ [a-z])[\p{L}\p{N} .'’()/_-]{0,38}?)[ \t]*:[ \t]*$/u.exec(line);
  const text = match?.[1]?.trim();
  if (text === undefined || text.split(/\s+/).length > 3 || LEAD_IN_WORDS.test(text)) return undefined;
  return text;
}

/**
 * Notes put back where they are referred to — footnotes, a document's comments: each reference (`reference`, a
 * global pattern whose first group is the note's id) becomes « (note)» after its word. Undefined unless every note
 * is referred to exactly once («arr[i]» in code is no note's mark).
 */
export function notesInPlace(
  text: string,
  notes: ReadonlyMap<string, string>,
  reference: RegExp,
): string | undefined {
  const refs = new Map<string, number>();
  for (const [, id = ""] of text.matchAll(reference)) refs.set(id, (refs.get(id) ?? 0) + 1);
  if ([...notes.keys()].some((id) => refs.get(id) !== 1)) return undefined;
  return text.replace(reference, (whole, id: string) => {
    const note = notes.get(id);
    return note === undefined ? whole : ` (${note})`;
  });
}

/** A table's cue column is at most this long in a note kept as a Cornell table… */
const MAX_CUE_CHARS = 40;
/** …and its notes column this long on average: sentences, not a value. */
const MIN_NOTE_CHARS = 80;
/** A Cornell table has at least this many rows. */
const MIN_CUES = 3;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|?[ \t]*$/u;

/** A Markdown table row's cells. */
const rowCells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/u, "")
    .replace(/\|$/u, "")
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.trim());

/**
 * Notes kept as a Cornell table, «| Вопросы / ключевые слова | Конспект |»: each row's cue heads its note, which
 * becomes a section of its own («### acks?» over «acks=all: ждем…», a level under the heading above the table, and
 * what follows the table back under that heading), its «<br>» line breaks and «•» points kept as lines and list
 * items. A table of two columns whose first cells are short cues and whose second are notes several
 * sentences long; a table of values stays a table.
 */
export function cornellTablesAsSections(body: string): string {
  const lines = body.split("\n");
  const code = codeLines(lines);
  const out: string[] = [];
  /** The last heading above: each cue heads a section under it, and what follows the table is back under it. */
  let above: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!code[i] && /^#{1,5}[ \t]+\S/u.test(line)) above = line;
    const header = !code[i] && /^[ \t]*\|/u.test(line) ? rowCells(line) : undefined;
    if (header === undefined || header.length !== 2 || !TABLE_SEPARATOR.test(lines[i + 1] ?? "")) {
      out.push(line);
      continue;
    }
    let end = i + 2;
    while (end < lines.length && /^[ \t]*\|/u.test(lines[end] as string)) end++;
    const rows = lines.slice(i + 2, end).map(rowCells);
    const cornell =
      rows.length >= MIN_CUES &&
      rows.every((r) => r.length === 2 && (r[0] as string).length <= MAX_CUE_CHARS && r[0] !== "") &&
      rows.reduce((sum, r) => sum + (r[1] as string).length, 0) / rows.length >= MIN_NOTE_CHARS;
    if (!cornell) {
      out.push(line);
      continue;
    }
    for (const [cue, note] of rows) {
      const points = (note as string)
        .split(/<br\s*\/?>/iu)
        .map((l) => l.trim().replace(/^[•·▪]\s*/u, "- "))
        .filter(Boolean);
      const level = above === undefined ? 2 : (/^#+/u.exec(above)?.[0].length ?? 1) + 1;
      out.push("", `${"#".repeat(level)} ${(cue as string).replace(/\*\*/gu, "")}`, "", ...points);
    }
    out.push("", ...(above === undefined ? [] : [above, ""]));
    i = end - 1;
  }
  return out.join("\n");
}

/** CriticMarkup's marks of an edit in progress: an addition, a deletion, a substitution, a comment, a highlight. */
const CRITIC =
  /\{\+\+([\s\S]*?)\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~>([\s\S]*?)~~\}|\{>>[\s\S]*?<<\}|\{==([\s\S]*?)==\}/gu;

/**
 * Markdown with its CriticMarkup edits accepted, as Scrivener, MultiMarkdown Composer and iA Writer write them: an
 * addition «{++…++}» and a substitution's new text «{~~было~>стало~~}» kept, a deletion «{--…--}» and a comment
 * «{>>…<<}» gone, a highlight «{==…==}» its text. Code blocks are never changed.
 */
export function criticMarkupAccepted(body: string): string {
  if (!/\{(?:\+\+|--|~~|>>|==)/u.test(body)) return body;
  return body
    .split(/(^[ \t]*(?:`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*(?:`{3,}|~{3,})[ \t]*$)/mu)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CRITIC, (_, added, changed, marked) => added ?? changed ?? marked ?? ""),
    )
    .join("");
}
