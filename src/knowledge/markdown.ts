// Parses one notes file (Markdown with front matter, or plain text) into headed blocks. Pure: no I/O.

import { parse as parseYaml } from "yaml";
import { assistantChatAsMarkdown, isAssistantChat } from "./assistant.ts";
import { codeLines } from "./code.ts";
import { liquidTagsDropped, mdxAsMarkdown } from "./docsite.ts";
import { gridTablesAsPipes } from "./grid-tables.ts";
import {
  boldHeading,
  cornellTablesAsSections,
  criticMarkupAccepted,
  labelHeading,
  linksOnly,
  notesInPlace,
  plainHeading,
  plainMarkup,
} from "./markup.ts";
import { isMyst, mystToMarkdown } from "./myst.ts";

/** A paragraph, a list or a fenced code block, under the headings that contain it. */
export interface Block {
  kind: "prose" | "code";
  /** Prose as written (lines kept); code with its fences, so it stays valid Markdown. */
  text: string;
  /** Headings from `##` down, e.g. ["Типы сервисов", "ClusterIP"]. Empty for the introduction. */
  headingPath: string[];
  /**
   * Blocks of one section with different parts never share a passage: structured plain text uses it to keep
   * unrelated paragraphs with no heading apart. Absent in Markdown, whose sections group freely.
   */
  part?: number;
  /** Prose that only links to other notes («Связано: [[drift]]», a map of content): no answer itself. */
  links?: boolean;
  /** A to-do list of what to study («- [ ] nested CV»): the learner's plans, no answer itself. */
  todo?: boolean;
  /** A table of contents («ПЛАН ЛЕКЦИИ» and the titles under it): no answer itself. */
  contents?: boolean;
}

/** One notes file parsed: its names from the front matter and its blocks. */
export interface ParsedNote {
  title?: string;
  aliases: string[];
  /** What the note is filed under: its tags («#postgres/индексы #db» → «postgres/индексы», «db»). */
  tags?: string[];
  blocks: Block[];
  /** Problems with the front matter; the body is still used. */
  problems: string[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;
/** A line of a Markdown list: «- item», «* item», «1. item». */
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,2}[.)])\s+\S/;
/** A Setext heading's text is a line at most this long: a longer one over «---» is a paragraph before a rule. */
const MAX_SETEXT_CHARS = 100;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** A bold line used as a heading sits below every `#` heading: the next bold line or `#` heading ends it. */
const BOLD_HEADING_LEVEL = 7;
/**
 * A label line («Оффсет:», «Retention:») heads what it introduces, below every other heading (with `labels`, see
 * {@link parseMarkdown}).
 */
const LABEL_LEVEL = 8;
/**
 * A link reference definition, which Markdown shows nowhere: «[vmstat]: vmstat.md "vmstat"», «[1]: https://…». Not
 * a footnote's text («[^1]: …»).
 */
const LINK_DEFINITION =
  /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/u;

/** A heading's number: «2.» of «2. ConfigMap: создание», «3.1» of «3.1 env + configMapKeyRef». */
const HEADING_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?[ \t]/u;

const numberOf = (heading: string) => HEADING_NUMBER.exec(heading)?.[1]?.split(".").map(Number);

/**
 * The level a bold line numbered as a heading stands at, by the headings numbered above it: «**2. ConfigMap**»
 * after «## 1. Зачем» is that heading's sibling, «**3.1 env**» under «**3. Как прокинуть**» its child, as a
 * document exported with some headings bold and some styled (Google Docs) has them. Undefined without a number
 * that follows one above.
 */
function numberedLevel(stack: readonly { level: number; text: string }[], bold: string): number | undefined {
  const number = numberOf(bold);
  if (number === undefined) return undefined;
  const parent = number.slice(0, -1);
  const last = number.at(-1) ?? 0;
  for (const heading of [...stack].reverse()) {
    const above = numberOf(heading.text);
    // «3.3» is passed by «4.» on the way to «3.».
    if (above === undefined || above.length > number.length) continue;
    const sameParent = (n: readonly number[]) =>
      n.length === parent.length && n.every((k, i) => k === parent[i]);
    if (above.length === number.length && sameParent(above.slice(0, -1)) && (above.at(-1) ?? 0) < last)
      return heading.level;
    if (sameParent(above) && heading.level + 1 < BOLD_HEADING_LEVEL) return heading.level + 1;
    return undefined;
  }
  return undefined;
}

