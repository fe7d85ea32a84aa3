// What one line of plain-text notes is: a title, an item, a defined term, a label, a placeholder. The structurer
// (plain-text.ts, pieces.ts) and the quiz read lines with the same eyes. Pure: no I/O.

/** Headings are short: at most this many characters and words. */
export const MAX_HEADING_CHARS = 70;
export const MAX_HEADING_WORDS = 8;

const NUMBERED = /^((\d{1,2})[.)])\s+(\S.*)$/;
/** A letter that orders items, Russian or Latin (no «ё», «й», «ъ», «ы», «ь»): the «б» of «б) …». */
export const ITEM_LETTER = "[А-ЕЖЗИК-ПР-ФХЦЧШЩЭЮЯа-ежзик-пр-фхцчшщэюя]|[a-j]";
/** An item lettered in order, Russian or Latin: «А) Первая нормальная форма», «б) …», «a) …». */
const LETTERED = new RegExp(`^(${ITEM_LETTER})\\)\\s+(\\S.*)$`, "u");
const RUSSIAN_ORDER = "абвгдежзиклмнопрстуфхцчшщэюя";

/**
 * A numbered or lettered item's number, its marker as written and its text: «2. NodePort: …» → 2, «2.»;
 * «Б) Вторая нормальная форма» → 2, «Б)».
 */
export function itemOf(line: string): { n: number; marker: string; text: string } | undefined {
  const numbered = NUMBERED.exec(line);
  if (numbered) return { n: Number(numbered[2]), marker: numbered[1] as string, text: numbered[3] as string };
  const lettered = LETTERED.exec(line);
  if (!lettered) return undefined;
  const letter = (lettered[1] as string).toLowerCase();
  const n = /[a-j]/u.test(letter) ? letter.charCodeAt(0) - 96 : RUSSIAN_ORDER.indexOf(letter) + 1;
  return { n, marker: `${lettered[1]})`, text: lettered[2] as string };
}

/** A list item's marker at the start of a line: «- », «* », «• », «3. », «2) », «б) ». */
export const LIST_MARKER = new RegExp(`^(?:\\d+[.)]|[-*+•▪◦–]|(?:${ITEM_LETTER})\\))\\s+`, "u");

/** One word of a term: letters and digits, inner dots, hyphens and apostrophes («kube-router», «taint'ы»). */
const TERM_WORD = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’./-]*[\\p{L}\\p{N}])?";
/** «StatefulSet - управление …»: up to three words, a dash, the definition. */
const DASH_DEFINITION = new RegExp(`^(${TERM_WORD}(?:\\s+${TERM_WORD}){0,2})\\s+[-–—]\\s+\\S`, "u");
/**
 * «clusterIP: None  <- вот и вся магия», «type: LoadBalancer просит облако…»: a YAML key set to a value (a name in
 * capitals, a number, true or false) opens a line that tells of a setting; it defines no term. (Set to a value a
 * dash then explains, «pathType: Exact — точное совпадение», it does.)
 */
const SETTING =
  /^[a-z][A-Za-z0-9]*:[ \t]+(?:[A-Z][A-Za-z0-9]*|true|false|null|\d+[a-z]*)(?![^\s,;])(?![ \t]+[-–—][ \t])/u;
/** «под: минимальная единица …»: up to three words, a colon, the definition. */
const COLON_DEFINITION = new RegExp(
  `^(\\p{L}(?:[\\p{L}\\p{N}'’./-]*[\\p{L}\\p{N}])?(?:\\s+${TERM_WORD}){0,2}):\\s+\\S`,
  "u",
);
/** A line that opens with words in bold or code: «**RDB** — …», «`maxmemory` — …». */
const EMPHASIZED_START = /^(\*\*|__|`)([^*_`\n]{1,60}?)\1(?=[\s:])/u;
/** «Сервисы (Services) в Kubernetes - это абстракция …»: a subject of a few words defined with «это». */
const THAT_IS_DEFINITION = /^([^.,;:!?]{3,60}?)\s+[-–—]\s+это\s/u;

