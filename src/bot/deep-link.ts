// Deep links into the bot's chat, https://t.me/<bot>?start=<payload>, and what a /start payload opens: a
// passage, a topic or the topic list. Telegram allows 1–64 characters of [A-Za-z0-9_-] in a payload, so a link
// names a passage by its topic and position in it, never by the question that found it.
import type { Passage, Topic } from "../knowledge/types.ts";

/** Telegram's limit on a /start payload, in characters (all of them ASCII). */
export const START_PAYLOAD_LIMIT = 64;

/** The payload that opens the list of topics. */
export const TOPICS_PAYLOAD = "topics";

/** A payload that opens nothing in particular: /start with it greets like a plain /start. */
export const GREETING_PAYLOAD = "hello";

/** What a /start payload opens, with its topic looked up in the notes as they are now. */
export type StartTarget =
  | { kind: "passage"; topic: Topic; order: number }
  | { kind: "topic"; topic: Topic }
  | { kind: "topics" }
  /** A link this bot made to a topic no longer in the notes. */
  | { kind: "gone" };

const SAFE = /^[A-Za-z0-9_-]+$/;
/** Room left for the topic once the longest passage prefix («p999999_» and a kind letter) is taken. */
const TOPIC_ROOM = START_PAYLOAD_LIMIT - 9;

/**
 * How a payload names a topic: `i` and its id when the id is payload-safe, else `b` and the id's UTF-8 in
 * base64url (a Cyrillic file name), else — an id too long for either — `n` and its position among the topics,
 * which a reload of the notes may shift.
 */
function topicRef(topic: Topic, topics: readonly Topic[]): string {
  if (SAFE.test(topic.id) && topic.id.length < TOPIC_ROOM) return `i${topic.id}`;
  const encoded = Buffer.from(topic.id, "utf8").toString("base64url");
  if (encoded.length < TOPIC_ROOM) return `b${encoded}`;
  return `n${topics.indexOf(topic)}`;
}

function topicOf(ref: string, topics: readonly Topic[]): Topic | undefined {
  const rest = ref.slice(1);
  switch (ref[0]) {
    case "i":
      return topics.find((t) => t.id === rest);
    case "b": {
      const id = Buffer.from(rest, "base64url").toString("utf8");
      return topics.find((t) => t.id === id);
    }
    case "n":
      return /^\d{1,6}$/.test(rest) ? topics[Number(rest)] : undefined;
    default:
      return undefined;
  }
}

/** The payload that opens `passage` in the bot's chat; `topics` are the notes' topics, the passage's among them. */
export function passagePayload(passage: Passage, topics: readonly Topic[]): string | undefined {
  const topic = topics.find((t) => t.id === passage.topicId);
  return topic && `p${passage.order}_${topicRef(topic, topics)}`;
}

/** The payload that opens `topic`'s sections in the bot's chat. */
export function topicPayload(topic: Topic, topics: readonly Topic[]): string {
  return `t_${topicRef(topic, topics)}`;
}

/** `https://t.me/<botUsername>?start=<payload>`. */
export function startLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}

/**
 * What a /start payload opens, or `undefined` for a payload this bot never made (a plain /start). A passage
 * past the end of its topic is still returned: the caller finds it gone and says so.
 */
export function startTarget(payload: string, topics: readonly Topic[]): StartTarget | undefined {
  if (payload === TOPICS_PAYLOAD) return { kind: "topics" };
  const match = /^(?:p(\d{1,6})|(t))_([ibn][A-Za-z0-9_-]+)$/.exec(payload);
  if (!match) return undefined;
  const [, order, , ref] = match;
  const topic = topicOf(ref as string, topics);
  if (!topic) return { kind: "gone" };
  return order === undefined ? { kind: "topic", topic } : { kind: "passage", topic, order: Number(order) };
}
