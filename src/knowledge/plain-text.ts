// Plain text as headed blocks, the way an author would have written it in Markdown: the pieces of the text (see
// pieces.ts) read in order, each heading, numbered item, question and definition placing what follows under it.
// Pure: no I/O. It adds no words: headings are lines of the notes themselves.

import { hasLongVerbEnding, isInfinitive } from "../russian.ts";
import { type Draft, MIN_WORDS, mergeFragments } from "./fragments.ts";
import { gridTablesAsPipes } from "./grid-tables.ts";
import {
  definedTerm,
  isAllCaps,
  isShortTitle,
  isTitle,
  leftOpen,
  MAX_HEADING_CHARS,
  MAX_HEADING_WORDS,
  words,
} from "./lines.ts";
import type { ParsedNote } from "./markdown.ts";
import { sameCommand } from "./marks.ts";
import { isShortLine, type Piece, pieces } from "./pieces.ts";

/** A numbered step of one line (see `stepsFrom` in structureText) is at most this long. */
const MAX_STEP_CHARS = 200;

/** The longest first line taken for the notes' title («редис - конспект (в основном из чатгпт, потом причесать)»). */
const MAX_TITLE_CHARS = 120;

/**
 * A first line that says what the notes are: «редис - конспект …», «Docker — мои заметки», «кубер конспект ч.1»,
 * or which part of them: «кубер ч.2 — сеть, конфиги, дебаг»; what they are on first.
 */
const NOTES_TITLE =
  /^([^.,;!?]{2,40}?)\s+(?:[-–—:]\s+(?:мой\s+|мои\s+|личный\s+)?(?:конспект|заметки|записи|шпаргалка|шпора|карточки|черновик|notes)(?!\p{L})|(?:конспект|заметки|notes)(?=\s*(?:$|ч\.|часть|part|\(|\p{Extended_Pictographic}))|\((?:мой\s+|мои\s+|личный\s+)?(?:конспект|заметки|записи|шпаргалка|черновик|notes)\)\s*$|(?:ч\.\s?|часть\s+|part\s+)\d+(?![\p{L}\p{N}]))/iu;

/** A line that only says an answer follows: «Ответ:», «Answer:». */
const ANSWER_LABEL = /^(?:(?:ответ|answer)\s*[:.]?|[аa]\s*:)\s*$/iu;

/** A part of notes by its number: «Лекция 1», «Глава 2», «Урок 3», «Part 1». */
const FIRST_PART =
  /^(?:лекция|глава|часть|урок|раздел|тема|модуль|неделя|день|семинар|занятие|lecture|chapter|part|lesson|module)\s*\d+/iu;

/**
 * The name a numbered item gives itself: «2. NodePort: …» → NodePort, «1. !! Службы (Services): …» →
 * Службы (Services), «1. Calico:» → Calico. Undefined for an item that is a sentence.
 */
export function itemName(text: string): string | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const name = text
    .slice(0, colon)
    .replace(/^[!*\s]+/, "")
    .trim();
  if (name === "" || name.length > MAX_HEADING_CHARS || words(name) > MAX_HEADING_WORDS) return undefined;
  if (/[.!?]/.test(name) || /^https?$/i.test(name)) return undefined;
  // «Главная цепь — самая длинная (у нас в курсе: у алкенов…»: a colon inside brackets ends no name.
  if (leftOpen(name, /[([{]/gu, /[)\]}]/gu)) return undefined;
  // «Range — в конце: …», «Заместители по алфавиту, в конце — главная цепь + суффикс: …» say what a thing is or
  // where it goes: a sentence.
  if (/\s[—–-]\s/u.test(name)) return undefined;
  // «4. плагин создает veth-пару: один конец внутрь пода…»: a thing, then what it does, is a sentence too.
  const [thing, ...rest] = name.split(/\s+/u);
  if (/^\p{Ll}/u.test(thing ?? "") && rest.some((w) => hasLongVerbEnding(w) && !isInfinitive(w)))
    return undefined;
  return name;
}

