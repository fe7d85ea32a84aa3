// Reading the recorded Bot API calls as a user would see them: text, buttons, the message sent.
import type { Message } from "grammy/types";
import type { ApiCall } from "./fake-bot-api.ts";
import { checkTelegramHtml } from "./telegram-html.ts";

export type Button = { text: string; callback_data?: string };

/** The inline buttons under a sent message, row after row. */
export const buttons = (call: ApiCall | undefined): Button[] =>
  (
    (call?.payload.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []
  ).flat();

/** The text as sent (HTML for most messages). */
export const textOf = (call: ApiCall | undefined) => String(call?.payload.text ?? "");

/** What the user sees: tags removed and entities decoded. */
export const shown = (call: ApiCall | undefined) => checkTelegramHtml(textOf(call)).text;

/** The message Telegram returned for a send. */
export const sentMessage = (call: ApiCall) => call.reply.result as Message;
