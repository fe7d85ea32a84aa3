// Placeholder for the quiz commands until the quiz feature (issue 4) replaces this file.
import { Composer } from "grammy";
import type { BotContext, Feature } from "../context.ts";

const COMING = "Скоро: викторины появятся в следующей версии.";

export function quiz(): Feature {
  const commands = [
    { command: "quiz", description: "Викторина: /quiz или /quiz сервисы" },
    { command: "daily", description: "Ежедневная викторина: /daily 09:00 или /daily off" },
    { command: "stats", description: "Мой прогресс" },
    { command: "timezone", description: "Часовой пояс: /timezone Europe/Moscow" },
    { command: "forget", description: "Забыть мои данные и прогресс" },
  ];
  const composer = new Composer<BotContext>();
  composer.command(
    commands.map((c) => c.command),
    (ctx) => ctx.reply(COMING),
  );
  composer.on("poll_answer", () => {});
  return { commands, composer };
}
