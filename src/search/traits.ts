// What a passage is like, read once when it is indexed: code, a list, a reason, the names it defines, what it
// negates and forbids. The judge prefers passages whose traits fit the question's form.
import { ITEM_LETTER } from "../knowledge/lines.ts";
import type { Passage } from "../knowledge/types.ts";

/** What a passage is like, read once at indexing: the judge prefers passages that fit the question's form. */
export interface PassageTraits {
  /** Has a code block or command lines: how-to questions prefer it. */
  code: boolean;
  /** Enumerates things (a list of three or more items): list questions prefer it. */
  list: boolean;
  /** Gives a reason or purpose («чтобы», «потому что», «позволяет»): why-questions prefer it. */
  reason: boolean;
  /**
   * Terms the passage defines: names written as «X - …», «X — …» or «X: …» at the start of a line or a
   * sentence («TLDR: ClusterIP - айпишник…. NodePort - проброс…»), and the first cells of a table's rows («| NodePort |
   * снаружи… |»). A comparison is answered by a passage that defines both sides, not by one that merely names them.
   */
  defines: ReadonlySet<string>;
  /** What it defines in bold, «**Release (релиз)** - …»: a glossary of the notes' own. */
  boldDefines: ReadonlySet<string>;
  /** The names {@link boldDefines} reads, each as its terms, in order: «**fragment shader**» is one. */
  boldNames: readonly (readonly string[])[];
  /**
   * The names {@link defines} reads at the start of a line or a sentence, each as its terms, in order; and a table
   * row's first cell when the next one says in words what it is («| BPDU | служебные кадры STP |»).
   */
  definedNames: readonly (readonly string[])[];
  /** What the columns of a Markdown table are headed by («| | useState | useReducer |»): the things it sets side by side. */
  columns: ReadonlySet<string>;
  /** Says what must not happen («нельзя», «запрещено», «чтобы избежать»): «как сделать, чтобы не…» prefers it. */
  prohibits: boolean;
  /**
   * Says something in words: prose, or comments in Russian in its code («shellcheck deploy.sh  # статический
   * анализатор…»). Two bare commands under «Добавить репозиторий и установить чарт» say what to type, not what a
   * chart is.
   */
  inWords: boolean;
}

/**
 * A line of code or a command among prose, as text that lost its fences keeps it: no Russian, and code's marks — a
 * redirect or a pipe, «=», «;», a bracket, «$», a path, a flag («iptables-save > /etc/iptables/rules.v4», «netstat
 * -tulpn», «kubectl apply --dry-run=client»).
 */
export const CODE_LIKE_LINE =
  /^(?!.*\p{Script=Cyrillic})(?=.*(?:[<>|=;{}$]|(?:^|\s)--?[A-Za-z]|(?:^|\s)\/\w))/u;

/**
 * Separates a passage's prose from its fenced code blocks. A block of math (```math, «$$ … $$» in the notes) is
 * neither: its «\frac» and «\sum» are no words of the text, nor is it a command a how-to asks for. What a comment
 * in Russian says of a config's key is prose too, the key with it (see SAID_IN_COMMENT).
 */