/**
 * «2. EC2» or «4. VPC, Сабнеты И Шлюзы» alone on its line, then its text: a numbered heading with no colon, when
 * the line is a short title and its text starts anew on the next line — or goes on numbering the headings
 * before it, and its text starts with no Russian word in lower case («12. Идемпотентность» … «13. Check mode и
 * diff» over «ansible-playbook site.yml --check»).
 */
function numberedTitle(lines: readonly string[], numbersTitles = false): string | undefined {
  const [first, next] = lines;
  if (first === undefined || next === undefined) return undefined;
  // A Russian word in lower case goes on with the line («4. Установить пакет» / «и перезапустить сервис…»): a step.
  if (!/^\p{Lu}|^[A-Z\d]/u.test(next) && !(numbersTitles && !/^[а-яё]/u.test(next))) return undefined;
  if (isTitle(first) || (/^[A-Z][A-Za-z\d]*$/.test(first) && first.length >= 2)) return first;
  return examTitle(first, numbersTitles);
}

/**
 * A question of an exam's list, over its answer: «9. Чем TCP отличается от UDP?», «1. Модель OSI. Уровни и их
 * назначение.» — a question, or titles ended by full stops (one alone only where it goes on numbering the headings
 * before it: «5. Протокол ARP.»; one sentence alone may be a step, «1. Скачать архив.»).
 */
function examTitle(line: string, numbersTitles: boolean): string | undefined {
  if (/^\p{Lu}/u.test(line) && line.endsWith("?") && line.length <= MAX_QUESTION_CHARS) return line;
  if (!line.endsWith(".") || line.length > MAX_HEADING_CHARS + 30) return undefined;
  const title = line.slice(0, -1);
  const parts = title.split(/(?<=[^.\s]{2})\.\s+/u);
  return parts.every(isTitle) && (parts.length >= 2 || numbersTitles) ? title : undefined;
}

/** What a short lead-in names: «QoS классы» of «QoS классы:». */
const leadIn = (line: string): string | undefined => {
  const name = /^(\S[^:]*?):\s*$/u.exec(line)?.[1];
  return name !== undefined && words(name) <= 5 && isShortTitle(name) ? name : undefined;
};

/** A question asked in a chat is at most this long to head its answer. */
const MAX_QUESTION_CHARS = 120;

/** A question of one sentence alone on its line, as its author asks it over the answer: «Что такое git reflog?». */
const asksItself = (line: string) =>
  line.length <= MAX_QUESTION_CHARS && /^\p{Lu}[^.!?]*[\p{L}\p{N})»"']\?$/u.test(line);

/** How a learner marks what they asked («я: …», «вопрос: …»): no part of the question. */
const ASKER = /^(?:я|вопрос|q|question)\s*:\s*/iu;

/**
 * Whether `text` opens with a word inside `code`, as prose explaining the code right before it does: «-A добавляет
 * правило в конец цепочки…» after «iptables -A INPUT …». Not with the command a line of it opens with: «iptables -L
 * показывает…» after «iptables -A …» may well be about something else.
 */
