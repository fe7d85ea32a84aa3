// The marks authors set headings off with in plain text, read as the Markdown headings they are: «=== DNS ===»,
// «🔹 Поды», «III. Джойны», «##Индексы», a cheat sheet's «Ветки:» over its commands, a flashcard's «В: …» over its
// «О: …», a hasty topic's «поды» after «-----», a lecture's «навигация:» over its block. Each pass takes the text's
// lines and gives them back, a heading as «# …». Pure: no I/O.

import { isGarbageLine } from "./clean.ts";
import {
  isCapsHeading,
  isRemarkLabel,
  isShortTitle,
  isTitle,
  isUnspaced,
  LIST_MARKER,
  MAX_HEADING_CHARS,
  TIME_MARK,
  words,
} from "./lines.ts";
import { LEAD_IN_WORDS } from "./markup.ts";

/**
 * A heading set off in plain text by runs of one mark on both sides: «=== DNS ===», «--- iptables ---», «== Итоги ==»,
 * «*** Сети ***». One author uses several marks for one level, so every such heading is a section of the same level.
 * Notes typed along a webinar or a video put the time before it, as before every line:
 * «[00:09:20] === nodeSelector ===». Notes kept like a config file comment it out: «# ==== таймеры ====».
 */
const DECORATED =
  /^[ \t]*(?:#{1,2}[ \t]+)?(={2,}|~{2,}|-{3,}|\*{3,}|\+{3,}|#{3,})[ \t]*(\p{L}.*?)[ \t]*(={2,}|~{2,}|-{3,}|\*{3,}|\+{3,}|#{3,})[ \t]*$/u;

/** A date set off so in a log kept by day: «=== 2024-03-14 ===», «--- 05.03 ---». */
const DECORATED_DATE =
  /^[ \t]*(={2,}|~{2,}|-{3,}|\*{3,}|\+{3,}|#{3,})[ \t]*\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?[ \t]*(={2,}|~{2,}|-{3,}|\*{3,}|\+{3,}|#{3,})[ \t]*$/u;

/**
 * «=== DNS ===» as the Markdown heading it is («# DNS»); «=== 2024-03-14 ===», a day's entry of a log, as a rule
 * between sections (what is written that day is under the topics it names, not under a date); any other line as it
 * is.
 */
export function decoratedAsHeading(line: string): string {
  if (DECORATED_DATE.test(line)) return "---";
  const match = DECORATED.exec(line.replace(TIME_MARK, ""));
  if (!match || match[1]?.[0] !== match[3]?.[0]) return line;
  const text = match[2] as string;
  return text.length <= MAX_HEADING_CHARS ? `# ${text}` : line;
}

/**
 * A short line led by an emoji or two, as notes typed on a phone mark their sections: «🔹 Поды», «⚠️ Грабли»,
 * «📌 онегинская строфа» (a phone's notes are often all in lower case).
 */
const EMOJI_LED = /^[ \t]*((?:\p{Extended_Pictographic}\uFE0F?){1,2})[ \t]*(\p{L}.*?)[ \t]*$/u;

/**
 * The lines with each emoji-led title that opens a block of text (a blank line before it, text right after it) as
 * the Markdown heading it is. Not one of a run of lines led by the same emoji: that is a list («✅ Сделал …»).
 * Notes typed on a phone line by line often leave no blank line anywhere: there a title opens its block from
 * right under the line before.
 */
export function emojiTitlesAsHeadings(lines: string[]): string[] {
  const led = (line: string | undefined) => EMOJI_LED.exec(line ?? "")?.[1];
  const blank = (line: string | undefined) => line === undefined || line.trim() === "";
  const unspaced = isUnspaced(lines);
  return lines.flatMap((line, i) => {
    const match = EMOJI_LED.exec(line);
    const title = match?.[2];
    if (match === null || title === undefined || !isShortTitle(title)) return [line];
    const before = lines[i - 1];
    const after = lines[i + 1];
    const opens = (blank(before) || (unspaced && led(before) !== match[1])) && !blank(after);
    if (!opens || led(after) === match[1]) return [line];
    // Set apart from the line above, the heading is not read as a comment closing the YAML right above it.
    return blank(before) ? [`# ${title}`] : ["", `# ${title}`];
  });
}

/** «III. Джойны»: a part of the notes numbered in Roman numerals, and its title. */
const ROMAN_TITLE =
  /^(?:#{1,6}[ \t]+)?(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.[ \t]+(\S.*)$/u;

/**
 * The notes' parts numbered in Roman numerals as headings of one level: «III. Джойны» over a numbered list, and
 * «I. Нормализация» already underlined, both top-level headings («# Джойны»), only when two or more such titles
 * number the text.
 */
export function romanTitles(lines: string[]): string[] {
  const title = (line: string) => {
    const match = ROMAN_TITLE.exec(line.trim());
    const text = match?.[2];
    // A part's title starts in capitals: «I. подготовительная (тратим 2 АТФ)» is a stage in a list of them.
    return match?.[1] &&
      text !== undefined &&
      /^\P{Ll}/u.test(text) &&
      (isShortTitle(text) || isCapsHeading(text))
      ? text
      : undefined;
  };
  if (lines.filter((line) => title(line) !== undefined).length < 2) return lines;
  return lines.map((line) => {
    const text = title(line);
    return text === undefined ? line : `# ${text}`;
  });
}

/**
 * A Markdown heading typed without its space, as in a plain editor: «##Составной индекс», «#X. N+1», «#Индексы» over
 * its text. Not a tag: «#k8s #поды», or one capitalised tag closing a section («#Kubernetes» before a blank line).
 */
export function headingsWithoutSpace(lines: string[]): string[] {
  return lines.map((line, i) => {
    const match = /^(#{1,6})(\p{Lu}[^#]*)$/u.exec(line.trim());
    if (!match) return line;
    const [, marks, text] = match as unknown as [string, string, string];
    const next = lines[i + 1]?.trim() ?? "";
    const heads = marks.length > 1 || /\s/u.test(text.trim()) || (next !== "" && !next.startsWith("#"));
    return heads && isShortTitle(text.trim()) ? `${marks} ${text.trim()}` : line;
  });
}

/**
 * Two lines of a cheat sheet: each a command of one program and what it does («git remote -v — какие репо
 * подключены» / «git fetch — скачать изменения»). Never one wrapped line.
 */
export const sameCommand = (prev: string, line: string): boolean => {
  const program = programOf(line);
  return (
    program !== undefined && CHEAT_LINE.test(line) && CHEAT_LINE.test(prev) && programOf(prev) === program
  );
};

/** The program a command line runs: «git» of «$ git fetch — …», «tcpdump» of «sudo tcpdump -i eth0 …». */
const programOf = (line: string): string | undefined =>
  /^(?:\$\s*)?(?:sudo\s+)?([a-z][\w.-]*)\s/u.exec(line)?.[1];

/** A flashcard's question, as people write cards in text: «В: Что такое GIL?», «Q: …», «Вопрос: …». */
const CARD_QUESTION = /^[ \t]*(?:в|q|вопрос|question)[ \t]*[:.)][ \t]*(\S.*?)[ \t]*$/iu;
/** …and its answer on the next line: «О: Global Interpreter Lock — …», «A: …», «Ответ: …». */
const CARD_ANSWER = /^[ \t]*(?:о|a|ответ|answer)[ \t]*[:.)][ \t]*/iu;

/**
 * Flashcards kept as text («В: Что такое GIL?» / «О: Global Interpreter Lock — …»): each question heads its answer,
 * as a Markdown heading would, and the answer loses its «О:».
 */
export function cardsAsSections(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const question = CARD_QUESTION.exec(out[i] as string)?.[1];
    const answer = out[i + 1] as string;
    if (question === undefined || !CARD_ANSWER.test(answer)) continue;
    out[i] = `# ${question}`;
    out[i + 1] = answer.replace(CARD_ANSWER, "");
  }
  return out;
}

/** «Откат изменений:» — a short label over the group of lines it heads. */
const GROUP_LABEL = /^(\p{Lu}[^:]{1,40}):\s*$/u;
/**
 * A cheat sheet's line: a command, then what it does after « — », « - », « => », «  # » or a tab; or a problem, then
 * its fix after « → » or « -> ».
 */
const CHEAT_LINE = /^\S.{0,120}?(?:\s[—–-]\s|\t|\s=>\s|\s{2,}#\s|\s(?:→|->)\s)\S/u;

/**
 * A cheat sheet's groups as sections: «Ветки:» over «git branch — список веток», «git switch <имя> — …». A label of
 * a few words, after a blank line, heads its group when the two lines under it each give a command and what it does.
 */
export function cheatSheetGroups(lines: string[]): string[] {
  return lines.map((line, i) => {
    const label = GROUP_LABEL.exec(line.trim())?.[1];
    if (label === undefined || words(label) > 4 || !isShortTitle(label)) return line;
    if (isRemarkLabel(label)) return line;
    const before = lines[i - 1];
    const group = [lines[i + 1], lines[i + 2]];
    // Not a lead-in to a bulleted or numbered list («Свойства при объявлении очереди:» over «- durable — …»): that
    // stays with the section it is in.
    const heads =
      (before === undefined || before.trim() === "") &&
      group.every((l) => l !== undefined && CHEAT_LINE.test(l) && !LIST_MARKER.test(l.trimStart()));
    return heads ? `# ${label}` : line;
  });
}

/** A rule between a note's topics: «-----», «*****», «_____», «=====». */
const TOPIC_RULE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,}|[—–]{3,})[ \t]*$/u;

