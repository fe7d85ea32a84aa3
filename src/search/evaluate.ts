// Measures search quality on the evaluation set: hit@1, hit@3 and MRR per kind of question.
import { parse as parseYaml } from "yaml";
import type { Passage } from "../knowledge/types.ts";
import type { Analyzer } from "./analyzer.ts";

export interface EvalQuestion {
  q: string;
  kind: string;
  /** The right passage contains at least one of these (case-insensitive, white space collapsed). */
  expect?: string[];
  /** Comparison questions: the two sides the answer must cover. */
  covers?: [string, string];
}

/** What a system under evaluation returns for one question. */
export interface Ranking {
  /** Passages best first: the answer's («Ещё» included), or the candidates offered; empty for «nothing found». */
  passages: Passage[];
  /** How many of `passages` the first answer shows (2 for a comparison answered side by side). */
  shown: number;
  /** A sure answer, candidates offered as «возможно, вы про…», or «nothing found». */
  outcome: "answer" | "uncertain" | "nothing";
}

export interface KindScore {
  kind: string;
  count: number;
  /** A sure answer whose first passage is right (for out-of-scope: no sure answer given). */
  hit1: number;
  /** A right passage within the first three offered, sure or not. */
  hit3: number;
  mrr: number;
  /** A sure answer whose first passage is wrong: the harm to avoid. */
  wrong: number;
  /** Answered with candidates («возможно, вы про…»). */
  unsure: number;
  /** Answered «nothing found». */
  refused: number;
  /** Comparison questions whose first answer covers both sides. */
  covered?: number;
}

export const OUT_OF_SCOPE = "out_of_scope";

/** Parses and checks the evaluation file. */
export function parseQuestions(source: string): EvalQuestion[] {
  const data: unknown = parseYaml(source);
  if (!Array.isArray(data)) throw new Error("eval: the questions file must be a YAML list");
  return data.map((item, i) => {
    const q = item as Partial<EvalQuestion>;
    if (typeof q.q !== "string" || typeof q.kind !== "string")
      throw new Error(`eval: question ${i + 1} needs q and kind`);
    if (q.kind !== OUT_OF_SCOPE && !(Array.isArray(q.expect) && q.expect.length > 0)) {
      throw new Error(`eval: question ${i + 1} («${q.q}») needs expect`);
    }
    // YAML reads «covers: [502, 504]» as numbers: what is matched is the text.
    const texts = (field: "expect" | "covers", list: unknown[]) =>
      list.map((v) => {
        if (typeof v === "string") return v;
        if (typeof v === "number") return String(v);
        throw new Error(`eval: question ${i + 1} («${q.q}»): ${field} must be a list of strings`);
      });
    const question: EvalQuestion = { q: q.q, kind: q.kind };
    if (Array.isArray(q.expect)) question.expect = texts("expect", q.expect);
    if (q.covers !== undefined) {
      if (!Array.isArray(q.covers) || q.covers.length !== 2)
        throw new Error(`eval: question ${i + 1} («${q.q}»): covers must be a list of two sides`);
      question.covers = texts("covers", q.covers) as [string, string];
    }
    return question;
  });
}