/**
 * «**Вопрос:** Зачем соль?», «Q: HSTS?»: notes kept as questions and answers (for an interview, a course's
 * review) head each answer by its question, at the level of a bold line.
 */
const QUESTION_LINE =
  /^[ \t]*(?:\*\*|__)?(?:вопрос|question|q)[ \t]*:(?:\*\*|__)?[ \t]*(?:\*\*|__)?(\S.*?)(?:\*\*|__)?[ \t]*$/iu;
/** «**Ответ:**», «A:» before an answer: the question above says what it answers. */
const ANSWER_LABEL = /^([ \t]*)(?:\*\*|__)?(?:ответ|answer|a)[ \t]*:(?:\*\*|__)?[ \t]*/iu;

/**
 * Splits off front matter at the top of a Markdown file: YAML between `---` lines, or TOML between `+++` lines (as
 * Hugo writes it), of which its `title` and `aliases`, the names of the note, are read as the YAML they also are.
 */
export function splitFrontMatter(source: string): {
  meta: string | undefined;
  body: string;
  bodyLine: number;
} {
  const match = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return multiMarkdownMetadata(source) ?? { meta: undefined, body: source, bodyLine: 1 };
  const meta =
    match[1] === "---"
      ? match[2]
      : (match[2] as string)
          .split(/\r?\n/u)
          .flatMap((line) => {
            const entry = /^(title|aliases)[ \t]*=[ \t]*(["[].*)$/u.exec(line.trim());
            return entry ? [`${entry[1]}: ${entry[2]}`] : [];
          })
          .join("\n");
  return {
    meta,
    body: source.slice(match[0].length),
    bodyLine: match[0].split("\n").length,
  };
}

/** A line of MultiMarkdown's metadata: «Title: Архитектура», «Base Header Level: 2». */
const MMD_FIELD = /^([A-Za-z][A-Za-z0-9 _-]{0,30}):[ \t]+(\S.*)$/u;
/** The fields MultiMarkdown knows: a block of «Key: value» lines with none of them is text. */
const MMD_KEYS =
  /^(?:title|author|date|base header level|keywords|subtitle|affiliation|copyright|css|language|quotes language|format|latex (?:input|config|footer|mode)|mmd (?:header|footer))$/iu;

/**
 * MultiMarkdown's metadata at the top of a file (as Scrivener compiles it): «Key: value» lines up to the first
 * blank one, a known field among them; its title is the note's title, the rest is dropped. Undefined for text that
 * opens otherwise.
 */
function multiMarkdownMetadata(source: string): { meta: string; body: string; bodyLine: number } | undefined {
  const end = source.search(/\r?\n[ \t]*\r?\n/u);
  if (end < 0) return undefined;
  const lines = source.slice(0, end).split(/\r?\n/u);
  const fields = lines.map((line) => MMD_FIELD.exec(line));
  if (lines.length < 2 || fields.some((f) => f === null)) return undefined;
  if (!fields.some((f) => MMD_KEYS.test((f as RegExpExecArray)[1] as string))) return undefined;
  const title = fields.find((f) => (f as RegExpExecArray)[1]?.toLowerCase() === "title")?.[2];
  const rest = source.slice(end).replace(/^\r?\n/u, "");
  return {
    meta: title === undefined ? "" : `title: ${JSON.stringify(title.trim())}`,
    body: rest,
    bodyLine: lines.length + 1,
  };
}

/** A query a vault's plugin runs («```dataview», «```tasks»): what it shows is elsewhere in the notes. */
const PLUGIN_QUERY = /^[ \t]*(`{3,}|~{3,})[ \t]*(?:dataview|dataviewjs|tasks|query)[ \t]*$/u;
/** Dataview's inline field on a line of its own: «Статус:: 🌱 черновик», «Источник:: [[Redis in Action]]». */
const INLINE_FIELD = /^[ \t]*(?:[-*+][ \t]+)?[\p{L}][\p{L}\p{N} _-]{0,30}::[ \t]+\S.*$/u;
/**
 * An Obsidian block's id at its line's end, for links to it: « ^a1b2c3»; or on a line of its own, as one is put
 * under a table or a list («^phases-table»).
 */
const BLOCK_ID = /(?:^|[ \t]+)\^[A-Za-z0-9-]{4,}$/u;

/**
 * Markdown of an Obsidian vault without what its plugins add for themselves: query blocks (Dataview, Tasks), inline
 * fields, block ids. Code blocks of any other kind stay as written.
 */
export function vaultPluginsDropped(body: string): string {
  if (!/::|\^[A-Za-z0-9-]{4,}$|dataview|```tasks|```query/mu.test(body)) return body;
  const out: string[] = [];
  let fence: string | undefined;
  let query = false;
  for (const line of body.split("\n")) {
    const mark = /^[ \t]*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence !== undefined) {
      if (mark?.startsWith(fence) && line.trim() === mark) {
        fence = undefined;
        if (query) {
          query = false;
          continue;
        }
      }
      if (!query) out.push(line);
      continue;
    }
    if (mark !== undefined) {
      fence = mark;
      query = PLUGIN_QUERY.test(line);
      if (!query) out.push(line);
      continue;
    }
    if (INLINE_FIELD.test(line)) continue;
    out.push(line.replace(BLOCK_ID, ""));
  }
  return out.join("\n");
}

/** A Hugo shortcode on a line of its own: «{{< notice warning >}}», «{{% /alert %}}». */
const SHORTCODE_LINE = /^[ \t]*\{\{([<%])[ \t]*(\/?)[ \t]*([\w-]+)([^\n]*?)[>%]\}\}[ \t]*$/u;
/** A cross link to another post, «{{< ref "terraform-modules.md" >}}»: the post it names. */
const REF = /\{\{[<%][ \t]*(?:rel)?ref[ \t]+"([^"]+)"[ \t]*[>%]\}\}/gu;

/**
 * A Hugo site's Markdown with its shortcodes read: «{{< highlight hcl "linenos=table" >}}» … «{{< /highlight >}}» a
 * fenced block in its language, a figure its caption, a cross link the post it names, and the boxes around text
 * («{{< notice warning >}}», «{{% alert %}}») only their text.
 */
export function hugoShortcodes(body: string): string {
  if (!/\{\{[<%]/u.test(body)) return body;
  const lines = body.split("\n");
  const inCode = codeLines(lines);
  return lines
    .map((line, i) => {
      if (inCode[i]) return line;
      const code = SHORTCODE_LINE.exec(line);
      if (code === null) return line.replace(REF, "$1");
      const [, , closing, name, rest] = code;
      if (name === "highlight")
        return closing ? "```" : `\`\`\`${/^[ \t]+([\w+#-]+)/u.exec(rest ?? "")?.[1] ?? ""}`;
      if (name === "figure") return /caption="([^"]*)"/u.exec(rest ?? "")?.[1] ?? "";
      return "";
    })
    .join("\n");
}