export function splitCode(markdown: string): { prose: string; code: string } {
  const code: string[] = [];
  const remarks: string[] = [];
  const prose = markdown.replace(
    /^(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm,
    (_, _fence, info: string, body: string) => {
      if (info.trim() !== "math") code.push(body);
      for (const match of body.matchAll(SAID_IN_COMMENT)) remarks.push(`${match[1]} — ${match[2]}`);
      return " ";
    },
  );
  return { prose: remarks.length === 0 ? prose : `${prose}\n${remarks.join("\n")}`, code: code.join("\n") };
}

/**
 * A key of a config and what a comment after it says in Russian: «maxSurge: 1  # сколько подов можно создать сверх
 * replicas» explains maxSurge in words, as prose would. The value stays code: «nodeType: ingress # вот наш лейбл»
 * says nothing about ingress. A comment that points at its line with an arrow, «nodeType: ingress # <--- Вот наш
 * лейбл», shows where something is in the config, not what the key is.
 */
const SAID_IN_COMMENT =
  /^[ \t]*(?:-[ \t]+)?([\w.-]+):[^#\n]*?[ \t]+#[ \t]+(?!<-|←|⬅)([^\n]*\p{Script=Cyrillic}[^\n]*)$/gmu;

/** A list item: bulleted, numbered or lettered («б) …»). */
const LIST_ITEM = new RegExp(`^\\s*(?:[-*+•]\\s+|\\d{1,2}[.)]\\s+|(?:${ITEM_LETTER})\\)\\s+)\\S`, "gmu");
/** A table's row, not the row of dashes under its header: a table enumerates as a list does. */
const TABLE_ROW = /^[ \t]*\|(?![ \t]*:?-{3,})[^\n]*\|[ \t]*$/gm;
/** Digits not inside a name («512», «15d», «2gb»; not the 8 of «k8s», the 1 of «v1» or of «k8s-ingress-1»). */
const DIGITS = /(?<![a-zа-яё\d])(?<![a-zа-яё][-_.:/])\d/i;
/** A list item's own number at its line's start: «1. ищем значение». */
const ITEM_NUMBER = /^[ \t]*\d{1,2}[.)][ \t]/gm;
const NUMBER_WORD =
  /(?<![a-zа-яё])(?:одн?(?:ин|на|но|ого|ой|у)|дв(?:а|е|ух|умя)|тр(?:и|ех|ем)|четыр(?:е|ех)|пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|девят[ьи]|десят[ьи]|десятк[а-яё]*|сотн[а-яё]*|тысяч[а-яё]*|миллион[а-яё]*|половин[а-яё]*|one|two|three|four|five|ten|hundred|thousand)(?![a-zа-яё])/i;
/**
 * Whether a text gives a number: digits not inside a name, or a number word. A list item's own number («1. …») is no
 * number of anything. (Letters spelled out, not `\p{L}`: twice as fast.)
 */
export const givesNumber = (text: string): boolean =>
  DIGITS.test(text.replace(ITEM_NUMBER, "")) || NUMBER_WORD.test(text);
const REASON =
  /(?:^|[\s,(])(?:чтобы|чтоб|потому|поэтому|так как|позволя\p{L}*|полезн\p{L}*|нужн\p{L}*|для того|служ\p{L}*|обеспечива\p{L}*|важн\p{L}*|because|so that|allows?|useful)(?=[\s,.;:!?)]|$)/iu;
/**
 * A command on a line of its own: `$ …`, `sudo …`, or a word and a flag or a second word — in Latin letters to
 * the line's end or its comment («import_tasks vs include_tasks: import статический…» is prose about them).
 */
const COMMAND_LINE = /^\s*(?:\$\s|sudo\s|[a-z][\w.-]*\s+(?:-{1,2}[a-z]|[a-z][\w-]*\s))[^а-яё\n]*(?:#.*)?$/m;
/** A long option in prose («--skip-tags nginx - всё кроме…»): the passage says how a command is run. */
const LONG_FLAG = /(?:^|\s)--[a-z][\w-]+/m;
/** A command in a sentence: a program, what it is to do and a flag («ловить: go test -race ./... или …»). */
const INLINE_COMMAND = /(?:^|[\s:(])[a-z][\w.-]*\s+[a-z][\w.-]*\s+-{1,2}[a-z][\w-]*/m;

/** A name's other name in brackets: «(чарт)» of «Chart (чарт)». */
const IN_BRACKETS = /\(([^()]*)\)/gu;
/** A name and its other name in brackets, each a name of its own: «VLAN (Virtual LAN)» is «VLAN» and «Virtual LAN». */
const namesOf = (name: string): string[] => [
  name.replace(IN_BRACKETS, " "),
  ...[...name.matchAll(IN_BRACKETS)].map((m) => m[1] ?? ""),
];
/**
 * «**Release (релиз)** - конкретная установка…», «**Микрозадачи** (microtasks): реакции промисов»: a name in bold
 * (and its other name in brackets after it) that a dash or a colon defines.
 */
const BOLD_DEFINED =
  /(?:^|\n)[ \t]*(?:[-*+•][ \t]+)?\*\*([^*\n]{1,40}?)\*\*(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[-—–:=][ \t]+\S/gu;

/**
 * A name of up to four words at the start of a line, a sentence or a «Label:», then a dash, a colon or «=»
 * («- реплика = копия тех же данных»); in code marks too, as Markdown writes a name («- `view` — только чтение»).
 */
const DEFINED =
  /(?:^|[.!?]\s+|:\s+)(?:[-*+•]\s*|\d{1,2}[.)]\s*|!!\s*)?`?([\p{L}\p{N}][\p{L}\p{N}'’()/-]*(?:[ \t]+[\p{L}\p{N}()'’/-]+){0,3}?)`?(?=[ \t]*(?:[ \t][-—–=]|:)[ \t]+\S)/gmu;

/**
 * Words a negation covers: up to four after it, within the clause («не обеспечивают механизм автоматического
 * обновления», «без пароля»), or the one before «нельзя» («размещать нельзя»). «Не тот узел отвечает», «не все
 * ключи», «не только», «не сразу» deny which, how many or when, not what happens: the node still answers.
 */
const NEGATED =
  /(?<![\p{L}])(?<!пока(?:\s+[\p{L}]+)?\s+)(?:не(?!\s+(?:то[тйе]?|та|того|тех|только|вс[её]|всех|каждый|каждая|каждое|каждого|всегда|сразу|очень|совсем|слишком)(?![\p{L}]))|ни|без|нельзя)((?:\s+[\p{L}][\p{L}'’-]*){1,4})|([\p{L}][\p{L}'’-]*)\s+нельзя(?![\p{L}])/giu;
const PROHIBITION =
  /(?<![\p{L}])(?:нельзя|запре[щт]\p{L}*|избе[жг]\p{L}*|не\s+(?:долж|мож|да[её]т|пуска)\p{L}*)/iu;

/** The terms `prose` says under a negation («не попадали», «без пароля», «размещать нельзя»). */
export function negatedTerms(prose: string, analyze: (text: string) => string[]): Set<string> {
  return new Set([...prose.matchAll(NEGATED)].flatMap((m) => analyze(m[1] ?? m[2] ?? "")));
}

/** The terms `prose` says with no negation over them: «-m создать домашний каталог», not «НЕ создает». */
export function affirmedTerms(prose: string, analyze: (text: string) => string[]): Set<string> {
  return new Set(analyze(prose.replace(NEGATED, " ")));
}

/** A table's first cell names what its row tells of, up to this long: «`Rc<T>`», «NodePort». */
const MAX_ROW_NAME_CHARS = 40;

/** A Markdown table in `prose`, as cells: its header's, and its rows' under the separator; none when it has none. */
function tableOf(prose: string): { header: string[]; rows: string[][] } {
  const lines = prose.split("\n").filter((line) => /^\s*\|.*\|\s*$/u.test(line));
  if (lines.length < 3 || !/^\s*\|[\s:|-]+\|\s*$/u.test(lines[1] ?? "")) return { header: [], rows: [] };
  return { header: (lines[0] as string).split("|"), rows: lines.slice(2).map((line) => line.split("|")) };
}

/** A table's cells as names: their emphasis and code marks dropped, empty and long ones left out. */
const cellNames = (cells: readonly string[]) =>
  cells
    .map((cell) => cell.replace(/[`*]/gu, "").trim())
    .filter((cell) => cell.length > 0 && cell.length <= MAX_ROW_NAME_CHARS);

/**
 * What the rows of a Markdown table name: the first cell of each row under the header («| NodePort | снаружи, через
 * IP любой ноды | …»). A table with a row for each of two things tells them apart, column by column.
 */
const rowNames = (rows: readonly string[][]) => cellNames(rows.map((cells) => cells[1] ?? ""));

/**
 * The first cells of a table's rows whose next cell says in words what they are: «| BPDU | служебные кадры STP |»
 * defines BPDU, «| `scratch` | 0 | нет |» only gives its values.
 */
const definingRowNames = (rows: readonly string[][]) =>
  rowNames(rows.filter((cells) => (cells[2]?.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2));

/** The header cells of a Markdown table's columns after the first («| | useState | useReducer |»). */
const columnNames = (header: readonly string[]) => cellNames(header.slice(2, -1));

/** What a passage is like (see {@link PassageTraits}); `analyze` turns a defined name into its terms. */
export function traitsOf(passage: Passage, analyze: (text: string) => string[] = () => []): PassageTraits {
  const { prose, code } = splitCode(passage.text);
  const items = (prose.match(LIST_ITEM)?.length ?? 0) + (prose.match(TABLE_ROW)?.length ?? 0);
  const commas = (prose.split(/[.!?:]\s/).find((s) => (s.match(/,/g)?.length ?? 0) >= 3) ?? "") !== "";
  const table = tableOf(prose);
  const named = [...prose.matchAll(DEFINED)].map((m) => m[1] ?? "");
  // «**Chart (чарт)**» names one thing twice: «chart» and «чарт».
  const boldNames = [...prose.matchAll(BOLD_DEFINED)]
    .flatMap((m) => namesOf(m[1] ?? ""))
    .map((name) => analyze(name))
    .filter((name) => name.length > 0);
  return {
    code:
      code.trim().length > 0 ||
      COMMAND_LINE.test(prose) ||
      LONG_FLAG.test(prose) ||
      INLINE_COMMAND.test(prose),
    list: items >= 3 || (commas && prose.length < 400),
    reason: REASON.test(prose),
    defines: new Set([...named, ...rowNames(table.rows)].flatMap((name) => analyze(name))),
    boldDefines: new Set(boldNames.flat()),
    boldNames,
    definedNames: [...named, ...definingRowNames(table.rows)]
      .flatMap(namesOf)
      .map((name) => analyze(name))
      .filter((n) => n.length > 0),
    columns: new Set(columnNames(table.header).flatMap((name) => analyze(name))),
    prohibits: PROHIBITION.test(prose),
    inWords: /\p{L}/u.test(prose) || /\p{Script=Cyrillic}/u.test(passage.text),
  };
}
