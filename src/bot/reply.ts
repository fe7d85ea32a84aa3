// Sending rendered HTML: several parts in order, the keyboard under the last one.
import type { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.ts";

/** Sends `parts` as HTML messages; `keyboard` goes under the last. In groups, the first replies to `replyTo`. */
export async function replyHtml(
  ctx: BotContext,
  parts: string[],
  keyboard?: InlineKeyboard,
  replyTo?: number,
): Promise<void> {
  for (const [i, text] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
      ...(i === 0 && replyTo !== undefined
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
        : {}),
    });
  }
}

/** The message to reply to: in groups and for edited messages, the user's own; in private chats, none. */
export function replyTarget(ctx: BotContext): number | undefined {
  const message = ctx.msg;
  if (!message) return undefined;
  return ctx.chat?.type !== "private" || ctx.editedMessage ? message.message_id : undefined;
}