/**
 * Topics set apart by a rule or two blank lines, each opened by its name on a line of its own: «-----» / «поды» /
 * «под - минимальная единица…». A short line so placed, with text right under it, heads its topic — in lower case
 * too, as notes typed in haste have it — when the author sets topics apart so at least twice.
 */
export function setApartTitles(lines: string[]): string[] {
  const blank = (k: number) => (lines[k] ?? "").trim() === "";
  const opens = (i: number) => {
    const raw = lines[i] ?? "";
    const line = raw.trim();
    if (line === "" || /^\s/u.test(raw) || blank(i + 1) || TOPIC_RULE.test(line)) return false;
    // Only a name in lower case: one in capitals, numbered or capitalised heads its text as it is.
    if (!/^\p{Ll}/u.test(line) || isTitle(line) || !isShortTitle(line) || LIST_MARKER.test(line))
      return false;
    if (TOPIC_RULE.test(lines[i + 1] ?? "")) return false;
    const ruled = TOPIC_RULE.test(lines[i - 1] ?? "") && (i < 2 || blank(i - 2));
    return (
      ruled || (i >= 2 && blank(i - 1) && blank(i - 2) && lines.slice(0, i - 2).some((l) => l.trim() !== ""))
    );
  };
  const titles = lines.map((_, i) => opens(i));
  if (titles.filter(Boolean).length < 2) return lines;
  return lines.map((line, i) => (titles[i] ? `# ${line.trim()}` : line));
}