export function namesCodeBefore(text: string, code: string): boolean {
  const opening = /^\S+/u.exec(text)?.[0].replace(/[.,:;]+$/u, "") ?? "";
  const lines = code.split("\n").filter((line) => !/^\s*(?:`{3,}|~{3,})/u.test(line));
  const commands = new Set(lines.map((line) => /^\s*(?:\$\s*)?(?:sudo\s+)?(\S+)/u.exec(line)?.[1]));
  return (
    opening.length >= 2 &&
    !commands.has(opening) &&
    lines.some((line) => line.split(/\s+/u).includes(opening))
  );
}

/** A pronoun first that points back at what was just said: «У неё есть поля…», «Он хранит…», «Этого хватает…». */
export const POINTS_BACK =
  /^(?:(?:у|в|во|на|с|со|для|при|из|от|к|по|о|об|без)\s+)?(?:него|неё|нее|них|ним|ней|нём|нем|нему|он|она|оно|они|его|её|ее|их|ему|ей|им|этого|этой|этих|этим|этом|это|этот|эта|эти|этому)(?![\p{L}-])/iu;

/**
 * Structures plain text into headed blocks. Headings: ALL-CAPS lines and short lines with no final
 * punctuation that stand alone before body text (sections); a short line ending in «:» before a numbered
 * list (the list's heading); numbered items that name a thing («2. NodePort: …»), which become sub-sections;
 * definitions («StatefulSet - …», «под: …»), headed by their term. A heading first in the text is its
 * title, and the names in it its aliases. Code runs become fenced blocks. Blocks too short to answer
 * anything join a neighbour, and a lead-in ending in «:» stays with what follows.
 */
export function structureText(source: string): ParsedNote {
  const reader = new SectionReader(pieces(gridTablesAsPipes(source)));
  const { title, titleNames } = reader.readAll();
  const blocks = mergeFragments(reader.drafts);
  return title === undefined
    ? { aliases: [], blocks, problems: [] }
    : { title, aliases: namesIn(titleNames ?? title), blocks, problems: [] };
}

type Item = Extract<Piece, { kind: "item" }>;
type Paragraph = Extract<Piece, { kind: "para" }>;

/** The numbered list being read: its heading, where its items go, and the number of the last one. */
interface List {
  heading?: string;
  path: string[];
  n: number;
  part: number;
  /** The last item only named itself («1. Calico:»): the piece after it is its body. */
  bodyless: boolean;
  /** Its items are the steps of one thing (see `stepsFrom`), not things of their own. */
  steps: boolean;
}

/** What the pieces of a chat are: a line asked is one short line followed by the answer's mark. */
class Chat {
  constructor(private readonly all: readonly Piece[]) {}

  private contentAt(k: number): boolean {
    return ["para", "item", "code"].includes(this.all[k]?.kind ?? "");
  }

  private asks(k: number): boolean {
    const p = this.all[k];
    return (
      p?.kind === "para" &&
      p.lines.length === 1 &&
      (p.lines[0] as string).length <= MAX_QUESTION_CHARS &&
      this.all[k + 1]?.kind === "answer"
    );
  }

  /** A line asked heads the answer only when one follows, not when the next thing is only another question. */
  isQuestion(k: number): boolean {
    return (
      this.asks(k) &&
      ((this.contentAt(k + 2) && !this.asks(k + 2)) ||
        (this.all[k + 2]?.kind === "heading" && this.contentAt(k + 3)))
    );
  }

  /** What a heading can head: text, not a question asked in a chat, which heads its own answer. */
  content(k: number): boolean {
    return this.contentAt(k) && !this.isQuestion(k);
  }
}

/** A lead-in that says steps follow: «по шагам:», «Алгоритм:», «порядок действий:», «step by step:». */
const STEPS_LEAD =
  /(?:^|[\s,(])(?:по\s+шагам|пошагово|шаги|алгоритм|порядок\s+действий|step\s+by\s+step|steps)\s*\)?\s*:\s*$/iu;

/**
 * «…соединение за три пакета:» then «1. SYN: клиент шлёт…», «2. SYN-ACK: сервер отвечает…»: a sentence that leads
 * into a numbered list of one line per item lists the steps of one thing; the items name no sections.
 */
function stepsFrom(all: readonly Piece[], k: number): boolean {
  const lead = all[k - 1];
  // A short line («Основные типы сервисов:») heads a list of things instead (see `listHeading`) — unless it says
  // that steps follow: «как писать уравнение электролиза, по шагам:» over «2. катод: смотрю…».
  if (lead?.kind !== "para" || !/:\s*$/.test(lead.lines.at(-1) ?? "")) return false;
  if (
    lead.lines.length === 1 &&
    words(lead.lines[0] as string) <= MAX_HEADING_WORDS + 2 &&
    !STEPS_LEAD.test(lead.lines[0] as string)
  )
    return false;
  const items: Item[] = [];
  for (let j = k; all[j]?.kind === "item"; j++) {
    const item = all[j] as Item;
    if (item.n !== (all[k] as Item).n + items.length) break;
    items.push(item);
  }
  // The last item may run on into the paragraph after the list, which the PDF did not set apart.
  return (
    items.length >= 2 &&
    items.every(
      (item, n) =>
        (item.lines[0]?.length ?? 0) <= MAX_STEP_CHARS && (item.lines.length === 1 || n === items.length - 1),
    )
  );
}

/**
 * Reads the pieces of a text in order, placing each under the headings above it: a question asked in a chat, the
 * chapters a deeper heading opens, the current section, a list's heading and the item a piece belongs to.
 */
class SectionReader {
  readonly drafts: Draft[] = [];
  private readonly chat: Chat;
  private title: string | undefined;
  /** What the title names, when not all of it is a name: «редис» of «редис - конспект (потом причесать)». */
  private titleNames: string | undefined;
  private section: string | undefined;
  /**
   * The headings above the current section, outermost first: a heading whose first content is a deeper heading
   * («3. Мемоизация» over «3.1 useMemo и useCallback»), or a section a deeper heading follows, until a heading of
   * its level or higher.
   */
  private readonly chapters: { name: string; level: number }[] = [];
  private sectionLevel = 1;
  /** A question asked in a chat: the headings of its answer are under it. */
  private asked: string | undefined;
  private list: List | undefined;
  /** «Основные типы сервисов:» over a numbered list: the heading of the list that starts next. */
  private listHeading: string | undefined;
  /** The number of the last numbered heading («12. Идемпотентность»): the next number heads a section too. */
  private titleNumber: number | undefined;
  private part = 0;
  /**
   * Under a heading the text marks plainly (a question asked in a chat, a Markdown heading) the paragraphs are one
   * part, as a Markdown section's are: the answer to «репликация в редисе» is all of its paragraphs. Under a
   * heading only guessed (a short line, ALL CAPS) a paragraph may well be about something else.
   */
  private marked = false;
  private markedPart: number | undefined;

  constructor(private readonly all: readonly Piece[]) {
    this.chat = new Chat(all);
  }

  /** Reads every piece; the text's title and what it names, when it has one. */
  readAll(): { title?: string; titleNames?: string } {
    for (const [i, piece] of this.all.entries()) this.read(piece, i);
    return {
      ...(this.title === undefined ? {} : { title: this.title }),
      ...(this.titleNames === undefined ? {} : { titleNames: this.titleNames }),
    };
  }

  private read(piece: Piece, i: number): void {
    if (piece.kind === "answer") return;
    if (piece.kind === "para" && this.chat.isQuestion(i)) this.question(piece);
    else if (piece.kind === "heading" || piece.kind === "break") this.heading(piece, i);
    else if (piece.kind === "item") this.item(piece, i);
    else this.other(piece, i);
  }

  /** A paragraph or code: in the list being read, or after it. */
  private other(piece: Paragraph | Extract<Piece, { kind: "code" }>, i: number): void {
    const next = this.all[i + 1];
    const list = this.list;
    const continuesList = next?.kind === "item" && list !== undefined && next.n === list.n + 1;
    if (list !== undefined && (continuesList || list.bodyless)) {
      // Between two items of one list, or the body of an item that only named itself: the item's own.
      list.bodyless = false;
      this.drafts.push({
        kind: piece.kind === "code" ? "code" : "prose",
        text: piece.kind === "code" ? piece.text : piece.lines.join("\n"),
        headingPath: list.path,
        part: list.part,
      });
      return;
    }
    this.list = undefined;
    if (piece.kind === "code") this.code(piece.text, list);
    else this.paragraph(piece, i);
  }

  /** The part of a paragraph right under the current heading. */
  private ownPart(): number {
    if (!this.marked) return ++this.part;
    this.markedPart ??= ++this.part;
    return this.markedPart;
  }

  /** The headings the current section is under, and its own. */
  private base(): string[] {
    return [
      ...(this.asked === undefined ? [] : [this.asked]),
      ...this.chapters.map((c) => c.name),
      ...(this.section === undefined ? [] : [this.section]),
    ];
  }

  /** After a new heading, marked plainly or only guessed (see `marked`): no list goes on across it. */
  private opened(marked: boolean): void {
    this.marked = marked;
    this.markedPart = undefined;
    this.list = undefined;
    this.listHeading = undefined;
  }

  /** The lines after a title line («2. EC2», «редис - конспект»), a part of their own under the headings above. */
  private pushAfterFirstLine(lines: readonly string[]): void {
    // «Ответ:» alone under an exam's question only marks where the answer starts.
    const rest = lines.slice(1).filter((line, k) => k > 0 || !ANSWER_LABEL.test(line));
    if (rest.length > 0)
      this.drafts.push({
        kind: "prose",
        text: rest.join("\n"),
        headingPath: this.base(),
        part: this.ownPart(),
      });
  }

  /** What was asked in a chat heads the answer pasted under it. */
  private question(piece: Paragraph): void {
    this.asked = (piece.lines[0] as string).replace(ASKER, "").trim();
    this.chapters.length = 0;
    this.section = undefined;
    this.opened(true);
  }

  private heading(piece: Extract<Piece, { kind: "heading" | "break" }>, i: number): void {
    if (piece.kind === "heading") {
      while ((this.chapters.at(-1)?.level ?? 0) >= piece.level) this.chapters.pop();
      // A heading over a deeper one that heads text heads the sections under it (or titles the text when first),
      // however many deeper headings stand between: «## Типы индексов» › «### B-tree» › «#### Как устроен».
      const deeper = (k: number) => {
        const at = this.all[k];
        return at?.kind === "heading" && at.level > piece.level;
      };
      let below = i + 1;
      while (deeper(below)) below++;
      if (below > i + 1 && this.chat.content(below)) {
        const name = piece.text.replace(/[*`]+/gu, "").trim();
        // …under a section before it of a higher level («2.3 useEffect» › «2.3.1 Cleanup» › …).
        if (this.section !== undefined && this.sectionLevel < piece.level)
          this.chapters.push({ name: this.section, level: this.sectionLevel });
        if (i === 0) this.title = name;
        else this.chapters.push({ name, level: piece.level });
        this.section = undefined;
        return;
      }
      // The first heading over another of its level titles the text: «PostgreSQL. Индексы» over «## 1. Общее».
      if (i === 0 && this.all[1]?.kind === "heading") {
        this.title = piece.text.replace(/[*`]+/gu, "").trim();
        return;
      }
      // Only a heading that heads something is one: what would head nothing stays text, so no word is lost.
      if (!this.chat.content(i + 1)) {
        this.drafts.push({ kind: "prose", text: piece.text, headingPath: this.base(), part: ++this.part });
        return;
      }
    }
    // What follows a lost heading or a rule is under no heading the text still has; a Markdown heading heads
    // it (below the question its answer answers), or titles the text when it comes first.
    const name = piece.kind === "heading" ? piece.text.replace(/[*`]+/gu, "").trim() : undefined;
    // A deeper heading is a section of the one before: «2.1 useState» under «2. Хуки» and its text.
    if (piece.kind === "heading" && this.section !== undefined && this.sectionLevel < piece.level)
      this.chapters.push({ name: this.section, level: this.sectionLevel });
    if (name !== undefined && i === 0) this.title = name;
    else {
      this.section = name;
      this.sectionLevel = piece.kind === "heading" ? piece.level : 1;
    }
    this.opened(name !== undefined);
    if (name === undefined) {
      this.asked = undefined;
      this.chapters.length = 0;
    }
  }

  private item(piece: Item, i: number): void {
    const next = this.all[i + 1];
    const list = this.list;
    const first = piece.lines[0] as string;
    const sameList = list !== undefined && piece.n === list.n + 1;
    const steps = sameList ? list?.steps === true : stepsFrom(this.all, i);
    const name = steps ? undefined : itemName(first);
    // «12. DNS. Этапы разрешения имени.» over «1) Кэш браузера…»: a list of its own is its text.
    const titleLines = piece.lines.length === 1 && next?.kind === "item" && next.n === 1 && piece.n > 1;
    const title =
      steps || name !== undefined
        ? undefined
        : numberedTitle(
            titleLines ? [first, ...next.lines] : piece.lines,
            this.titleNumber !== undefined && piece.n === this.titleNumber + 1,
          );
    if (title !== undefined) {
      this.titleNumber = piece.n;
      // «2. EC2» heads a section of the text, as a short line alone would. The author numbered it: its paragraphs
      // are one part, as under a Markdown heading («5. Протокол ARP.» over the answer and the steps of it).
      this.section = title;
      this.opened(true);
      this.pushAfterFirstLine(piece.lines);
      return;
    }
    const heading = sameList ? list?.heading : this.listHeading;
    this.listHeading = undefined;
    const base = this.base();
    const parent = heading === undefined ? base : [...base, heading];
    const path = name === undefined ? parent : [...parent, name];
    const glued = sameList && name === undefined && list !== undefined && list.path.join() === path.join();
    // An item that names nothing is text of the section it is in.
    const itemPart = glued
      ? (list?.part ?? ++this.part)
      : path.length === base.length
        ? this.ownPart()
        : ++this.part;
    // «1. Calico:» alone on its line only names the item: the name is its heading now.
    const namesOnly = name !== undefined && first.replace(/^[!*\s]+/, "").trim() === `${name}:`;
    const body = namesOnly ? piece.lines.slice(1) : piece.lines;
    this.list = {
      ...(heading === undefined ? {} : { heading }),
      path,
      n: piece.n,
      part: itemPart,
      bodyless: body.length === 0,
      steps,
    };
    // A step is one line: what runs on after the last one is the paragraph after the list.
    const own = steps ? body.slice(0, 1) : body;
    const text = name === undefined ? `${piece.marker} ${own.join("\n")}` : own.join("\n");
    if (own.length > 0) this.drafts.push({ kind: "prose", text, headingPath: path, part: itemPart });
    if (own.length < body.length)
      this.drafts.push({ kind: "prose", text: body.slice(1).join("\n"), headingPath: path, part: itemPart });
  }

  /** Code, after the list `item` it may belong to has ended. */
  private code(text: string, item: List | undefined): void {
    const drafts = this.drafts;
    const base = this.base();
    const last = drafts.at(-1);
    // «2. Процессы и сигналы:» … «…kill -9 PID.» then «$ kill 4242»: code right after an item's text is the item's.
    if (
      item !== undefined &&
      item.path.length > base.length &&
      last?.kind === "prose" &&
      last.headingPath.join() === item.path.join()
    ) {
      drafts.push({ kind: "code", text, headingPath: item.path, part: last.part });
      return;
    }
    // Code illustrates the paragraph before it, unless that is a stray fragment that introduces nothing
    // (up to two fragments such as «Src:» and a link may stand between a lead-in and its code).
    let introduced = false;
    for (let k = drafts.length - 1; k >= Math.max(0, drafts.length - 3); k--) {
      const d = drafts[k] as Draft;
      if (d.kind !== "prose" || d.headingPath.join() !== base.join()) break;
      if (/:\s*$/.test(d.text)) introduced = true;
      if (introduced || words(d.text) >= MIN_WORDS) break;
    }
    const glue =
      last !== undefined &&
      last.kind === "prose" &&
      last.headingPath.join() === base.join() &&
      (introduced || words(last.text) >= MIN_WORDS);
    drafts.push({ kind: "code", text, headingPath: base, part: glue ? last.part : ++this.part });
  }

  private paragraph(piece: Paragraph, i: number): void {
    const next = this.all[i + 1];
    const prev = this.all[i - 1];
    // «редис - конспект (в основном из чатгпт…)» first says what the notes are: their title, not a definition.
    // Only a line a title could be: notes pasted with their line breaks lost are one line, text and all.
    const first = piece.lines[0] as string;
    const notesTitle = i === 0 && first.length <= MAX_TITLE_CHARS ? NOTES_TITLE.exec(first) : null;
    if (notesTitle !== null) {
      // «# systemd — конспект…» typed as a comment, as the rest of a file kept like a config: the «#» is no title's.
      this.title = first.replace(/^#+[ \t]+/u, "");
      this.titleNames = notesTitle[1];
      this.pushAfterFirstLine(piece.lines);
      return;
    }
    // «Что такое fast-forward?» over its answer, in the answer to what a chat asked or in a cheat sheet: a question
    // the author asked themself heads what answers it.
    if (piece.lines.length >= 2 && asksItself(first)) {
      this.section = first;
      this.marked = true;
      this.markedPart = undefined;
      this.pushAfterFirstLine(piece.lines);
      return;
    }
    const only = piece.lines.length === 1 ? first : undefined;
    const nextIsBody =
      next !== undefined &&
      (next.kind === "code" || (next.kind === "para" && !isShortLine(next) && this.chat.content(i + 1)));
    const heads =
      only !== undefined &&
      ((isAllCaps(only) && this.chat.content(i + 1)) || (isTitle(only) && nextIsBody && !isShortLine(prev)));
    // «фаер, NAT, MTU, TLS — разбор для дежурства» alone, then «--- iptables ---»: a short first line over the first
    // heading names the notes, in lower case too — unless it numbers the first of their parts («Лекция 1» over «§1»).
    const titlesNotes =
      only !== undefined && next?.kind === "heading" && isShortTitle(only) && !FIRST_PART.test(only);
    if ((heads || titlesNotes) && i === 0) {
      // A heading before anything else names the whole text, as a leading `#` does in Markdown.
      this.title = only;
      return;
    }
    if (heads) {
      this.section = only;
      this.marked = false;
      return;
    }
    if (
      only?.endsWith(":") &&
      only.length <= MAX_HEADING_CHARS + 10 &&
      words(only) <= MAX_HEADING_WORDS + 2 &&
      next?.kind === "item" &&
      next.n === 1 &&
      itemName(next.lines[0] as string) !== undefined
    ) {
      this.listHeading = only.slice(0, -1).trim();
      return;
    }
    // The answer to a question heading («Что такое MRO?» over «Method Resolution Order — порядок…») is one block: a
    // term it defines on the way heads no section of its own.
    // (Not «systemd ? ?????», a heading whose letters were lost: a question's «?» follows a word.)
    const answers = /[\p{L}\p{N})»"']\?\s*$/u.test(this.section ?? this.asked ?? "");
    const term = answers ? undefined : definedTerm(first);
    // «401 vs 403 — вечно путаю, записываю:» over «401 Unauthorized — …», «403 Forbidden — …»: what a lead-in
    // announces is one block under it.
    if (term !== undefined && words(term) <= 5 && /:\s*$/u.test(first) && piece.lines.length > 1) {
      this.drafts.push({
        kind: "prose",
        text: piece.lines.join("\n"),
        headingPath: [...this.base(), term],
        part: ++this.part,
      });
      return;
    }
    // A cheat sheet's group («git branch — …», «git switch <имя> — …») is one block: its lines are commands of one
    // program, not terms to head sections with.
    const commands =
      piece.lines.length >= 2 &&
      piece.lines.every((l, k) => k === 0 || sameCommand(piece.lines[k - 1] as string, l));
    if (term !== undefined && words(term) <= 5 && !commands) {
      this.definitions(piece.lines, term);
      return;
    }
    // «У неё есть поля stdout, stderr…» after «register: nginx_ver»: a paragraph that opens by pointing back at what
    // was just said goes on with it.
    // So does one that opens with a word of the code right before it (see `namesCodeBefore`).
    // …and so does one that goes on in lower case after code («к-р использует сетевой стек хоста…» under «docker run
    // --network host nginx»): it says what the code does, as it would in Markdown.
    const last = this.drafts.at(-1);
    const pointsBack =
      last !== undefined &&
      last.headingPath.join() === this.base().join() &&
      (POINTS_BACK.test(first) ||
        (last.kind === "code" && (namesCodeBefore(first, last.text) || /^\p{Ll}/u.test(first))));
    this.drafts.push({
      kind: "prose",
      text: piece.lines.join("\n"),
      headingPath: this.base(),
      part: pointsBack ? last.part : this.ownPart(),
    });
  }

  /** A run of definitions, the first of `term`: each its own block, headed by its term, with the lines after it. */
  private definitions(lines: readonly string[], term: string): void {
    const base = this.base();
    let current: Draft | undefined;
    // «QoS классы:» over «Guaranteed - …», «Burstable - …»: the definitions a lead-in announces are one block.
    let grouped = false;
    const terms = lines.map(definedTerm);
    for (const [k, line] of lines.entries()) {
      const t = terms[k];
      const lead = leadIn(line);
      if (t === undefined && lead !== undefined && terms[k + 1] !== undefined && terms[k + 2] !== undefined) {
        current = { kind: "prose", text: line, headingPath: [...base, lead], part: ++this.part };
        this.drafts.push(current);
        grouped = true;
        continue;
      }
      if (grouped && current !== undefined && t !== undefined) {
        current.text += `\n${line}`;
        continue;
      }
      grouped = false;
      if (t !== undefined || current === undefined) {
        // «Ingress — объект…» right under «3.4 Ingress» defines the section's own thing: its text, not a section.
        // So does a line that defines both things a heading names («Requests и limits»).
        const section = this.section;
        const own = section !== undefined && (namesSection(section, t ?? term) || definesBoth(section, line));
        current = own
          ? { kind: "prose", text: line, headingPath: base, part: this.ownPart() }
          : { kind: "prose", text: line, headingPath: [...base, t ?? term], part: ++this.part };
        this.drafts.push(current);
      } else current.text += `\n${line}`;
    }
  }
}