function readMeta(meta: string | undefined, problems: string[]): { title?: string; aliases: string[] } {
  if (meta === undefined) return { aliases: [] };
  let data: unknown;
  try {
    // A note made from a template keeps its blanks («date: {{date}}»): YAML reads them as a map, which the title and
    // aliases never are, and would say so on the console.
    data = parseYaml(meta, { logLevel: "error" });
  } catch (error) {
    problems.push(
      `front matter is not valid YAML (${(error as Error).message.split("\n")[0]}); it was ignored`,
    );
    return { aliases: [] };
  }
  if (data === null || typeof data !== "object") return { aliases: [] };
  const record = data as Record<string, unknown>;
  const title = typeof record.title === "string" && record.title.trim() ? record.title.trim() : undefined;
  let aliases: string[] = [];
  if (Array.isArray(record.aliases)) {
    aliases = record.aliases
      .filter((a): a is string | number => typeof a === "string" || typeof a === "number")
      .map(String);
  } else if (typeof record.aliases === "string") {
    aliases = record.aliases
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
  } else if (record.aliases !== undefined) {
    problems.push(
      "front matter `aliases` should be a list, e.g. aliases: [сервисы, services]; it was ignored",
    );
  }
  return title === undefined ? { aliases } : { title, aliases };
}

