// Notes kept as a spreadsheet and saved as CSV (Excel, Google Sheets, Numbers): a row per term, a column for what
// it is, one for an example, one for remarks, rows that only name a group. Here each row becomes a section headed by
// its term, each cell a line of it named by its column, and a group row a heading over the rows under it. Pure:
// text in, Markdown out.
import { parse } from "csv-parse/sync";

/** The separators spreadsheets write: «;» (Excel in Russian), «,», a tab. */
const SEPARATORS = [";", "\t", ","] as const;

/** A column that names the row: «Термин», «Term», «Понятие», «Вопрос»… */
const NAME_COLUMN =
  /^(?:термин|понятие|название|имя|слово|вопрос|команда|функция|метод|term|name|concept|word|question|command|keyword)$/iu;
/** A column that groups rows: «Тема», «Раздел», «Topic»… */
const GROUP_COLUMN = /^(?:тема|раздел|глава|категория|блок|topic|section|chapter|category|group)$/iu;
/** A column that says what the row's term is: it follows the term as a definition («X — …»). */
const DEFINITION_COLUMN =
  /^(?:что это|что такое|определение|описание|значение|смысл|ответ|definition|description|meaning|answer)$/iu;
/** A header cell: a few words, no sentence. */
const HEADER_CELL = /^[\p{L}\p{N} ._/()-]{1,30}$/u;
/** Other columns spreadsheets of notes have: «Пример», «Заметки», «Комментарий», «Example», «Notes». */
const OTHER_COLUMN =
  /^(?:пример|примеры|заметки|заметка|комментарий|комментарии|примечание|код|синтаксис|теги|example|examples|notes?|comments?|code|syntax|tags?)$/iu;
/** Decoration around a group row's name: «=== Корутины ===», «--- Null safety ---». */
const DECORATION = /^[=\-#*_~\s]+|[=\-#*_~\s]+$/gu;
/** Code, by its signs: braces, calls, arrows, assignments, keywords of common languages. */
const CODE_SIGN =
  /[{};]|=>|->|::|\w\([^)]*\)|(?:^|\s)(?:fun|val|var|def|class|import|return|let|const|if|for)\s|\s[=!<>]=\s|\s=\s/u;

/**
 * When a row was made or changed, as an app that keeps notes as a table exports it: «March 4, 2024 9:12 PM»,
 * «2024-03-04 21:12», «04.03.2024 21:12» — a date with its time.
 */
const TIMESTAMP =
  /^(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?(?:\s?\(?[A-Z]{2,5}\)?)?$/u;
/** Where a note stands in its author's work («Done», «In progress», «Готово»): the app's, not the notes'. */
const WORKFLOW =
  /^(?:done|to ?do|in progress|not started|doing|draft|archived|готово|сделано|в процессе|в работе|не начато|черновик|архив)$/iu;

/** Whether every filled cell of a column is bookkeeping: when the row was made, or how far along its note is. */
const bookkeeping = (rows: readonly string[][], i: number) => {
  const values = rows.map((row) => row[i] ?? "").filter((cell) => cell !== "");
  return (
    values.length > 0 && (values.every((v) => TIMESTAMP.test(v)) || values.every((v) => WORKFLOW.test(v)))
  );
};

/** The separator of a CSV text: the one its first line splits at most often, outside quotes. */
function separatorOf(text: string): string | undefined {
  const first = text.split(/\r?\n/u).find((line) => line.trim() !== "") ?? "";
  const outside = first.replace(/"[^"]*"/gu, "");
  const counts = SEPARATORS.map((s) => outside.split(s).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? undefined : SEPARATORS[counts.indexOf(best)];
}

/** Whether a cell holds code rather than words: signs of code, and few Russian letters. */
function isCode(cell: string): boolean {
  const letters = cell.match(/\p{L}/gu)?.length ?? 0;
  const russian = cell.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return CODE_SIGN.test(cell) && russian <= letters * 0.3;
}

/**
 * Markdown for a spreadsheet saved as CSV: a header row names the columns; a row with only one cell (its group or
 * first) heads the rows under it (`##`); every other row is a `###` section headed by its name (the column named
 * «Термин», «Term»…, else its first cell), its definition column written as «name — definition», its other cells as
 * lines named by their column («Пример: …»), code fenced. Undefined when the text does not read as a table (no
 * separator, or rows of one cell only).
 */
export function csvToMarkdown(source: string): string | undefined {
  const text = source.replace(/^\uFEFF/u, "");
  const delimiter = separatorOf(text);
  if (delimiter === undefined) return undefined;
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch {
    return undefined;
  }
  rows = rows.map((row) => row.map((cell) => cell.trim()));
  if (!rows.some((row) => row.filter((c) => c !== "").length >= 2)) return undefined;

  const [first = []] = rows;
  // A header row names columns: one of the names spreadsheets of notes use, or short capitalised names only.
  const cells = first.filter((c) => c !== "");
  const known = [NAME_COLUMN, GROUP_COLUMN, DEFINITION_COLUMN, OTHER_COLUMN];
  const headed =
    cells.length >= 2 &&
    cells.every((c) => HEADER_CELL.test(c)) &&
    (cells.some((c) => known.some((k) => k.test(c))) ||
      cells.every((c) => /^\p{Lu}/u.test(c) && c.split(/\s+/u).length <= 2));
  const header = headed ? first : [];
  const body = headed ? rows.slice(1) : rows;
  const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(h));
  const group = column(GROUP_COLUMN);
  const definition = column(DEFINITION_COLUMN);
  const named = column(NAME_COLUMN);
  // Notion's «Created» and «Status», a spreadsheet's «Изменено»: no part of what the notes say.
  const kept = (first.length > 0 ? first : (body[0] ?? [])).map((_, i) => !bookkeeping(body, i));

  const out: string[] = [];
  let currentGroup: string | undefined;
  for (const row of body) {
    const filled = row.flatMap((cell, i) => (cell === "" ? [] : [i]));
    if (filled.length === 0) continue;
    const only = filled.length === 1 ? (filled[0] as number) : undefined;
    // A row of one cell, in the group column or the first: a group's name («=== Корутины ===»). Elsewhere, or long,
    // a remark («итого: 48 терминов»).
    if (only !== undefined) {
      const cell = row[only] as string;
      const name = cell.replace(DECORATION, "");
      // «=== Корутины ===», «Null safety»; not «итого: 48 терминов».
      const decorated = name !== cell;
      const plain = name.length <= 40 && !/[.!?:\d]/u.test(name);
      if ((only === group || only === 0) && name.length > 0 && (decorated || plain)) {
        currentGroup = name;
        out.push("", `## ${name}`, "");
      } else out.push("", cell, "");
      continue;
    }
    const groupCell = group >= 0 ? (row[group] ?? "") : "";
    if (groupCell !== "" && groupCell.replace(DECORATION, "") !== currentGroup) {
      currentGroup = groupCell.replace(DECORATION, "");
      out.push("", `## ${currentGroup}`, "");
    }
    const nameAt = named >= 0 && row[named] ? named : (filled.find((i) => i !== group) as number);
    const name = (row[nameAt] ?? "").replace(/\s+/gu, " ");
    out.push("", `### ${name}`, "");
    for (const i of filled) {
      if (i === nameAt || i === group || kept[i] === false) continue;
      const cell = row[i] as string;
      const label = header[i] ?? "";
      if (i === definition) out.push(`${name} — ${cell}`, "");
      else if (isCode(cell)) out.push(...(label ? [`${label}:`] : []), "```", cell, "```", "");
      else out.push(label ? `${label}: ${cell}` : cell, "");
    }
  }
  return out
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
