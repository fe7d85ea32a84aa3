// Pure rendering of answers, topics and sections into Telegram HTML messages, split to fit Telegram's limit.
import type { Passage, Topic } from "../knowledge/types.ts";
import { quoteInput, shorten } from "../quote.ts";
import { previewOf, sectionName } from "../search/snippet.ts";
import type { Answer, Hit, LedSection, Snippet } from "../search/types.ts";
import { apartFromTables, tableLines } from "../table.ts";
import type { CommandInfo } from "./context.ts";

/** Telegram's limit on a message's text, counted after entities are parsed. */
export const MESSAGE_LIMIT = 4096;

/** A run of text with one style; `pre` may carry a language for `<code class="language-…">`. */
export interface Run {
  text: string;
  style: "plain" | "bold" | "italic" | "code" | "pre";
  lang?: string;
}

/** A paragraph, list or code block: the unit messages are split between. */
export type Block = Run[];

/** The notes' inline markup that answers render (see `proseRuns`): `code` and **bold**. */
const INLINE_MARKUP = /`([^`\n]+)`|\*\*([^*\n]+)\*\*/g;

/**
 * `text` without its inline markup, for what Telegram shows as plain text (a quiz poll's question and options)
 * or in one style (a card's question in bold): «`noeviction`» is «noeviction», «**fire and forget**» is «fire and
 * forget».
 */
export function plainInline(text: string): string {
  return text.replace(INLINE_MARKUP, (_, code?: string, bold?: string) => code ?? bold ?? "");
}

/** Escapes the three characters Telegram HTML requires to be escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function runToHtml(run: Run): string {
  const text = escapeHtml(run.text);
  switch (run.style) {
    case "plain":
      return text;
    case "bold":
      return `<b>${text}</b>`;
    case "italic":
      return `<i>${text}</i>`;
    case "code":
      return `<code>${text}</code>`;
    case "pre":
      return run.lang ? `<pre><code class="language-${run.lang}">${text}</code></pre>` : `<pre>${text}</pre>`;
  }
}

function blockLength(block: Block): number {
  return block.reduce((sum, run) => sum + run.text.length, 0);
}

/**
 * Where to cut `text` so the first piece has at most `max` characters: at a line end (dropping the
 * newline), else after a space, else anywhere but inside a surrogate pair. Returns [end, next start].
 */
function cutPoint(text: string, max: number): [number, number] {
  const head = text.slice(0, max + 1);
  const newline = head.lastIndexOf("\n");
  if (newline > max / 2) return [newline, newline + 1];
  const space = head.lastIndexOf(" ", max - 1);
  if (space > max / 2) return [space + 1, space + 1];
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return [end, end];
}

/** Splits a block longer than `limit` into pieces that each fit, re-opening styles in every piece. */
function splitBlock(block: Block, limit: number): Block[] {
  if (blockLength(block) <= limit) return [block];
  const pieces: Block[] = [];
  let current: Block = [];
  let used = 0;
  for (const original of block) {
    let run = original;
    while (used + run.text.length > limit) {
      const [end, next] = cutPoint(run.text, limit - used);
      if (end > 0) current.push({ ...run, text: run.text.slice(0, end) });
      pieces.push(current);
      current = [];
      used = 0;
      run = { ...run, text: run.text.slice(next) };
    }
    if (run.text.length > 0) {
      current.push(run);
      used += run.text.length;
    }
  }
  if (current.length > 0) pieces.push(current);
  return pieces.filter((piece) => blockLength(piece) > 0);
}

/**
 * Joins blocks with blank lines into as few messages as possible, each at most `limit` characters
 * of visible text. Splits only between blocks, unless one block alone is too long (then at a line end).
 */
export function paginate(blocks: Block[], limit = MESSAGE_LIMIT): string[] {
  const parts: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    for (const piece of splitBlock(block, limit)) {
      const length = blockLength(piece);
      if (length === 0) continue;
      const separator = current.length > 0 ? 2 : 0;
      if (current.length > 0 && used + separator + length > limit) {
        parts.push(current);
        current = [];
        used = 0;
      }
      used += (current.length > 0 ? 2 : 0) + length;
      current.push(piece);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts.map((part) => part.map((block) => block.map(runToHtml).join("")).join("\n\n"));
}

/** Turns prose into runs: `inline code`, **bold**, and characters flagged in `marks` in bold. */
function proseRuns(text: string, marks: boolean[] | undefined, offset: number): Run[] {
  const runs: Run[] = [];
  const push = (run: Run) => {
    if (run.text.length === 0) return;
    const last = runs.at(-1);
    if (last && last.style === run.style) last.text += run.text;
    else runs.push(run);
  };
  let position = 0;
  /** Plain text from `from` to `to`, bold where `marks` says (or everywhere with `forceBold`), run by run. */
  const plain = (from: number, to: number, forceBold = false) => {
    let start = from;
    for (let i = from; i <= to; i++) {
      const bold = forceBold || marks?.[offset + i] === true;
      const previous = forceBold || marks?.[offset + i - 1] === true;
      if (i > start && (i === to || bold !== previous)) {
        push({ text: text.slice(start, i), style: previous ? "bold" : "plain" });
        start = i;
      }
    }
  };
  for (const match of text.matchAll(INLINE_MARKUP)) {
    plain(position, match.index);
    if (match[1] !== undefined) push({ text: match[1], style: "code" });
    else plain(match.index + 2, match.index + 2 + (match[2] as string).length, true);
    position = match.index + match[0].length;
  }
  plain(position, text.length);
  return runs;
}

/**
 * Parses the Markdown of the notes into blocks: fenced code becomes `pre`, headings bold, paragraphs
 * split at blank lines. `marks` flags characters of `markdown` to show in bold (matched words).
 */
export function markdownBlocks(markdown: string, marks?: boolean[]): Block[] {
  const blocks: Block[] = [];
  const fence =
    /^([ \t]*)(```|~~~)[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)(?:\n[ \t]*\2[ \t]*(?=\n|$)|(?![\s\S]))/gm;
  let position = 0;
  const prose = (from: number, to: number) => {
    const chunk = markdown.slice(from, to);
    let start = 0;
    for (const paragraph of chunk.split(/\n[ \t]*\n/).flatMap(apartFromTables)) {
      const at = chunk.indexOf(paragraph, start);
      start = at + paragraph.length;
      const trimmed = paragraph.replace(/^\s+|\s+$/g, "");
      if (trimmed.length === 0) continue;
      // A table (never one with marks: a snippet's tables are rows already) is shown row by row.
      const rows = marks === undefined ? tableLines(trimmed.split("\n")) : undefined;
      if (rows !== undefined) {
        blocks.push(proseRuns(rows.map((row) => `• ${row}`).join("\n"), undefined, 0));
        continue;
      }
      const lead = paragraph.indexOf(trimmed);
      const heading = /^#{1,6}\s+/.exec(trimmed);
      const body = heading ? trimmed.slice(heading[0].length) : trimmed;
      const runs = proseRuns(body, marks, from + at + lead + (heading ? heading[0].length : 0));
      blocks.push(
        heading ? runs.map((run) => (run.style === "plain" ? { ...run, style: "bold" } : run)) : runs,
      );
    }
  };
  for (const match of markdown.matchAll(fence)) {
    prose(position, match.index);
    const code = (match[4] as string).replace(/\s+$/, "");
    if (code.length > 0) blocks.push([{ text: code, style: "pre", ...(match[3] ? { lang: match[3] } : {}) }]);
    position = match.index + match[0].length;
  }
  prose(position, markdown.length);
  return blocks;
}

