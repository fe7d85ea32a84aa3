// Renders search answers for the terminal (`npm run ask`): ANSI bold for matched words, indented code.
import type { Passage } from "../knowledge/types.ts";
import { previewOf, sectionName } from "../search/snippet.ts";
import type { Answer, Hit } from "../search/types.ts";

const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";
const RESET = "\u001b[0m";

/** One hit as terminal text: source line, then the snippet. `color` false gives plain text. */
export function renderHit(hit: Hit, color = true): string {
  const b = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
  const d = (s: string) => (color ? `${DIM}${s}${RESET}` : s);
  const source = [hit.passage.topicTitle, ...hit.passage.headingPath].join(" › ");
  const body = hit.snippet.blocks
    .map((block) => {
      const text = block.segments.map((s) => (s.mark ? b(s.text) : s.text)).join("");
      return block.code ? text.replace(/^/gm, "    ") : text;
    })
    .join("\n\n");
  return `${d(`📄 ${source}`)}\n${body}${hit.snippet.truncated ? " …" : ""}`;
}

/** «Тема › Раздел › Подраздел» of a passage in a list, its first words standing in for a missing heading. */
function place(passage: Passage): string {
  const headings = passage.headingPath.length > 0 ? passage.headingPath : [sectionName(passage, 60)];
  return [passage.topicTitle, ...headings].join(" › ");
}

/** A whole answer as terminal text. */
export function renderAnswer(answer: Answer, color = true): string {
  if (answer.kind === "nothing") {
    const topics = answer.suggestions.map((t) => `  • ${t.title}`).join("\n");
    return `Ничего не нашёл по запросу «${answer.query}». Попробуйте переформулировать или загляните в темы:\n${topics}`;
  }
  if (answer.kind === "uncertain") {
    const b = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
    const options = answer.candidates.map((h) => {
      const preview = previewOf(h.snippet)
        .segments.map((s) => (s.mark ? b(s.text) : s.text))
        .join("");
      return `  • ${place(h.passage)}${preview ? `\n    ${preview}` : ""}`;
    });
    return `Точного ответа нет. Возможно, вы про:\n${options.join("\n")}`;
  }
  const parts = answer.hits.map((h) => renderHit(h, color));
  if (answer.leadsInto && parts.length > 0) {
    parts[0] = `${parts[0]}\n${answer.leadsInto.map((s) => `  • ${s.heading}`).join("\n")}`;
  }
  if (answer.compared && answer.hits.length === 2) {
    parts[0] = `— ${answer.compared[0]}:\n${parts[0]}`;
    parts[1] = `— ${answer.compared[1]}:\n${parts[1]}`;
  }
  if (answer.more.length > 0) {
    const more = answer.more.map((h) => `  • ${place(h.passage)}`);
    parts.push(`Ещё по теме:\n${more.join("\n")}`);
  }
  return parts.join("\n\n");
}
