// Inline mode: «@bot вопрос» in any chat lists the passages that answer it; an empty query lists the topics.
// Each result sends the passage as a normal answer shows it, with an «Открыть в боте» deep link (start.ts
// opens it).
import { Composer } from "grammy";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { inlineAnswer, inlineTopics } from "../render-inline.ts";

/**
 * How long Telegram may serve an inline answer from its cache, in seconds. The results depend on the query
 * alone (no user's data in them), so they are shared between users (`is_personal: false`); a minute keeps a
 * popular question cheap and an edit of the notes visible soon.
 */
export const INLINE_CACHE_SECONDS = 60;

/** Telegram never sends a longer inline query; a longer one (a test, a fake) is searched by its start. */
export const INLINE_QUERY_LIMIT = 256;

/**
 * Answers inline queries. They are not counted in the question log of /admin: a client sends one per pause
 * in typing, so the log would fill with half-typed questions.
 */
export function inline(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();

  composer.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.slice(0, INLINE_QUERY_LIMIT).trim();
    const username = ctx.me.username;
    const { search } = ctx.shelf;
    const reply =
      query.length === 0
        ? inlineTopics(search.topics, username)
        : inlineAnswer(search.answer(query, deps.feedback?.lifts), search.topics, username);
    await ctx.answerInlineQuery(reply.results, {
      cache_time: INLINE_CACHE_SECONDS,
      is_personal: false,
      ...(reply.button ? { button: reply.button } : {}),
    });
  });

  return { commands: [], composer, concerns: (ctx) => ctx.inlineQuery !== undefined };
}
