// Whether the bot may write to a user: blocked and unblocked in a private chat.
import { Composer } from "grammy";
import type { BotContext, BotDeps, Feature } from "../context.ts";

export function membership(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.on("my_chat_member", (ctx) => {
    const update = ctx.myChatMember;
    if (update.chat.type !== "private") return;
    if (update.new_chat_member.status === "kicked") deps.users.markBlocked(update.from.id);
  });
  return { commands: [], composer, concerns: (ctx) => ctx.myChatMember !== undefined };
}
