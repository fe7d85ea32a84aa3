// Inline keyboards and the compact callback data behind their buttons (Telegram allows at most 64 bytes).
import { InlineKeyboard } from "grammy";
import type { Topic } from "../knowledge/types.ts";
import { SECTIONS_PER_PAGE, sectionsCount, shorten, topicPages } from "./render.ts";

/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** What a button asks for. Topics are named by a {@link topicKey}. */
export type Action =
  /** «Ещё»: the next passages of a remembered answer, from `offset`. */
  | { kind: "more"; answerId: string; offset: number }
  /** A page of a topic's sections, edited into the same message. */
  | { kind: "topic"; topic: string; page: number }
  /** A topic's sections, sent as a new message (from an answer). */
  | { kind: "open"; topic: string }
  /** One section in full. */
  | { kind: "section"; topic: string; index: number }
  /** The list of topics, edited into the same message. */
  | { kind: "topics" }
  /** One of the example questions of /start. */
  | { kind: "example"; index: number };

/** Callback data for an action; topic keys go last so they may contain `:`. */
export function encodeAction(action: Action): string {
  switch (action.kind) {
    case "more":
      return `m:${action.offset}:${action.answerId}`;
    case "topic":
      return `t:${action.page}:${action.topic}`;
    case "open":
      return `o:${action.topic}`;
    case "section":
      return `s:${action.index}:${action.topic}`;
    case "topics":
      return "T";
    case "example":
      return `x:${action.index}`;
  }
}

/** The action behind callback data, or undefined for data this bot never made. */
export function decodeAction(data: string): Action | undefined {
  const match = /^(?:([mts]):(\d{1,6}):(.+)|o:(.+)|x:(\d{1,3})|(T))$/s.exec(data);
  if (!match) return undefined;
  const [, kind, number, rest, open, example, topics] = match;
  if (topics) return { kind: "topics" };
  if (open !== undefined) return { kind: "open", topic: open };
  if (example !== undefined) return { kind: "example", index: Number(example) };
  const n = Number(number);
  if (kind === "m") return { kind: "more", answerId: rest as string, offset: n };
  if (kind === "t") return { kind: "topic", topic: rest as string, page: n };
  return { kind: "section", topic: rest as string, index: n };
}

/** How buttons name a topic: its id when short enough, else `#` and its position. */
export function topicKey(topic: Topic, topics: Topic[]): string {
  return Buffer.byteLength(topic.id) <= 40 ? topic.id : `#${topics.indexOf(topic)}`;
}

/** The topic a {@link topicKey} names. */
export function topicByKey(key: string, topics: Topic[]): Topic | undefined {
  if (key.startsWith("#")) return topics[Number(key.slice(1))];
  return topics.find((t) => t.id === key);
}

type Button = ReturnType<typeof InlineKeyboard.text>;

function button(label: string, action: Action): Button {
  return InlineKeyboard.text(label, encodeAction(action));
}

/** A keyboard of the non-empty rows. */
function keyboardOf(rows: Button[][]): InlineKeyboard {
  return InlineKeyboard.from(rows.filter((row) => row.length > 0));
}

/** Buttons under an answer: «Ещё» when more passages wait, and the topic(s) the answer came from. */
export function answerKeyboard(
  more: { answerId: string; offset: number } | undefined,
  answerTopics: Topic[],
  topics: Topic[],
): InlineKeyboard | undefined {
  const row: Button[] = [];
  if (more) row.push(button("Ещё", { kind: "more", ...more }));
  const unique = answerTopics.filter((t, i) => answerTopics.indexOf(t) === i).slice(0, 2);
  for (const topic of unique) {
    const label = unique.length > 1 ? `Тема целиком: ${shorten(topic.title, 24)}` : "Тема целиком";
    row.push(button(label, { kind: "open", topic: topicKey(topic, topics) }));
  }
  return row.length > 0 ? keyboardOf([row]) : undefined;
}

/** One button per topic, with its section count. */
export function topicListKeyboard(list: Topic[], topics: Topic[], edit = true): InlineKeyboard {
  return keyboardOf(
    list.map((topic) => {
      const key = topicKey(topic, topics);
      const label = `${shorten(topic.title, 40)} · ${sectionsCount(topic.sections.length)}`;
      return [button(label, edit ? { kind: "topic", topic: key, page: 0 } : { kind: "open", topic: key })];
    }),
  );
}

/** A topic page: its sections to open, ◀ ▶ between pages, and the way back to all topics. */
export function topicKeyboard(topic: Topic, page: number, topics: Topic[]): InlineKeyboard {
  const key = topicKey(topic, topics);
  const first = page * SECTIONS_PER_PAGE;
  const sections = topic.sections.slice(first, first + SECTIONS_PER_PAGE).map((section, i) => {
    const index = first + i;
    return [
      button(`${index + 1}. ${shorten(section.heading || topic.title, 40)}`, {
        kind: "section",
        topic: key,
        index,
      }),
    ];
  });
  const pages = topicPages(topic);
  const paging: Button[] = [];
  if (page > 0) paging.push(button("◀", { kind: "topic", topic: key, page: page - 1 }));
  if (page < pages - 1) paging.push(button("▶", { kind: "topic", topic: key, page: page + 1 }));
  return keyboardOf([...sections, paging, [button("↩ Все темы", { kind: "topics" })]]);
}

/** Under a section: the next section, and the way back to the topic. */
export function sectionKeyboard(topic: Topic, index: number, topics: Topic[]): InlineKeyboard {
  const key = topicKey(topic, topics);
  const row: Button[] = [];
  if (index + 1 < topic.sections.length) {
    row.push(button("Следующий раздел ▶", { kind: "section", topic: key, index: index + 1 }));
  }
  row.push(button("↩ К теме", { kind: "open", topic: key }));
  return keyboardOf([row]);
}

/** The example questions of /start, one per row. */
export function examplesKeyboard(examples: string[]): InlineKeyboard {
  return keyboardOf(
    examples.map((example, index) => [button(shorten(example, 60), { kind: "example", index })]),
  );
}
