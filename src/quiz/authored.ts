// Authored cards: knowledge/quiz/<topicId>.yaml, validated question by question. A broken question or
// file is reported as `file:line: what is wrong, how to fix` and the rest still loads.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit, type YAMLMap } from "yaml";
import type { KnowledgeBase } from "../knowledge/types.ts";
import { cardId, stableShuffle } from "./ids.ts";
import { headingMatches } from "./terms.ts";
import type { Card } from "./types.ts";

/** Cards that loaded, and one line per problem found. */
export interface AuthoredCards {
  cards: Card[];
  problems: string[];
}

/** Fewest options an authored question may have. */
export const minAuthoredOptions = 3;
/** Most options an authored question may have (Telegram quiz polls allow 10). */
export const maxAuthoredOptions = 10;
/** Longest explanation Telegram shows under a quiz poll. */
export const maxExplanationLength = 200;

const fields = ["question", "options", "answer", "explanation", "section"] as const;

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * Validates one quiz file's text. `file` is the path shown in problems; `kb` gives the known topics and
 * their section headings. Checks: YAML syntax, a known `topic` matching the file name, a `questions`
 * list, and for each question the fields question/options/answer/explanation/section — at least
 * {@link minAuthoredOptions} distinct options, the answer among them, unknown fields, and a section
 * heading that exists in the topic. Only questions with every required field right become cards. A YAML
 * syntax error inside one question skips only that question, reported at the line where it went wrong (an
 * unclosed quote or bracket: where it opened); one before the questions skips the file.
 */
export function parseAuthoredFile(
  file: string,
  source: string,
  kb: Pick<KnowledgeBase, "topics" | "passages">,
): AuthoredCards {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const problems: string[] = [];
  const cards: Card[] = [];
  const lineOf = (node: Node | null | undefined, fallback = 1): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;
  const report = (line: number, message: string) => problems.push(`${file}:${line}: ${message}`);
  const lineNumber = (problem: string) => Number(problem.slice(file.length + 1).split(":")[0]);
  const sorted = () => problems.sort((a, b) => lineNumber(a) - lineNumber(b));

  if (doc.errors.length > 0) {
    // A syntax error inside one question costs only that question: each is parsed on its own.
    const split = splitQuestions(source);
    if (split === undefined || syntaxErrors(split.header).length > 0) {
      for (const line of syntaxErrors(source)) {
        report(
          line.line,
          `YAML syntax error: ${line.message}; fix the indentation or quoting (the file was skipped)`,
        );
      }
      return { cards, problems: sorted() };
    }
    const header = parseAuthoredFile(file, `${split.header}  []\n`, kb);
    problems.push(...header.problems);
    const topicId = scalarText(parseDocument(split.header).get("topic", true));
    if (header.problems.some((p) => p.endsWith("(the file was skipped)")) || topicId === undefined) {
      return { cards, problems: sorted() };
    }
    for (const question of split.questions) {
      // The first error is where the question went wrong; the rest follow from it.
      const [error] = syntaxErrors(question);
      if (error) {
        report(
          error.line,
          `YAML syntax error: ${error.message}; fix the indentation or quoting (this question was skipped)`,
        );
        continue;
      }
      const parsed = parseAuthoredFile(file, question, kb);
      cards.push(...parsed.cards);
      problems.push(...parsed.problems.filter((p) => !header.problems.includes(p)));
    }
    return { cards, problems: sorted() };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    report(
      lineOf(root),
      "expected a mapping with `topic:` and `questions:` (see knowledge/quiz/services.yaml)",
    );
    return { cards, problems };
  }
  const topicNode = root.get("topic", true);
  const topicId = scalarText(topicNode);
  const fileTopic = file.replace(/^.*[\\/]/u, "").replace(/\.ya?ml$/u, "");
  const topic = kb.topics.find((t) => t.id === topicId);
  if (topicId === undefined || topicId === "") {
    report(lineOf(root), `missing \`topic:\`; add \`topic: ${fileTopic}\` (the file was skipped)`);
    return { cards, problems };
  }
  if (!topic) {
    const known = kb.topics.map((t) => t.id).join(", ");
    report(lineOf(topicNode), `unknown topic "${topicId}"; use one of: ${known} (the file was skipped)`);
    return { cards, problems };
  }
  if (topicId !== fileTopic) {
    report(
      lineOf(topicNode),
      `topic "${topicId}" does not match the file name; rename the file to ${topicId}.yaml`,
    );
  }
  const questions = root.get("questions", true);
  if (!isSeq(questions)) {
    report(
      lineOf(questions ?? root),
      "expected `questions:` to be a list of questions, each starting with `- question:`",
    );
    return { cards, problems };
  }
  // The topic's own names count as a section: the text before its first heading.
  const headings = [
    ...new Set([
      topic.title,
      ...topic.aliases,
      ...kb.passages.filter((p) => p.topicId === topicId).flatMap((p) => p.headingPath),
    ]),
  ];
  for (const item of questions.items) {
    const card = parseQuestion(item as Node, topicId, headings, lineOf, report);
    if (card) cards.push(card);
  }
  return { cards, problems: sorted() };
}