/** Labels that introduce a remark («TLDR: …», «Src: …») rather than name a thing a definition defines. */
export const REMARK_LABELS: ReadonlySet<string> = new Set([
  "tldr",
  "src",
  "источник",
  "итого",
  "итог",
  "summary",
  "note",
  "важно",
  "примечание",
  "замечание",
  "пример",
  // A learner's own remarks between pasted answers («мое: …», «вопрос: …», «нюанс: …»).
  "мое",
  // …and who said what at a lecture: «слайд: "Pods are…"», «по-нашему: …», «препод сказал: …».
  "слайд",
  "цитата",
  "по-нашему",
  "своими словами",
  "препод",
  "препод сказал",
  "лектор",
  "лектор сказал",
  "вопрос",
  "ответ",
  "нюанс",
  "совет",
  "советы",
  "вывод",
  "upd",
  "todo",
  // What a note says next to a thing, not a thing: «Проблема: …», «Грабли: …», «Запомнить: …».
  "проблема",
  "решение",
  "грабли",
  "подвох",
  "засада",
  "запомнить",
  "кстати",
  "внимание",
  "осторожно",
  "лайфхак",
  "warning",
  "tip",
  "nb",
  // …or what a section is about: «Идея: разделить “кто дает диск” и “кто его просит”», «Суть: …», a lecture's
  // «Задача: не завалить СЕТЬ», «Цель: …», «Прим: …».
  "идея",
  "суть",
  "задача",
  "цель",
  "прим",
]);

/** Whether a label is a remark's, whatever its case and «ё»: «Грабли», «Моё», «TLDR». */
export const isRemarkLabel = (label: string): boolean =>
  REMARK_LABELS.has(label.toLowerCase().replaceAll("ё", "е"));

/** «мое: у нас docker executor…», «TLDR: …»: a line that opens with a remark label is the author's remark. */
export const opensWithRemark = (line: string): boolean =>
  isRemarkLabel(/^\s*([^:\s]+)\s*:/u.exec(line)?.[1] ?? "");

/** A «term» that opens with a negation says what is missing («Нет maxmemory: Redis растёт…»), not a name. */
export const NEGATED_START =
  /^(?:(?:нет|не|ни|ничего|никто|никогда|нигде|без)(?:\s|$)|(?:no|not|without)\s)/iu;

/** A «term» that opens with a question word is a question («Зачем: …», «Как бороться: …»), not a name. */
export const QUESTION_START = /^(?:зачем|почему|как|что|чем|когда|где|куда|сколько)(?:\s|$)/iu;
/** A conjunction that opens a clause: «Если ключи — целые числа…» says when, it names nothing. */
export const CLAUSE_START =
  /^(?:если|когда|пока|хотя|чтобы|потому|поскольку|раз|так как|if|when|unless|while)\s/iu;

/**
 * A «term» that opens with a superlative or a demonstrative describes («Самый распространённый паттерн — …», «Этот
 * способ — …»): what follows the dash is the name, if anything.
 */
const DESCRIBED_START =
  /^(?:самы[йяеи]|самое|самая|наиболее|наименее|эт(?:от|а|о|и)|так(?:ой|ая|ое|ие)|кажд(?:ый|ая|ое|ые)|люб(?:ой|ая|ое|ые)|вс[еёя]|весь|некотор\p{L}+|многи[ей])\s/iu;

/** Notes with fewer blank lines than one in this many written ones, and at least so many lines, are unspaced. */
const UNSPACED_SHARE = 20;
const MIN_UNSPACED_LINES = 20;

/**
 * Whether notes were typed line by line with (almost) no blank line anywhere, as on a phone or by dictation: a
 * blank line cannot tell their sections apart.
 */
export function isUnspaced(lines: readonly string[]): boolean {
  const written = lines.filter((l) => l.trim() !== "").length;
  return written >= MIN_UNSPACED_LINES && lines.length - written < written / UNSPACED_SHARE;
}

export const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A finite verb in the present tense, by an ending nouns do not have: «выполняет», «делают» (not «лимит»). */
const FINITE_VERB = /^[а-яё]{3,}(?:ает|яет|еет|ует|ают|яют|еют|уют)$/u;

/**
 * Whether every bracket and quote a name opens it closes: «allOf(...)» is balanced; «dispatch({ type» and ««ERROR»
 * (of ««ERROR: Job failed» → …») are not.
 */
