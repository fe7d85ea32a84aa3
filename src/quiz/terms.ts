// Term matching for generated cards: the forms a term goes by (its parts, its glossary synonyms) and
// masking every inflected occurrence of them in a text. Russian and English words are stemmed.
import snowball from "snowball-stemmers";
import { CLAUSE_START, NEGATED_START, QUESTION_START } from "../knowledge/lines.ts";
import type { Glossary } from "../knowledge/types.ts";
import { hasLongVerbEnding } from "../russian.ts";
import { STOP_WORDS } from "../search/stopwords.ts";

const russian = snowball.newStemmer("russian");
const english = snowball.newStemmer("english");
const stems = new Map<string, string>();

/** The stem of one word, lower-cased: Russian stemming for Cyrillic, English for the rest. */
export function stemWord(word: string): string {
  const lower = word.toLowerCase().replaceAll("ё", "е");
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = /[а-я]/u.test(lower) ? russian.stem(lower) : english.stem(lower);
    stems.set(lower, stem);
  }
  return stem;
}

interface Token {
  stem: string;
  start: number;
  end: number;
}

/** Texts tokenized lately: a deck masks every term in the same sentences again and again. */
const tokenized = new Map<string, Token[]>();
const MAX_TOKENIZED = 5_000;

function tokenize(text: string): Token[] {
  let tokens = tokenized.get(text);
  if (tokens === undefined) {
    tokens = Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => ({
      stem: stemWord(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    }));
    if (tokenized.size >= MAX_TOKENIZED) tokenized.clear();
    tokenized.set(text, tokens);
  }
  return tokens;
}

/** A phrase as stems, e.g. «Persistent Volume Claims» → `persist volum claim`. */
export function stemPhrase(phrase: string): string {
  return tokenize(phrase)
    .map((token) => token.stem)
    .join(" ");
}

/** The names a term goes by: stem phrases for matching, and their spellings for substring checks. */
export interface TermNames {
  forms: Set<string>;
  spellings: string[];
}

/**
 * The names a term goes by: the whole term, the text outside and inside parentheses, each side of
 * «и»/«and» («Job и CronJob» → Job, CronJob), and every glossary synonym of any of these.
 */
export function termNames(term: string, glossary: Glossary): TermNames {
  const parts = new Set<string>([
    term,
    term
      .replace(/\([^)]*\)/gu, " ")
      .replace(/\s+/gu, " ")
      .trim(),
  ]);
  // «Теинты (taints)»: another name in brackets. «synchronizedMap(map)», brackets right after a word, are a call's
  // arguments, no name of it; «prefork (по умолчанию)», brackets that open with a function word, a remark on it: a
  // card that blanks «по умолчанию» wherever the notes say it would drill a wrong fact.
  for (const match of term.matchAll(/(?<=^|\s)\(([^)]*)\)/gu)) {
    const first = /[\p{L}\p{N}]+/u
      .exec(match[1] ?? "")?.[0]
      ?.toLowerCase()
      .replaceAll("ё", "е");
    if (first !== undefined && !STOP_WORDS.has(first)) parts.add(match[1] ?? "");
  }
  for (const part of [...parts]) for (const side of part.split(/\s+(?:и|and)\s+/u)) parts.add(side);
  const forms = new Set<string>();
  const spellings = new Set<string>();
  const whole = term.trim();
  for (const part of parts) {
    const stemmed = stemPhrase(part);
    if (stemmed === "") continue;
    // Another name of one letter («extra vars (-e)») is no name to ask or blank: it is a letter of other words
    // too. The term itself is always its own name, however it stems («aed» → «a»).
    if (stemmed.length < 2 && part.trim() !== whole) continue;
    forms.add(stemmed);
    spellings.add(part.trim());
  }
  for (const group of glossary) {
    const stemmedGroup = group.map(stemPhrase);
    if (!stemmedGroup.some((synonym) => forms.has(synonym))) continue;
    group.forEach((synonym, i) => {
      const stemmed = stemmedGroup[i] ?? "";
      if (stemmed === "") return;
      forms.add(stemmed);
      spellings.add(synonym);
    });
  }
  return { forms, spellings: [...spellings] };
}

/** The mark that replaces a masked term in a question. */
export const blank = "___";