/**
 * The file cut at its questions: `header` is the text before the first `- ` item of `questions:`, and each
 * question is the file's text with every line outside that question blanked, so lines keep their numbers.
 * `undefined` when the file has no `questions:` list to cut.
 */
function splitQuestions(source: string): { header: string; questions: string[] } | undefined {
  const lines = source.split("\n");
  const listAt = lines.findIndex((line) => /^questions:\s*(?:#.*)?$/u.test(line));
  if (listAt < 0) return undefined;
  const firstItem = lines.findIndex((line, i) => i > listAt && /^\s*-(?:\s|$)/u.test(line));
  if (firstItem < 0) return undefined;
  const indent = (lines[firstItem] ?? "").search(/-/u);
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (i >= firstItem && line.search(/\S/u) === indent && /^\s*-(?:\s|$)/u.test(line)) starts.push(i);
  });
  const header = `${lines.slice(0, firstItem).join("\n")}\n`;
  const questions = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    return header + "\n".repeat(start - firstItem) + lines.slice(start, end).join("\n");
  });
  return { header, questions };
}

/**
 * The syntax errors of a YAML text with the line a person should look at: where an unclosed quote or
 * bracket opened (the parser notices it only at the end of the text), else where the parser stopped.
 */
function syntaxErrors(source: string): Array<{ line: number; message: string }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length === 0) return [];
  const opened: Array<[number, number]> = [];
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range) {
        opened.push([node.range[0], node.range[1]]);
      }
    },
    Seq(_key, node) {
      if (node.flow && node.range) opened.push([node.range[0], node.range[1]]);
    },
    Map(_key, node) {
      if (node.flow && node.range) opened.push([node.range[0], node.range[1]]);
    },
  });
  const seen = new Set<string>();
  const errors: Array<{ line: number; message: string }> = [];
  for (const error of doc.errors) {
    const at = error.pos[0];
    const unclosed = error.code === "MISSING_CHAR" || /end with a|closing/iu.test(error.message);
    const start = unclosed
      ? opened.filter(([from, to]) => from < at && at <= to + 1).sort((a, b) => b[0] - a[0])[0]?.[0]
      : undefined;
    const line = lineCounter.linePos(start ?? at).line;
    const message = error.message.split("\n")[0] ?? "";
    if (seen.has(`${line}:${message}`)) continue;
    seen.add(`${line}:${message}`);
    errors.push({ line, message });
  }
  return errors;
}

