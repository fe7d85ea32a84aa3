// Builders of Telegram updates, as a user's client would produce them.
import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";
import { FAKE_BOT } from "./fake-bot-api.ts";

/** An update without its id; the fake Bot API or the test numbers it. */
export type UpdateBody = Omit<Update, "update_id">;

let nextMessageId = 1;
const now = () => Math.floor(Date.now() / 1000);

/** A human user with id `id`. */
export function user(id: number, firstName = `User${id}`): User {
  return { id, is_bot: false, first_name: firstName, language_code: "ru" };
}

export function privateChat(userId: number): Chat.PrivateChat {
  return { id: userId, type: "private", first_name: `User${userId}` };
}

export function groupChat(id = -100500): Chat.GroupChat {
  return { id, type: "group", title: "Kubernetes study group" };
}

/** Entities a client would attach: a leading bot command, and @mentions. */
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,}/g)) {
    if (command && m.index < command[0].length) continue;
    entities.push({ type: "mention", offset: m.index, length: m[0].length });
  }
  return entities;
}

interface MessageOptions {
  from?: User;
  chat?: Chat;
  replyTo?: Message;
  /** Sent on behalf of a chat: the group itself (an anonymous admin) or a channel. */
  senderChat?: Chat;
}

/** What every message from a user has: a new id, the time, the chat (their private chat unless given), the sender. */
function envelope(options: MessageOptions): {
  message_id: number;
  date: number;
  chat: Chat;
  from: User;
  sender_chat?: Chat;
} {
  const from = options.from ?? user(1001);
  return {
    message_id: nextMessageId++,
    date: now(),
    chat: options.chat ?? privateChat(from.id),
    from,
    ...(options.senderChat ? { sender_chat: options.senderChat } : {}),
  };
}

function textMessage(text: string, options: MessageOptions = {}): Message.TextMessage {
  const entities = entitiesOf(text);
  return {
    ...envelope(options),
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(options.replyTo ? { reply_to_message: options.replyTo as Message.TextMessage } : {}),
  } as Message.TextMessage;
}

/** A text message (commands and mentions get their entities). */
export function message(text: string, options: MessageOptions = {}): UpdateBody {
  return { message: textMessage(text, options) } as UpdateBody;
}

/** A command such as `command("topic", "сервисы")` → «/topic сервисы». */
export function command(name: string, args = "", options: MessageOptions = {}): UpdateBody {
  return message(args ? `/${name} ${args}` : `/${name}`, options);
}

/** The user edited an earlier message to say `text`. */
export function editedMessage(text: string, options: MessageOptions = {}): UpdateBody {
  return { edited_message: { ...textMessage(text, options), edit_date: now() } } as UpdateBody;
}

/** A sticker. */
export function sticker(options: MessageOptions = {}): UpdateBody {
  return {
    message: {
      ...envelope(options),
      sticker: {
        file_id: "sticker-file",
        file_unique_id: "sticker-unique",
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: "🙂",
      },
    },
  } as UpdateBody;
}

/** A message in a group chat from `from`. */
export function groupMessage(text: string, options: MessageOptions = {}): UpdateBody {
  return message(text, { chat: groupChat(), ...options });
}

/** A press of a button with `data` under the bot's `messageOf` message. */
export function callbackQuery(data: string, messageOf: Message, from: User = user(1001)): UpdateBody {
  return {
    callback_query: {
      id: String(Math.floor(Math.random() * 1e12)),
      from,
      chat_instance: "chat-instance",
      message: messageOf,
      data,
    },
  };
}

/** A message from the bot itself, e.g. to reply to in a group. */
export function botMessage(text: string, chat: Chat): Message {
  return { message_id: nextMessageId++, date: now(), chat, from: FAKE_BOT, text } as Message;
}

/** The user blocked (`kicked`) or unblocked (`member`) the bot. */
export function myChatMember(userId: number, status: "kicked" | "member"): UpdateBody {
  const from = user(userId);
  return {
    my_chat_member: {
      chat: privateChat(userId),
      from,
      date: now(),
      old_chat_member: { status: status === "kicked" ? "member" : "kicked", user: FAKE_BOT } as never,
      new_chat_member: { status, user: FAKE_BOT, ...(status === "kicked" ? { until_date: 0 } : {}) } as never,
    },
  };
}

/** Numbers a body, for `bot.handleUpdate`. */
export function withId(body: UpdateBody, id: number): Update {
  return { ...body, update_id: id } as Update;
}

/** The user voted for `optionIds` (as shown) in the poll `pollId`; an empty list retracts the vote. */
export function pollAnswer(pollId: string, from: User, optionIds: number[]): UpdateBody {
  return {
    poll_answer: {
      poll_id: pollId,
      user: from,
      option_ids: optionIds,
      option_persistent_ids: optionIds.map(String),
    },
  };
}

let nextInlineQueryId = 1;

/** The user typed «@bot `query`» in some chat: an inline query, with a fresh id. */
export function inlineQuery(query: string, from: User = user(1001)): UpdateBody {
  return {
    inline_query: { id: `iq${nextInlineQueryId++}`, from, query, offset: "", chat_type: "supergroup" },
  };
}

/** A document message: `file` as `FakeBotApi.addFile` returned it, under `fileName`. */
export function document(
  fileName: string,
  file: { file_id: string; file_unique_id: string; file_size: number },
  options: MessageOptions = {},
): UpdateBody {
  return {
    message: {
      ...envelope(options),
      document: { ...file, file_name: fileName },
    },
  } as UpdateBody;
}

/** The user who stands for an anonymous group admin (Telegram's GroupAnonymousBot). */
export const ANONYMOUS_ADMIN: User = {
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};

/** `from` added the bot to the group `chat` (`member`), or removed it (`left`, `kicked`). */
export function botInGroup(
  chat: Chat,
  status: "member" | "left" | "kicked",
  from: User = user(1001),
): UpdateBody {
  return {
    my_chat_member: {
      chat,
      from,
      date: now(),
      old_chat_member: { status: status === "member" ? "left" : "member", user: FAKE_BOT } as never,
      new_chat_member: { status, user: FAKE_BOT, ...(status === "kicked" ? { until_date: 0 } : {}) } as never,
    },
  };
}

/** The service message in the old group `chat` when it became the supergroup `to`. */
export function migratedTo(chat: Chat, to: number, from: User = user(1001)): UpdateBody {
  return { message: { ...envelope({ chat, from }), migrate_to_chat_id: to } } as UpdateBody;
}
