// Pure rendering of answers and topics as inline query results («@bot вопрос» in any chat): one article per
// passage, its message the same Telegram HTML a normal answer shows, with an «Открыть в боте» deep link.
import type { InlineKeyboardMarkup, InlineQueryResultArticle, InlineQueryResultsButton } from "grammy/types";
import type { Passage, Topic } from "../knowledge/types.ts";
import { shorten } from "../quote.ts";
import { firstWords, sectionName } from "../search/snippet.ts";
import type { Answer, Hit } from "../search/types.ts";
import { passagePayload, startLink, TOPICS_PAYLOAD, topicPayload } from "./deep-link.ts";
import { type Block, MESSAGE_LIMIT, paginate, sectionsCount, snippetBlocks, sourceLine } from "./render.ts";

/** How many passages an inline answer lists. */
export const INLINE_PASSAGES = 5;

/** Telegram's limit on the results of one inline answer. */
export const INLINE_RESULTS_LIMIT = 50;

/** The label of the deep link under every inline result. */
export const OPEN_IN_BOT = "Открыть в боте";

/** Marks text cut to fit one message. */
const CUT = " …";

/** What to answer an inline query with: the results, and the button above them, if any. */
export interface InlineReply {
  results: InlineQueryResultArticle[];
  button?: InlineQueryResultsButton;
}

/** The visible length of Telegram HTML made by `paginate` (its own text, before entities are parsed). */
function visibleLength(blocks: Block[]): number {
  return blocks.reduce(
    (sum, block, i) => sum + (i > 0 ? 2 : 0) + block.reduce((n, r) => n + r.text.length, 0),
    0,
  );
}

/**
 * `body` then `tail` as one message of at most MESSAGE_LIMIT characters: an inline result cannot be split in
 * parts as a reply is, so a body too long is cut at a block or line end and marked «…»; the tail always stays.
 */
function oneMessage(body: Block[], tail: Block[]): string {
  const [tailHtml = ""] = paginate(tail);
  const room = MESSAGE_LIMIT - visibleLength(tail) - 2 - CUT.length;
  const [first, ...rest] = paginate(body, room);
  if (first === undefined) return tailHtml;
  return `${first}${rest.length > 0 ? CUT : ""}${tailHtml ? `\n\n${tailHtml}` : ""}`;
}

/**
 * One passage found for a question, as a normal answer shows it — the snippet with the matched words in bold,
 * then «📄 Тема › Раздел» — in one message.
 */
export function renderHitMessage(hit: Hit): string {
  const [source] = sourceLine(hit.passage);
  const tail: Block = source ? [{ ...source, text: shorten(source.text, 300) }] : [];
  return oneMessage(snippetBlocks(hit.snippet), [tail]);
}

/** A topic as one message: its title, other names, and every section heading (cut to fit). */
export function renderTopicCard(topic: Topic): string {
  const blocks: Block[] = [[{ text: shorten(topic.title, 200), style: "bold" }]];
  if (topic.aliases.length > 0)
    blocks.push([{ text: `Также: ${shorten(topic.aliases.join(", "), 300)}`, style: "italic" }]);
  const headings = topic.sections.map((s, i) => `${i + 1}. ${shorten(s.heading || topic.title, 200)}`);
  blocks.push([
    {
      text: headings.length > 0 ? `Разделы:\n${headings.join("\n")}` : "В теме пока нет разделов.",
      style: "plain",
    },
  ]);
  return oneMessage(blocks, []);
}

/** «Тема › Раздел»: the topic and the passage's own heading, or its first words when it has none. */
function passageTitle(passage: Passage): string {
  return `${shorten(passage.topicTitle, 60)} › ${sectionName(passage, 80)}`;
}

function openInBot(botUsername: string, payload: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: OPEN_IN_BOT, url: startLink(botUsername, payload) }]] };
}

function article(
  id: string,
  title: string,
  description: string,
  html: string,
  botUsername: string,
): InlineQueryResultArticle {
  return {
    type: "article",
    id,
    title,
    description,
    input_message_content: {
      message_text: html,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
    reply_markup: openInBot(botUsername, id),
  };
}

/**
 * The inline results for an answer: up to {@link INLINE_PASSAGES} passages (the answer's, then those «Ещё»
 * would show), or an uncertain answer's candidates, their descriptions starting «Возможно:». Nothing found
 * lists nothing, with a button above the empty list to the topics in the bot's chat. Each result's id is its
 * deep-link payload: at most 64 ASCII characters, unique per passage.
 */
export function inlineAnswer(answer: Answer, topics: readonly Topic[], botUsername: string): InlineReply {
  if (answer.kind === "nothing") {
    return {
      results: [],
      button: { text: "Ничего не нашёл — темы конспекта", start_parameter: TOPICS_PAYLOAD },
    };
  }
  const hits = answer.kind === "found" ? [...answer.hits, ...answer.more] : answer.candidates;
  const results: InlineQueryResultArticle[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const payload = passagePayload(hit.passage, topics);
    if (payload === undefined || seen.has(payload)) continue;
    seen.add(payload);
    const words = firstWords(hit.passage);
    const description = answer.kind === "uncertain" ? `Возможно: ${words}` : words;
    results.push(
      article(payload, passageTitle(hit.passage), description, renderHitMessage(hit), botUsername),
    );
    if (results.length >= INLINE_PASSAGES) break;
  }
  return { results };
}

/** The inline results for an empty query: the topics, each sending its sections, linked to it in the bot. */
export function inlineTopics(topics: readonly Topic[], botUsername: string): InlineReply {
  return {
    results: topics.slice(0, INLINE_RESULTS_LIMIT).map((topic) => {
      const names = topic.aliases.length > 0 ? ` · ${topic.aliases.slice(0, 4).join(", ")}` : "";
      return article(
        topicPayload(topic, topics),
        shorten(topic.title, 140),
        shorten(`${sectionsCount(topic.sections.length)}${names}`, 120),
        renderTopicCard(topic),
        botUsername,
      );
    }),
  };
}