/** The blocks of one snippet: code as `pre`, prose with matched words in bold, «…» where text was cut. */
export function snippetBlocks(snippet: Snippet): Block[] {
  const blocks: Block[] = [];
  for (const part of snippet.blocks) {
    const text = part.segments.map((s) => s.text).join("");
    if (part.code) {
      const code = text.replace(/^\s*(```|~~~)[^\n]*\n?/, "").replace(/\n?[ \t]*(```|~~~)\s*$/, "");
      if (code.trim().length > 0) blocks.push([{ text: code, style: "pre" }]);
      continue;
    }
    const marks: boolean[] = [];
    for (const segment of part.segments)
      for (let i = 0; i < segment.text.length; i++) marks.push(segment.mark);
    blocks.push(...markdownBlocks(text, marks));
  }
  const last = blocks.at(-1);
  if (snippet.truncated && last && last[0]?.style !== "pre") last.push({ text: " …", style: "plain" });
  return blocks;
}

/**
 * «📄 Тема › Раздел» for a passage. A chapter titled by its first section («Случайные величины» of a LaTeX file)
 * names it once, not «Случайные величины › Случайные величины».
 */
export function sourceLine(passage: Passage): Block {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const [first, ...rest] = passage.headingPath;
  const headings = first !== undefined && same(first, passage.topicTitle) ? rest : passage.headingPath;
  const path = [passage.topicTitle, ...headings].join(" › ");
  return [{ text: `📄 ${path}`, style: "italic" }];
}

