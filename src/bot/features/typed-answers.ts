// The typed answer to a cloze card. The message that answers it is a reply to the cloze (its force_reply
// asks for one), or the user's next message in the chat within CLOZE_WAIT_MS of it (kept in SQLite, so a
// restart in between changes nothing). Any command instead of an answer lets the cloze go unanswered, and
// the user's messages are questions for the search again.
import { Composer } from "grammy";
import { kindOf } from "../../quiz/types.ts";
import { isTransientStorageError } from "../../store/db.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { findQuiz, sendFeedback, submitAnswer } from "../quiz-answers.ts";
import { buttonQuizKey } from "../quiz-send.ts";

const ALREADY_ANSWERED = "Вы уже ответили на этот вопрос. Новый — /quiz.";
const QUEUED = "Ответ принят. База сейчас занята — засчитаю его через несколько секунд и пришлю разбор.";

/** Runs a write to the cloze waits; a database that is busy now only costs the wait (a reply still answers). */
function quietly(ctx: BotContext, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!isTransientStorageError(error)) throw error;
    ctx.log.warn({ err: error }, "could not update the cloze waiting for an answer");
  }
}

/** A term is a few words; a message with a question mark or more words than that is a question. */
const MAX_TERM_WORDS = 5;

function readsAsQuestion(text: string): boolean {
  return text.includes("?") || text.trim().split(/\s+/).length > MAX_TERM_WORDS;
}

/** Takes the answers to cloze cards before anything else reads the message as a question. */
export function typedAnswers(deps: BotDeps): Feature {
  const q = deps.quiz;
  const composer = new Composer<BotContext>();

  composer.on("message:text", async (ctx, next) => {
    const chatId = ctx.chat.id;
    const userId = ctx.from.id;
    const text = ctx.message.text;
    if (text.startsWith("/")) {
      quietly(ctx, () => q.clozeWaits.clear(chatId, userId));
      return next();
    }
    const replyTo = ctx.message.reply_to_message;
    const replied =
      replyTo?.from?.id === ctx.me.id ? findQuiz(q, buttonQuizKey(chatId, replyTo.message_id)) : undefined;
    // A question asked meanwhile («что такое под?») is no answer to the cloze: it goes to the search, and the
    // cloze still waits for its term.
    if (replied === undefined && readsAsQuestion(text)) return next();
    let wait: { pollId: string; topic?: string } | undefined;
    if (replied === undefined) {
      try {
        wait = q.clozeWaits.waiting(chatId, userId, q.now());
      } catch (error) {
        if (!isTransientStorageError(error)) throw error;
      }
    }
    const sent = replied ?? (wait ? findQuiz(q, wait.pollId) : undefined);
    const card = sent ? ctx.shelf.deck.byId(sent.cardId) : undefined;
    // Someone else's cloze, or a reply to anything but a cloze: a question like any other.
    if (!sent || sent.userId !== userId || !card || kindOf(card) !== "cloze") return next();
    quietly(ctx, () => q.clozeWaits.clear(chatId, userId));
    // Answered already (or its answer waits in the journal for the database): a reply to it is told so, any
    // other message is a question — the wait outlived its cloze when the database could not clear it.
    if (sent.answeredAt || q.pendingAnswers.get(sent.pollId) !== undefined) {
      if (replied === undefined) return next();
      await ctx.reply(ALREADY_ANSWERED);
      return;
    }
    const verdict = q.judgeTyped(card, text);
    const outcome = submitAnswer(
      q,
      ctx.shelf.deck,
      {
        kind: "answer",
        key: sent.pollId,
        userId,
        option: verdict.correct ? card.correctIndex : -1,
        typed: text,
        at: q.now().getTime(),
        ...(wait?.topic !== undefined ? { topic: wait.topic } : {}),
      },
      ctx.log,
    );
    if (outcome.status === "duplicate") {
      await ctx.reply(ALREADY_ANSWERED);
      return;
    }
    if (outcome.status === "queued") {
      deps.metrics?.quizAnswer("queued");
      await ctx.reply(QUEUED);
      return;
    }
    deps.metrics?.quizAnswer(outcome.answer.correct ? "correct" : "wrong");
    await sendFeedback(ctx.api, q, ctx.shelf, outcome.answer);
  });

  return { commands: [], composer };
}