export function balanced(name: string): boolean {
  const count = (c: string) => name.split(c).length - 1;
  return (
    count("(") === count(")") &&
    count("[") === count("]") &&
    count("{") === count("}") &&
    count("«") === count("»") &&
    count('"') % 2 === 0
  );
}

/**
 * What an author writes where the text is still to come: «CDN — ДОПИСАТЬ», «Завершение TCP — TODO (FIN, ACK…)».
 * A line that defines a term with it defines nothing yet.
 */
export const UNWRITTEN = /^(?:дописать|доделать|допишу|todo|tbd|to do|\.{3}|…|\?{2,})(?![\p{L}\p{N}])/iu;

/** Whether a line only names what is still to be written: «13. CDN — ДОПИСАТЬ», «Что происходит…? — TODO». */
export function isUnwritten(line: string): boolean {
  const body = /\s[-–—]\s+(\S.*)$|:\s+(\S.*)$/u.exec(line);
  return body !== null && UNWRITTEN.test((body[1] ?? body[2] ?? "").trim());
}

/** A figure's or a table's caption: «Рисунок 2 — Жизненный цикл PVC», «Табл. 3: …», «Figure 1 - …». */
const CAPTION = /^(?:рисунок|рис\.|таблица|табл\.|листинг|схема|figure|fig\.|table|listing)\s*\d/iu;

/** A year or a span of years, as a timeline dates its lines: «1861», «1853–1856», «1812 г.», «1860-е». */
const YEARS = /^(?:1\d{3}|20\d{2})(?:\s*[–—-]\s*(?:1\d{3}|20\d{2})|-е)?(?:\s*(?:гг?\.?|годы?|год))?$/u;

