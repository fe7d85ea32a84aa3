// Command cards: «what does this command of the notes do?» with the purposes of other commands of the notes
// as options, and the reverse. A command's purpose is what the notes say of it: its trailing comment
// («$ chmod u+x deploy.sh   # добавить владельцу выполнение»), else the sentence that introduces it.

import { opensWithRemark } from "../knowledge/lines.ts";
import type { Passage } from "../knowledge/types.ts";
import { type Analyzer, stem } from "../search/analyzer.ts";
import { cardId, cardSource, stableShuffle } from "./ids.ts";
import type { Card } from "./types.ts";

/** A command of the notes and what they say it does. */
export interface NotedCommand {
  command: string;
  purpose: string;
  passage: Passage;
}

/** The first line of a command → purpose card; the purpose → command card's question starts with `REVERSE_PROMPT`. */
export const COMMAND_PROMPT = "Что делает команда?";
export const REVERSE_PROMPT = "Какая команда делает это:";

const SHELL_LANGUAGES = new Set(["", "bash", "sh", "shell", "console", "zsh", "terminal"]);
const COMMAND = /^(?:sudo\s+)?[a-z][\w.-]*(?:\s|$)/u;
const COMMENT = /\s#\s*(\S.*)$/u;
/** A comment that only points at a note under the block: MkDocs Material's code annotation, `# (1)` or `# (2)!`. */
const ANNOTATION = /^\((\d+)\)!?$/u;
const LIST_ITEM = /^\s*(\d+)[.)]\s+(\S.*)$/u;
const MAX_PURPOSE = 150;
/** A purpose opening with a connective («и то и другое сразу», «а также …») continues the line above it. */
const CONNECTIVE = /^(?:и|а|но|также|то же|and|also|same)\s/iu;
/** Options a command card offers at most, and needs at least. */
const MAX_OPTIONS = 4;
const MIN_OPTIONS = 3;
/** Two purposes sharing this share of their words say the same: never both options of one card. */
const SAME_PURPOSE = 0.5;

/** The distinct analysed terms of a text (stop words left out). */
function termsOf(text: string, analyzer: Analyzer): Set<string> {
  const terms = new Set<string>();
  for (const token of analyzer.tokens(text)) if (token.term !== undefined) terms.add(token.term);
  return terms;
}

/** A remark of the author's: «мое: …», «!! …», not a statement of the notes. */
const isRemark = (text: string) => text.startsWith("!!") || opensWithRemark(text);

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A sentence that says what is done for: «Чтобы сказать шедулеру …, повесим теинт NoSchedule». */
const PURPOSE = /^(?:чтобы|чтоб|для того)\s/iu;

/**
 * What a command does, from the sentence introducing it: the action, without the author's goal. «Мы можем
 * пометить ноду, чтобы на ней размещались …» → «Мы можем пометить ноду»; «Чтобы сказать шедулеру …,
 * повесим теинт NoSchedule» → «повесим теинт NoSchedule». What the author hoped for is not what the command does.
 */
function whatItDoes(sentence: string): string {
  if (PURPOSE.test(sentence)) {
    const main = sentence.split(/,\s+/u).at(-1) ?? sentence;
    return main === sentence ? sentence : main;
  }
  return sentence.split(/,\s+(?:чтобы|чтоб)\s/u)[0] ?? sentence;
}

/**
 * The sentence that introduces a code block: the last of the prose before it, when it points at the code or says
 * what it is for, or the one before it when that only points («Делается это так:»).
 */
function introduction(before: string): string | undefined {
  const paragraph =
    before
      .trimEnd()
      .split(/\n\s*\n/u)
      .at(-1) ?? "";
  if (paragraph.includes("```") || paragraph.trim() === "") return undefined;
  const sentences = paragraph
    .replace(/\s+/gu, " ")
    .trim()
    .split(/(?<=[.!?:])\s+(?=\p{Lu})/u);
  let last = sentences.pop();
  // Only a sentence that points at the code («Снять дамп с живого процесса:») or says what it is for («Чтобы …,
  // повесим теинт») introduces it: any other one before a block («Записи смотрим в JMC») says something else.
  if (last === undefined || !(last.endsWith(":") || PURPOSE.test(last))) return undefined;
  // «Делается это так:», «Например:» point at the code; the sentence before them says what it is for.
  if (last?.endsWith(":") && wordCount(last) <= 4) last = sentences.pop();
  const purpose = last === undefined ? undefined : whatItDoes(last.replace(/[:.]+$/u, "").trim());
  if (purpose === undefined || wordCount(purpose) < 3 || purpose.length > MAX_PURPOSE) return undefined;
  return purpose;
}

