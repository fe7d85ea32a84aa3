// Line-level repair of text that came out of a PDF or a chat window: garbage lines dropped, lines the PDF
// wrapped joined back, hyphenation at line end undone. Pure: no I/O. Words are only ever removed as whole
// garbage lines, or as a chat assistant's pleasantries and offers (not the notes' knowledge), never added.
import { chatThreads } from "./chats.ts";
import { jaccard } from "./dedup.ts";
import { notesInPlace } from "./markup.ts";

/** A ligature a PDF's text keeps as one character: «ﬁ» of «ﬁring», «ﬂ», «ﬀ», «ﬃ», «ﬄ», «ﬅ», «ﬆ». */
const LIGATURE = /[\uFB00-\uFB06]/gu;

/**
 * The text with a PDF's ligatures spelled out in their letters: «ﬁring» is «firing», which a question types and
 * the notes' search and quiz read as such.
 */
export function withoutLigatures(text: string): string {
  return text.replace(LIGATURE, (ligature) => ligature.normalize("NFKC"));
}

/** A line whose letters were lost in extraction: mostly `?` or U+FFFD, e.g. «???? ? ??????». */
function isLostScript(line: string): boolean {
  const chars = line.replace(/\s/g, "");
  const lost = (chars.match(/[?\uFFFD]/g) ?? []).length;
  return lost >= 2 && lost / chars.length >= 0.6;
}

/**
 * Words of lost letters, then up to three in Latin letters: a heading that kept its English name at the end
 * («?????? ansible.cfg»). Lost words between English ones («?? SSH ? forks») leave no name, only words.
 */
const PARTLY_LOST = /^[?\uFFFD]{2,}(?:\s+[?\uFFFD]+)*((?:\s+[A-Za-z][\w.-]*){1,3})$/u;

/** The English name a heading kept when extraction lost its Russian words: «?????? ansible.cfg» → ansible.cfg. */
function keptOfLostHeading(line: string): string | undefined {
  return PARTLY_LOST.exec(line)?.[1]?.trim();
}

/** «12», «- 12 -», «стр. 3», «Page 3 of 10», «3 / 10», «Слайд 12» of a deck of slides. */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:стр(?:аница)?\.?|page|p\.|слайд|slide)\s*\d{1,4}(?:\s*(?:из|of|\/)\s*\d{1,4})?$|^\d{1,4}\s*(?:\/|из|of)\s*\d{1,4}$/i;

/** What a chat window leaves in copied text: the speaker's name, buttons. */
const CHAT_RESIDUE =
  /^(?:chatgpt|chatgpt said:|chatgpt сказал:|you said:|вы сказали:|copy code|копировать код|regenerate|edit message)$/i;
/**
 * What a messenger's copy or export puts over a message: its header «[12.03.2024 14:22] Андрей:» (Telegram),
 * «Андрей, [12.03.2024 14:22]» (Telegram Desktop's «Copy selected as text», a colon after it or not) or
 * «12.03.2024, 14:22 - Андрей:» (WhatsApp) alone on a line; Discord's «Марина К. — 14.03.2024 21:33» or «— Вчера, в
 * 18:05» over a message, and «[21:36]» over the next one of the same author. A saved message is the notes; who saved
 * it when is not.
 */
const MESSAGE_HEADER =
  /^[^\n—]{1,40}\s—\s(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+\d{1,2}:\d{2}|(?:вчера|сегодня),?\s+в\s+\d{1,2}:\d{2}|(?:today|yesterday)\s+at\s+\d{1,2}:\d{2}(?:\s?[AP]M)?|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?)$|^\[\d{1,2}:\d{2}(?:\s?[AP]M)?\]$|^\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s+-)?\s+[^:\n]{1,40}:$|^[^[\],\n]{1,40},\s+\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]:?$/iu;

/**
 * …and inside a message, over what it forwards or replies to: «[Переслано от Backend Club]», «Forwarded from Habr»,
 * «[В ответ Андрей]». The message goes on under it.
 */
const FORWARD_HEADER = /^\[?(?:переслано от|forwarded from|в ответ|in reply to)\s+[^\]\n]{1,60}\]?$/iu;