/** The term a definition line defines («StatefulSet - …», «под: …», «X - это …»), if it is one. */
export function definedTerm(given: string): string | undefined {
  // «Рисунок 2 — Жизненный цикл PVC» captions a figure: it defines nothing.
  if (/^https?:/i.test(given) || isUnwritten(given) || CAPTION.test(given.trim())) return undefined;
  // «RBAC: ЧЕТЫРЕ ОБЪЕКТА», all in capitals, is a slide's title: no definition is shouted.
  if (isCapsHeading(given.trim())) return undefined;
  // «**RDB** — снимок базы…»: the term in bold or code is the term.
  const line = given.replace(EMPHASIZED_START, "$2");
  const term = (DASH_DEFINITION.exec(line) ??
    (SETTING.test(line) ? null : COLON_DEFINITION.exec(line)) ??
    (words(THAT_IS_DEFINITION.exec(line)?.[1] ?? "") <= 5 ? THAT_IS_DEFINITION.exec(line) : null))?.[1];
  if (term === undefined) return undefined;
  // Bold or code around a term («**Redis** — это …») is markup, not part of its name.
  const name = term.replace(/[*`]+/gu, "").trim();
  if (
    isRemarkLabel(name) ||
    QUESTION_START.test(name) ||
    NEGATED_START.test(name) ||
    CLAUSE_START.test(name) ||
    DESCRIBED_START.test(name) ||
    // «Сборки выполняет агент — отдельная машина…» is a sentence whose subject a dash explains, not a term; so is
    // «Показывает маршрут - список роутеров…», which opens with its verb.
    name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => /^[а-яё]+$/u.test(w) && FINITE_VERB.test(w))
  )
    return undefined;
  // «dispatch({ type: 'added' }) — …» is code a colon cut, not a term: a term's brackets close.
  if (!balanced(name)) return undefined;
  // «1861 — отмена крепостного права», «1853–1856 гг. — Крымская война»: a year says when, it names nothing.
  if (YEARS.test(name)) return undefined;
  // «в Kubernetes - это …» is a sentence that lost its start, not a term: terms open with a real word.
  return (name.split(/\s/)[0]?.length ?? 0) >= 3 ? name : undefined;
}

/**
 * A line that reads as code, not words: quotes, backticks, brackets, «=», or a colon inside a word
 * («SET session:abc "data" EX 3600», «SCAN 0 MATCH user:* COUNT 100»).
 */
export const CODE_LIKE = /["`=<>{}[\]]|[^\s:]:[^\s:]/u;

/**
 * The time a line of notes typed along a video or a webinar opens with: «[04:15] планировщик - …», «[00:09:20] ===
 * nodeSelector ===», «(01:02) Exists хватает ключа». Such a line was typed on its own.
 */
export const TIME_MARK = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/u;

/** Three columns or more apart by runs of spaces: a table's head, «NAME   COMPLETIONS   DURATION». */
const COLUMNS_HEAD = /\S {2,}\S+ {2,}\S/u;

/** Words apart by a run of spaces wider than any typed between words: two columns laid side by side. */
const TWO_COLUMNS = /\S {6,}\S/u;

/** A line the notes use as a heading: short, not a sentence, not code. */
export function isShortTitle(line: string): boolean {
  return (
    line.length <= MAX_HEADING_CHARS &&
    !CODE_LIKE.test(line) &&
    // «Mode→Сокр.→Что значит»: a row of a table saved as text, cells apart by tabs, titles nothing; nor does a
    // table's head in capitals lined up with spaces, «NAME   COMPLETIONS   DURATION   AGE» under `kubectl get`.
    !/\S\t+\S/u.test(line) &&
    !(COLUMNS_HEAD.test(line) && !/\p{Ll}/u.test(line)) &&
    // «Переменные окружения          Файлы в volume»: two columns' heads side by side, as `pdftotext -layout` sets a
    // slide's two columns, title neither.
    !TWO_COLUMNS.test(line.trim()) &&
    // «Reclaim policy (что будет с PV после удаления PVC)»: what brackets explain is no part of a title's length
    // (a caption's is: «Таблица 1. Задержки доступа (порядок величин…)» stays a caption).
    words(CAPTION.test(line) ? line : line.replace(/\s*\([^()]*\)/gu, "")) <= MAX_HEADING_WORDS &&
    // «Отличный вопрос! 😊» ends a sentence: emoji after the stop do not make it a title.
    !/[.,;:!?…](?:\s|\p{Extended_Pictographic}|\uFE0F)*$/u.test(line) &&
    !/^https?:/i.test(line) &&
    !isUnwritten(line) &&
    // «2. Предсердно-желудочковый узел (nodus» / «atrioventricularis, …»: a bracket left open goes on below, as
    // does a quote: «Как докер понимает, что шаг «тот» / «же самый»:».
    !leftOpen(line, /\(/gu, /\)/gu) &&
    !leftOpen(line, /«/gu, /»/gu) &&
    definedTerm(line) === undefined
  );
}

/** Whether a text opens more brackets (or quotes) than it closes: it was cut inside them, and goes on. */
export const leftOpen = (text: string, opening: RegExp, closing: RegExp): boolean =>
  (text.match(opening) ?? []).length > (text.match(closing) ?? []).length;

/**
 * A short title that may head a section: it starts with a capital («Сеть в Kubernetes»), or is two or more
 * lower-case Latin words («shell vs command»). One such word alone is more often a key or a value («summary»).
 */
export const isTitle = (line: string) => /^(?:\p{Lu}|[a-z]+ \S)/u.test(line) && isShortTitle(line);

/**
 * A word of a heading in capitals: three Cyrillic letters («УТИЛИТЫ», «TLS И СЕРТИФИКАТЫ»), or five Latin ones
 * before a paragraph («IPTABLES» / «iptables - утилита…») — not «SYN», «TCP» or «HTTPS», which a flattened table
 * or a list of protocols has.
 */
export const CYRILLIC_CAPS = /[А-ЯЁ]{3}/u;
const LATIN_CAPS = /[A-Z]{5}/u;
export const isCapsHeading = (line: string) =>
  isAllCaps(line) && (CYRILLIC_CAPS.test(line) || LATIN_CAPS.test(line));

/** A line in capitals, short as a heading is. */
export const isAllCaps = (line: string) =>
  (line.match(/\p{Lu}/gu) ?? []).length >= 3 &&
  !/\p{Ll}/u.test(line) &&
  line.length <= MAX_HEADING_CHARS &&
  // Not a table's head in columns: «NAME   COMPLETIONS   DURATION   AGE».
  !COLUMNS_HEAD.test(line) &&
  // «CDN — ДОПИСАТЬ» shouts what is still to be written, it heads nothing.
  !isUnwritten(line);
