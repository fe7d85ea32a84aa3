// The bot: grammY wired to the search, the quiz and the user store. Creating it has no side effects and
// sends nothing.
import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import {
  Bot,
  type BotError,
  Composer,
  Context,
  GrammyError,
  type MiddlewareFn,
  type Transformer,
} from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { AnswerMemory } from "./answer-memory.ts";
import type { BotContext, BotDeps, CommandInfo, Feature, UpdateShelf } from "./context.ts";
import { GREETING_PAYLOAD } from "./deep-link.ts";
import { admin } from "./features/admin.ts";
import { ask } from "./features/ask.ts";
import { daily } from "./features/daily.ts";
import { fallback } from "./features/fallback.ts";
import { forget } from "./features/forget.ts";
import { groupDaily } from "./features/group-daily.ts";
import { groupQuiz } from "./features/group-quiz.ts";
import { help } from "./features/help.ts";
import { inline } from "./features/inline.ts";
import { membership } from "./features/membership.ts";
import { quiz } from "./features/quiz.ts";
import { reload } from "./features/reload.ts";
import { report } from "./features/report.ts";
import { start } from "./features/start.ts";
import { stats } from "./features/stats.ts";
import { topics } from "./features/topics.ts";
import { typedAnswers } from "./features/typed-answers.ts";
import { upload } from "./features/upload.ts";

/** The updates the bot asks Telegram for, in polling and webhook mode alike. */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "poll_answer",
  "my_chat_member",
  "inline_query",
] as const;

/** A grammY bot that also knows the commands its features answer. */
export type KonspektBot = Bot<BotContext> & { readonly commands: readonly CommandInfo[] };

/**
 * Every Bot API call is abandoned after this long: getUpdates' long poll (30 s) plus a 10 s margin. Without
 * it grammY waits 500 s for an answer that may never come. getUpdates also has its own deadline (polling.ts).
 */
export const REQUEST_TIMEOUT_SECONDS = 40;

/**
 * The longest flood wait (429 `retry_after`) a reply waits out before it is sent; a longer one drops the reply
 * (logged). Telegram's per-chat waits after a burst are usually under a minute.
 */
export const FLOOD_WAIT_MAX_SECONDS = 120;

const APOLOGY = "Извините, что-то пошло не так. Попробуйте ещё раз чуть позже.";
const TOO_FAST = "Слишком много сообщений подряд — подождите пару секунд.";
const TOO_FAST_INLINE = "Слишком много запросов — подождите пару секунд";

/**
 * The calls retried by their callers, each failure logged: getUpdates by the polling loop (src/bot/polling.ts),
 * the start-up calls by `untilReached` (src/bot/runtime.ts). auto-retry retries network errors silently, for
 * ever, doubling its wait up to an hour: it kept the bot deaf for minutes after an outage, and silent at
 * start-up when Telegram could not be reached.
 */
const RETRIED_BY_CALLER = new Set(["getUpdates", "getMe", "deleteWebhook", "setWebhook", "setMyCommands"]);

/**
 * Retries 429s (waiting `retry_after`, at most {@link FLOOD_WAIT_MAX_SECONDS}) and 5xx (3 times) — except for
 * the calls whose callers retry them with a capped, logged backoff ({@link RETRIED_BY_CALLER}).
 */
function retryExceptPolling(): Transformer {
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: FLOOD_WAIT_MAX_SECONDS });
  return (prev, method, payload, signal) =>
    RETRIED_BY_CALLER.has(method) ? prev(method, payload, signal) : retry(prev, method, payload, signal);
}

/**
 * An inline query has no chat to warn in: the warning is the button above an empty list, never cached, so
 * the same query typed again a moment later is answered. The button opens the bot's greeting.
 */
function tooFastInline(ctx: BotContext): Promise<true> {
  return ctx.answerInlineQuery([], {
    cache_time: 0,
    is_personal: true,
    button: { text: TOO_FAST_INLINE, start_parameter: GREETING_PAYLOAD },
  });
}

/**
 * Marks a user inactive when Telegram says they blocked the bot (403 on a private chat); stops a group's
 * daily quiz when the bot was removed from it (403 on a group chat); moves a group's quizzes to its
 * supergroup when Telegram says the group was upgraded (400 with `migrate_to_chat_id`).
 */
