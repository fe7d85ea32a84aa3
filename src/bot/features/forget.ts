// /forget: deletes everything stored about the user, after a confirm button.
import { Composer, GrammyError } from "grammy";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { decodeQuizAction, forgetKeyboard } from "../quiz-keyboards.ts";

const QUESTION =
  "Удалить всё, что я о вас храню: ответы, прогресс, ежедневную викторину, часовой пояс, ваши оценки ответов бота и жалобы на вопросы? Вернуть будет нельзя.";
const DONE = "Готово: я всё забыл. Начать заново можно в любой момент — /quiz.";
const CANCELLED = "Хорошо, ничего не удаляю.";

/** /forget and its confirm and cancel buttons; only the user who asked may press them. */
export function forget(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();

  composer.command("forget", async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    await ctx.reply(QUESTION, { reply_markup: forgetKeyboard(userId) });
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeQuizAction(ctx.callbackQuery.data);
    if (action?.kind !== "forget") return next();
    if (action.userId !== ctx.from.id) {
      await ctx.answerCallbackQuery({ text: "Эта кнопка для того, кто вызвал /forget." });
      return;
    }
    if (action.confirm) {
      deps.users.forget(ctx.from.id);
      deps.feedback?.forget(ctx.from.id);
      deps.quiz.reports.forget(ctx.from.id);
    }
    await ctx.answerCallbackQuery();
    try {
      await ctx.editMessageText(action.confirm ? DONE : CANCELLED);
    } catch (error) {
      // A second press of the same button finds the message already edited.
      if (!(error instanceof GrammyError && error.description.includes("message is not modified")))
        throw error;
    }
  });

  return { commands: [{ command: "forget", description: "Забыть мои данные и прогресс" }], composer };
}
