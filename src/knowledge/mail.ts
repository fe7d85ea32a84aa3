// Notes kept as letters to oneself and exported as text: each letter a header block (From, To, Date, Subject),
// replies quoting the letter before with «>», a signature under «-- », a forwarded message between its markers.
// Read as plain text, the headers head sections («From», «Subject») and every copy of a quoted letter is a passage
// again. Here each letter becomes a section headed by its subject, and what the mail client added goes. Pure:
// text in, Markdown out.

import { fencedBlock, withoutCommonIndent } from "./code.ts";

/** A header line: its name and value («Subject: celery заметки 3 — ретраи», «Тема: acks_late»). */
const HEADER =
  /^(From|To|Cc|Bcc|Date|Subject|Reply-To|Sender|Message-ID|In-Reply-To|References|MIME-Version|Content-[\w-]+|X-[\w-]+|От|Кому|Копия|Дата|Тема|Отправлено):[ \t]*(.*)$/iu;
/** A letter starts with «From:» (or «От:») in a block of headers that has a subject or a date. */
const FROM = /^(?:From|От):/iu;
const SUBJECT = /^(?:Subject|Тема)$/iu;
/** «Re:», «Fwd:», «Fw:», «Отв:», «Пересл:» before a subject, as often as replies added them. */
const REPLY_PREFIX = /^(?:(?:re|fwd?|aw|wg|отв|пересл|ответ)(?:\[\d+\])?:[ \t]*)+/iu;
/** «-------- Пересылаемое сообщение --------», «---------- Forwarded message ---------». */
const FORWARD_MARK =
  /^-{2,}[ \t]*(?:пересылаемое сообщение|конец пересылаемого сообщения|forwarded message|original message|исходное сообщение)[ \t]*-{2,}[ \t]*$/iu;
/**
 * The line that introduces a quote: «12 мар. 2024 г., в 21:14, Маша <…> написал(а):», «On Tue, … wrote:», or as
 * Gmail in Russian writes it, with no verb: «чт, 7 мар. 2024 г. в 19:32, Денис Ковалев <denis@…>:».
 */
const ATTRIBUTION = /(?:написал(?:\(а\)|а)?|wrote|<[^\s<>@]+@[^\s<>]+>):[ \t]*$/iu;
/** A line that ends with whom a quote is from, «…, Денис Ковалев <d@…>», and one with only the verb that follows it. */
const SENDER_END = /<[^\s<>@]+@[^\s<>]+>[ \t]*$/u;
const VERB_ONLY = /^[ \t]*(?:написал(?:\(а\)|а)?|wrote):[ \t]*$/iu;
/** «[...]», «[…]»: where the one who quoted a letter left part of it out. */
const ELISION = /^[ \t]*[[(](?:\.{3}|…)[\])][ \t]*$/u;
/** A signature's separator, and what phones sign with. */
const SIGNATURE = /^--[ \t]?$/u;
const SENT_FROM = /^(?:Отправлено с|Sent from my)[ \t]/iu;
const QUOTE = /^[ \t]*>/u;

/** A quote of this many lines of text or more is a letter quoted, not a line answered. */
const MIN_QUOTED_LETTER = 4;

/** A quoted question heads the inline answer under it in at most this many characters. */
const MAX_ASKED_CHARS = 100;

/**
 * What a quote asks, as a heading: its lines as one text, without a list's number or bullet, up to the end of its first
 * sentence, in at most MAX_ASKED_CHARS (cut at a word).
 */