/** Cuts text to `max` characters (see src/quote.ts); kept here for the renderers that import it. */
export { shorten };

// A question asked again brings the same snippet (the search keeps them for the questions asked lately), so
// its blocks are made once. Nothing downstream changes a block or a run, so they can be shared.
const snippetsShown = new WeakMap<Snippet, Block[]>();

/** A hit's snippet and source line; between them, the sections it leads into (`led`), one per line. */
function hitBlocks(hit: Hit, led: readonly LedSection[] = []): Block[] {
  let blocks = snippetsShown.get(hit.snippet);
  if (blocks === undefined) {
    blocks = snippetBlocks(hit.snippet);
    snippetsShown.set(hit.snippet, blocks);
  }
  const sections: Block[] =
    led.length > 0 ? [[{ text: led.map((s) => `• ${s.heading}`).join("\n"), style: "plain" }]] : [];
  return [...blocks, ...sections, sourceLine(hit.passage)];
}

/** «• Раздел — …the sentence that matched…» for a candidate of «возможно, вы про…». */
function candidateLine(hit: Hit): Block {
  const { segments, code } = previewOf(hit.snippet);
  const line: Block = [
    { text: "• ", style: "plain" },
    { text: sectionName(hit.passage, 60), style: "italic" },
  ];
  if (segments.length === 0) return line;
  line.push({ text: " — ", style: "plain" });
  if (code) line.push({ text: segments.map((s) => s.text).join(""), style: "code" });
  else for (const s of segments) line.push({ text: s.text, style: s.mark ? "bold" : "plain" });
  return line;
}

/** A lead line, then a line per candidate (see {@link candidateLine}): one block, kept together. */
function candidateList(lead: string, candidates: readonly Hit[]): Block {
  const list: Block = [{ text: lead, style: "plain" }];
  for (const hit of candidates) list.push({ text: "\n", style: "plain" }, ...candidateLine(hit));
  return list;
}

/** How long a corrected word is shown at most, as typed and as corrected. */
const CORRECTED_WORD_MAX = 40;

/**
 * «Исправил: монопсония → монополия», when words of the question were taken for typos: the asker sees what was
 * answered, and that a word of theirs was read as another. «Понял как: «как сменить неймспейс»», when it was typed
 * in the other keyboard layout («rfr cvtybnm ytqvcgtqc») — except where the reply quotes the question anyway
 * («Ничего не нашёл по запросу «…»»). None when nothing was corrected.
 */
function correctionLines(answer: Answer): Block[] {
  if (answer.retyped && answer.kind !== "nothing")
    return [[{ text: `Понял как: ${quoteInput(answer.query, 80)}`, style: "italic" }]];
  const corrected = answer.corrected ?? [];
  if (corrected.length === 0) return [];
  const pairs = corrected.map(
    ({ from, to }) => `${shorten(from, CORRECTED_WORD_MAX)} → ${shorten(to, CORRECTED_WORD_MAX)}`,
  );
  return [[{ text: `Исправил: ${pairs.join(", ")}`, style: "italic" }]];
}

