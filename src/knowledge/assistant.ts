// A conversation with a chat assistant copied from its window into Markdown notes: what the learner asked heads the
// answer, code the copy left without its fence gets one back, and the window's buttons and the assistant's offers
// go. Pure: no I/O.

import { assistantLine } from "./clean.ts";

/** The line a chat window puts over what its user asked. */
const ASKED_TURN = /^[ \t]*(?:вы сказали|you said)[ \t]*:[ \t]*$/iu;
/** The line a chat window puts over the assistant's answer. */
const ANSWER_TURN = /^[ \t]*(?:chatgpt|chatgpt сказал|chatgpt said)[ \t]*:?[ \t]*$/iu;
/** The buttons over a code block the window showed with its language: «Копировать код», «Copy code», «Edit». */
const CODE_BUTTON = /^[ \t]*(?:копировать(?: код)?|copy(?: code)?|редактировать|edit)[ \t]*$/iu;
/** A code block's language as the window shows it on a line of its own over the block. */
const LANGUAGE =
  /^[ \t]*(?:yaml|yml|bash|sh|shell|zsh|console|json|python|text|plaintext|go|javascript|js|typescript|ts|sql|dockerfile|ini|toml|nginx|makefile|powershell|css|html|xml|java|c|cpp|c\+\+|csharp|c#|rust|ruby|php|kotlin|swift|lua|perl|scala|hcl|diff|graphql|ruby)[ \t]*$/iu;
const HEADING = /^(#{1,6})[ \t]+\S/u;
/** A line of prose, not code: Russian words outside a `#` comment. */
const PROSE = /^[^#]*\p{Script=Cyrillic}/u;
/** A reply that only asks the assistant to go on with what it offered: «покажи», «давай», «да». */
const GO_ON =
  /^(?:да|ага|ок|окей|давай|покажи|продолжай|подробнее|ещ[её]|yes|ok|sure|go on|continue|please)[\s.!,)]*$/iu;
/** What the learner asked heads the answer when it is at most this long; a longer one opens it. */
const MAX_QUESTION_CHARS = 160;

/** Whether Markdown is a conversation copied from a chat assistant's window: its user's turns and the answers. */
export function isAssistantChat(body: string): boolean {
  const lines = body.split("\n");
  return lines.some((l) => ASKED_TURN.test(l)) && lines.some((l) => ANSWER_TURN.test(l));
}

/**
 * The Markdown of a conversation copied from a chat assistant's window ({@link isAssistantChat}). «Вы сказали:»,
 * the question, «ChatGPT сказал:» become a heading one level above the answer's own, so the answer's sections stand
 * under what was asked; «yaml» and «Копировать код» over unfenced code open a fence that closes before the prose
 * after it; the window's buttons and the assistant's offers («Если хочешь, могу…») are dropped.
 */
export function assistantChatAsMarkdown(body: string): string {
  const lines = body.split("\n");
  const levels = lines.flatMap((l, i) => {
    const level = HEADING.exec(l)?.[1]?.length;
    // The note's title, a `#` heading on its first line, is over the whole conversation.
    return level === undefined || (i === firstText(lines) && level === 1) ? [] : [level];
  });
  const questionLevel = Math.max(1, Math.min(7, ...levels) - 1);
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence !== undefined) {
      out.push(line);
      if (line.trim() === fence) fence = undefined;
      continue;
    }
    const opens = /^[ \t]*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (opens !== undefined) {
      fence = opens;
      out.push(line);
      continue;
    }
    if (ASKED_TURN.test(line)) {
      let end = i + 1;
      while (
        end < lines.length &&
        !ANSWER_TURN.test(lines[end] as string) &&
        !ASKED_TURN.test(lines[end] as string)
      )
        end++;
      const asked = lines
        .slice(i + 1, end)
        .map((l) => l.trim())
        .filter(Boolean)
        .join(" ");
      // «покажи» goes on with the answer before it, under its question.
      if (GO_ON.test(asked)) {
      } else if (asked !== "" && asked.length <= MAX_QUESTION_CHARS)
        out.push("", `${"#".repeat(questionLevel)} ${asked}`, "");
      else if (asked !== "") out.push("", asked, "");
      i = ANSWER_TURN.test(lines[end] ?? "") ? end : end - 1;
      continue;
    }
    if (LANGUAGE.test(line) && CODE_BUTTON.test(lines[i + 1] ?? "")) {
      let start = i + 1;
      while (CODE_BUTTON.test(lines[start] ?? "")) start++;
      const end = unfencedCodeEnd(lines, start);
      out.push(`\`\`\`${line.trim().toLowerCase()}`, ...lines.slice(start, end), "```");
      i = end - 1;
      continue;
    }
    out.push(assistantLine(line));
  }
  return out.join("\n");
}

/** The index of the first line with text. */
function firstText(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() !== "");
}

/**
 * Where code the window showed without its fence ends: before the first line of prose, heading or turn after it,
 * blank lines before that left outside the block.
 */
function unfencedCodeEnd(lines: readonly string[], start: number): number {
  let end = start;
  let last = start;
  while (end < lines.length) {
    const line = lines[end] as string;
    if (line.trim() !== "") {
      const unindented = !/^[ \t]/u.test(line);
      if (end > start && unindented && (PROSE.test(line) || HEADING.test(line))) break;
      if (ASKED_TURN.test(line) || ANSWER_TURN.test(line) || CODE_BUTTON.test(line)) break;
      last = end + 1;
    }
    end++;
  }
  return last;
}