function askedIn(quoted: readonly string[]): string {
  const text = quoted
    .join(" ")
    .replace(/^\s*(?:\d{1,2}[.)]|[-*•])\s*/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  const sentence = /^.*?[.?!](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= MAX_ASKED_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_ASKED_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

/** How many letters a file must hold to be read as letters, when it does not start with one. */
const MIN_LETTERS = 2;

/** The header block starting at `at`: its headers by name (lower case), and the line after it. */
function headersAt(lines: readonly string[], at: number): { headers: Map<string, string>; end: number } {
  const headers = new Map<string, string>();
  let i = at;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    const header = HEADER.exec(line);
    if (header) headers.set((header[1] as string).toLowerCase(), (header[2] ?? "").trim());
    else if (!(/^[ \t]+\S/u.test(line) && headers.size > 0)) break;
  }
  return { headers, end: i };
}

/** Whether a header block starts at `at`: «From:» and, among the headers with it, a subject or a date. */
function letterAt(lines: readonly string[], at: number): boolean {
  if (!FROM.test(lines[at] ?? "")) return false;
  const { headers } = headersAt(lines, at);
  return [...headers.keys()].some((name) => /^(?:subject|тема|date|дата)$/u.test(name));
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/gu, " ").trim();

/**
 * Markdown for letters exported as text, or undefined when the text is no letters (it neither starts with a header
 * block nor holds two). Each letter is a `##` section headed by its subject without «Re:»/«Fwd:» (a reply under
 * the same subject continues it); headers, signatures, «Отправлено с iPhone», the line that introduces a quote and
 * forwarding marks are dropped, and so is a quote of what the letters already say — a quote of anything else (a
 * forwarded answer) stays, without its «>».
 */
export function mailToMarkdown(source: string): string | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const starts = new Set(lines.flatMap((_, i) => (letterAt(lines, i) ? [i] : [])));
  const first = lines.findIndex((line) => line.trim() !== "");
  if (starts.size < MIN_LETTERS && !starts.has(first)) return undefined;

  // What the letters say outside quotes: a quote of it is a copy.
  const said = normalize(lines.filter((line) => !QUOTE.test(line) && !HEADER.test(line)).join(" "));
  const out: string[] = [];
  let subject: string | undefined;
  let signed = false;
  /** Whether the letter answers inline, under the questions it quotes. */
  let inline = false;
  let quote: string[] = [];
  const flushQuote = () => {
    const quoted = quote.map((line) => line.replace(/^(?:[ \t]*>)+[ \t]?/u, ""));
    // What a mail client wrote in the quote, not its writer: the line that introduces it, a forwarded letter's
    // marker and headers, the marks of what was left out.
    // «14 марта 2024 г., в 21:40, Денис <d@…>» over «написал(а):», as the client wrapped it, is one such line.
    const added = (line: string, i: number) =>
      ATTRIBUTION.test(line) ||
      (SENDER_END.test(line) && VERB_ONLY.test(quoted[i + 1] ?? "")) ||
      FORWARD_MARK.test(line) ||
      HEADER.test(line) ||
      ELISION.test(line);
    const kept = quoted.filter((line, i) => !added(line, i));
    const text = kept.filter((line) => line.trim() !== "");
    const copied = text.filter((line) => said.includes(normalize(line))).length;
    if (text.length > 0 && copied < text.length * 0.8) {
      // A letter quoted whole under what this one says is a section of its own, headed by its first line: the
      // answer it gave is not this letter's, and a copy of a letter kept in the notes too is then shown once.
      const own = out.slice(out.findLastIndex((l) => l.startsWith("#")) + 1).some((l) => l.trim() !== "");
      if (own && text.length >= MIN_QUOTED_LETTER)
        out.push("", `### ${askedIn(text.slice(0, 1)).replace(/[:;,]$/u, "")}`, "");
      out.push(...kept);
    } else if (
      text.length > 0 &&
      subject !== undefined &&
      (inline || text.some((line) => line.includes("?")))
    ) {
      // «> 1) Горутина это же по сути тред?» over the reply under it: an answer inline, headed by the question; once a
      // letter answers so, each quote in it starts the next answer.
      out.push("", `### ${askedIn(text)}`, "");
      inline = true;
    }
    quote = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (QUOTE.test(line)) {
      quote.push(line);
      continue;
    }
    flushQuote();
    if (starts.has(i) || (FORWARD_MARK.test(lines[i - 1] ?? "") && HEADER.test(line))) {
      const { headers, end } = headersAt(lines, i);
      const forwarded = !starts.has(i) || FORWARD_MARK.test(lines[i - 1] ?? "");
      const title = [...headers.entries()]
        .find(([name]) => SUBJECT.test(name))?.[1]
        .replace(REPLY_PREFIX, "");
      if (!forwarded && title && title !== subject) {
        subject = title;
        out.push("", `## ${title}`, "");
      }
      signed = false;
      inline = false;
      i = end - 1;
      continue;
    }
    if (FORWARD_MARK.test(line)) {
      signed = false;
      continue;
    }
    if (SIGNATURE.test(line)) signed = true;
    if (signed || SENT_FROM.test(line) || ATTRIBUTION.test(line)) continue;
    out.push(line);
  }
  flushQuote();
  return fenceIndented(out)
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** A line indented as code in a letter: by four spaces or a tab. */
const INDENTED = /^(?: {4}|\t)/u;

/**
 * Code as letters hold it, indented under a blank line («    celery -A proj worker -l info»), fenced and de-indented
 * by its common indentation: Markdown, which the letters become, reads no indented block as code.
 */
function fenceIndented(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!INDENTED.test(line) || (out.at(-1) ?? "").trim() !== "") {
      out.push(line);
      continue;
    }
    const block: string[] = [];
    for (; i < lines.length; i++) {
      const next = lines[i] as string;
      const blankInside = next.trim() === "" && INDENTED.test(lines[i + 1] ?? "");
      if (!INDENTED.test(next) && !blankInside) break;
      block.push(next);
    }
    i--;
    out.push(fencedBlock(withoutCommonIndent(block).join("\n")));
  }
  return out;
}