/** The line a chat window puts before the assistant's answer. */
const ANSWER_TURN = /^(?:chatgpt|chatgpt said:|chatgpt сказал:)$/i;

/**
 * What a chat assistant offers at the end of an answer: «Если хотите, могу показать, как …». Left in, it would be
 * a passage of its own, and the bot would seem to offer it.
 */
const ASSISTANT_OFFER =
  /^(?:если (?:хотите|хочешь|интересно)|хотите|if you(?:'d)? (?:like|want))[,\s]+(?:я\s+|i\s+)?(?:могу|покажу|расскажу|сделаю|распишу|подскажу|приведу|разберу|напишу|can)(?![\p{L}])[^\n]{0,160}$/iu;
/**
 * The pleasantry a chat assistant opens an answer with: «Отличный вопрос! 😊», «Конечно!». Left in, the bot's
 * answer to «что такое redis» would open by praising the question.
 */
const PLEASANTRY =
  /^\s*(?:(?:отличный|хороший|классный|прекрасный|интересный|правильный|great|good) (?:вопрос|question)(?:,[^.!?\n]{0,40})?|конечно|да,? конечно|с удовольствием|sure|of course)!+(?:\s|\p{Extended_Pictographic}|\uFE0F)*/iu;

/**
 * «2.1 Декларативный пайплайн ........ 3»: a table of contents' line, dotted leaders and a page number; or, as Word
 * saves one as plain text, a numbered title and its page after a tab, «2.\tkube-proxy\t4».
 */
const CONTENTS_LINE =
  /^\S.{0,90}?\s*(?:\.\s?){4,}\s*\d{1,4}$|^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S[^\t]{0,90}\t+\d{1,4}$/u;
/** «агент¹», «¹ Раньше назывался slave.»: a footnote's mark, on a word or opening the note itself. */
const FOOTNOTE_MARK = /(?<=[\p{L}\p{N})»"])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*/gu;

/**
 * The bullets of word processors' plain text, as Google Docs («●», «○», «■») and others («◦», «▪», «►») write a
 * list: a list's «•», whatever its level (the indentation stays). A PDF made from Word or PowerPoint keeps its
 * Symbol and Wingdings bullets as private-use letters (U+F0B7, U+F0A7, U+F0D8, U+F076, U+F0FC), and Word's
 * second level as a Latin «o».
 */
const OTHER_BULLET = /^(\s*)(?:[●○■□◆◇▸►‣⁃◦▪\uF0B7\uF0A7\uF0D8\uF076\uF0FC]|o(?= +\p{L}))(?=\s)/u;

/**
 * A line of a conversation copied from a chat assistant's window, as its notes keep it: "" for the window's buttons
 * and speakers («Копировать код», «ChatGPT сказал:») and for the assistant's offers; without the pleasantry an
 * answer opens with.
 */
export function assistantLine(line: string): string {
  const trimmed = line.trim();
  if (CHAT_RESIDUE.test(trimmed) || ASSISTANT_OFFER.test(trimmed)) return "";
  const said = line.replace(PLEASANTRY, "");
  return said.trim() === "" ? "" : said;
}

/**
 * What a Q&A site's page leaves in a copy of it (Stack Overflow, Habr Q&A): its buttons («Задать вопрос»,
 * «Поделиться Улучшить ответ Отслеживать», «Добавить комментарий», «Подписаться 3 Средний 2 комментария»), the vote
 * arrows, when a question was asked and an answer given («ответ дан 12 мар 2021 в 9:41»), and an author's card with
 * their reputation and badges («Иван Петров 4 512 ● 11 ● 33»).
 */
const QA_SITE_RESIDUE =
  /^(?:задать вопрос|ask question|[▲▼△▽]|добавить комментарий|add a comment|комментировать|поделиться(?: улучшить (?:этот )?(?:ответ|вопрос))?(?: отслеживать)?|share (?:improve this (?:answer|question) )?follow|решения? вопроса \d+|нравится \d+|подписаться(?: \d+)?(?: (?:простой|средний|сложный))?(?: \d+ комментари[йяев]+)?|вопрос задан .{1,40}(?: · .{1,40}){0,2}|задан \d{1,2} \p{L}{3,8}\.? \d{4}(?: в \d{1,2}:\d{2})?|(?:ответ )?(?:дан|написан) \d{1,2} \p{L}{3,8}\.? \d{4}(?: в \d{1,2}:\d{2})?|(?:answered|asked|edited) \p{L}{3} \d{1,2}(?:, \d{4})? at \d{1,2}:\d{2}|[^\d●\n]{2,40}(?: \d[\d ,.]*k?)(?: ?● ?\d+){1,3})$/iu;
/**
 * What Telegram's web client shows under a channel's post, copied with it: how many saw it and when («👁 12.4K
 * изменено 14:32», «1.2K views 09:15»), how many commented («Комментарии 18»); and the day over the posts of a day
 * («12 марта», «March 12»).
 */
const POST_VIEWS =
  /^(?:👁\uFE0F?\s*)?\d[\d.,]*\s?[KkКкMм]?(?:\s+(?:views|просмотр\p{L}*))?(?:\s+(?:edited|изменено))?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$/iu;
const POST_TAIL =
  /^(?:comments?|комментари[йяеви]+)\s+\d[\d.,]*\s?[KkКк]?$|^\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?: \d{4})?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:, \d{4})?$/iu;
/** A step of an online course copied from its page (Stepik and the like): «Шаг 4 из 12». */
const COURSE_STEP = /^(?:шаг \d+ из \d+|step \d+ of \d+)$/iu;
/** What such a page shows around a step's text: its buttons, its quiz's prompts and verdicts, its counters. */
const COURSE_PAGE =
  /^(?:следующий шаг|предыдущий шаг|next step|previous step|решить|отправить|submit|выберите (?:все подходящие ответы|один вариант) из списка|правильно\.?|неправильно\.?|correct\.?|верно решили [\d  ]+ \p{L}+|из всех попыток \d+% верных|комментарии|решения|сообщить об ошибке|report a (?:problem|mistake))$/iu;
/** A page's breadcrumbs, «Поколение Python: курс для начинающих › 9. Строки › 9.2 Срезы»: where the page is. */
const BREADCRUMBS = /^[^›\n]{2,80}(?:[ \t]+›[ \t]+[^›\n]{1,80}){2,}$/u;
/** What opens a Q&A site's page under its question's title. */
const QA_PAGE_START =
  /^(?:задать вопрос|ask question|подписаться \d+(?: (?:простой|средний|сложный))?(?: \d+ комментари[йяев]+)?)$/iu;
/**
 * Who speaks from when, over each turn of a call an AI service transcribed: «Алексей (ментор)  02:15», «Speaker 1
 * 0:00». Two spaces or more before the time, as the exports set it off.
 */
const SPEAKER_TURN =
  /^(?:[^\s:][^:\n]{0,38}?[ \t]{2,}|(?:speaker|спикер|говорящий)[ \t]+\d{1,2}[ \t]+)(?:\d{1,2}:)?\d{1,2}:\d{2}$/iu;
/** Who wrote a comment under an answer and when, after its text: «… – n.zaytsev 22 сен 2022 в 9:02». */
const COMMENT_BYLINE =
  /[ \t]+[–—-][ \t]+[\w.@-]{2,40}[ \t]+\d{1,2}[ \t]+\p{L}{3,8}\.?[ \t]+\d{4}[ \t]+в[ \t]+\d{1,2}:\d{2}[ \t]*$/u;

/** What readers of a message reacted with, under it in a copy from Discord: «🔥 7», «👍 4 😂 2». */
const REACTIONS = /^(?:(?:\p{Extended_Pictographic}\uFE0F?)+[ \t]?\d{1,4}[ \t]*)+$/u;
/** A messenger's mark after a message its author changed: «… (изменено)», «(edited)». */
const EDITED = /[ \t]*\((?:изменено|edited)\)[ \t]*$/u;

/** A line carrying no knowledge: lost script, a page number, chat residue. */
export function isGarbageLine(line: string): boolean {
  const text = line.trim();
  return (
    text !== "" &&
    (isLostScript(text) ||
      PAGE_NUMBER.test(text) ||
      CHAT_RESIDUE.test(text) ||
      MESSAGE_HEADER.test(text) ||
      FORWARD_HEADER.test(text) ||
      REACTIONS.test(text) ||
      QA_SITE_RESIDUE.test(text) ||
      SPEAKER_TURN.test(text) ||
      POST_VIEWS.test(text) ||
      POST_TAIL.test(text) ||
      CONTENTS_LINE.test(text))
  );
}

/** A running header or footer has at most this many lines. */
const MAX_RUNNING_DEPTH = 3;

/** A running header's identity: the line with its numbers (page, date) blanked and case folded. */
const runningKey = (line: string) => line.trim().toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");

/**
 * Lines repeated as running headers or footers, by their `runningKey`:
 * - a line repeated at least three times, a page or more apart (15 lines, or a page break between), whose number
 *   at its start or end grows from copy to copy («Конспект по Git   3», «… 4»): a page number makes it a header or
 *   footer wherever it stands;
 * - with form feeds (page breaks, as `pdftotext` writes them), the first or last line of a page (page
 *   numbers aside) seen on every page of two, or on a third of more pages (and three);
 * - without them, a short line standing alone at least four times, spread through the text (at least 20
 *   lines apart), since a real repeated heading or lead-in sits close to what it repeats; or one seen at least
 *   three times that far apart, each right after a page number alone on its line (the first may open the text);
 *   or a short one ending no sentence that closes a page at least four times, each copy last before a blank line
 *   (five lines apart or more); or one seen so at least four times in a block of lines that are all seen so, as a
 *   copied course page's buttons under every lesson («Отметить как пройденный» / «← Предыдущий урок …»);
 * - with form feeds or without, a scanned book's header that OCR read a little differently on each page (see
 *   `scannedHeaders`).
 */
function runningLines(lines: string[]): Set<string> {
  const found = new Set<string>();
  const copies = new Map<string, { at: number[]; raw: Set<string> }>();
  lines.forEach((line, i) => {
    const text = line.replace(/\f/g, "").trim();
    if (text === "" || text.length > 100 || !/\p{L}/u.test(text)) return;
    const key = runningKey(text);
    const entry = copies.get(key) ?? { at: [], raw: new Set<string>() };
    entry.at.push(i);
    entry.raw.add(text.replace(/\s+/g, " "));
    copies.set(key, entry);
  });
  for (const [key, { at, raw }] of copies) {
    if (at.length < 3 || raw.size < 3 || !/^#|#$/.test(key)) continue;
    // «Пример 3» is a heading; a footer pads its number or names more than a word or two.
    const sample = lines[at[0] as number] as string;
    const padded = /\S(?:\s{2,}|\s*[|·•—–-]\s*)\d+\s*$|^\s*\d+(?:\s{2,}|\s*[|·•—–-]\s*)\S/.test(sample);
    if (!padded && key.split(" ").length < 4) continue;
    // A page number at the start or end, growing down the text, on lines a page apart: «Модуль 3   стр. 7» has its
    // page number last, the module's first.
    const grows = (edge: RegExp) => {
      const numbers = at.map((i) => Number(edge.exec(lines[i] as string)?.[1]));
      return numbers.every((n, k) => k === 0 || n > (numbers[k - 1] as number));
    };
    const growing = grows(/^\D*(\d+)/) || grows(/(\d+)\D*$/);
    // A page apart: 15 lines, or a page break between, as slides' short pages have it.
    const apart = (from: number, to: number) =>
      to - from >= 15 || lines.slice(from + 1, to + 1).some((l) => l.includes("\f"));
    if (growing && at.every((n, k) => k === 0 || apart(at[k - 1] as number, n))) found.add(key);
  }
  // The nearest line before (or after) `i` with anything on it is a page number alone.
  const nextToPageNumber = (i: number, step: -1 | 1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const near = (lines[j] as string).trim();
      if (near !== "") return PAGE_NUMBER.test(near);
    }
    return false;
  };
  const afterPageNumber = (i: number) => nextToPageNumber(i, -1);
  const pageStarts = [0];
  lines.forEach((line, i) => {
    if (line.includes("\f")) pageStarts.push(i);
  });
  if (pageStarts.length >= 2) {
    const pages = pageStarts.map((start, p) =>
      lines
        .slice(start, pageStarts[p + 1] ?? lines.length)
        .map((l) => l.replace(/\f/g, ""))
        // Page numbers aside; a footer in lost script is still a footer.
        .filter((l) => l.trim() !== "" && (isLostScript(l.trim()) || !isGarbageLine(l))),
    );
    const needed = pages.length === 2 ? 2 : Math.max(3, Math.ceil(pages.length / 3));
    // A header or footer of several lines («Компьютерные сети · осень 2024» over «Лекции 6–7. Транспортный уровень»):
    // once a page's edge lines are known as such, the lines next to them are its edges in turn — the same line on
    // each page, not one whose number changes («Лекция 2», «Лекция 3» under the course's name say where a lecture
    // starts).
    for (let depth = 0; depth < MAX_RUNNING_DEPTH; depth++) {
      const same =
        depth === 0 ? runningKey : (line: string) => line.trim().toLowerCase().replace(/\s+/g, " ");
      const counts = new Map<string, { n: number; key: string }>();
      for (const page of pages) {
        let from = 0;
        let to = page.length - 1;
        while (depth > 0 && from < page.length && found.has(runningKey(page[from] as string))) from++;
        while (depth > 0 && to > from && found.has(runningKey(page[to] as string))) to--;
        const edges = new Set([page[from], page[to]].filter((l) => l !== undefined));
        for (const edge of new Map([...edges].map((l) => [same(l), runningKey(l)]))) {
          const [id, key] = edge;
          counts.set(id, { n: (counts.get(id)?.n ?? 0) + 1, key });
        }
      }
      const more = [...counts.values()].filter(
        ({ n, key }) => n >= needed && /\p{L}/u.test(key) && !found.has(key),
      );
      if (more.length === 0) break;
      for (const { key } of more) found.add(key);
    }
    // A book's header names the chapter on one page and the section on the next, with the page's number: «28 Глава 2.
    // Строение и функции клетки», then «2.2. Органоиды клетки 29». The first (or last) line of three pages or more
    // whose number is one more than the page's before, or one less than the page's after, is a header (or footer).
    for (const edge of [(page: string[]) => page[0], (page: string[]) => page.at(-1)]) {
      const numbered = pages.map((page) => {
        const line = edge(page)?.trim() ?? "";
        const n = (/^(\d{1,4})\s+\S/u.exec(line) ?? /\S\s+(\d{1,4})$/u.exec(line))?.[1];
        return { line, n: n === undefined ? Number.NaN : Number(n) };
      });
      const paged = numbered.filter(
        ({ n }, i) => numbered[i - 1]?.n === n - 1 || numbered[i + 1]?.n === n + 1,
      );
      if (paged.length >= 3) for (const { line } of paged) found.add(runningKey(line));
    }
    for (const key of scannedHeaders(lines, (i) => afterPageNumber(i) || (lines[i] as string).includes("\f")))
      found.add(key);
    return found;
  }
  // Lines seen at least four times, spread through the text (see below).
  const repeated = new Set(
    [...copies]
      .filter(
        ([key, { at }]) =>
          at.length >= 4 &&
          key.length <= 80 &&
          at.every((n, k) => k === 0 || n - (at[k - 1] as number) >= 20),
      )
      .map(([key]) => key),
  );
  /** Whether the lines around `i` up to blank lines (and `i` itself) are all such repeated lines. */
  const inRepeatedBlock = (i: number) => {
    const keyAt = (j: number) => runningKey((lines[j] as string).replace(/\f/g, ""));
    let from = i;
    while (from > 0 && (lines[from - 1] as string).trim() !== "") from--;
    let to = i;
    while (to + 1 < lines.length && (lines[to + 1] as string).trim() !== "") to++;
    if (to - from + 1 < 2) return false;
    for (let j = from; j <= to; j++) if (!repeated.has(keyAt(j))) return false;
    return true;
  };
  for (const [key, { at }] of copies) {
    // «MySQL для разработчиков · Модуль 3» closing every slide: a footer ends a page, right before a blank line.
    const closes = at.every((i) => (lines[i + 1] ?? "").trim() === "" && (lines[i - 1] ?? "").trim() !== "");
    const far = at.every((n, k) => k === 0 || n - (at[k - 1] as number) >= 5);
    // A footer is short and ends no sentence: a paragraph's last line repeated is text.
    const footerLike = key.length >= 10 && key.length <= 60 && !/[.!?…]$/u.test(key);
    if (at.length >= 4 && closes && far && footerLike) found.add(key);
    const alone = at.every((i) => (lines[i - 1] ?? "").trim() === "" && (lines[i + 1] ?? "").trim() === "");
    const spread = at.every((n, k) => k === 0 || n - (at[k - 1] as number) >= 20);
    if (at.length >= 4 && alone && key.length <= 80 && spread) found.add(key);
    // «Отметить как пройденный» over «← Предыдущий урок   Следующий урок →» after each lesson of a course copied
    // from its pages: a block all of whose lines come again so, the page's own buttons.
    if (repeated.has(key) && at.filter(inRepeatedBlock).length >= 4) found.add(key);
    // «4» alone, then «Сети: конспект для бэкенда/девопса» and the page's text: a header right after each page
    // number (the first copy may open the text).
    if (at.length >= 3 && spread && at.every((i, k) => afterPageNumber(i) || (k === 0 && i === 0)))
      found.add(key);
    // «© DevOps-школа, поток 12», then «3» alone: a footer right before each page number, on pages of a slide deck
    // (ten lines apart or more).
    const pages = at.every((n, k) => k === 0 || n - (at[k - 1] as number) >= 10);
    if (at.length >= 3 && pages && at.every((i) => nextToPageNumber(i, 1))) found.add(key);
  }
  for (const key of scannedHeaders(lines, afterPageNumber)) found.add(key);
  return found;
}

/** Two lines this alike, by the pairs of letters they share (Jaccard), are one line read twice by OCR. */
const OCR_ALIKE = 0.65;
/** …and their lengths differ by this share of the longer one at most. */
const OCR_LENGTH_SLACK = 0.15;

/** The pairs of characters of a line, case and spaces folded: what OCR keeps of a line it misreads a letter of. */
function letterPairs(line: string): Set<string> {
  const text = line.toLowerCase().replace(/\s+/gu, " ").trim();
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/**
 * A scanned book's running header, read by OCR a little differently on each page («Безопасность K8s — конспект,
 * лекция 5», «… — коиспект, …», «Безопасность К8s — конспект, лекция 5 |»): lines alike, if not equal, that open
 * a page (right after its page number or its break) at least twice, and first in the text or once more, a page or
 * more apart. Their keys, and those of every line as alike elsewhere (where OCR lost the page number).
 */
function scannedHeaders(lines: readonly string[], opensPage: (i: number) => boolean): string[] {
  const first = lines.findIndex((l) => l.trim() !== "");
  const groups: { pairs: Set<string>; length: number; at: number[] }[] = [];
  // A misread letter changes a line's length by a character or two: a chapter's title atop the text («СТРОЕНИЕ И
  // ФУНКЦИИ КЛЕТКИ») is no copy of the header that repeats it («28 Глава 2. Строение и функции клетки»).
  const near = (a: number, b: number) => Math.abs(a - b) <= OCR_LENGTH_SLACK * Math.max(a, b);
  lines.forEach((line, i) => {
    const text = line.replace(/\f/g, "").trim();
    if (text.length < 12 || text.length > 100 || !/\p{L}/u.test(text) || !(opensPage(i) || i === first))
      return;
    const pairs = letterPairs(text);
    const group = groups.find((g) => near(g.length, text.length) && jaccard(g.pairs, pairs) >= OCR_ALIKE);
    if (group === undefined) groups.push({ pairs, length: text.length, at: [i] });
    else group.at.push(i);
  });
  const headers = groups.filter(
    ({ at }) => at.length >= 3 && at.every((n, k) => k === 0 || n - (at[k - 1] as number) >= 15),
  );
  if (headers.length === 0) return [];
  const keys: string[] = [];
  for (const line of lines) {
    const text = line.replace(/\f/g, "").trim();
    if (text.length < 12 || text.length > 100) continue;
    if (!headers.some((h) => near(h.length, text.length))) continue;
    const pairs = letterPairs(text);
    if (headers.some((h) => near(h.length, text.length) && jaccard(h.pairs, pairs) >= OCR_ALIKE))
      keys.push(runningKey(text));
  }
  return keys;
}

/**
 * Splits text into lines with garbage blanked out (so paragraph breaks stay where they were): lines of lost
 * script, page numbers, chat residue (an assistant's offers and opening pleasantries too), running headers and
 * footers. Trailing white space is trimmed; form feeds count as line breaks. Two kinds of garbage still say
 * something of the text around them, and become marks when asked: a line of lost script was a heading in
 * another font (`lostHeading`; followed by the English words it kept, if any: «?????? ansible.cfg»), and a chat
 * window's «ChatGPT сказал:» starts an answer to what was asked before it (`answer`).
 */
export function cleanLines(source: string, marks: { lostHeading?: string; answer?: string } = {}): string[] {
  const raw = chatThreads(commentsInPlace(source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)));
  const running = runningLines(raw);
  // «443» between «Сервис» and «TCP» is a cell of a table the PDF flattened, not a page number: a page number
  // stands apart from the text, or between lines of running prose.
  const short = (i: number) => {
    const text = raw[i]?.replace(/\f/g, "").trim() ?? "";
    return text !== "" && text.length <= TABLE_CELL_CHARS && !running.has(runningKey(text));
  };
  // A Q&A page's question, right over its «Задать вопрос» (Stack Overflow) or «Подписаться 3» (Habr Q&A): it heads the
  // page, however long it is.
  const asked = (i: number) => QA_PAGE_START.test(raw[i + 1]?.trim() ?? "") && (raw[i]?.trim() ?? "") !== "";
  // A course's pages copied with their steps: the page's own lines go, and its breadcrumbs head the step.
  const course = raw.filter((line) => COURSE_STEP.test(line.trim())).length >= 2;
  return raw.map((line, i) => {
    if (asked(i)) return `${marks.lostHeading ?? "# "}${line.trim()}`;
    if (course && (COURSE_STEP.test(line.trim()) || COURSE_PAGE.test(line.trim()))) return "";
    if (course && BREADCRUMBS.test(line.trim()))
      return `## ${line
        .trim()
        .split(/[ \t]+›[ \t]+/u)
        .at(-1)}`;
    const text = line
      .replace(/\f/g, "")
      .replace(FOOTNOTE_MARK, "")
      .replace(OTHER_BULLET, "$1•")
      .replace(EDITED, "")
      .replace(COMMENT_BYLINE, "")
      .trimEnd();
    if (text.trim() === "") return "";
    // A running header or footer is no heading, even in lost script.
    if (running.size > 0 && running.has(runningKey(text))) return "";
    const trimmed = text.trim();
    // «?????? ansible.cfg»: a heading whose Russian was lost keeps its English words.
    const kept = keptOfLostHeading(trimmed);
    if (kept !== undefined) return `${marks.lostHeading ?? ""}${kept}`;
    if (isLostScript(trimmed)) return marks.lostHeading ?? "";
    // A message's header ends the message before: what its first line heads («Never vs OnFailure:») is in it alone.
    if (MESSAGE_HEADER.test(trimmed)) return marks.lostHeading ?? "";
    if (ANSWER_TURN.test(trimmed)) return marks.answer ?? "";
    if (ASSISTANT_OFFER.test(trimmed)) return "";
    // «Отличный вопрос! 😊 В Redis два способа…» keeps what the answer says.
    const said = text.replace(PLEASANTRY, "");
    if (said !== text) return said.trim() === "" ? "" : said;
    if (/^\d{1,4}$/.test(trimmed) && short(i - 1) && short(i + 1)) return text;
    return isGarbageLine(text) ? "" : text;
  });
}

/** A comment of a Google Doc downloaded as text, listed after the text: «[a]Мое: проверить на практике». */
const DOC_COMMENT = /^\[([a-z]{1,2})\](\S.*)$/;
/** Where a comment was made: its mark right after a word, «отрисовал экран[a].». */
const COMMENT_ANCHOR = /(?<=\S)\[([a-z]{1,2})\]/g;
/** A footnote of a Google Doc downloaded as text, listed after the text, before the comments: «[1] https://…». */
const DOC_FOOTNOTE = /^\[(\d{1,2})\][ \t]*(\S.*)$/;
/** Where a footnote is referred to: its number right after a word, «new внутри метода[1])». */
const FOOTNOTE_ANCHOR = /(?<=\S)\[(\d{1,2})\]/g;

/**
 * A Google Doc's comments and footnotes put back where they were made: the export marks the place («экран[a]»,
 * «метода[1]») and lists the comments, and before them the footnotes, after the text. Each becomes a remark in
 * brackets after its word, and the list goes — only when every one listed is marked exactly once, as the export
 * does («arr[i]» or «args[1]» in code is no comment's mark).
 */
function commentsInPlace(lines: string[]): string[] {
  return listedInPlace(listedInPlace(lines, DOC_COMMENT, COMMENT_ANCHOR), DOC_FOOTNOTE, FOOTNOTE_ANCHOR);
}

/** The text with the notes listed at its end (each line `listed`) put where `anchor` marks them. */
function listedInPlace(lines: string[], listed: RegExp, anchor: RegExp): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === "") end--;
  let start = end;
  while (start > 0 && listed.test((lines[start - 1] as string).trim())) start--;
  if (start === end) return lines;
  const notes = new Map<string, string>();
  for (const line of lines.slice(start, end)) {
    const [, id = "", note = ""] = listed.exec(line.trim()) ?? [];
    notes.set(id, note.trim());
  }
  const placed = notesInPlace(lines.slice(0, start).join("\n"), notes, anchor);
  return placed === undefined ? lines : placed.split("\n");
}