function blockedUsers(deps: BotDeps): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!result.ok && result.error_code === 403 && typeof chatId === "number" && chatId > 0) {
      deps.logger.info({ chatId, method }, "user blocked the bot");
      deps.users.markBlocked(chatId);
    } else if (!result.ok && result.error_code === 403 && typeof chatId === "number" && chatId < 0) {
      if (deps.quiz.daily.unsubscribe(chatId)) {
        deps.logger.info(
          { chatId, method },
          "the bot is not in the group any more; its daily quiz is stopped",
        );
      }
    } else if (!result.ok && result.parameters?.migrate_to_chat_id && typeof chatId === "number") {
      const to = result.parameters.migrate_to_chat_id;
      deps.quiz.groups.moveChat(chatId, to);
      deps.logger.info({ from: chatId, to, method }, "the group became a supergroup; its quizzes moved");
    }
    return result;
  };
}

/** In groups, lets through only our commands, mentions of the bot and replies to it. */
function groupGate(commandNames: Set<string>): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const message = ctx.message ?? ctx.editedMessage;
    if (!message || ctx.chat?.type === "private") return next();
    // The group became a supergroup: its quizzes move (src/bot/features/group-daily.ts).
    if (message.migrate_to_chat_id !== undefined) return next();
    const username = ctx.me.username.toLowerCase();
    const text = message.text ?? message.caption ?? "";
    const command = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?/.exec(text);
    if (command) {
      const addressee = command[2]?.toLowerCase();
      if (addressee === username || (addressee === undefined && commandNames.has(command[1] ?? "")))
        return next();
      return;
    }
    if (message.reply_to_message?.from?.id === ctx.me.id) return next();
    const entities = message.entities ?? message.caption_entities ?? [];
    const mentioned = entities.some(
      (e) =>
        e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${username}`,
    );
    return mentioned ? next() : undefined;
  };
}

/**
 * Creates the bot for `deps`: features, error boundary, per-chat ordering, flood limit, a 40 s timeout on
 * every request, bounded retries of 429/5xx (5xx at most 3 times; a flood wait up to 120 s is waited out)
 * and blocked-user tracking. Start it with
 * `startPolling` or `startWebhook` (src/bot/runtime.ts), or feed it with `bot.handleUpdate`.
 */
export function createBot(deps: BotDeps): KonspektBot {
  // The update's logger, bound to its id, is made on first use: most updates log nothing, and a child logger is
  // not free. A getter of the context class costs nothing per update; a middleware defining it did.
  class UpdateContext extends Context {
    #log: Logger | undefined;
    get log(): Logger {
      this.#log ??= deps.logger.child({ update_id: this.update.update_id });
      return this.#log;
    }
    /** Set by the middleware after the per-chat queue (see below). */
    shelf!: UpdateShelf;
  }
  const bot = new Bot<BotContext>(deps.token, {
    ContextConstructor: UpdateContext,
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: {
      timeoutSeconds: deps.requestTimeoutSeconds ?? REQUEST_TIMEOUT_SECONDS,
      ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}),
    },
  });
  bot.api.config.use(retryExceptPolling(), blockedUsers(deps));

  const memory = new AnswerMemory(deps.answerMemory);
  const commands: CommandInfo[] = [];
  const listCommands = () => commands;
  // One line per feature; order matters: commands first, free text after them, the fallback last — except
  // the comment to a card report and the typed answer to a cloze card, which take the next message first.
  const features: Feature[] = [
    report(deps),
    typedAnswers(deps),
    start(deps, memory, listCommands),
    help(listCommands),
    topics(),
    // Before /quiz and /daily: they take those commands (and group quizzes' answers) in groups.
    groupQuiz(deps),
    groupDaily(deps),
    quiz(deps),
    daily(deps),
    stats(deps),
    forget(deps),
    admin(deps),
    reload(deps),
    upload(deps),
    membership(deps),
    inline(deps),
    ask(deps, memory),
    fallback(),
  ];
  for (const feature of features) commands.push(...feature.commands);
  const handlers = new Composer<BotContext>(...features.map(mounted));

  const onError = async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    const log = ctx.log ?? deps.logger;
    const cause = error.error;
    if (cause instanceof GrammyError && (cause.error_code === 403 || cause.error_code === 429)) {
      // Routine: the user blocked the bot or left the chat, or a flood wait longer than we wait out.
      // No payload in the log (it holds the whole reply), and no apology: it could not be delivered either.
      const { method, error_code, description } = cause;
      const retryAfter = cause.parameters.retry_after;
      log.warn(
        {
          method,
          error_code,
          description,
          ...(retryAfter ? { retryAfter } : {}),
          update_id: ctx.update.update_id,
        },
        error_code === 403 ? "the user cannot be reached" : "flood wait too long; reply dropped",
      );
      return;
    }
    log.error({ err: cause, update_id: ctx.update.update_id }, "update failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: APOLOGY });
      else if (ctx.chat) await ctx.reply(APOLOGY);
    } catch (apologyError) {
      (ctx.log ?? deps.logger).warn({ err: apologyError }, "could not apologise");
    }
  };
  bot.catch(onError);

  const metrics = deps.metrics;
  if (metrics) {
    // First in the chain: the latency includes the wait behind earlier updates of the same chat.
    bot.use(async (ctx, next) => {
      metrics.update(ctx.update);
      const start = performance.now();
      try {
        await next();
      } finally {
        metrics.handled((performance.now() - start) / 1000);
      }
    });
  }
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  const library = deps.library;
  const fixedShelf: UpdateShelf = { search: deps.search, deck: deps.quiz.deck };
  // After the per-chat queue, so an update waiting its turn starts on the notes as they are when it runs, and
  // reads them to the end whatever reloads meanwhile. A context field rather than AsyncLocalStorage, whose
  // promise hooks took 7% of the CPU.
  bot.use((ctx, next) => {
    ctx.shelf = library ? library.current() : fixedShelf;
    return next();
  });
  const guarded = bot.errorBoundary(onError);
  guarded.use((ctx, next) => {
    const from = ctx.from;
    if (from && !from.is_bot && (ctx.chat === undefined || ctx.chat.type === "private")) {
      deps.users.touch({
        id: from.id,
        firstName: from.first_name,
        ...(from.username ? { username: from.username } : {}),
        ...(from.language_code ? { languageCode: from.language_code } : {}),
      });
    }
    return next();
  });
  guarded.use(groupGate(new Set(commands.map((c) => c.command))));
  // The library calls onLimitExceeded once per time frame (on the first update over the limit), so the
  // user hears about it once and the rest of the excess is dropped quietly.
  guarded.use(
    limit<BotContext, never>({
      timeFrame: deps.rateLimit?.timeFrame ?? 3000,
      limit: deps.rateLimit?.limit ?? 6,
      // A poll answer is an answer given, not a request to answer: dropping it would lose it silently (Telegram
      // already shows the vote), so it is never limited. Telegram itself paces how fast polls can be answered.
      keyGenerator: (ctx) => (ctx.pollAnswer ? undefined : ctx.from?.id.toString()),
      onLimitExceeded: (ctx) => {
        const warn = ctx.callbackQuery
          ? ctx.answerCallbackQuery({ text: TOO_FAST })
          : ctx.inlineQuery
            ? tooFastInline(ctx)
            : ctx.reply(TOO_FAST);
        warn.catch((err: unknown) => ctx.log.warn({ err }, "could not warn about flooding"));
      },
    }),
  );

  // An edited message is answered again, as if it were new. A plain check rather than `on("edited_message")`,
  // whose filter builds a composer on every update that passes.
  guarded.use((ctx, next) => {
    if (ctx.editedMessage === undefined) return next();
    const update: Update = {
      update_id: ctx.update.update_id,
      message: ctx.editedMessage as NonNullable<Update["message"]>,
      edited_message: ctx.editedMessage,
    };
    const edited = Object.assign(new Context(update, ctx.api, ctx.me), { log: ctx.log, shelf: ctx.shelf });
    return handlers.middleware()(edited, () => Promise.resolve());
  });
  guarded.use(handlers);

  return Object.assign(bot, { commands });
}

/** A feature's middleware, entered only by the updates it concerns (see {@link Feature.concerns}). */
function mounted({ composer, concerns }: Feature): Composer<BotContext> | MiddlewareFn<BotContext> {
  if (concerns === undefined) return composer;
  const middleware = composer.middleware();
  return (ctx, next) => (concerns(ctx) ? middleware(ctx, next) : next());
}

/**
 * Registers the commands with their Russian descriptions in Telegram's menus: the private chats' menu (the
 * default scope), and the groups' menu, each with the commands that work there.
 */
export async function registerCommands(bot: KonspektBot): Promise<void> {
  const menu = (chats: "private" | "group") =>
    bot.commands
      .filter((c) => c.chats === undefined || c.chats === chats)
      .map(({ command, description }) => ({ command, description }));
  await bot.api.setMyCommands(menu("private"));
  await bot.api.setMyCommands(menu("group"), { scope: { type: "all_group_chats" } });
}
