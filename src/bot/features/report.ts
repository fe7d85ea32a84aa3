// «⚠️ Ошибка в вопросе» under the feedback to an answer: the report is stored, then the bot asks what is
// wrong; the user's next text message in that chat becomes the report's comment (or /skip). Suspending a
// card after reports is decided in src/quiz/reports.ts.
import { Composer } from "grammy";
import type { ReportKey } from "../../quiz/reports.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { decodeQuizAction } from "../quiz-keyboards.ts";

/** How long the bot waits for the comment after the button was pressed. */
export const COMMENT_WAIT_MS = 10 * 60_000;
/** At most this many people at once have a comment awaited; beyond it the oldest wait is dropped. */
export const MAX_AWAITED_COMMENTS = 10_000;

const ASK = "Спасибо, записал. Что не так? Напишите одним сообщением или /skip";
const THANKS = "Спасибо! Комментарий записал — вопрос проверят.";
const SKIPPED = "Хорошо, жалоба записана без комментария.";
const GONE = "Этого вопроса больше нет в конспекте — жаловаться не на что.";

/** /skip, alone or addressed to a bot. */
const SKIP = /^\/skip(?:@\w+)?$/i;

/** The report button and the comment that follows it; placed before every other text handler. */
export function report(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();
  /** `chatId:userId` → the report awaiting its comment; oldest first (Map order), so eviction is cheap. */
  const awaited = new Map<string, { key: ReportKey; until: number }>();
  const slot = (chatId: number, userId: number) => `${chatId}:${userId}`;

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeQuizAction(ctx.callbackQuery.data);
    if (action?.kind !== "report") return next();
    const userId = ctx.from.id;
    const admin = deps.admin?.ids.includes(userId) ?? false;
    // Recorded before anything is said to Telegram.
    const key = deps.quiz.reports.report(action.cardId, userId, admin, deps.quiz.now());
    if (!key) {
      await ctx.answerCallbackQuery({ text: GONE, show_alert: true });
      return;
    }
    const chatId = ctx.chat?.id ?? userId;
    const id = slot(chatId, userId);
    awaited.delete(id);
    if (awaited.size >= MAX_AWAITED_COMMENTS) awaited.delete(awaited.keys().next().value as string);
    awaited.set(id, { key, until: deps.quiz.now().getTime() + COMMENT_WAIT_MS });
    await ctx.answerCallbackQuery();
    await ctx.api.sendMessage(chatId, ASK);
  });

  composer.on("message:text", async (ctx, next) => {
    const id = slot(ctx.chat.id, ctx.from.id);
    const waiting = awaited.get(id);
    if (!waiting) return next();
    awaited.delete(id);
    const text = ctx.message.text.trim();
    if (waiting.until < deps.quiz.now().getTime()) return next();
    if (SKIP.test(text)) {
      await ctx.reply(SKIPPED);
      return;
    }
    // Another command means the user moved on: it is answered as usual, and the report stays without a comment.
    if (text.startsWith("/")) return next();
    // False when /forget deleted the report meanwhile: then the message is just a message.
    if (!deps.quiz.reports.comment(waiting.key, text, deps.quiz.now())) return next();
    await ctx.reply(THANKS);
  });

  return { commands: [], composer };
}