/** Text as compared: lower case, no Markdown emphasis, no footnote marks («агент¹»), white space collapsed. */
const fold = (s: string) =>
  // Markup marks go on both sides: a line quoted from the notes as written («=42G= или =:42=» in Org, «**Pod**» in
  // Markdown) is the passage as read («`42G` или `:42`»).
  s
    .toLowerCase()
    .replace(/[`*=~¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "")
    // A table's row as written («|fanout |во ВСЕ очереди») or as read («| fanout | во ВСЕ очереди |»).
    .replace(/\s*\|\s*/g, " | ")
    .replace(/\s+/g, " ")
    .trim();

/** A list item's or a section's number at the start of a line: «1) », «2. », «5.2 », «§4. ». */
const LEADING_NUMBER = /^\s*§?\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+/;

/** A line of the notes as structuring may have made it a heading: its number and final colon or stop dropped. */
const asHeading = (s: string) =>
  s
    .replace(/^#{1,6}\s+/, "")
    .replace(LEADING_NUMBER, "")
    .replace(/[:.]\s*$/, "");

/**
 * Whether a passage is a right answer to the question: its text, or its headings (a line of plain-text notes
 * such as «1. Права доступа:» becomes the heading «Права доступа»), contains one of the expected strings — or
 * is one, as a heading, once its Markdown marks («## »), number and final colon are dropped.
 */
/** Folded text with its tables' cell marks gone: «| m1 | m0 + депозиты |» is «m1 m0 + депозиты». */
const unpiped = (folded: string) => folded.replace(/(?:^|\s)\|(?=\s|$)/gu, "").replace(/\s+/gu, " ");

export function isRelevant(question: EvalQuestion, passage: Passage): boolean {
  const text = fold(passage.text);
  // A passage under no heading is under its note's title: a phone's note «Специфичность селекторов».
  const headings = (passage.headingPath.length > 0 ? passage.headingPath : [passage.topicTitle]).map(fold);
  const matches = (e: string) => {
    const wanted = fold(e);
    // «1) в URL: /v1/users — …» is an item that names itself: structuring heads it by its name and drops the number
    // (a line of three words or more; «2. Права» alone is a heading's words, matched below).
    const unnumbered = wanted.replace(LEADING_NUMBER, "");
    if (text.includes(wanted) || (unnumbered.split(" ").length >= 3 && text.includes(unnumbered)))
      return true;
    // A row of a table the notes wrote with tabs, quoted with its cells run together («M1 M0 + переводные депозиты»),
    // which the passage reads as a table's row («| M1 | M0 + переводные депозиты |»).
    if (wanted.split(" ").length >= 3 && !wanted.includes("|") && unpiped(text).includes(wanted)) return true;
    const heading = fold(asHeading(e));
    // A line the structuring made a heading («### maxmemory и политики вытеснения (eviction)» pasted into text):
    // the section under it is where the expected words now stand.
    if (heading.length > 0 && headings.some((h) => h === heading || h.includes(wanted))) return true;
    // A title run into its text, which structuring split («4.2 Открытая адресация. Все ключи лежат…»): the
    // passage under that heading whose text goes on with the rest of the line.
    const own = headings.at(-1);
    return (
      own !== undefined &&
      unnumbered.startsWith(`${own}. `) &&
      text.includes(unnumbered.slice(own.length + 2))
    );
  };
  return (question.expect ?? []).some((e) => {
    if (matches(e)) return true;
    const read = asRead(e);
    return read !== e && matches(read);
  });
}

/**
 * A line quoted from notes in a markup the loader reads — LaTeX, reStructuredText, AsciiDoc, a wiki's — as its
 * passage says it: «\textbf{Плотность} --- производная» is «**Плотность** — производная», «<<центр масс>>» is
 * ««центр масс»», «$F(x)$» is «`F(x)`», «:term:`wheel`» is «wheel», «durable:: очередь…» is «**durable** —
 * очередь…», «'''ведут взгляд'''» is «**ведут взгляд**», «h2. UserInfo endpoint» is the heading «UserInfo endpoint»; pandoc's
 * «\--dry-run --- сделай вид» is «--dry-run — сделай вид»; an Anki cloze «могут быть {{c1::недоступны}}» is «могут быть
 * недоступны».
 */
function asRead(line: string): string {
  return (
    line
      .replace(/\\(?:textbf|textit|emph|texttt|underline|text|mathrm|(?:sub)*section\*?)\{([^{}]*)\}/gu, "$1")
      .replace(/\\begin\{\w+\*?\}(?:\[([^\]]*)\])?/gu, (_, title?: string) => (title ? `${title}.` : ""))
      .replace(/\$/gu, "")
      .replace(/(?<!\\)---/gu, "—")
      .replace(/(?<!\\)--/gu, "–")
      // …or as pandoc escapes a Word document's text: «\--dry-run», «\<none\>», «snake\_case».
      .replace(/\\([-\\`*_{}[\]()#+.!<>|~^"'])/gu, "$1")
      .replace(/<</gu, "«")
      .replace(/>>/gu, "»")
      .replace(/\\%/gu, "%")
      .replace(/:[\w:-]+:(?=`)/gu, "")
      .replace(/^(\s*[^:\s][^:]*?)::\s+/u, "$1 — ")
      .replace(/\s*&\s*/gu, " | ")
      // …or in a wiki's markup: «'''bold'''», «''DNS''», «{{scope=openid}}», «h2. Раздел», «!! Раздел», «|| cell».
      .replace(/'{2,}/gu, "")
      .replace(/\{anchor:[^}]*\}/gu, "")
      // …or an Obsidian link, read as its words: «[[thiserror]]», «[[top-htop|top]]».
      .replace(
        /\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/gu,
        (_, target: string, label?: string) => label ?? target,
      )
      // …or in an Anki card's cloze: «{{c1::недоступны}}», «{{c1::answer::hint}}».
      .replace(/\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}/gu, "$1")
      .replace(/\{\{([^{}]*)\}\}/gu, "$1")
      .replace(/^\s*(?:h[1-6]\.|!{1,6})\s+/u, "")
      .replace(/\s*\|\|\s*/gu, " | ")
      // …or as a PDF's text breaks it: «запуска-» at the end of a line is read joined, «запускается».
      .replace(/(\p{L})-\s*$/u, "$1")
  );
}

/** Whether the passages shown first mention both sides of a comparison (compared as analysed terms). */
export function coversBoth(question: EvalQuestion, shown: Passage[], analyzer: Analyzer): boolean {
  if (!question.covers) return true;
  const terms = new Set(shown.flatMap((p) => analyzer.terms(`${p.headingPath.join(" ")} ${p.text}`)));
  return question.covers.every((side) => {
    const want = analyzer.terms(side);
    return want.length > 0 && want.every((t) => terms.has(t));
  });
}

/**
 * Scores one system over the questions. An answerable question scores hit@1 only for a sure answer whose
 * first passage is right; candidates offered when unsure count towards hit@3 and MRR one rank lower (the user
 * must pick). An out-of-scope question is right unless it gets a sure answer.
 */
export function evaluate(
  questions: EvalQuestion[],
  system: (q: string) => Ranking,
  analyzer: Analyzer,
): { byKind: KindScore[]; answerable: KindScore; all: KindScore; failures: string[] } {
  const rows = new Map<string, KindScore>();
  const failures: string[] = [];
  const row = (kind: string): KindScore => {
    let r = rows.get(kind);
    if (r === undefined) {
      r = { kind, count: 0, hit1: 0, hit3: 0, mrr: 0, wrong: 0, unsure: 0, refused: 0 };
      rows.set(kind, r);
    }
    r.count++;
    return r;
  };
  for (const question of questions) {
    const { passages, shown, outcome } = system(question.q);
    const r = row(question.kind);
    if (outcome === "uncertain") r.unsure++;
    if (outcome === "nothing") r.refused++;
    if (question.kind === OUT_OF_SCOPE) {
      const ok = outcome === "answer" ? 0 : 1;
      if (!ok) {
        r.wrong++;
        failures.push(`${question.kind}: «${question.q}» answered with ${passages[0]?.id}`);
      }
      r.hit1 += ok;
      r.hit3 += ok;
      r.mrr += ok;
      continue;
    }
    // 0-based rank as the user meets it: the passages shown first all rank first; offered candidates one lower.
    const found = passages.findIndex((p) => isRelevant(question, p));
    let rank = -1;
    if (found >= 0 && outcome === "answer") rank = found < shown ? 0 : found - shown + 1;
    else if (found >= 0 && outcome === "uncertain") rank = found + 1;
    if (outcome === "answer" && rank !== 0) r.wrong++;
    if (rank === 0) r.hit1++;
    if (rank >= 0 && rank < 3) r.hit3++;
    if (rank >= 0) r.mrr += 1 / (rank + 1);
    if (rank !== 0) {
      const what =
        outcome === "nothing"
          ? "nothing"
          : `${outcome === "answer" ? "WRONG" : "unsure"}, ${rank === -1 ? "miss" : `rank ${rank + 1}`}`;
      failures.push(`${question.kind}: «${question.q}» → ${what} (top: ${passages[0]?.id ?? "nothing"})`);
    }
    if (question.covers) {
      const covered =
        outcome === "answer" && coversBoth(question, passages.slice(0, Math.max(1, shown)), analyzer);
      r.covered = (r.covered ?? 0) + (covered ? 1 : 0);
    }
  }
  const total = (name: string, keep: (k: KindScore) => boolean): KindScore => {
    const t: KindScore = { kind: name, count: 0, hit1: 0, hit3: 0, mrr: 0, wrong: 0, unsure: 0, refused: 0 };
    for (const r of rows.values()) {
      if (!keep(r)) continue;
      t.count += r.count;
      t.hit1 += r.hit1;
      t.hit3 += r.hit3;
      t.mrr += r.mrr;
      t.wrong += r.wrong;
      t.unsure += r.unsure;
      t.refused += r.refused;
    }
    return t;
  };
  const norm = (r: KindScore): KindScore => ({
    ...r,
    hit1: r.hit1 / r.count,
    hit3: r.hit3 / r.count,
    mrr: r.mrr / r.count,
    wrong: r.wrong / r.count,
    unsure: r.unsure / r.count,
    refused: r.refused / r.count,
    ...(r.covered !== undefined ? { covered: r.covered / r.count } : {}),
  });
  return {
    byKind: [...rows.values()].map(norm),
    answerable: norm(total("answerable", (r) => r.kind !== OUT_OF_SCOPE)),
    all: norm(total("overall", () => true)),
    failures,
  };
}
