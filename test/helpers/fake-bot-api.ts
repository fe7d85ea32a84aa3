// A fake Telegram Bot API server on 127.0.0.1: serves updates by long polling, records every call,
// checks HTML like Telegram does, and injects errors on demand.
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { Message, Update, UserFromGetMe } from "grammy/types";
import { checkTelegramHtml } from "./telegram-html.ts";

/** The bot the fake server pretends to be. */
export const FAKE_BOT: UserFromGetMe = {
  id: 7000001,
  is_bot: true,
  first_name: "Konspekt",
  username: "konspekt_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** A token in Telegram's format, accepted by the fake server. */
export const FAKE_TOKEN = "7000001:AAFakeTokenForKonspektTests_abcdefghij";

type Payload = Record<string, unknown>;

/** What the server answers: Telegram's envelope. */
export interface ApiReply {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** One recorded request. `at` is `performance.now()` when it arrived. */
export interface ApiCall {
  method: string;
  payload: Payload;
  at: number;
  reply: ApiReply;
}

/** Which requests {@link FakeBotApi.hold} leaves unanswered. */
export type HoldPredicate = (method: string, payload: Payload) => boolean;

interface Fault {
  method: string;
  chatId?: number;
  times: number;
  /** `"hang"`: the request is never answered (until the client gives up). */
  reply: ApiReply | "hang";
}

/** Telegram's usual errors, for {@link FakeBotApi.fail}. */
export const ERRORS = {
  tooManyRequests: (retryAfter: number): ApiReply => ({
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  }),
  blocked: (): ApiReply => ({
    ok: false,
    error_code: 403,
    description: "Forbidden: bot was blocked by the user",
  }),
  internal: (): ApiReply => ({ ok: false, error_code: 500, description: "Internal Server Error" }),
  kicked: (): ApiReply => ({
    ok: false,
    error_code: 403,
    description: "Forbidden: bot was kicked from the group chat",
  }),
};

export class FakeBotApi {
  /** Every request, in arrival order. */
  readonly calls: ApiCall[] = [];
  /** When each update was handed to the bot by getUpdates (`performance.now()`), by update id. */
  readonly deliveredAt = new Map<number, number>();
  readonly #events = new EventEmitter();
  readonly #queue: Update[] = [];
  readonly #faults: Fault[] = [];
  #hold: HoldPredicate | undefined;
  /** Requests being held unanswered right now (see {@link FakeBotApi.hold}). */
  held = 0;
  readonly #messages = new Map<string, Message>();
  #down = false;
  #nextUpdateId = 1;
  #nextMessageId = 1000;
  #nextPollId = 1;
  /** Files users "sent", served by getFile and `/file/bot<token>/<path>`, by file id. */
  readonly #files = new Map<string, Buffer>();
  /** Members' statuses by `chatId:userId`, for getChatMember (anyone else is a plain member). */
  readonly #members = new Map<string, string>();

  private constructor(
    readonly server: Server,
    readonly apiRoot: string,
    private readonly checkHtml: boolean,
  ) {
    this.#events.setMaxListeners(0);
  }

  /**
   * Starts a server on 127.0.0.1 with a random port. `checkHtml` (default true) rejects invalid HTML
   * with Telegram's 400; benchmarks turn it off so only the bot's own work is measured.
   */
  static async start(options: { checkHtml?: boolean } = {}): Promise<FakeBotApi> {
    let api: FakeBotApi | undefined;
    const server = createServer((req, res) => void api?.handle(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeBotApi(server, `http://127.0.0.1:${port}`, options.checkHtml ?? true);
    return api;
  }

  /** Stores a file a user sends (see `document` in updates.ts); returns its id and size, as Telegram would. */
  addFile(content: Buffer | string): { file_id: string; file_unique_id: string; file_size: number } {
    const bytes = Buffer.from(content);
    const id = `file-${this.#files.size + 1}`;
    this.#files.set(id, bytes);
    return { file_id: id, file_unique_id: `u${id}`, file_size: bytes.length };
  }

  /** Makes `userId` a member of `chatId` with `status` (e.g. "administrator") for getChatMember. */
  setMember(chatId: number, userId: number, status: "creator" | "administrator" | "member"): void {
    this.#members.set(`${chatId}:${userId}`, status);
  }

  /** Queues an update for getUpdates, giving it the next update id, which it returns. */
  push(update: Omit<Update, "update_id"> | Update): number {
    const update_id = this.#nextUpdateId++;
    this.#queue.push({ ...update, update_id } as Update);
    this.#events.emit("update");
    return update_id;
  }

  /** Makes the next `times` calls of `method` (to `chatId`, if given; getUpdates too) fail with `reply`. */
  fail(method: string, reply: ApiReply, options: { times?: number; chatId?: number } = {}): void {
    this.#faults.push({
      method,
      reply,
      times: options.times ?? 1,
      ...(options.chatId ? { chatId: options.chatId } : {}),
    });
  }

  /**
   * From now on leaves every request `predicate` matches unanswered, as if Telegram never got it, until the
   * client goes away (e.g. it was killed); then records it with a failed reply, so it never counts as sent.
   * `undefined` stops holding new requests. Waiters of {@link waitFor} are woken when a request is held.
   */
  hold(predicate: HoldPredicate | undefined): void {
    this.#hold = predicate;
  }

  /** Makes the next `times` calls of `method` never get an answer, as a lost connection would. */
  hang(method: string, options: { times?: number } = {}): void {
    this.#faults.push({ method, reply: "hang", times: options.times ?? 1 });
  }

  /** An outage: until {@link FakeBotApi.comeBack}, every request's connection is dropped unanswered. */
  goDown(): void {
    this.#down = true;
    this.server.closeAllConnections();
  }

  /** Ends the outage of {@link FakeBotApi.goDown}. */
  comeBack(): void {
    this.#down = false;
  }

  /** Recorded calls of `method`, optionally only those to `chatId`. */
  callsOf(method: string, chatId?: number): ApiCall[] {
    return this.calls.filter(
      (c) => c.method === method && (chatId === undefined || c.payload.chat_id === chatId),
    );
  }

  /** Successful messages sent to `chatId` (sendMessage), in order. */
  sent(chatId?: number): ApiCall[] {
    return this.callsOf("sendMessage", chatId).filter((c) => c.reply.ok);
  }

  /** Resolves with the calls once `predicate` holds for the recorded calls; rejects after `timeoutMs`. */
  waitFor(predicate: (calls: ApiCall[]) => boolean, timeoutMs = 5_000, what = "calls"): Promise<ApiCall[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(this.calls)) return;
        cleanup();
        resolve(this.calls);
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.calls.map((c) => c.method).join(", ");
        reject(new Error(`fake Bot API: timed out waiting for ${what}; calls so far: ${seen}`));
      }, timeoutMs);
      // State outside the server (the database, logs) changes after a reply is sent: look again now and then.
      const poll = setInterval(check, 5);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.#events.off("call", check);
      };
      this.#events.on("call", check);
      check();
    });
  }

  /** Waits until `count` more successful messages than now reached `chatId`, and returns them. */
  async nextMessages(chatId: number, count = 1, timeoutMs = 5_000): Promise<ApiCall[]> {
    const before = this.sent(chatId).length;
    await this.waitFor(
      (_) => this.sent(chatId).length >= before + count,
      timeoutMs,
      `${count} message(s) to ${chatId}`,
    );
    return this.sent(chatId).slice(before, before + count);
  }

  async close(): Promise<void> {
    this.#events.emit("update");
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    if (this.#down) {
      req.socket.destroy();
      return;
    }
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? "");
    if (download) {
      const bytes = download[1] === FAKE_TOKEN ? this.#files.get(download[2] ?? "") : undefined;
      res.writeHead(bytes ? 200 : 404);
      res.end(bytes);
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const payload: Payload = body ? (JSON.parse(body) as Payload) : {};
    const send = (reply: ApiReply) => {
      if (res.destroyed) return;
      res.writeHead(reply.ok ? 200 : (reply.error_code ?? 400), { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    };
    if (!match) return send({ ok: false, error_code: 404, description: "Not Found" });
    const [, token, method = ""] = match;
    if (token !== FAKE_TOKEN) return send({ ok: false, error_code: 401, description: "Unauthorized" });
    if (this.#hold?.(method, payload)) {
      this.held++;
      this.#events.emit("call");
      await new Promise((resolve) => res.once("close", resolve));
      this.held--;
      this.calls.push({ method, payload, at, reply: { ok: false, description: "held: never answered" } });
      this.#events.emit("call");
      return;
    }
    const fault = this.takeFault(method, payload);
    if (fault === "hang") return;
    const reply =
      fault ?? (method === "getUpdates" ? await this.getUpdates(payload, req) : this.answer(method, payload));
    this.calls.push({ method, payload, at, reply });
    send(reply);
    this.#events.emit("call");
  }

  private async getUpdates(payload: Payload, req: IncomingMessage): Promise<ApiReply> {
    const offset = Number(payload.offset ?? 0);
    const limit = Number(payload.limit ?? 100);
    const timeout = Number(payload.timeout ?? 0);
    while (this.#queue.length > 0 && (this.#queue[0] as Update).update_id < offset) this.#queue.shift();
    if (this.#queue.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const events = this.#events;
        const timer = setTimeout(done, timeout * 1000);
        function done() {
          clearTimeout(timer);
          events.off("update", done);
          req.off("close", done);
          resolve();
        }
        events.on("update", done);
        req.on("close", done);
      });
    }
    const batch = this.#queue.slice(0, limit);
    const now = performance.now();
    for (const update of batch)
      if (!this.deliveredAt.has(update.update_id)) this.deliveredAt.set(update.update_id, now);
    return { ok: true, result: batch };
  }

  private takeFault(method: string, payload: Payload): ApiReply | "hang" | undefined {
    const fault = this.#faults.find(
      (f) => f.method === method && f.times > 0 && (f.chatId === undefined || f.chatId === payload.chat_id),
    );
    if (!fault) return undefined;
    fault.times--;
    return fault.reply;
  }

  private answer(method: string, payload: Payload): ApiReply {
    if (!this.checkHtml) {
      // Benchmarks: no checks, only the bookkeeping.
    } else if (payload.parse_mode === "HTML" && typeof payload.text === "string") {
      const { errors } = checkTelegramHtml(payload.text);
      if (errors.length > 0) {
        return { ok: false, error_code: 400, description: `Bad Request: can't parse entities: ${errors[0]}` };
      }
    } else if (
      typeof payload.text === "string" &&
      (payload.text.trim() === "" || payload.text.length > 4096)
    ) {
      return { ok: false, error_code: 400, description: "Bad Request: message text is empty or too long" };
    }
    const markup = payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    if (markup?.inline_keyboard?.some((row) => row.length === 0)) {
      return { ok: false, error_code: 400, description: "Bad Request: empty keyboard row" };
    }
    for (const button of markup?.inline_keyboard?.flat() ?? []) {
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) {
        return { ok: false, error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" };
      }
    }
    switch (method) {
      case "getMe":
        return { ok: true, result: FAKE_BOT };
      case "getChatMember": {
        const userId = Number(payload.user_id);
        const status = this.#members.get(`${payload.chat_id}:${userId}`) ?? "member";
        const user = { id: userId, is_bot: false, first_name: `User${userId}` };
        return { ok: true, result: { status, user } };
      }
      case "getFile": {
        const id = String(payload.file_id);
        const bytes = this.#files.get(id);
        if (!bytes) return { ok: false, error_code: 400, description: "Bad Request: invalid file_id" };
        return {
          ok: true,
          result: { file_id: id, file_unique_id: `u${id}`, file_size: bytes.length, file_path: id },
        };
      }
      case "sendMessage":
      case "sendPoll":
        return { ok: true, result: this.store(method, payload) };
      case "editMessageText":
      case "editMessageReplyMarkup":
        return this.edit(payload);
      case "answerInlineQuery":
        return this.checkInlineAnswer(payload);
      case "answerCallbackQuery":
      case "setMyCommands":
      case "deleteWebhook":
      case "setWebhook":
      case "sendChatAction":
      case "deleteMessage":
      case "stopPoll":
        return { ok: true, result: true };
      default:
        return { ok: false, error_code: 404, description: `Not Found: method ${method} is not faked` };
    }
  }

  /**
   * Telegram's checks of answerInlineQuery: at most 50 results, ids of 1–64 bytes and unique, every message
   * text valid (HTML parsed like a message's), URL buttons only, a button's start parameter of 1–64 safe
   * characters.
   */
  private checkInlineAnswer(payload: Payload): ApiReply {
    const bad = (what: string): ApiReply => ({
      ok: false,
      error_code: 400,
      description: `Bad Request: ${what}`,
    });
    const results = (payload.results ?? []) as Payload[];
    if (!Array.isArray(results) || results.length > 50) return bad("RESULTS_TOO_MUCH");
    const ids = new Set<string>();
    for (const result of results) {
      const id = String(result.id ?? "");
      if (id.length === 0 || Buffer.byteLength(id) > 64) return bad("RESULT_ID_INVALID");
      if (ids.has(id)) return bad("RESULT_ID_DUPLICATE");
      ids.add(id);
      if (typeof result.title !== "string" || result.title.trim() === "") return bad("RESULT_TITLE_EMPTY");
      const content = result.input_message_content as Payload | undefined;
      const text = content?.message_text;
      if (typeof text !== "string") return bad("MESSAGE_EMPTY");
      if (content?.parse_mode === "HTML") {
        const { errors } = checkTelegramHtml(text);
        if (errors.length > 0) return bad(`can't parse entities: ${errors[0]}`);
      } else if (text.trim() === "" || text.length > 4096) return bad("MESSAGE_TOO_LONG");
      const markup = result.reply_markup as { inline_keyboard?: Payload[][] } | undefined;
      for (const button of markup?.inline_keyboard?.flat() ?? []) {
        if (typeof button.url !== "string" || !/^https:\/\//.test(button.url))
          return bad("BUTTON_URL_INVALID");
      }
    }
    const button = payload.button as Payload | undefined;
    if (button && !/^[A-Za-z0-9_-]{1,64}$/.test(String(button.start_parameter ?? ""))) {
      return bad("START_PARAM_INVALID");
    }
    return { ok: true, result: true };
  }

  private store(method: string, payload: Payload): Message {
    const chatId = Number(payload.chat_id);
    const message = {
      message_id: this.#nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat:
        chatId > 0
          ? { id: chatId, type: "private", first_name: "User" }
          : { id: chatId, type: "group", title: "Group" },
      from: FAKE_BOT,
      ...(method === "sendPoll"
        ? {
            poll: {
              id: String(this.#nextPollId++),
              question: payload.question,
              options: (payload.options as { text: string }[]).map((o) => ({ text: o.text, voter_count: 0 })),
              total_voter_count: 0,
              is_closed: false,
              is_anonymous: payload.is_anonymous ?? true,
              type: payload.type ?? "regular",
              allows_multiple_answers: false,
            },
          }
        : { text: payload.text }),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    } as unknown as Message;
    this.#messages.set(`${chatId}:${message.message_id}`, message);
    return message;
  }

  private edit(payload: Payload): ApiReply {
    const key = `${payload.chat_id}:${payload.message_id}`;
    const message = this.#messages.get(key);
    if (!message)
      return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
    const edited = {
      ...message,
      ...(payload.text !== undefined ? { text: payload.text } : {}),
      reply_markup: payload.reply_markup,
    } as Message;
    if (
      edited.text === message.text &&
      JSON.stringify(edited.reply_markup) === JSON.stringify(message.reply_markup)
    ) {
      return { ok: false, error_code: 400, description: "Bad Request: message is not modified" };
    }
    this.#messages.set(key, edited);
    return { ok: true, result: edited };
  }

  /** A message the fake sent, as Telegram would attach it to a callback query. */
  message(chatId: number, messageId: number): Message | undefined {
    return this.#messages.get(`${chatId}:${messageId}`);
  }
}
