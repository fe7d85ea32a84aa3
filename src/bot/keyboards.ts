// Inline keyboards and the compact callback data behind their buttons (Telegram allows at most 64 bytes).
import { InlineKeyboard } from "grammy";
import type { Passage, Topic } from "../knowledge/types.ts";
import { sectionName } from "../search/snippet.ts";
import type { LedSection } from "../search/types.ts";
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
  | { kind: "example"; index: number }
  /** One passage, by its topic and its position in it (passage ids may be too long for callback data). */
  | { kind: "passage"; topic: string; order: number }
  /** «👍» under a remembered answer. */
  | { kind: "vote"; answerId: string }
  /** «Не то» under a remembered answer: show the next candidates to pick from. */
  | { kind: "notThat"; answerId: string }
  /** A candidate picked after «Не то»: opens the passage, and records the pick while the answer is remembered. */
  | { kind: "pick"; answerId: string; topic: string; order: number };

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
    case "passage":
      return `p:${action.order}:${action.topic}`;
    case "vote":
      return `v:${action.answerId}`;
    case "notThat":
      return `n:${action.answerId}`;
    case "pick":
      return `k:${action.order}:${action.answerId}:${action.topic}`;
  }
}

/** The action behind callback data, or undefined for data this bot never made. */
export function decodeAction(data: string): Action | undefined {
  const feedback = /^(?:([vn]):([0-9a-z]{1,16})|k:(\d{1,6}):([0-9a-z]{1,16}):(.+))$/s.exec(data);
  if (feedback) {
    const [, kind, answerId, order, pickedFrom, topic] = feedback;
    if (kind === "v") return { kind: "vote", answerId: answerId as string };
    if (kind === "n") return { kind: "notThat", answerId: answerId as string };
    return { kind: "pick", answerId: pickedFrom as string, topic: topic as string, order: Number(order) };
  }
  const match = /^(?:([mtsp]):(\d{1,6}):(.+)|o:(.+)|x:(\d{1,3})|(T))$/s.exec(data);
  if (!match) return undefined;
  const [, kind, number, rest, open, example, topics] = match;
  if (topics) return { kind: "topics" };
  if (open !== undefined) return { kind: "open", topic: open };
  if (example !== undefined) return { kind: "example", index: Number(example) };
  const n = Number(number);
  if (kind === "m") return { kind: "more", answerId: rest as string, offset: n };
  if (kind === "t") return { kind: "topic", topic: rest as string, page: n };
  if (kind === "p") return { kind: "passage", topic: rest as string, order: n };
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

/**
 * Buttons under an answer: the sections it leads into (`led`, two to a row), each opening it; «Ещё» when
 * more passages wait, and the topic(s) the answer came from; with `feedback`, a row «👍» «Не то» for the
 * remembered answer it names.
 */
export function answerKeyboard(
  more: { answerId: string; offset: number } | undefined,
  answerTopics: Topic[],
  topics: Topic[],
  feedback?: { answerId: string },
  led: readonly LedSection[] = [],
): InlineKeyboard | undefined {
  const sections: Button[][] = [];
  for (const s of led) {
    const topic = topics.find((t) => t.id === s.topicId);
    if (!topic) continue;
    const open = button(shorten(s.heading, 30), {
      kind: "section",
      topic: topicKey(topic, topics),
      index: s.section,
    });
    const last = sections.at(-1);
    if (last && last.length < 2) last.push(open);
    else sections.push([open]);
  }
  const row: Button[] = [];
  if (more) row.push(button("Ещё", { kind: "more", ...more }));
  const unique = answerTopics.filter((t, i) => answerTopics.indexOf(t) === i).slice(0, 2);
  for (const topic of unique) {
    const label = unique.length > 1 ? `Тема целиком: ${shorten(topic.title, 24)}` : "Тема целиком";
    row.push(button(label, { kind: "open", topic: topicKey(topic, topics) }));
  }
  const votes = feedback
    ? [button("👍", { kind: "vote", ...feedback }), button("Не то", { kind: "notThat", ...feedback })]
    : [];
  return sections.length > 0 || row.length > 0 || votes.length > 0
    ? keyboardOf([...sections, row, votes])
    : undefined;
}

/** «Тема › Раздел» for a button: the topic and the passage's own heading (or first words), each shortened. */
export function passageLabel(passage: Passage): string {
  return `${shorten(passage.topicTitle, 28)} › ${sectionName(passage, 34)}`;
}

/**
 * One button per candidate passage, each opening it. With `pickFor` (the id of a remembered answer), a press
 * also counts as choosing that passage as the answer to the question (after «Не то»). With `named` (the topic
 * the question names), a last button opens that topic whole.
 */
export function candidatesKeyboard(
  candidates: Passage[],
  topics: Topic[],
  pickFor?: string,
  named?: Topic,
): InlineKeyboard {
  const rows = candidates.flatMap((passage) => {
    const topic = topics.find((t) => t.id === passage.topicId);
    if (!topic) return [];
    const where = { topic: topicKey(topic, topics), order: passage.order };
    const action: Action =
      pickFor === undefined ? { kind: "passage", ...where } : { kind: "pick", answerId: pickFor, ...where };
    return [[button(passageLabel(passage), action)]];
  });
  if (named !== undefined && topics.includes(named))
    rows.push([
      button(`Тема целиком: ${shorten(named.title, 40)}`, { kind: "open", topic: topicKey(named, topics) }),
    ]);
  return keyboardOf(rows);
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