/** A cell of a flattened table is a short line: at most this many characters. */
const TABLE_CELL_CHARS = 40;

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const PARTICLES = new Set(["то", "либо", "нибудь", "ка", "таки", "де"]);
const CYRILLIC_LETTERS = /^\p{Script=Cyrillic}+$/u;
/**
 * The Russian words whose hyphen follows one or two letters: «по-новому», «по-русски», «во-первых», «из-за»,
 * «из-под». Any other such cut («об-служивает», «по-рядке», «ко-торый») is a word the line's end broke.
 */
const SHORT_PREFIXED = /^(?:по-\p{L}+(?:ому|ему|ски|цки|ьи|ки)|во-\p{L}+(?:ых|их)|из-(?:за|под))$/u;

/**
 * Joins a word hyphenated at line end. The hyphen stays when it is a real one: the left part has Latin
 * letters or digits («Kubernetes-кластерах», «IP-адрес»), the right part is a particle («кто-то»), one or two
 * Cyrillic letters make a word that has the hyphen («по-русски», see SHORT_PREFIXED), or the text elsewhere
 * writes the word with a hyphen; it goes when the text elsewhere writes it without one, and by default for plain
 * Cyrillic words, which PDFs hyphenate at line ends.
 */
export function joinHyphenated(left: string, right: string, vocabulary: ReadonlySet<string>): string {
  const leftWord = /([\p{L}\p{N}]+)-$/u.exec(left)?.[1] ?? "";
  const rightWord = /^[\p{L}\p{N}]+/u.exec(right)?.[0] ?? "";
  const joined = `${leftWord}${rightWord}`.toLowerCase();
  const hyphenated = `${leftWord}-${rightWord}`.toLowerCase();
  const keep =
    vocabulary.has(hyphenated) ||
    (!vocabulary.has(joined) &&
      (LATIN_OR_DIGIT.test(leftWord) ||
        PARTICLES.has(rightWord.toLowerCase()) ||
        (leftWord.length <= 2 && (!CYRILLIC_LETTERS.test(leftWord) || SHORT_PREFIXED.test(hyphenated)))));
  return keep ? `${left}${right}` : `${left.slice(0, -1)}${right}`;
}

/** The lower-cased words of a text, hyphenated ones whole, to tell real hyphens from line-end ones. */
export function vocabularyOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
}

/** How many lines of text it takes to tell whether they were wrapped at a width. */
export const MIN_WRAP_LINES = 8;

/**
 * The typical width of a wrapped line, or undefined when the text is not wrapped (lines are paragraphs) or has
 * fewer than {@link MIN_WRAP_LINES} lines. Wrapped text has many lines close to one width: at least a quarter of
 * the prose lines reach 80% of the 90th percentile, which is under 140 characters.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_WRAP_LINES) return undefined;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] as number;
  const near = lengths.filter((n) => n >= 0.8 * p90).length;
  return p90 <= 140 && near >= lengths.length / 4 ? p90 : undefined;
}