function parseQuestion(
  item: Node,
  topicId: string,
  headings: readonly string[],
  lineOf: (node: Node | null | undefined, fallback?: number) => number,
  report: (line: number, message: string) => void,
): Card | undefined {
  const line = lineOf(item);
  if (!isMap(item)) {
    report(line, "expected a question with the fields question, options, answer, explanation, section");
    return undefined;
  }
  const map = item as YAMLMap;
  let broken = false;
  const fail = (at: number, message: string) => {
    report(at, message);
    broken = true;
  };
  for (const pair of map.items) {
    const key = scalarText(pair.key);
    if (key === undefined || !(fields as readonly string[]).includes(key)) {
      report(
        lineOf(pair.key as Node, line),
        `unknown field "${key ?? "?"}"; the fields are ${fields.join(", ")}`,
      );
    }
  }
  const text = (name: (typeof fields)[number]): string | undefined => {
    const node = map.get(name, true) as Node | undefined;
    const value = scalarText(node);
    if (value === undefined || value === "") {
      fail(
        node ? lineOf(node, line) : line,
        `missing or empty "${name}"; add \`${name}: …\` to this question`,
      );
    }
    return value;
  };
  const question = text("question");
  const answer = text("answer");
  const explanation = text("explanation");
  const section = text("section");

  const optionsNode = map.get("options", true) as Node | undefined;
  const options: string[] = [];
  if (!isSeq(optionsNode)) {
    fail(
      optionsNode ? lineOf(optionsNode, line) : line,
      'missing "options"; add `options: [first, second, third]`',
    );
  } else {
    const seen = new Set<string>();
    for (const node of optionsNode.items) {
      const option = scalarText(node);
      if (option === undefined || option === "") {
        fail(lineOf(node as Node, line), "every option must be a non-empty text");
        continue;
      }
      if (seen.has(option.toLowerCase())) {
        fail(lineOf(node as Node, line), `duplicate option "${option}"; make every option different`);
        continue;
      }
      seen.add(option.toLowerCase());
      options.push(option);
    }
    const at = lineOf(optionsNode, line);
    if (optionsNode.items.length < minAuthoredOptions) {
      fail(at, `too few options (${optionsNode.items.length}); give at least ${minAuthoredOptions}`);
    } else if (optionsNode.items.length > maxAuthoredOptions) {
      fail(
        at,
        `too many options (${optionsNode.items.length}); Telegram allows at most ${maxAuthoredOptions}`,
      );
    }
    if (answer !== undefined && answer !== "" && !options.includes(answer)) {
      const near = options.find((o) => o.toLowerCase() === answer.toLowerCase());
      fail(
        lineOf(map.get("answer", true) as Node, line),
        near
          ? `answer "${answer}" differs from option "${near}" only in case; write it exactly as the option`
          : `answer "${answer}" is not among the options; copy the text of the correct option`,
      );
    }
  }
  if (explanation && explanation.length > maxExplanationLength) {
    report(
      lineOf(map.get("explanation", true) as Node, line),
      `explanation is ${explanation.length} characters; Telegram shows at most ${maxExplanationLength} under a quiz, shorten it`,
    );
  }
  if (section && headings.length > 0 && !headings.some((heading) => headingMatches(heading, section))) {
    report(
      lineOf(map.get("section", true) as Node, line),
      `section "${section}" is not a heading of topic ${topicId}; copy a heading from the notes`,
    );
  }
  if (broken || !question || !answer || !explanation || !section) return undefined;
  const id = cardId(topicId, question, answer);
  const shuffled = stableShuffle(options, id, (option) => option);
  return {
    id,
    topicId,
    question,
    options: shuffled,
    correctIndex: shuffled.indexOf(answer),
    explanation,
    source: { heading: section },
    origin: "authored",
  };
}

/** The problem {@link parseAuthoredFile} reports when a whole file was skipped for its YAML syntax. */
const FILE_SKIPPED = "(the file was skipped)";

/**
 * Loads every `*.yaml`/`*.yml` file in `dir` (e.g. `./knowledge/quiz`) with {@link parseAuthoredFile}.
 * A missing folder is no error: there are simply no authored cards. `lastGood` (by file path, kept across
 * loads) holds each file's last text whose YAML parsed: a file skipped for its syntax now loads that text
 * instead, its problems still reported, so a broken save does not take its questions away.
 */
export async function loadAuthoredCards(
  dir: string,
  kb: Pick<KnowledgeBase, "topics" | "passages">,
  lastGood?: Map<string, string>,
): Promise<AuthoredCards> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/u.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { cards: [], problems: [] };
    throw error;
  }
  const result: AuthoredCards = { cards: [], problems: [] };
  for (const name of names) {
    const file = join(dir, name);
    const source = await readFile(file, "utf8");
    const parsed = parseAuthoredFile(file, source, kb);
    const skipped = parsed.problems.some((p) => p.endsWith(FILE_SKIPPED));
    const kept = skipped ? lastGood?.get(file) : undefined;
    if (!skipped) lastGood?.set(file, source);
    result.cards.push(...(kept === undefined ? parsed.cards : parseAuthoredFile(file, kept, kb).cards));
    result.problems.push(...parsed.problems);
    if (kept !== undefined) result.problems.push(`${file}: kept the last good version of the file`);
  }
  return result;
}