/**
 * A blank joined to the rest of a name by a dot, a slash, an underscore or a hyphen: «dump.___»,
 * «~/.___/authorized_keys», «--ask-___-pass», «ansible____['distribution']». The rest of the name gives the
 * term away, or the blank asks for a part of a name, not a term.
 */
export const BLANK_IN_NAME = new RegExp(
  `(?:[\\p{L}\\p{N}][-_./]|[./])${blank}|${blank}[-_./][\\p{L}\\p{N}]`,
  "u",
);

/**
 * Replaces every occurrence of any of `forms` (stem phrases, so inflections match too) in `text` with
 * {@link blank}; adjacent blanks merge into one.
 */
export function maskForms(text: string, forms: ReadonlySet<string>): string {
  const tokens = tokenize(text);
  const phrases = [...forms].map((form) => form.split(" ")).sort((a, b) => b.length - a.length);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = phrases.find((words) => words.every((word, k) => tokens[i + k]?.stem === word));
    if (phrase) {
      spans.push([tokens[i]?.start ?? 0, tokens[i + phrase.length - 1]?.end ?? 0]);
      i += phrase.length;
    } else {
      i += 1;
    }
  }
  let masked = "";
  let at = 0;
  for (const [start, end] of spans) {
    masked += text.slice(at, start) + blank;
    at = end;
  }
  masked += text.slice(at);
  const runOfBlanks = new RegExp(`${blank}(?:[\\s\\-–—/]*${blank})+`, "gu");
  return masked.replace(runOfBlanks, blank);
}

/**
 * True when `text` has an English word that stems as a word of the term but is another word: «nullable» of
 * «Nullability», «configurable» of «configure». A Russian word's forms are one word in its cases; an English
 * word's are the word and its plural, so blanking «nullable» would ask for «Nullability» where the notes say
 * something else.
 */
export function namesOtherWord(text: string, names: TermNames): boolean {
  const words = new Set<string>();
  for (const form of names.forms) for (const word of form.split(" ")) words.add(word);
  const written = new Set<string>();
  for (const spelling of names.spellings)
    for (const [word] of spelling.toLowerCase().matchAll(/[a-z]+/g)) {
      written.add(word);
      written.add(`${word}s`);
      written.add(`${word}es`);
      written.add(word.replace(/(?:es|s)$/, ""));
      written.add(word.replace(/s$/, ""));
    }
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    const surface = match[0].toLowerCase();
    if (words.has(stemWord(match[0])) && !written.has(surface)) return true;
  }
  return false;
}

/** True when `text` still names the term: any form's stems in a row, or a spelling (≥ 4 letters) inside a word. */
export function mentions(text: string, names: TermNames): boolean {
  const lower = text.toLowerCase();
  if (names.spellings.some((spelling) => spelling.length >= 4 && lower.includes(spelling.toLowerCase()))) {
    return true;
  }
  return maskForms(text, names.forms) !== text;
}

/** True when two terms share a name (equal, or glossary synonyms): never both among one card's options. */
export function sameTerm(a: TermNames, b: TermNames): boolean {
  for (const form of a.forms) if (b.forms.has(form)) return true;
  return false;
}

/**
 * True when a section name a person wrote refers to `heading`: equal ignoring case, or every word of
 * one (stemmed) found in the other («Под» ↔ «Что такое под», «Сервисы» ↔ «Сервисы (Services)»).
 */
export function headingMatches(heading: string, section: string): boolean {
  if (heading.toLowerCase() === section.toLowerCase()) return true;
  const a = stemPhrase(heading).split(" ").filter(Boolean);
  const b = stemPhrase(section).split(" ").filter(Boolean);
  if (a.length === 0 || b.length === 0) return false;
  return a.every((word) => b.includes(word)) || b.every((word) => a.includes(word));
}

/**
 * Words that label a property of a thing in notes («Особенности: …», «Применение: …»), never the thing:
 * a list keyed by them describes one term, it does not list several.
 */
