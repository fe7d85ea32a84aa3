// Notes kept in RemNote and exported as Markdown: an outline of bullets, most of them flashcards. «MTU :: макс.
// размер…» is a concept and its definition, «на каком уровне работает свитч >> L2» a question and its answer («<<»
// and «<>» the same both ways), «Уровни OSI >>>» a question whose answer is the bullets under it, «{{VLAN}} отделяет…»
// a cloze. Read as written, the card's marks were words between the term and what defines it. Pure: text in,
// Markdown out.

import { codeLines } from "./code.ts";

/** A card on a bullet: its term or question, its mark, its answer (none for a card answered by its children). */
const CARD = /^([ \t]*[-*+][ \t]+)(.+?)[ \t]+(::|>>|<<|<>)[ \t]+(\S.*)$/u;
const MULTILINE_CARD = /^([ \t]*[-*+][ \t]+)(.+?)[ \t]*(?:>>>|<<<|<><|:::)[ \t]*$/u;
/** A cloze: «{{VLAN}}», «{{Flow control}}». */
const CLOZE = /\{\{([^{}\n]+)\}\}/gu;
/** RemNote's tag: «#[[Сети]]». */
const TAG = /#\[\[([^\]\n]+)\]\]/gu;
/** An export has at least this many cards. */
const MIN_CARDS = 4;

/** Whether a mark found on a line is in its prose, not inside inline code («`cat a >> b`»). */
function outsideCode(line: string, index: number): boolean {
  return (line.slice(0, index).match(/`/gu) ?? []).length % 2 === 0;
}

/** The card a line is, when it is one: not a mark inside inline code, nor a fence's line. */
function cardOf(line: string): RegExpExecArray | null {
  const card = CARD.exec(line) ?? MULTILINE_CARD.exec(line);
  if (card === null) return null;
  const at = (card[1] as string).length + (card[2] as string).length;
  return outsideCode(line, at) ? card : null;
}

/**
 * Markdown for RemNote's export: a concept card «term :: definition» and a question card «question >> answer» become
 * «term — definition», «question — answer»; a card answered by its children «question:» over them; a cloze its
 * words; a tag «#[[Сети]]» Markdown's «#Сети». Undefined for text with fewer than four cards (another outline that
 * says «a :: b» once is as written). Code blocks are never changed.
 */
export function remnoteToMarkdown(source: string): string | undefined {
  // Most notes have no card's mark at all: they are passed over without reading their lines.
  if (!/[ \t](?:::|>>|<<|<>)(?:[ \t]|>?$)|(?:>>>|<<<|<><|:::)[ \t]*$/mu.test(source)) return undefined;
  const lines = source.split("\n");
  const isCode = codeLines(lines);
  if (lines.filter((line, i) => !isCode[i] && cardOf(line) !== null).length < MIN_CARDS) return undefined;
  return lines
    .map((line, i) => {
      if (isCode[i]) return line;
      const card = cardOf(line);
      const text =
        card === null
          ? line
          : card[4] === undefined
            ? `${card[1]}${card[2]}:`
            : `${card[1]}${card[2]} — ${card[4]}`;
      return text.replace(CLOZE, "$1").replace(TAG, (_, tag: string) => `#${tag.replace(/\s+/gu, "_")}`);
    })
    .join("\n");
}