/**
 * A paragraph of tags and nothing else («#docker #volumes»): what the note is filed under, like tags in front
 * matter, not something it says — alone it would be a passage that answers nothing.
 */
const TAGS_ONLY = /^(?:#[\p{L}\p{N}_/-]+[ \t]*\n?)+$/u;

/** The tags of a line or paragraph of them: «#postgres/индексы #db» → «postgres/индексы», «db». */
function tagsOf(text: string): string[] {
  return [...text.matchAll(/#([\p{L}\p{N}_/-]+)/gu)].map((m) => m[1] as string);
}

/** Whether a paragraph is tags and nothing else (see {@link TAGS_ONLY}). */
export const isTagsOnly = (text: string): boolean => TAGS_ONLY.test(text.trim());

/** A page exported from Notion: its file name ends with the page's id, «ClickHouse 3f2a…5a6e.md». */
export const NOTION_PAGE = /\s[\da-f]{32}\.md$/i;
/** A line of a Notion page's properties: «Created: 12 марта 2026 г. 14:05», «Tags: бд, аналитика». */
const PROPERTY = /^[\p{L}][\p{L}\p{N} _-]{0,30}:[ \t]+\S.{0,200}$/u;

/**
 * A Notion page without its properties, the lines of «Name: value» Notion writes under the page's title: they say
 * when the page was made and how it is tagged, nothing of what it is about.
 */
export function withoutNotionProperties(source: string): string {
  const match = /^(\uFEFF?#[ \t]+[^\n]*\n+)((?:[^\n]+\n?)+)/u.exec(source);
  const lines = match?.[2]?.trimEnd().split("\n") ?? [];
  if (match === null || lines.length === 0 || !lines.every((l) => PROPERTY.test(l))) return source;
  return (match[1] as string) + source.slice(match[0].length);
}

/** A footnote's text, on a line of its own: «[^1]: по ssh, без агента». */
const FOOTNOTE = /^\[\^([\w-]+)\]:[ \t]+(\S.*)$/gmu;
/** Where a footnote is referred to, after a word: «recall[^1]». */
const FOOTNOTE_REF = /(?<=\S)\[\^([\w-]+)\]/gu;

/**
 * Footnotes put where they are referred to: «recall[^1]» with «[^1]: а не арифметическое» at the end becomes
 * «recall (а не арифметическое)», and the footnote's line goes — only when each footnote is referred to once.
 */
export function footnotesInPlace(body: string): string {
  if (!body.includes("[^")) return body;
  const notes = new Map<string, string>();
  for (const [, id = "", text = ""] of body.matchAll(FOOTNOTE)) notes.set(id, text.trim());
  if (notes.size === 0) return body;
  return notesInPlace(body.replace(FOOTNOTE, ""), notes, FOOTNOTE_REF) ?? body;
}

/** A block of math between lines of «$$»: code to the reader, not words («\frac», «\text»). */
const MATH_BLOCK = /^\$\$[ \t]*\n([\s\S]*?)\n\$\$[ \t]*$/gmu;

/** Blocks of math («$$ … $$» on lines of their own) as fenced code blocks of `math`. */
export function mathAsCode(body: string): string {
  return body.includes("$$") ? body.replace(MATH_BLOCK, "```math\n$1\n```") : body;
}

/**
 * `!!! note "Заметка"`, `??? tip "Под катом"`, `???+ warning`: an admonition (Python-Markdown's, as MkDocs sites
 * write them) with its title; `=== "Windows"`: a content tab (pymdownx.tabbed) with its label. What they hold is
 * indented under them by four spaces.
 */
const INDENTED_BLOCK =
  /^(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"\n]*)")?|===\+?[ \t]+"([^"\n]*)")[ \t]*$/u;
/** `--8<-- "snippets/warn.md"`: a snippet included from another file when the site is built. */
const SNIPPET = /^[ \t]*-{1,2}8<-{1,2}[ \t]+\S.*$/u;
/** A line that opens or closes a fenced block, its fence captured. */
export const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})/u;