export const PROPERTY_LABELS: ReadonlySet<string> = new Set([
  "особенности",
  "особенность",
  "применение",
  "цель",
  "цели",
  "назначение",
  "описание",
  "использование",
  "модель маршрутизации",
  "преимущества",
  "недостатки",
  "плюсы",
  "минусы",
  "плюс",
  "минус",
  "преимущество",
  "недостаток",
  "замечание",
  "внимание",
  "совет",
  "вывод",
  "выводы",
  "возможности",
  "пример",
  "примеры",
  "примечание",
  "итог",
  "итого",
  "важно",
  "features",
  "purpose",
  "usage",
  "description",
  "pros",
  "cons",
  "итоги",
  "советы",
  "замечания",
  "примечания",
  "резюме",
  "заметка",
  "заметки",
  "note",
  "notes",
  "example",
  "examples",
  "summary",
  "tldr",
  "todo",
  "трюк",
  "трюки",
  "лайфхак",
  "лайфхаки",
  "tip",
  "tips",
  "trick",
]);

const PREPOSITIONS = new Set([
  "с",
  "со",
  "в",
  "во",
  "на",
  "для",
  "по",
  "от",
  "к",
  "ко",
  "из",
  "о",
  "об",
  "при",
  "без",
  "между",
]);

/** A «term» that is a command or an expression in inline code («`docker compose down`», «`up == 0`»). */
export function isCodeTerm(term: string): boolean {
  return /^`[^`]*[\s()[\]=<>|][^`]*`$/u.test(term.trim());
}

/** A number said in words and nothing else: «сотни — для быстрых обработчиков» names how many, not a thing. */
const NUMBER_ONLY =
  /^(?:один|одна|два|две|три|четыре|пять|десять|десятки|сотня|сотни|сотен|тысяча|тысячи|тысяч|миллион|миллионы|единицы|несколько|много|мало)$/u;

/**
 * A word that labels the kinds listed after it, alone: «Режимы: enforce — …; audit — …», «Уровни: None — …». The
 * kinds are terms, the label is not (nor is it asked what «режимы» are: of what, it does not say).
 */
const KINDS_LABEL = /^(?:типы|виды|уровни|режимы|варианты|способы|разновидности)$/u;
/** A point by its place in a list said aloud: «Первое — таймауты», «Последнее — наблюдаемость», «Во-вторых — …». */
const ORDINAL_ONLY =
  /^(?:перв|втор|трет|четверт|пят|шест|седьм|последн|следующ)(?:ое|ый|ой|ий|ая|ья|ье|ее|яя)$|^(?:во-первых|во-вторых|в-третьих|в-четвертых|в-пятых)$/u;

/** A pronoun that stands for what was named before: «Оба — набор пар ключ-значение внутри namespace». */
const PRONOUN_ONLY =
  /^(?:оба|обе|обоих|все|всё|это|эти|этот|эта|они|он|она|оно|каждый|каждая|каждое|такой|такая|такое|такие|тот|та|те|both|all|each|it|they|this|these)$/u;

/** A preposition and what it governs: «в URL: /v1/users — …», «после нескольких неудач — …» say where or when. */
const PREPOSITION_START =
  /^(?:в|во|на|по|для|из|от|до|при|про|с|со|к|ко|у|о|об|за|через|между|после|перед|без|под|над|вместо|кроме|около|против|среди)\s\S/u;
/** A conjunction that goes on from the line before: «или async_insert = 1 — …», «Поэтому порядок важен: …» name nothing. */
const CONJUNCTION_START = /^(?:или|либо|и|а|но|то есть|поэтому|потому|однако|зато|следовательно|итак)\s/u;
/**
 * The start of the author's remark about the subject rather than a name of a thing in it: «главная путаница курса —
 * даты», «частая ошибка — …», «моя ошибка — …», «важный момент — …».
 */
const REMARK_START =
  /^(?:главн\p{L}*|основн\p{L}*|важн\p{L}*|частая|частые|частый|типичн\p{L}*|мо[йяеи]|любим\p{L}*|сам(?:ая|ый|ое|ые))\s+\p{L}/u;