/**
 * What each of `count` commands of a block does, from what introduces the block: the sentence before it, or
 * the section's heading when the block opens the passage. One command takes the whole of it; several take
 * its actions in order when it lists as many («Добавить репозиторий и установить чарт» over `helm repo add`
 * and `helm install`). Undefined when they do not add up.
 */
function stepsFor(count: number, passage: Passage, before: string): string[] | undefined {
  const heading = passage.headingPath.at(-1);
  const intro =
    before.trim() === "" ? (heading === undefined ? undefined : whatItDoes(heading)) : introduction(before);
  if (intro === undefined) return undefined;
  if (count === 1) return [intro];
  const steps = intro.split(/\s*,\s*|\s+(?:и|затем|потом|then|and)\s+/u).map((step) => step.trim());
  if (steps.length !== count || steps.some((step) => wordCount(step) < 2)) return undefined;
  return steps.map((step) => step.charAt(0).toUpperCase() + step.slice(1));
}

/**
 * The numbered list right under a code block, by number: the notes its annotations point at («poetry run pytest
 * # (2)!» over «2. Запускает команду внутри венва Poetry»).
 */
function annotationsAfter(after: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const line of after.replace(/^\s*\n/u, "").split("\n")) {
    const item = LIST_ITEM.exec(line);
    if (item === null) break;
    notes.set(Number(item[1]), (item[2] ?? "").trim().replace(/\.$/u, ""));
  }
  return notes;
}

/**
 * The commands of the notes with their purposes: lines of shell code blocks (or lines after a `$ ` prompt)
 * that start with a program name, each with its trailing comment as its purpose, else what introduces the
 * block (see `stepsFor`). Commands without a purpose, purposes of stop words only or that continue the line
 * above («и то и другое сразу»), and repeats are left out.
 */
export function findCommands(passages: readonly Passage[], analyzer: Analyzer): NotedCommand[] {
  const found: NotedCommand[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    for (const block of passage.text.matchAll(/```([^\n]*)\n([\s\S]*?)```/gu)) {
      const language = (block[1] ?? "").trim().toLowerCase();
      const raw = (block[2] ?? "").split("\n").filter((line) => line.trim() !== "");
      const prompted = raw.some((line) => line.trim().startsWith("$ "));
      if (!prompted && !SHELL_LANGUAGES.has(language)) continue;
      const lines = raw
        .map((line) => line.trim())
        .filter((line) => !prompted || line.startsWith("$ "))
        .map((line) => line.replace(/^\$\s+/u, ""));
      const commands = lines.filter((line) => COMMAND.test(line) && !/^[\w.-]+[:=]/u.test(line));
      if (commands.length === 0 || commands.length !== lines.length) continue;
      const actions = stepsFor(commands.length, passage, passage.text.slice(0, block.index));
      // The notes the block's annotations point at, read once for the block when one does.
      let notes: Map<number, string> | undefined;
      const noteOf = (annotation: string) => {
        notes ??= annotationsAfter(passage.text.slice((block.index ?? 0) + block[0].length));
        return notes.get(Number(annotation));
      };
      commands.forEach((line, i) => {
        const comment = COMMENT.exec(line);
        const command = (comment ? line.slice(0, comment.index) : line).trim();
        const said = comment?.[1]?.trim();
        // «# (2)!» says nothing itself: what it points at, under the block, does.
        const annotation = said === undefined ? undefined : ANNOTATION.exec(said)?.[1];
        const purpose = annotation === undefined ? (said ?? actions?.[i]) : noteOf(annotation);
        if (purpose === undefined || purpose.length > MAX_PURPOSE || !/\p{L}{2}/u.test(purpose)) return;
        // «и то и другое сразу» means something only beside the lines above it.
        if (termsOf(purpose, analyzer).size === 0 || CONNECTIVE.test(purpose)) return;
        // «# мое: всегда вместе» is the author's remark on the command, not what it does.
        if (isRemark(purpose)) return;
        const key = command.replace(/\s+/gu, " ");
        if (seen.has(key)) return;
        seen.add(key);
        found.push({ command: key, purpose, passage });
      });
    }
  }
  return found;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * The stems of a text's words and of the parts of its compounds (`ingress-taint=true:NoSchedule` →
 * ingress, taint, true, noschedule), stop words left out. No glossary: that «install» means «установить» is
 * what a learner may know, while the same word on both sides gives the answer away to anyone.
 */
