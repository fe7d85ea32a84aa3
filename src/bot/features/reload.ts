// /reload, for the ADMIN_IDS: reads the notes and quiz files again now, as the watcher does on a change, and
// answers with what changed. Not listed in /help or the menu, like /admin.
import { Composer } from "grammy";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { renderChange } from "../render-reload.ts";

const REFUSAL = "Перечитывать конспект могут только администраторы бота.";

/** /reload: admins get the notes reloaded and what changed; anyone else a polite refusal. */
export function reload(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.command("reload", async (ctx) => {
    const library = deps.library;
    const from = ctx.from;
    if (!library || from === undefined || !deps.admin?.ids.includes(from.id)) return ctx.reply(REFUSAL);
    const change = await library.reload(from.id);
    await ctx.reply(renderChange(change), { parse_mode: "HTML" });
  });
  return { commands: [], composer };
}