/** The label of a correction or an addition: «поправка: по умолчанию backoffLimit = 6», «поправка про Forbid», «upd». */
const CORRECTION_LABEL = /^(?:поправк\p{L}*|исправлени\p{L}*|upd|апд|update|correction|erratum)(?![\p{L}])/u;
/** The mark of a note to self: «FIXME: у gunicorn вроде есть поддержка notify…», «TODO: …», «мое: …», «NB: …». */
const NOTE_TO_SELF = /^(?:todo|fixme|xxx|tbd|wip|nb|note|туду|мо[её]|имхо|ps|p\.s\.?)(?![\p{L}])/u;
/** The mark of what is left to do: «FIXME: перевести myapp на Type=notify», «TODO», «туду». */
export const TO_DO = /^(?:todo|fixme|xxx|tbd|wip|туду)(?![\p{L}])/u;
/** A part of the notes by its number: «часть 1 — итераторы…», «шаг 2», «урок 3». */
const NUMBERED_PART =
  /^(?:часть|шаг|урок|лекция|пример|задача|вариант|глава|раздел|этап|пункт|день|неделя|модуль|рисунок|таблица|листинг|схема|figure|table|listing)\s*\d+$/u;
/**
 * A verb in the past tense by its «-нул» ending: «тронул», «дернули». Not «-ула», which nouns have too («формула»,
 * «капсула»), nor any «-ули»: «модули», «пули» are plurals of nouns.
 */
const PAST_VERB = /^[а-я]{2,}нули?$/u;

/**
 * Labels that, opening a phrase, say which property of a thing follows, not what the thing is: «Пример advice»,
 * «Плюсы Kafka», «Параметры server». Not «вывод» («вывод команды» is output) nor «использование» («использование памяти» is a thing
 * measured).
 */
const LABEL_OPENING = new Set([
  "пример",
  "примеры",
  "плюс",
  "плюсы",
  "минус",
  "минусы",
  "преимущества",
  "недостатки",
  "особенности",
  "примечание",
  "замечание",
  "совет",
  "советы",
  "example",
  "examples",
  "pros",
  "cons",
  "параметры",
  "опции",
  "parameters",
  "options",
]);

/** A Russian word in the instrumental plural: «руками», «пачками», «словами». */
const INSTRUMENTAL_PLURAL = /^[а-я]{2,}[ая]ми$/u;

/** A word cut short with a dot: «напр.», «корут.». */
const ABBREVIATION = /^\p{L}+\.$/u;

/**
 * Why `term` is not a term (a name a card may ask for), or `undefined` when it is one: a label of a property
 * («Особенности», «Применение», «Цель»), a phrase with a verb («Тут я тыкался»), or a description of several
 * Russian words joined by a preposition with no name in it («Интеграция с внешними сетями»).
 */
/** A Russian adjective, by its ending in any case. */
const ADJECTIVE = /^[а-я-]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ым|им|ых|их|ыми|ими)$/u;
/**
 * An adjective in the singular, in a case a term's last word is not in, or in «-ой», after a noun: «высокого»,
 * «низкой». Not «-ий», «-ие», «-ое» («сценарий», «состояние» are nouns), nor a plural («база данных»: «данные» is
 * a noun).
 */
const DANGLING_ADJECTIVE = /^[а-я-]{2,}(?:ого|его|ому|ему|ой)$/u;
/** Prepositions a noun ending in «-ой» follows («над колонкой», «за строкой»), beside {@link PREPOSITIONS}. */
const GOVERNING = new Set(["над", "под", "перед", "за", "через", "про", "у"]);

