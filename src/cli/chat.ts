// `npm run chat`: the real bot in the terminal, with no token and no network. Its Bot API calls are answered
// locally and printed; buttons and poll options become numbers to type.
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import type { Message, Update, UserFromGetMe } from "grammy/types";
import { pino } from "pino";
import { assemble } from "../app.ts";
import { createBot } from "../bot/bot.ts";
import { startDailySender } from "../bot/daily-sender.ts";
import { startAnswerRetry } from "../bot/quiz-answers.ts";
import { plural } from "../bot/render.ts";
import { loadConfig } from "../config.ts";

const LOCAL_BOT = {
  id: 1,
  is_bot: true,
  first_name: "Konspekt",
  username: "konspekt_local_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

// No name: the greeting says «Привет!» rather than greet a placeholder («Привет, Вы!»).
const LOCAL_USER = { id: 100_000_001, is_bot: false, first_name: "", language_code: "ru" };
const LOCAL_CHAT = { id: LOCAL_USER.id, type: "private" as const, first_name: LOCAL_USER.first_name };

const ANSI = {
  bold: ["\x1b[1m", "\x1b[22m"],
  italic: ["\x1b[3m", "\x1b[23m"],
  code: ["\x1b[36m", "\x1b[39m"],
};

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/**
 * Telegram HTML → terminal text: bold and italic as ANSI styles, code in cyan, `<pre>` blocks indented
 * with a bar. With `color` false the styles are left out and only the text remains.
 */
export function htmlToTerminal(html: string, color: boolean): string {
  const style = (kind: keyof typeof ANSI, text: string) =>
    color ? `${ANSI[kind][0]}${text}${ANSI[kind][1]}` : text;
  const pre = html.replace(/<pre>(?:<code[^>]*>)?([\s\S]*?)(?:<\/code>)?<\/pre>/g, (_, code: string) =>
    code
      .split("\n")
      .map((line) => `  │ ${style("code", line)}`)
      .join("\n"),
  );
  const styled = pre
    .replace(/<(b|strong)>([\s\S]*?)<\/\1>/g, (_, _tag, text: string) => style("bold", text))
    .replace(/<(i|em)>([\s\S]*?)<\/\1>/g, (_, _tag, text: string) => style("italic", text))
    .replace(/<code>([\s\S]*?)<\/code>/g, (_, text: string) => style("code", text))
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, "$2 ($1)")
    .replace(/<[^>]+>/g, "");
  return unescapeHtml(styled);
}

/** What typing a number does: press a button, or vote in a poll. */
type Choice =
  | { kind: "button"; message: Message; data: string }
  | { kind: "vote"; pollId: string; option: number };

type Payload = Record<string, unknown>;
type Keyboard = { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] };

/** Answers the bot's API calls as Telegram would, printing what a user would see. */
export class Terminal {
  /** The numbered choices of the latest turn: choice n is at index n - 1 (numbers may skip, see `buttons`). */
  choices: Choice[] = [];
  readonly #messages = new Map<number, Message>();
  #nextMessageId = 1;
  #nextPollId = 1;
  /** Poll ids must not repeat across runs: the database keeps the polls of earlier sessions. */
  readonly #pollPrefix = `local-${Date.now().toString(36)}`;

  constructor(
    private readonly print: (text: string) => void,
    private readonly color: boolean,
  ) {}

  /** Starts a new turn: numbers restart at 1. */
  newTurn(): void {
    this.choices = [];
  }

  /** The result Telegram would return for `method`, after printing its effect. */
  call(method: string, payload: Payload): unknown {
    switch (method) {
      case "getMe":
        return LOCAL_BOT;
      case "sendMessage":
        return this.send(payload);
      case "editMessageText":
      case "editMessageReplyMarkup":
        return this.edit(payload);
      case "sendPoll":
        return this.poll(payload);
      case "answerCallbackQuery":
        if (typeof payload.text === "string") this.print(`ℹ️  ${payload.text}`);
        return true;
      default:
        return true;
    }
  }

  private text(payload: Payload): string {
    const text = String(payload.text ?? "");
    return payload.parse_mode === "HTML" ? htmlToTerminal(text, this.color) : text;
  }

  /** The smallest choice number not taken and not `reserved`. */
  private freeNumber(reserved: Set<number>): number {
    let n = 1;
    while (this.choices[n - 1] !== undefined || reserved.has(n)) n++;
    return n;
  }

  /**
   * Prints the buttons with the numbers that press them. A button labelled with a number («9. Раздел», «3»)
   * gets that number, so the numbers of a list in the message (sections 9–16 on page 2 of a topic, a quiz's
   * options) and of its buttons agree; the other buttons take the free numbers.
   */
  private buttons(message: Message, markup: Keyboard | undefined): void {
    const rows = markup?.inline_keyboard ?? [];
    const numbered = (text: string) => /^(\d{1,3})(?:\.\s+([\s\S]*))?$/.exec(text);
    const reserved = new Set<number>();
    for (const b of rows.flat()) {
      const n = Number(numbered(b.text)?.[1]);
      if (b.callback_data !== undefined && n > 0 && this.choices[n - 1] === undefined) reserved.add(n);
    }
    for (const row of rows) {
      const labels = row.map((b) => {
        if (b.callback_data === undefined) return `[${b.text}${b.url ? ` ${b.url}` : ""}]`;
        const match = numbered(b.text);
        const own = Number(match?.[1]);
        const choice: Choice = { kind: "button", message, data: b.callback_data };
        if (match && reserved.delete(own)) {
          this.choices[own - 1] = choice;
          return match[2] === undefined ? `[${own}]` : `[${own}] ${match[2]}`;
        }
        const n = this.freeNumber(reserved);
        this.choices[n - 1] = choice;
        return `[${n}] ${b.text}`;
      });
      this.print(`   ${labels.join("   ")}`);
    }
  }