/** Whether a fence `marker` found on a line closes the block `open` opened: the same character, at least as many. */
export const closesFence = (marker: string | undefined, open: string): boolean =>
  marker !== undefined && marker[0] === open[0] && marker.length >= open.length;

/**
 * Admonitions and content tabs as the Markdown they hold: what is indented under one de-indented, so that its
 * paragraphs are prose and its fences code (not an indented code block, nor a fence inside one); its title or label
 * in bold opens its first paragraph («**Заметка:** Пишу…»), or is a line of its own over code («**Windows:**»); an
 * admonition without a title says nothing. Snippet includes are dropped. Code is never changed.
 */
export function indentedBlocksAsText(body: string): string {
  if (!/^(?:!!!|\?\?\?|===|-{1,2}8<)/mu.test(body)) return body;
  const lines = body.split("\n");
  const out: string[] = [];
  let fence = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const opened = FENCE_LINE.exec(line)?.[1];
    if (fence !== "") {
      if (closesFence(opened, fence)) fence = "";
      out.push(line);
      continue;
    }
    if (opened !== undefined) {
      fence = opened;
      out.push(line);
      continue;
    }
    if (SNIPPET.test(line)) continue;
    const block = INDENTED_BLOCK.exec(line);
    if (block === null) {
      out.push(line);
      continue;
    }
    const title = (block[1] ?? block[2] ?? "").trim();
    const held: string[] = [];
    for (; i + 1 < lines.length; i++) {
      const next = lines[i + 1] as string;
      if (next.trim() !== "" && !/^(?: {4}|\t)/u.test(next)) break;
      held.push(next.replace(/^(?: {4}|\t)/u, ""));
    }
    // The title opens the first paragraph, as a callout's does («**Заметка:** Пишу…»); over code or a list it is a
    // line of its own. What is held may hold admonitions and tabs of its own.
    const inner = indentedBlocksAsText(held.join("\n")).split("\n");
    const first = inner.findIndex((l) => l.trim() !== "");
    const label = `**${title.replace(/[.:]$/u, "")}:**`;
    const opening = inner[first] ?? "";
    if (title && !FENCE_LINE.test(opening) && /^[\p{L}\p{N}«"(`]/u.test(opening))
      inner[first] = `${label} ${inner[first]}`;
    else if (title) inner.unshift(label, "");
    out.push("", ...inner);
  }
  return out.join("\n");
}

/** A bold line or label that labels a part of every section: «**Причина:**», «Решение:», «**Сложность:**». */
const MIN_FACET_REPEATS = 3;

/**
 * The bold lines and labels that recur, as labels of the parts of many sections do: «**Причина:**» under each
 * problem of a runbook, «Решение:» under each task, name the role of what follows in its section, no thing to ask
 * about. Lower-cased.
 */
function facetLabels(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = (boldHeading(line) ?? labelHeading(line))?.toLowerCase();
    if (text !== undefined) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_FACET_REPEATS).map(([text]) => text));
}