export function notATermReason(term: string): string | undefined {
  // «`(probe_ssl_earliest_cert_expiry» out of «`(probe_ssl_earliest_cert_expiry - time()) / 86400` — …»: a dash
  // inside code is no definition's dash.
  if ((term.match(/`/gu)?.length ?? 0) % 2 === 1) return `«${term}» is cut inside code`;
  const plain = term
    .replace(/\([^)]*\)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const lower = plain.toLowerCase().replaceAll("ё", "е");
  if (PROPERTY_LABELS.has(lower)) return `«${term}» labels a property, it does not name a thing`;
  if (QUESTION_START.test(lower)) return `«${term}» asks a question, it does not name a thing`;
  // …and so does one that says «нет» further on: «ответа нет вообще: DROP в фаере…».
  if (NEGATED_START.test(lower) || /\sнет(?:\s|$)/u.test(lower))
    return `«${term}» says what is missing or not done: a statement, not a term`;
  if (CLAUSE_START.test(lower))
    return `«${term}» opens a clause («если ключи — …»), it does not name a thing`;
  if (NUMBER_ONLY.test(lower)) return `«${term}» is a number, it does not name a thing`;
  if (ORDINAL_ONLY.test(lower)) return `«${term}» numbers a point, it does not name a thing`;
  if (PRONOUN_ONLY.test(lower)) return `«${term}» stands for what was named before, it names nothing`;
  if (KINDS_LABEL.test(term.trim().toLowerCase()))
    return `«${term}» labels the kinds listed after it, it names none`;
  if (PREPOSITION_START.test(lower)) return `«${term}» says where or how, it does not name a thing`;
  if (CONJUNCTION_START.test(lower)) return `«${term}» goes on from what was said before, it names nothing`;
  if (NUMBERED_PART.test(lower)) return `«${term}» numbers a part of the notes, it names nothing`;
  if (CORRECTION_LABEL.test(lower)) return `«${term}» labels a correction of the notes, it names nothing`;
  if (NOTE_TO_SELF.test(lower)) return `«${term}» marks a note to self, it names nothing`;
  if (REMARK_START.test(lower))
    return `«${term}» opens the author's remark («главная путаница курса — …»), not a term`;
  if (ABBREVIATION.test(lower)) return `«${term}» is a word cut short, not a name`;
  const words = lower.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const verb = words.find((w) => /^[а-я-]+$/u.test(w) && hasLongVerbEnding(w));
  if (verb !== undefined) return `«${term}» has a verb («${verb}»): it is a phrase, not a term`;
  // «Руками: хинт `F.broadcast(df)`»: a word in the instrumental plural says how, it names no thing.
  if (words.length === 1 && INSTRUMENTAL_PLURAL.test(lower))
    return `«${term}» says how something is done, it does not name a thing`;
  // «тронул отложенное поле — …»: a phrase that opens with a verb in the past tells what happened.
  const opening = words[0] ?? "";
  if (words.length >= 2 && PAST_VERB.test(opening))
    return `«${term}» has a verb («${opening}»): it is a phrase, not a term`;
  // «признак высокого: правка одного класса тянет правки…», «признак низкой»: an adjective left after a noun, its
  // own noun left out (coupling, cohesion), names nothing.
  const last = words.at(-1) ?? "";
  // «функция над колонкой»: a noun after a preposition ends in «-ой» too.
  const beforeLast = words.at(-2) ?? "";
  if (
    words.length >= 2 &&
    DANGLING_ADJECTIVE.test(last) &&
    !ADJECTIVE.test(words[0] ?? "") &&
    !PREPOSITIONS.has(beforeLast) &&
    !GOVERNING.has(beforeLast)
  )
    return `«${term}» ends with an adjective whose noun is left out: it names nothing`;
  // «no-cache vs no-store», «401 vs 403»: two things set side by side, not one.
  if (words.some((w) => w === "vs" || w === "versus"))
    return `«${term}» compares two things, it does not name one`;
  if (words.length >= 2 && LABEL_OPENING.has(opening))
    return `«${term}» labels a property of what follows («${opening}»), it does not name a thing`;
  const hasName = /[A-Za-z]/u.test(term);
  if (!hasName && words.length >= 3 && words.some((w) => PREPOSITIONS.has(w))) {
    return `«${term}» describes something in several words; a term names it`;
  }
  return undefined;
}

/**
 * A name written in capitals, as a heading shouts it («CONSTEXPR», «НЕОПРЕДЕЛЕННОЕ ПОВЕДЕНИЕ (UB)»), as `text` writes
 * it («constexpr»), or in lower case when it does not; an acronym the text writes in capitals too stays so («UB»).
 * A name with a lower-case letter is as written.
 */
export function asWritten(name: string, text: string): string {
  if (/\p{Ll}/u.test(name) || (name.match(/\p{Lu}/gu) ?? []).length < 3) return name;
  return name.replace(/[\p{L}\p{N}_:+#.-]*\p{L}[\p{L}\p{N}_:+#.-]*/gu, (word) => {
    // A short word in capitals is an acronym («UB», «TCP»), unless it is a Russian function word («И», «В»).
    if (word.length <= 3)
      return /^(?:И|В|ВО|НА|С|СО|К|О|ОБ|ОТ|ИЗ|ДЛЯ|ПО|ИЛИ|НЕ)$/u.test(word) ? word.toLowerCase() : word;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const found = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"))]
      .map((m) => m[0])
      .find((form) => /\p{Ll}/u.test(form));
    return found ?? (/\p{Script=Cyrillic}/u.test(word) ? word.toLowerCase() : word);
  });
}