/** The answer to a question, as one or more HTML messages. */
export function renderAnswer(answer: Answer): string[] {
  const corrected = correctionLines(answer);
  if (answer.kind === "nothing") {
    const lines: Block[] = [
      ...corrected,
      [{ text: `Ничего не нашёл по запросу ${quoteInput(answer.query, 80)}.`, style: "plain" }],
    ];
    lines.push([
      {
        text:
          answer.suggestions.length > 0
            ? "Попробуйте спросить иначе или откройте одну из тем:"
            : "Попробуйте спросить иначе или посмотрите /topics.",
        style: "plain",
      },
    ]);
    return paginate(lines);
  }
  if (answer.kind === "uncertain") {
    // The candidates are the buttons under these lines (`candidatesKeyboard`); each opens its passage. A line
    // each, with the words of it that matched, tells which one answers without opening them all.
    return paginate([
      ...corrected,
      candidateList("Точного ответа нет. Возможно, вы про:", answer.candidates),
    ]);
  }
  const blocks: Block[] = [...corrected];
  const [left, right] = answer.compared ?? [];
  if (left !== undefined && right !== undefined) {
    blocks.push([{ text: `Сравнение: ${shorten(left, 60)} и ${shorten(right, 60)}`, style: "bold" }]);
  }
  answer.hits.forEach((hit, i) => {
    const shown = hitBlocks(hit, i === 0 ? answer.leadsInto : undefined);
    // Two parts of one section («…», then «…») name it once, under the second.
    const next = answer.hits[i + 1]?.passage;
    const sameSection =
      next !== undefined &&
      next.topicId === hit.passage.topicId &&
      next.headingPath.join("\u0000") === hit.passage.headingPath.join("\u0000");
    blocks.push(...(sameSection ? shown.slice(0, -1) : shown));
  });
  return paginate(blocks);
}

/** The next passages shown by «Ещё». */
export function renderMore(query: string, hits: Hit[]): string[] {
  const blocks: Block[] = [[{ text: `Ещё по запросу ${quoteInput(query, 80)}:`, style: "bold" }]];
  for (const hit of hits) blocks.push(...hitBlocks(hit));
  return paginate(blocks);
}

/** One passage in full, opened from a button: its path (тема › раздел) in bold, then its text. */
export function renderPassage(passage: Passage): string[] {
  const path = [passage.topicTitle, ...passage.headingPath].join(" › ");
  return paginate([[{ text: path, style: "bold" }], ...markdownBlocks(passage.text)]);
}

/**
 * After «Не то», as HTML: the next candidates, a line each with the sentence that matched (they are the buttons
 * under this message), or that there are none.
 */
export function renderNotThat(candidates: readonly Hit[]): string {
  if (candidates.length === 0)
    return "Других подходящих разделов не нашёл. Попробуйте спросить иначе или откройте /topics.";
  const lead = "Жаль. Может быть, ответ в одном из этих разделов? Выберите — я запомню.";
  return paginate([candidateList(lead, candidates)])[0] as string;
}

