// /help: every command with one line each.
import { Composer } from "grammy";
import type { BotContext, CommandInfo, Feature } from "../context.ts";
import { renderHelp } from "../render.ts";

export function help(commands: () => CommandInfo[]): Feature {
  const composer = new Composer<BotContext>();
  composer.command("help", (ctx) =>
    ctx.reply(renderHelp(commands(), ctx.chat.type === "private" ? "private" : "group"), {
      parse_mode: "HTML",
    }),
  );
  return { commands: [{ command: "help", description: "Список команд" }], composer };
}
