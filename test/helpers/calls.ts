// Reading the recorded Bot API calls as a user would see them: text, buttons, the message sent.
import type { Message } from "grammy/types";
import { expect } from "vitest";
import type { ApiCall, FakeBotApi } from "./fake-bot-api.ts";
import { assertTelegramHtml, checkTelegramHtml } from "./telegram-html.ts";

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

/** Telegram's id of the poll a sendPoll call created, as poll_answer updates name it. */
export const sentPollId = (call: ApiCall) => (call.reply.result as Message.PollMessage).poll.id;

/** The position (as shown) of a quiz poll's right option. */
export const rightOptionShown = (call: ApiCall) => (call.payload.correct_option_ids as number[])[0] as number;

/**
 * Checks every HTML text the bot sent or edited in (valid Telegram HTML within the limits), and that Telegram
 * rejected nothing — but the 400s a test injected on purpose, which `injected` recognises.
 */
export function checkCalls(fake: FakeBotApi, injected: (call: ApiCall) => boolean = () => false): void {
  for (const call of fake.calls) {
    if (
      (call.method === "sendMessage" || call.method === "editMessageText") &&
      call.payload.parse_mode === "HTML"
    ) {
      assertTelegramHtml(String(call.payload.text));
    }
  }
  expect(fake.calls.filter((c) => c.reply.error_code === 400 && !injected(c))).toEqual([]);
}