function wordsOf(text: string, analyzer: Analyzer): Set<string> {
  const words = new Set<string>();
  for (const token of analyzer.tokens(text)) {
    if (token.term === undefined) continue;
    for (const part of token.surface.split(/[-_.=:/]+/u)) if (part.length > 2) words.add(stem(part));
  }
  return words;
}

/**
 * True when the right option gives itself away: it shares a word with the question that no other option
 * shares («… повесим теинт NoSchedule» for «kubectl taint … :NoSchedule»).
 */
export function echoesQuestion(
  question: string,
  options: readonly string[],
  correctIndex: number,
  analyzer: Analyzer,
): boolean {
  const asked = wordsOf(question, analyzer);
  const echoed = (option: string) => new Set([...wordsOf(option, analyzer)].filter((t) => asked.has(t)));
  const right = echoed(options[correctIndex] ?? "");
  if (right.size === 0) return false;
  const others = new Set(options.flatMap((option, i) => (i === correctIndex ? [] : [...echoed(option)])));
  return [...right].some((term) => !others.has(term));
}

/** True when two options say the same: equal commands, or purposes sharing {@link SAME_PURPOSE} of their words. */
export function samePurpose(a: string, b: string, analyzer: Analyzer): boolean {
  if (a.replace(/\s+/gu, " ").trim() === b.replace(/\s+/gu, " ").trim()) return true;
  return jaccard(termsOf(a, analyzer), termsOf(b, analyzer)) >= SAME_PURPOSE;
}

/**
 * Command cards, both ways, for the commands {@link findCommands} finds: «Что делает команда?» with the
 * command, its purpose and up to three other commands' purposes (its own topic's first); and the purpose
 * asking for the command among other commands. A card with fewer than three options, with two options that
 * say the same ({@link samePurpose}), whose question names the answer, or whose right option echoes the
 * question ({@link echoesQuestion}) is not made.
 */
export function generateCommandCards(passages: readonly Passage[], analyzer: Analyzer): Card[] {
  const commands = findCommands(passages, analyzer);
  const cards: Card[] = [];
  const make = (
    entry: NotedCommand,
    question: string,
    answer: string,
    pick: (other: NotedCommand) => string,
  ) => {
    const id = cardId(entry.passage.topicId, question, answer);
    const others = commands.filter((other) => other !== entry);
    const ordered = [
      ...stableShuffle(
        others.filter((o) => o.passage.topicId === entry.passage.topicId),
        id,
        pick,
      ),
      ...stableShuffle(
        others.filter((o) => o.passage.topicId !== entry.passage.topicId),
        id,
        pick,
      ),
    ];
    const chosen: string[] = [];
    for (const other of ordered) {
      if (chosen.length >= MAX_OPTIONS - 1) break;
      const text = pick(other);
      if ([answer, ...chosen].some((option) => samePurpose(option, text, analyzer))) continue;
      chosen.push(text);
    }
    if (chosen.length + 1 < MIN_OPTIONS) return;
    const options = stableShuffle([answer, ...chosen], id, (o) => o);
    const correctIndex = options.indexOf(answer);
    // The question naming the answer (by a glossary synonym: «repo add» for «Добавить репозиторий») asks nothing.
    const asked = termsOf(question, analyzer);
    const named = termsOf(answer, analyzer);
    if ([...named].every((term) => asked.has(term))) return;
    if (echoesQuestion(question, options, correctIndex, analyzer)) return;
    cards.push({
      id,
      topicId: entry.passage.topicId,
      question,
      options,
      correctIndex,
      explanation: `${entry.command} — ${entry.purpose}`,
      source: cardSource(entry.passage),
      origin: "generated",
      kind: "command",
    });
  };
  for (const entry of commands) {
    make(entry, `${COMMAND_PROMPT}\n${entry.command}`, entry.purpose, (other) => other.purpose);
    make(entry, `${REVERSE_PROMPT}\n«${entry.purpose}»`, entry.command, (other) => other.command);
  }
  return cards;
}