/** A paragraph that opens by defining a term in bold: «**ARP** (Address Resolution Protocol) — по известному IP…». */
const BOLD_TERM_LINE = /^\*\*([^*\n]{1,60}?)\*\*[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?[—–:-][ \t]+\S/u;
/** A heading of one letter: «## А», «## B» — a section of an alphabetical glossary. */
const LETTER_HEADING = /^\p{Lu}$/u;
/** A glossary entry's term heads it below every other heading. */
const TERM_LEVEL = 9;
/** A list item that defines a term in bold: «- **Release (релиз)** — конкретная установка…». */
const BOLD_TERM_ITEM = /^[-*+][ \t]+\*\*([^*\n]{1,60}?)\*\*[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[—–:-][ \t]+\S/u;
/** A heading over the notes' own glossary: «Термины», «Основные понятия», «Глоссарий», «Terms». */
const GLOSSARY_HEADING =
  /(?<!\p{L})(?:термин\p{L}*|понятия|глоссари\p{L}*|словар\p{L}*|определения|terms|glossary|definitions)(?!\p{L})/iu;
/** How many such items make a glossary. */
const MIN_GLOSSARY_ITEMS = 3;

/**
 * A list of terms in bold, each with what it is («- **Chart (чарт)** — пакет хелма…», «- **Release** — …»): each
 * item (with the lines under it) and its term, or undefined for any other paragraph.
 */
function glossaryItems(lines: readonly string[]): { term: string; lines: string[] }[] | undefined {
  const items: { term: string; lines: string[] }[] = [];
  for (const line of lines) {
    const term = BOLD_TERM_ITEM.exec(line)?.[1];
    if (term !== undefined) items.push({ term: plainHeading(term.trim()), lines: [line] });
    else if (items.length > 0 && /^[ \t]+\S/u.test(line)) items.at(-1)?.lines.push(line);
    else return undefined;
  }
  return items.length >= MIN_GLOSSARY_ITEMS ? items : undefined;
}

/** A paragraph of to-do items and nothing else: «- [x] train_test_split», «- [ ] nested CV». */
const TODO_LIST = /^(?:[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+\S[^\n]*(?:\n|$))+$/u;
/**
 * A checkbox item, a line of a checklist: a box (a bullet before it or not) and its words — «☐ нарисовать схему
 * резолва», «☑ типы записей», «- [x] …».
 */
export const CHECKBOX_ITEM = /^[ \t]*(?:[-*+•][ \t]+)?(?:[☐☑☒]|\[[ xX]\])[ \t]*(\S.*)$/u;
/** A task of a to-do list says what to do in a few words: «☐ схема резолва», «- [ ] пройти тест по прошлому году»… */
const TASK_WORDS = 8;

/**
 * Whether the checkbox items of a text are tasks, two in three of them a few words: not notes kept as a checklist, each
 * item what was learned («- [x] MVCC — Multi-Version Concurrency Control: каждая строка хранится в нескольких
 * версиях…»).
 */
export function tasksOnly(text: string): boolean {
  const items = text.split("\n").flatMap((l) => CHECKBOX_ITEM.exec(l)?.[1] ?? []);
  const short = items.filter(
    (item) => item.trim().split(/\s+/u).length <= TASK_WORDS || OPENS_WITH_INFINITIVE.test(item.trim()),
  ).length;
  return short * 3 >= items.length * 2;
}

/** …or says it by its verb, however long: «спросить у Димы, почему у нас в проде `limit=0` в коннекторе». */
const OPENS_WITH_INFINITIVE = /^[а-яё]{3,}(?:ть|ться|чь|чься|ти)(?![\p{L}])/iu;

/**
 * Markdown without what the tool that made it adds for itself: MyST's directives, MDX's imports and components,
 * Liquid and Hugo's tags, an Obsidian vault's plugins, CriticMarkup's edits (accepted).
 */
export function sitesMarkupRead(body: string): string {
  return linkDefinitionsDropped(
    criticMarkupAccepted(
      vaultPluginsDropped(
        hugoShortcodes(liquidTagsDropped(mdxAsMarkdown(isMyst(body) ? mystToMarkdown(body) : body))),
      ),
    ),
  );
}

/**
 * Markdown without its link reference definitions, which it shows nowhere: «[vmstat]: vmstat.md "vmstat"», the
 * «[//begin]: # "Autogenerated link references"» block Foam keeps under each note. Code is left as it is.
 */
function linkDefinitionsDropped(body: string): string {
  if (!body.includes("]:")) return body;
  const lines = body.split("\n");
  const code = codeLines(lines);
  return lines.filter((line, i) => code[i] || !LINK_DEFINITION.test(line)).join("\n");
}

/**
 * Parses a Markdown note: front matter (`title`, `aliases`), `#`…`######` headings (and lines that are bold and
 * nothing else, as headings below them), paragraphs, lists and fenced code blocks; note-taking apps' markup in
 * prose (wiki links, embeds, comments, callouts) becomes plain text; a paragraph of tags alone is dropped. A `#`
 * heading before any other heading is taken as the title when front matter has none.
 */
export function parseMarkdown(source: string, options: { labels?: boolean } = {}): ParsedNote {
  const problems: string[] = [];
  const { meta, body } = splitFrontMatter(source.replace(/^\uFEFF/, ""));
  const { title: metaTitle, aliases } = readMeta(meta, problems);
  let title = metaTitle;
  /** Whether the title is the first `#` heading, not front matter's. */
  let titledByHeading = false;
  const blocks: Block[] = [];
  const tags: string[] = [];
  const stack: { level: number; text: string }[] = [];
  /** Whether the label on top of the stack has headed a paragraph yet (see LABEL_LEVEL). */
  let labelUsed = false;
  let para: string[] = [];
  let code: string[] | undefined;
  let fence = "";

  const path = () => stack.map((h) => h.text);
  const flushPara = () => {
    const raw = para.join("\n");
    const text = plainMarkup(raw);
    // A label heads its own paragraph and the lists, code and remarks in lower case after it: a new paragraph
    // that starts with a capital letter is back in the section around it.
    if (text && stack.at(-1)?.level === LABEL_LEVEL) {
      if (labelUsed && /^\p{Lu}/u.test(text)) stack.pop();
      labelUsed = true;
    }
    // «**ARP** (Address Resolution Protocol) — по известному IP…» under «## А» or «## Термины»: an entry of the notes'
    // own glossary, a section headed by its term with what follows it, until the next entry or heading. A new entry
    // ends the sub-headings of the one before («### Процесс DORA» inside DHCP's).
    const entry = BOLD_TERM_LINE.exec(para[0] ?? "")?.[1];
    const glossaryAt =
      entry === undefined
        ? -1
        : stack.findLastIndex(
            (h) => h.level < TERM_LEVEL && (GLOSSARY_HEADING.test(h.text) || LETTER_HEADING.test(h.text)),
          );
    if (entry !== undefined && glossaryAt >= 0) {
      stack.splice(glossaryAt + 1);
      stack.push({ level: TERM_LEVEL, text: plainHeading(entry.trim()) });
    }
    // «- **Release (релиз)** — конкретная установка чарта…» among others like it under «## Термины»: the notes' own
    // glossary, a section per term (elsewhere such a list enumerates the parts of one thing, and stays whole).
    const glossary = GLOSSARY_HEADING.test(path().at(-1) ?? "") ? glossaryItems(para) : undefined;
    if (glossary !== undefined) {
      for (const { term, lines } of glossary)
        blocks.push({ kind: "prose", text: plainMarkup(lines.join("\n")), headingPath: [...path(), term] });
      para = [];
      return;
    }
    // Tags are read as written: «\\#тег», escaped, is a word of the text.
    if (isTagsOnly(raw)) tags.push(...tagsOf(raw));
    else if (text)
      blocks.push({
        kind: "prose",
        text,
        headingPath: path(),
        ...(linksOnly(raw) ? { links: true } : {}),
        ...(TODO_LIST.test(raw) && tasksOnly(raw) ? { todo: true } : {}),
      });
    para = [];
  };

  const chat = isAssistantChat(body) ? assistantChatAsMarkdown(body) : body;
  const copied = sitesMarkupRead(chat);
  const lines = mathAsCode(
    footnotesInPlace(indentedBlocksAsText(cornellTablesAsSections(gridTablesAsPipes(copied)))),
  ).split(/\r?\n/);
  const roles = facetLabels(lines);
  for (const [i, line] of lines.entries()) {
    if (code) {
      code.push(line);
      const close = FENCE.exec(line);
      if (close?.[1] && closesFence(close[1], fence) && line.trim() === close[1]) {
        blocks.push({ kind: "code", text: code.join("\n"), headingPath: path() });
        code = undefined;
      }
      continue;
    }
    const open = FENCE.exec(line);
    if (open?.[1]) {
      flushPara();
      fence = open[1];
      code = [line];
      continue;
    }
    const heading = HEADING.exec(line);
    const asked = heading ? undefined : QUESTION_LINE.exec(line)?.[1];
    // «Вопрос: Have/Has + подлежащее + V3? — Have you ever been…?» is a grammar note's label with its example, not a
    // question that heads an answer: more follows its first «?».
    const question = asked !== undefined && /\?(?!\**\s*$)\s*\S/u.test(asked) ? undefined : asked;
    if (question !== undefined) {
      flushPara();
      // A question ends the one before it, asked in a heading too («### Что такое PKCE?»).
      while (
        stack.length > 0 &&
        ((stack.at(-1)?.level ?? 0) >= BOLD_HEADING_LEVEL || stack.at(-1)?.text.trim().endsWith("?"))
      )
        stack.pop();
      stack.push({ level: BOLD_HEADING_LEVEL, text: question });
      continue;
    }
    const answer = ANSWER_LABEL.exec(line);
    if (answer !== null && stack.some((h) => h.level === BOLD_HEADING_LEVEL)) {
      const rest = line.slice(answer[0].length);
      if (rest.trim() !== "") para.push(`${answer[1]}${rest}`);
      continue;
    }
    const bold = heading ? undefined : boldHeading(line);
    // A label opens its paragraph, or, inside one, a list right under it («…лидеру партиции.» / «Батчинг:» / «- …»).
    const opensLabel = para.length === 0 || LIST_ITEM.test(lines[i + 1] ?? "");
    const label =
      heading || bold !== undefined || !options.labels || !opensLabel ? undefined : labelHeading(line);
    const role = bold ?? label;
    if (role !== undefined && roles.has(role.toLowerCase())) {
      // «**Причина:**», «Решение:» under each problem: a part of the section it is in, not a section of its own.
      flushPara();
      para.push(line);
      continue;
    }
    if (bold !== undefined || label !== undefined) {
      flushPara();
      const level = bold === undefined ? LABEL_LEVEL : (numberedLevel(stack, bold) ?? BOLD_HEADING_LEVEL);
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
      stack.push({ level, text: (bold ?? label) as string });
      labelUsed = false;
      continue;
    }
    if (heading?.[1] && heading[2]) {
      flushPara();
      const level = heading[1].length;
      if (level === 1 && title === undefined && blocks.length === 0 && stack.length === 0) {
        title = plainHeading(heading[2]);
        titledByHeading = true;
        continue;
      }
      // A second `#` heading: the first was a section's, as notebooks and exports put one `#` per section.
      if (level === 1 && titledByHeading && title !== undefined) {
        for (const block of blocks) block.headingPath = [title, ...block.headingPath];
        title = undefined;
        titledByHeading = false;
      }
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
      stack.push({ level, text: plainHeading(heading[2]) });
      continue;
    }
    if (line.trim() === "") {
      flushPara();
      continue;
    }
    // «---» under a line of text underlines a heading (Setext: «===» one of level 1, «---» of 2); alone, between
    // slides or answers, it is a rule, no text of the notes.
    const rule = /^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/u.exec(line)?.[1];
    if (rule !== undefined) {
      // Only an unbroken run underlines: «- - -» is a rule, whatever stands above it.
      const underline = /^ {0,3}(?:-{3,}|={3,})[ \t]*$/u.test(line);
      const title = para.length === 1 && underline ? para[0]?.trim() : undefined;
      if (title !== undefined && title.length <= MAX_SETEXT_CHARS && !LIST_ITEM.test(title)) {
        para = [];
        const level = rule === "=" ? 1 : 2;
        while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
        stack.push({ level, text: plainHeading(title) });
        continue;
      }
      if (rule !== "=") {
        flushPara();
        continue;
      }
    }
    para.push(line);
  }
  if (code) {
    problems.push("a code block is not closed with ``` — it runs to the end of the file");
    blocks.push({ kind: "code", text: code.join("\n"), headingPath: path() });
  }
  flushPara();
  const note: ParsedNote = { aliases, blocks, problems, ...(tags.length > 0 ? { tags } : {}) };
  return title === undefined ? note : { title, ...note };
}