/** The Russian form of a count: `plural(2, ["тема", "темы", "тем"])` → «2 темы». */
export function plural(n: number, [one, few, many]: [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11
      ? one
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? few
        : many;
  return `${n} ${word}`;
}

/** «1 раздел», «2 раздела», «5 разделов». */
export function sectionsCount(n: number): string {
  return plural(n, ["раздел", "раздела", "разделов"]);
}

/** /topic with a name no topic has, when some sections may be about it (offered as buttons below). */
export function renderNearTopic(name: string): string {
  return `Темы ${escapeHtml(quoteInput(name))} в конспекте нет. Возможно, вы про:`;
}

/** The /topics message: every topic with its section count. */
export function renderTopicList(topics: Topic[]): string {
  if (topics.length === 0) return "В конспекте пока нет тем.";
  const lines = topics.map((t) => `• ${escapeHtml(t.title)} — ${sectionsCount(t.sections.length)}`);
  return `<b>Темы конспекта</b>\n\n${lines.join("\n")}\n\nНажмите тему, чтобы увидеть её разделы.`;
}

/** How many sections a topic page lists. */
export const SECTIONS_PER_PAGE = 8;

/** The number of pages a topic's section list takes. */
export function topicPages(topic: Topic): number {
  return Math.max(1, Math.ceil(topic.sections.length / SECTIONS_PER_PAGE));
}

/** How many of a topic's other names its page shows. */
export const ALIASES_SHOWN = 3;

/**
 * A few of the topic's other names, for its page: the aliases list every spelling search should know (15 for
 * the network topic), which is noise to a reader. Names already in the title are left out, and so is a name
 * that is a longer or shorter form of one already kept («network» after «networking»).
 */
export function aliasesShown(topic: Topic, limit = ALIASES_SHOWN): string[] {
  const title = topic.title.toLowerCase();
  const kept: string[] = [];
  for (const alias of topic.aliases) {
    const name = alias.toLowerCase();
    if (title.includes(name)) continue;
    if (kept.some((k) => k.toLowerCase().startsWith(name) || name.startsWith(k.toLowerCase()))) continue;
    kept.push(alias);
    if (kept.length === limit) break;
  }
  return kept;
}

/** One page of a topic: its title, a few other names, and its sections numbered. */
export function renderTopic(topic: Topic, page: number): string {
  const pages = topicPages(topic);
  const first = page * SECTIONS_PER_PAGE;
  const sections = topic.sections.slice(first, first + SECTIONS_PER_PAGE);
  const lines = [`<b>${escapeHtml(shorten(topic.title, 200))}</b>`];
  const aliases = aliasesShown(topic);
  if (aliases.length > 0) lines.push(`<i>Также: ${escapeHtml(shorten(aliases.join(", "), 200))}</i>`);
  lines.push("");
  lines.push(pages > 1 ? `Разделы (стр. ${page + 1} из ${pages}):` : "Разделы:");
  sections.forEach((s, i) => {
    lines.push(`${first + i + 1}. ${escapeHtml(shorten(s.heading || topic.title, 200))}`);
  });
  if (sections.length === 0) lines.push("— в теме пока нет разделов.");
  return lines.join("\n");
}

/** A whole section: its path as a heading, then every passage under it. */
export function renderSection(topic: Topic, index: number, passages: Passage[]): string[] {
  const section = topic.sections[index];
  const heading =
    section?.heading && section.heading !== topic.title ? `${topic.title} › ${section.heading}` : topic.title;
  const blocks: Block[] = [[{ text: heading, style: "bold" }]];
  for (const passage of passages) blocks.push(...markdownBlocks(passage.text));
  if (passages.length === 0) blocks.push([{ text: "Раздел пуст.", style: "plain" }]);
  return paginate(blocks);
}

/**
 * One line per command, «/команда — описание»; in a private chat a command that works only in groups says so
 * (and the other way round), since the list is the same everywhere.
 */
export function commandLines(commands: CommandInfo[], chat: "private" | "group" = "private"): string[] {
  return commands.map((c) => {
    const where =
      c.chats === undefined || c.chats === chat
        ? ""
        : c.chats === "group"
          ? " (в группах)"
          : " (в личном чате)";
    return `/${c.command} — ${escapeHtml(c.description)}${where}`;
  });
}

/** The /help message: every command with its line. */
export function renderHelp(commands: CommandInfo[], chat: "private" | "group" = "private"): string {
  const lines = commandLines(commands, chat);
  return [
    `<b>Команды</b>\n\n${lines.join("\n")}`,
    "Или просто напишите вопрос своими словами.",
    "Викторина: /quiz задаёт вопрос по конспекту и чаще повторяет то, что вы забываете; /daily 09:00 присылает вопросы каждый день, /stats показывает прогресс.",
  ].join("\n\n");
}

/** The /start greeting. */
export function renderStart(
  firstName: string | undefined,
  topics: Topic[],
  commands: CommandInfo[],
  examples: string[],
  chat: "private" | "group" = "private",
): string {
  const sections = topics.reduce((sum, t) => sum + t.sections.length, 0);
  const hello = firstName ? `Привет, ${escapeHtml(shorten(firstName, 64))}!` : "Привет!";
  const lines = [
    `${hello} Я Konspekt — отвечаю на вопросы по вашему конспекту о Kubernetes.`,
    `В нём ${plural(topics.length, ["тема", "темы", "тем"])}, ${sectionsCount(sections)}.`,
    "",
    examples.length > 0 ? "Напишите вопрос своими словами, например:" : "Напишите вопрос своими словами.",
    ...examples.map((e) => `• ${escapeHtml(e)}`),
    "",
    "А ещё я проверяю знания: /quiz — вопрос по конспекту, /daily 09:00 — вопросы каждый день, /stats — ваш прогресс.",
    "",
    "Команды:",
    ...commandLines(commands, chat),
  ];
  return lines.join("\n");
}