  private send(payload: Payload): Message {
    const message = {
      message_id: this.#nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: LOCAL_CHAT,
      from: LOCAL_BOT,
      text: String(payload.text ?? ""),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    } as Message;
    this.#messages.set(message.message_id, message);
    this.print(`\n${this.text(payload)}`);
    this.buttons(message, payload.reply_markup as Keyboard | undefined);
    return message;
  }

  private edit(payload: Payload): Message | true {
    const old = this.#messages.get(Number(payload.message_id));
    if (!old) return true;
    const message = {
      ...old,
      ...(payload.text !== undefined ? { text: String(payload.text) } : {}),
      reply_markup: payload.reply_markup,
    } as Message;
    this.#messages.set(message.message_id, message);
    this.print(`\n✎ ${payload.text !== undefined ? this.text(payload) : "(кнопки обновлены)"}`);
    this.buttons(message, payload.reply_markup as Keyboard | undefined);
    return message;
  }

  private poll(payload: Payload): Message {
    const pollId = `${this.#pollPrefix}-${this.#nextPollId++}`;
    const options = (payload.options as ({ text: string } | string)[]).map((o) =>
      typeof o === "string" ? o : o.text,
    );
    const message = {
      message_id: this.#nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: LOCAL_CHAT,
      from: LOCAL_BOT,
      poll: {
        id: pollId,
        question: String(payload.question),
        options: options.map((text) => ({ text, voter_count: 0 })),
        total_voter_count: 0,
        is_closed: false,
        is_anonymous: false,
        type: String(payload.type ?? "regular"),
        allows_multiple_answers: false,
      },
    } as unknown as Message;
    this.#messages.set(message.message_id, message);
    this.print(`\n📊 ${String(payload.question)}`);
    options.forEach((text, option) => {
      const n = this.freeNumber(new Set());
      this.choices[n - 1] = { kind: "vote", pollId, option };
      this.print(`   [${n}] ${text}`);
    });
    return message;
  }
}

/**
 * True when `line` is a number but no choice of the last turn has it, while some have: a mistyped button
 * number, which would otherwise go to the search as the question «17».
 */
export function missedChoice(line: string, choices: Choice[]): boolean {
  return /^\d{1,3}$/.test(line) && choices[Number(line) - 1] === undefined && choices.some(Boolean);
}

/** The update a typed line makes: a number picks a choice of the last turn, anything else is a message. */
export function updateFor(line: string, choices: Choice[], updateId: number, messageId: number): Update {
  const choice = /^\d{1,3}$/.test(line) ? choices[Number(line) - 1] : undefined;
  if (choice?.kind === "button") {
    return {
      update_id: updateId,
      callback_query: {
        id: String(updateId),
        from: LOCAL_USER,
        chat_instance: "local",
        message: choice.message,
        data: choice.data,
      },
    } as Update;
  }
  if (choice?.kind === "vote") {
    return {
      update_id: updateId,
      poll_answer: { poll_id: choice.pollId, user: LOCAL_USER, option_ids: [choice.option] },
    } as Update;
  }
  const command = /^\/\w+/.exec(line);
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: LOCAL_CHAT,
      from: LOCAL_USER,
      text: line,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

async function main(): Promise<void> {
  const config = loadConfig({ requireToken: false });
  const logger = pino({ level: process.env.LOG_LEVEL ? config.logLevel : "warn" }, pino.destination(2));
  const app = await assemble(config, logger);
  const { search, quiz, users, admin, feedback } = app;
  const interactive = process.stdin.isTTY === true;
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const terminal = new Terminal((text) => process.stdout.write(`${text}\n`), color);
  const bot = createBot({
    token: "local",
    botInfo: LOCAL_BOT,
    search,
    users,
    quiz,
    logger,
    rateLimit: { timeFrame: 1000, limit: 1000 },
    // You run the chat on your own machine: you are its admin.
    admin: admin([LOCAL_USER.id]),
    feedback,
    // /reload reads edited notes without leaving the chat (no watcher here: nothing to print between turns).
    library: app.library,
  });
  bot.api.config.use(async (_prev, method, payload) => ({
    ok: true as const,
    result: terminal.call(method, (payload ?? {}) as Payload) as never,
  }));

  process.stdout.write(
    `Konspekt — локальный чат: ${plural(search.topics.length, ["тема", "темы", "тем"])}, база ${config.databasePath}.\n` +
      "Пишите вопросы или команды (/start, /help, /quiz). Число нажимает кнопку или выбирает ответ; " +
      "пропущенный термин вписывайте следующей строкой. Выход — /exit или Ctrl+D.\n",
  );
  // The daily quiz works here too: when due, it is printed between your turns.
  const dailySender = startDailySender({ api: bot.api, quiz, logger });
  // Answers the database could not take (the bot may hold a lock on the same file) land later, here too.
  const answerRetry = startAnswerRetry({ api: bot.api, search, quiz, logger });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  rl.setPrompt("› ");
  if (interactive) rl.prompt();
  let updateId = 1;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "/exit" || line === "/quit") break;
    if (line.length > 0 && missedChoice(line, terminal.choices)) {
      if (!interactive) process.stdout.write(`\n› ${line}\n`);
      process.stdout.write(`Кнопки с номером ${line} нет: введите один из номеров в [скобках] выше.\n`);
    } else if (line.length > 0) {
      if (!interactive) process.stdout.write(`\n› ${line}\n`);
      const update = updateFor(line, terminal.choices, updateId, updateId);
      updateId++;
      terminal.newTurn();
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        logger.error({ err: error }, "the update failed");
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  await dailySender.stop();
  answerRetry.stop();
  app.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