/** Of a deck's pages, at least this share open with a title for the deck to be read as slides. */
const SLIDE_TITLE_SHARE = 0.6;
/** A slide's title has at most this many words: «CA: expander — какую node group расширять». */
const MAX_SLIDE_TITLE_WORDS = 8;
/** A slide has at most this many lines (the median page of a deck). */
const MAX_SLIDE_LINES = 20;
/** A deck has at least this many pages. */
const MIN_SLIDES = 3;

/**
 * A slide deck converted by `pdftotext`: every page (form feeds apart) opens with its slide's title, «metrics-server»
 * or «Алгоритм HPA» over its bullets. Each such first line heads its page — when most pages open so, and not a line
 * that opens several pages (a running header).
 */
export function slideTitles(source: string): string {
  const pages = source.split("\f");
  if (pages.length < MIN_SLIDES) return source;
  const filled = pages.map((page) => page.split("\n").filter((l) => l.trim() !== ""));
  // A slide holds a few lines; a handout's page, set in paragraphs, far more.
  const sizes = filled.map((lines) => lines.length).sort((a, b) => a - b);
  if ((sizes[Math.floor(sizes.length / 2)] ?? 0) > MAX_SLIDE_LINES) return source;
  // A page may open with its number or the running footer the PDF put first («4/26» / «K8s Networking · Лекция 6»
  // over «Как под получает IP — по шагам»): its title is the first line after them. A line on half the pages or
  // more runs along them.
  const pagesWith = new Map<string, number>();
  for (const lines of filled)
    for (const line of new Set(lines.map((l) => l.trim())))
      pagesWith.set(line, (pagesWith.get(line) ?? 0) + 1);
  const runs = (line: string) => (pagesWith.get(line) ?? 0) * 2 >= pages.length;
  const firsts = filled.map((lines) =>
    lines.map((l) => l.trim()).find((line) => !isGarbageLine(line) && !runs(line)),
  );
  const opened = new Map<string | undefined, number>();
  for (const first of firsts) opened.set(first, (opened.get(first) ?? 0) + 1);
  const titles = (ending: RegExp) =>
    firsts.map(
      (first) =>
        first !== undefined &&
        first.length <= MAX_HEADING_CHARS &&
        words(first) <= MAX_SLIDE_TITLE_WORDS &&
        /^[\p{L}«"]/u.test(first) &&
        !/^\d+$/u.test(first) &&
        !ending.test(first) &&
        opened.get(first) === 1,
    );
  if (titles(/[.,;!?]$/u).filter(Boolean).length < SLIDE_TITLE_SHARE * pages.length) return source;
  // In a deck, a page's title may exclaim or ask: «Бэкап ключа — обязательно!!», «Включили шифрование — а старые
  // секреты?». A sentence's end still makes it text.
  const titled = titles(/[.,;]$/u);
  return pages
    .map((page, i) => (titled[i] ? page.replace(firsts[i] as string, `## ${firsts[i]}`) : page))
    .join("\f");
}

/** A fold's title as vim marks it: «Объекты {{{1», «" Rebase {{{2», «# Хуки {{{»; its level in group 2. */
const FOLD_OPEN = /^[ \t]*(?:(?:"|#+|\/\/|--(?=[ \t])|;+)[ \t]*)?(\S.*?)[ \t]*\{\{\{(\d)?[ \t]*$/u;
/** A fold's end, «}}}» (with its level, or after a comment's mark), or vim's modeline: «vim: set fdm=marker:». */
const FOLD_CLOSE =
  /^[ \t]*(?:(?:"|#+|\/\/|--(?=[ \t])|;+)[ \t]*)?(?:\}\}\}\d?|vim?:[ \t]*set[ \t].*|vim?:.*:)[ \t]*$/u;

/**
 * Notes kept in vim with fold markers: «Объекты {{{1» heads a section (a «{{{2» a section under it), «}}}» ends one
 * and says nothing, nor does the modeline that turns folding on — when the notes fold so twice or more.
 */
export function foldTitles(lines: string[]): string[] {
  if (lines.filter((l) => FOLD_OPEN.test(l)).length < 2) return lines;
  return lines.map((line) => {
    const open = FOLD_OPEN.exec(line);
    if (open) return `${"#".repeat(Math.min(6, Number(open[2] ?? 1)))} ${open[1]}`;
    return FOLD_CLOSE.test(line) ? "" : line;
  });
}

/** A line pointed at by «>>»: «>> Canary», «>>> helm: залип релиз». */
const POINTED = /^[ \t]*>{2,3}[ \t]*(\S.*?)[ \t]*$/u;

/**
 * A log's topics, each pointed at by «>>» on a line of its own over its text: «>> Canary» over «сначала 10%…». Such a
 * line heads its block when the notes do so twice or more; not one among «>>» lines one after another, which are
 * remarks quoted or set apart («>> на полях (от руки):» / «>> ТоР = social lift…»).
 */
export function pointedTitles(lines: string[]): string[] {
  const pointed = (k: number) => POINTED.test(lines[k] ?? "");
  const titles = lines.map((line, i) => {
    const title = POINTED.exec(line)?.[1];
    if (title === undefined || title.length > MAX_HEADING_CHARS || /[.!?;,]$/u.test(title)) return undefined;
    return pointed(i - 1) || pointed(i + 1) || (lines[i + 1] ?? "").trim() === "" ? undefined : title;
  });
  if (titles.filter((t) => t !== undefined).length < 2) return lines;
  return lines.map((line, i) => (titles[i] === undefined ? line : `## ${titles[i]}`));
}

/** A topic's name in lower case before «:», alone on its line: «навигация:», «спец биты:», «юзеры и группы:». */
const LOWER_LABEL = /^(\p{Ll}[\p{L}\p{N} ,/()+-]{1,40}?):\s*$/u;
/** The same, capitalised: «Ставки (на 2024):», «Кто за меня платит:». */
const CAPITAL_LABEL = /^(\p{Lu}[\p{L}\p{N} ,/()+-]{1,40}?):\s*$/u;
/** What follows a key of YAML, not a topic's name: a line indented under it, or an item («- configMapRef:»). */
const NESTED = /^(?:[ \t]+\S|-[ \t])/u;
/**
 * Notes typed without headings name each block's topic on its first line: «ссылки:» over «жесткая ссылка (hard link)
 * - …», «ln файл ссылка»; «Ставки (на 2024):» over «• 13% — если доход…». Such a label, after a blank line and over
 * two lines or more, heads its block when the notes do so twice or more in the same case (a habit, where one
 * capitalised label among lower-case ones is a remark: «дополню про PATCH:»); not a remark («важно:»), nor a
 * lead-in («делается это так:»).
 */
export function labelsOverBlocks(lines: string[]): string[] {
  // Under headings of their own, such labels lead into lists of their sections.
  if (lines.some((line) => /^#{1,6} \S/u.test(line))) return lines;
  const label = (i: number, pattern: RegExp) => {
    const name = pattern.exec((lines[i] ?? "").trim())?.[1];
    if (name === undefined || words(name) > 4 || LEAD_IN_WORDS.test(name)) return undefined;
    // «envFrom:» over «  - configMapRef:» is YAML.
    if (NESTED.test(lines[i + 1] ?? "")) return undefined;
    if (isRemarkLabel(name)) return undefined;
    const before = lines[i - 1];
    const opens = before === undefined || before.trim() === "";
    const body = [lines[i + 1], lines[i + 2]].every((l) => l !== undefined && l.trim() !== "");
    return opens && body ? name : undefined;
  };
  const habit = (pattern: RegExp) => {
    const labels = lines.map((_, i) => label(i, pattern));
    return labels.filter((l) => l !== undefined).length >= 2 ? labels : [];
  };
  const lower = habit(LOWER_LABEL);
  const capital = habit(CAPITAL_LABEL);
  return lines.map((line, i) => {
    const name = lower[i] ?? capital[i];
    return name === undefined ? line : `# ${name}`;
  });
}

/** A ticket of an exam's list by its number alone on its line: «Билет 7», «Билет № 7.», «Ticket 2», «Вариант 3». */
const TICKET = /^[ \t]*((?:билет|ticket|вариант)\s*№?\s*\d{1,3})[ \t]*[.:]?[ \t]*$/iu;
/** A ticket with its question on the same line: «Билет 7. Закон сохранения импульса», «Билет 3: Ветки». */
const TITLED_TICKET =
  /^[ \t]*((?:билет|ticket|вариант)\s*№?\s*\d{1,3})[ \t]*[.:)][ \t]+(\S.{2,160}?)[.:]?[ \t]*$/iu;
/** A ticket's question in full sentences: «1. Понятие ветки в Git. Слияние веток.», «2) Что такое rebase?». */
const TICKET_QUESTION = /^[ \t]*(\d{1,2})[.)][ \t]+(\p{L}.{2,160}?)[ \t]*$/u;

/**
 * Answers to an exam's tickets: «Билет 3» over «1. Понятие ветки в Git. Слияние веток.» and its answer, then «2.
 * Команда git rebase: назначение и опасности.» and its; or tickets titled on their line, «Билет 7. Закон сохранения
 * импульса». Each ticket heads its questions, and each question its answer, numbered from 1 again in every ticket —
 * when the text has two tickets or more. A question ends a sentence («.», «?») and starts a paragraph; any other
 * numbered line is the answer's own (a list of steps).
 */
export function ticketQuestions(lines: string[]): string[] {
  const tickets = lines.flatMap((line, i) => (TICKET.test(line) || TITLED_TICKET.test(line) ? [i] : []));
  if (tickets.length < 2) return lines;
  const out = [...lines];
  for (const [k, at] of tickets.entries()) {
    const line = lines[at] ?? "";
    const titled = TITLED_TICKET.exec(line);
    out[at] = `# ${TICKET.exec(line)?.[1] ?? `${titled?.[1]}. ${titled?.[2]}`}`;
    let next = 1;
    for (let i = at + 1; i < (tickets[k + 1] ?? lines.length); i++) {
      const question = TICKET_QUESTION.exec(lines[i] ?? "");
      const text = question?.[2];
      if (text === undefined || Number(question?.[1]) !== next || !/[.?]$/u.test(text)) continue;
      if ((lines[i - 1] ?? "").trim() !== "" && i - 1 !== at) continue;
      out[i] = `## ${text.replace(/\.$/u, "")}`;
      next++;
    }
  }
  return out;
}