/**
 * Whether a heading names one thing, `term`: «Ingress» and «Сервисы (Services)» do «Ingress» and «Services»;
 * «Правило нуля / трех / пяти» names three, so its «Правило нуля: …» is one of them, not the section's own.
 */
function namesSection(heading: string, term: string): boolean {
  const names = namesIn(heading);
  return names.length <= 2 && names.includes(term.toLowerCase());
}

/** «и», «and», «vs», «или»: what joins the two things a heading may name («Requests и limits»). */
const PAIR_JOINER = /\s+(?:и|and|vs\.?|или|or)\s+/iu;

/**
 * Whether a line defines both things a heading names: «requests — сколько гарантировано… limits — верхняя граница…»
 * under «Requests и limits» is that section's own text, not a section headed by its first term.
 */
function definesBoth(heading: string, line: string): boolean {
  const names = [...new Set(heading.split(PAIR_JOINER).flatMap(namesIn))];
  if (names.length !== 2) return false;
  const text = line.toLowerCase();
  return names.every((name) =>
    new RegExp(`(?:^|[.;:]\\s+)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+[-–—]\\s`, "u").test(text),
  );
}

/**
 * The names a heading gives a thing, lower-cased, for aliases: «Сервисы (Services)» → [сервисы, services],
 * «Ingress / Ингресс» → [ingress, ингресс]; a heading of one name gives that name.
 */
export function namesIn(heading: string): string[] {
  const names = heading
    .split(/\s*[()/,]\s*|\s+[-–—]\s+/)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => /\p{L}/u.test(n));
  return [...new Set(names)];
}
