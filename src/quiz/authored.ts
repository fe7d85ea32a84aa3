// Authored cards: knowledge/quiz/<topicId>.yaml, validated question by question. A broken question or
// file is reported as `file:line: what is wrong, how to fix` and the rest still loads.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
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
 * heading that exists in the topic. Only questions with every required field right become cards.
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

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
      report(
        line,
        `YAML syntax error: ${error.message.split("\n")[0]}; fix the indentation or quoting (the file was skipped)`,
      );
    }
    return { cards, problems };
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
  const lineNumber = (problem: string) => Number(problem.slice(file.length + 1).split(":")[0]);
  return { cards, problems: problems.sort((a, b) => lineNumber(a) - lineNumber(b)) };
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

/**
 * Loads every `*.yaml`/`*.yml` file in `dir` (e.g. `./knowledge/quiz`) with {@link parseAuthoredFile}.
 * A missing folder is no error: there are simply no authored cards.
 */
export async function loadAuthoredCards(
  dir: string,
  kb: Pick<KnowledgeBase, "topics" | "passages">,
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
    const { cards, problems } = parseAuthoredFile(file, await readFile(file, "utf8"), kb);
    result.cards.push(...cards);
    result.problems.push(...problems);
  }
  return result;
}
