// The bot as a user meets it: the real runner polling the fake Bot API, the real search over ./knowledge.
import type { Message } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { FLOOD_WAIT_MAX_SECONDS } from "../../src/bot/bot.ts";
import { exampleQuestions } from "../../src/bot/features/start.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { createSearchEngine } from "../../src/search/engine.ts";
import { buttons, checkCalls, sentMessage, shown, textOf } from "../helpers/calls.ts";
import { type ApiCall, ERRORS, FAKE_BOT } from "../helpers/fake-bot-api.ts";
import { type Harness, realSearch, startHarness } from "../helpers/harness.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../helpers/telegram-html.ts";
import {
  botMessage,
  callbackQuery,
  command,
  editedMessage,
  groupChat,
  groupMessage,
  message,
  myChatMember,
  privateChat,
  sticker,
  user,
} from "../helpers/updates.ts";

let h: Harness;
let nextUser = 2000;
/** A fresh user per test, so tests do not share rate limits or chats. */
const newUser = () => user(nextUser++);

/** Presses the button labelled `label` (or whose data starts with it) under `call`'s message. */
function press(
  call: ApiCall | undefined,
  label: string | RegExp,
  from = user(Number(call?.payload.chat_id)),
) {
  const button = buttons(call).find((b) =>
    typeof label === "string" ? b.text === label : label.test(b.text) || label.test(b.callback_data ?? ""),
  );
  if (!button?.callback_data) throw new Error(`no button ${label} in ${JSON.stringify(buttons(call))}`);
  return h.fake.push(callbackQuery(button.callback_data, sentMessage(call as ApiCall), from));
}

beforeAll(async () => {
  h = await startHarness({ rateLimit: { timeFrame: 1000, limit: 1000 } });
});

// Every text the bot sent or edited in is valid Telegram HTML within the limits, and none was refused.
afterEach(() => checkCalls(h.fake));

afterAll(async () => {
  await h.stop();
});

describe("start-up", () => {
  test("registers the commands in Russian, drops any webhook, and polls for the updates it handles", async () => {
    const u = newUser();
    h.fake.push(command("help", "", { from: u }));
    await h.fake.nextMessages(u.id);
    const commands = (h.fake.callsOf("setMyCommands")[0]?.payload.commands ?? []) as {
      command: string;
      description: string;
    }[];
    const registered = commands.map((c) => c.command);
    expect(registered).toEqual(
      expect.arrayContaining(["start", "help", "topics", "topic", "quiz", "daily", "stats"]),
    );
    for (const c of commands) expect(c.description).toMatch(/[а-яё]/i);
    // The groups' menu has what works in a group: /top, which the private menu lacks.
    const inGroups = h.fake.callsOf("setMyCommands")[1]?.payload;
    expect(inGroups?.scope).toEqual({ type: "all_group_chats" });
    const groupCommands = ((inGroups?.commands ?? []) as { command: string }[]).map((c) => c.command);
    expect(groupCommands).toEqual(expect.arrayContaining(["quiz", "top", "daily", "stats"]));
    expect(registered).not.toContain("top");
    expect(h.fake.callsOf("deleteWebhook")).toHaveLength(1);
    const poll = h.fake.callsOf("getUpdates")[0];
    expect(poll?.payload.allowed_updates).toEqual([
      "message",
      "edited_message",
      "callback_query",
      "poll_answer",
      "my_chat_member",
      "inline_query",
    ]);
  });
});

describe("commands", () => {
  test("/start greets, offers three example questions as buttons, and lists the commands", async () => {
    const u = newUser();
    h.fake.push(command("start", "", { from: u }));
    const [greeting] = await h.fake.nextMessages(u.id);
    expect(shown(greeting)).toMatch(/^Привет, User\d+!/);
    expect(shown(greeting)).toContain("/topics");
    const examples = buttons(greeting);
    expect(examples).toHaveLength(3);

    press(greeting, examples[0]?.text as string, u);
    const [echo, answer] = await h.fake.nextMessages(u.id, 2);
    expect(textOf(echo)).toBe(`❓ ${examples[0]?.text}`);
    expect(shown(answer)).toContain("📄");
  });

  test("every /start example is answered surely, from the topic it names", async () => {
    const search = await realSearch();
    const examples = exampleQuestions(search);
    expect(examples).toHaveLength(3);
    for (const example of examples) {
      const answer = search.answer(example);
      expect(answer.kind, example).toBe("found");
      if (answer.kind !== "found") continue;
      const topic = search.topics.find((t) => t.id === answer.hits[0]?.passage.topicId);
      const name = example.replace(/^Что такое (.+)\?$/, "$1");
      expect(
        topic?.aliases.map((a) => a.toLowerCase()),
        example,
      ).toContain(name.toLowerCase());
    }
  });

  test("over the author's raw PDF text, every /start example is answered surely from the section it names", async () => {
    const knowledge = await loadKnowledge("test/eval/raw");
    const search = createSearchEngine(knowledge);
    const examples = exampleQuestions(search);
    expect(examples).toHaveLength(3);
    const sections = knowledge.topics.flatMap((t) => t.sections);
    for (const example of examples) {
      const answer = search.answer(example);
      expect(answer.kind, example).toBe("found");
      if (answer.kind !== "found") continue;
      const section = sections.find((s) => s.passageIds.includes(answer.hits[0]?.passage.id ?? ""));
      const name = example.replace(/^Что такое (.+)\?$/, "$1");
      expect(section?.heading.toLowerCase(), example).toContain(name.toLowerCase());
    }
  });

  test("/help lists every registered command with one line each", async () => {
    const u = newUser();
    h.fake.push(command("help", "", { from: u }));
    const [help] = await h.fake.nextMessages(u.id);
    for (const c of h.bot.commands) expect(shown(help)).toContain(`/${c.command} — ${c.description}`);
  });

  test("/stats of a new user invites to /quiz (the quiz commands are covered in quiz.test.ts)", async () => {
    const u = newUser();
    h.fake.push(command("stats", "", { from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    expect(shown(reply)).toContain("Вы ещё не ответили ни на один вопрос. Начните с /quiz.");
  });

  test("an unknown command gets a hint to /help", async () => {
    const u = newUser();
    h.fake.push(command("frobnicate", "now", { from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    expect(shown(reply)).toBe("Не знаю команду /frobnicate. Все команды — /help.");
  });
});

describe("topics", () => {
  test("/topics shows every topic as a button with its section count; a topic pages with ◀ ▶", async () => {
    const search = await realSearch();
    const u = newUser();
    h.fake.push(command("topics", "", { from: u }));
    const [list] = await h.fake.nextMessages(u.id);
    expect(buttons(list)).toHaveLength(search.topics.length);
    for (const b of buttons(list)) expect(b.text).toMatch(/ · \d+ раздел(а|ов)?$/);

    const long = search.topics.find((t) => t.sections.length > 8);
    expect(long, "the notes have a topic with more than 8 sections").toBeDefined();
    const label = buttons(list).find((b) => b.callback_data === `t:0:${long?.id}`)?.text as string;
    const edits = () => h.fake.callsOf("editMessageText", u.id);
    press(list, label, u);
    await h.fake.waitFor(() => edits().length === 1);
    const page1 = edits()[0];
    expect(shown(page1)).toContain("Разделы (стр. 1 из");
    expect(buttons(page1).map((b) => b.text)).toContain("▶");

    h.fake.push(
      callbackQuery(
        buttons(page1).find((b) => b.text === "▶")?.callback_data as string,
        sentMessage(list as ApiCall),
        u,
      ),
    );
    await h.fake.waitFor(() => edits().length === 2);
    const page2 = edits()[1];
    expect(shown(page2)).toContain("Разделы (стр. 2 из");
    expect(shown(page2)).toContain("9. ");
    expect(buttons(page2).map((b) => b.text)).toContain("◀");

    h.fake.push(
      callbackQuery(
        buttons(page2).find((b) => b.text === "↩ Все темы")?.callback_data as string,
        sentMessage(list as ApiCall),
        u,
      ),
    );
    await h.fake.waitFor(() => edits().length === 3);
    expect(shown(edits()[2])).toContain("Темы конспекта");
  });

  test("/topic finds a topic by a forgiving name, in Russian or English, and opens its sections", async () => {
    const u = newUser();
    for (const [name, title] of [
      ["сервисы", /Сервисы/],
      ["ingress", /Ингресс/],
      ["теинты", /taints/],
    ] as const) {
      h.fake.push(command("topic", name, { from: u }));
      const [topic] = await h.fake.nextMessages(u.id);
      expect(shown(topic).split("\n")[0]).toMatch(title);
      expect(shown(topic)).toMatch(/Разделы/);
    }
    const [services] = h.fake.sent(u.id);
    const section = buttons(services).find((b) => b.text.startsWith("2. "));
    press(services, section?.text as string, u);
    const [opened] = await h.fake.nextMessages(u.id);
    expect(shown(opened).split("\n")[0]).toContain("›");
    expect(buttons(opened).map((b) => b.text)).toContain("↩ К теме");
  });

  test("/topic without a name lists the topics; an unknown name says so", async () => {
    const u = newUser();
    h.fake.push(command("topic", "", { from: u }));
    const [list] = await h.fake.nextMessages(u.id);
    expect(shown(list)).toMatch(/^Темы конспекта/);
    h.fake.push(command("topic", "кулинария <b>", { from: u }));
    const [unknown] = await h.fake.nextMessages(u.id);
    expect(shown(unknown)).toMatch(/^Не нашёл тему «кулинария <b>»/);
  });

  test("/topic with a name only some section touches offers those sections, and opens no topic", async () => {
    const u = newUser();
    // «логи»: the notes have no topic about logs; the DaemonSet section names log agents among its uses.
    h.fake.push(command("topic", "логи", { from: u }));
    const [near] = await h.fake.nextMessages(u.id);
    expect(shown(near)).toBe("Темы «логи» в конспекте нет. Возможно, вы про:");
    const labels = buttons(near).map((b) => b.text);
    expect(labels.at(-1)).toBe("↩ Все темы");
    const daemonSet = labels.find((l) => l.endsWith("› DaemonSet"));
    expect(daemonSet).toBeDefined();
    press(near, daemonSet as string, u);
    const [opened] = await h.fake.nextMessages(u.id);
    expect(shown(opened)).toMatch(/DaemonSet/);
  });
});

describe("questions", () => {
  test("a question gets a snippet with matched words in bold, its source, and the buttons", async () => {
    const u = newUser();
    h.fake.push(message("что такое ClusterIP", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(textOf(answer)).toMatch(/<b>[^<]*ClusterIP[^<]*<\/b>/i);
    expect(shown(answer)).toMatch(/📄 .+/);
    const labels = buttons(answer).map((b) => b.text);
    expect(labels).toContain("Тема целиком");

    press(answer, "Тема целиком", u);
    const [topic] = await h.fake.nextMessages(u.id);
    expect(shown(topic)).toMatch(/Разделы/);

    if (labels.includes("Ещё")) {
      press(answer, "Ещё", u);
      const [more] = await h.fake.nextMessages(u.id);
      expect(shown(more)).toMatch(/^Ещё по запросу «что такое ClusterIP»:/);
      expect(shown(more)).toContain("📄");
    }
  });

  test("a comparison shows both sides", async () => {
    const u = newUser();
    h.fake.push(message("чем ClusterIP отличается от NodePort", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(shown(answer)).toMatch(/^Сравнение: /);
    expect(shown(answer)).toMatch(/ClusterIP/i);
    expect(shown(answer)).toMatch(/NodePort/i);
  });

  test("a question the notes cannot answer says so and suggests topics as buttons", async () => {
    const u = newUser();
    h.fake.push(message("как испечь торт с вишней", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(shown(answer)).toMatch(/^Ничего не нашёл по запросу «как испечь торт с вишней»/);
    for (const b of buttons(answer)) expect(b.callback_data).toMatch(/^o:/);
  });

  test("a topic's name alone, with no passage surely about it, offers the topic whole after the candidates", async () => {
    const u = newUser();
    h.fake.push(message("helm", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    const [said, ...lines] = shown(answer).split("\n").filter(Boolean);
    expect(said).toBe("Точного ответа нет. Возможно, вы про:");
    // A line per candidate, as many as the buttons that open them.
    expect(lines.every((l) => l.startsWith("• "))).toBe(true);
    expect(lines).toHaveLength(buttons(answer).length - 1);
    expect(buttons(answer).at(-1)?.text).toBe("Тема целиком: Хельм (Helm)");
    press(answer, "Тема целиком: Хельм (Helm)", u);
    const [topic] = await h.fake.nextMessages(u.id);
    expect(shown(topic).split("\n")[0]).toBe("Хельм (Helm)");
  });

  test("«Ещё» on a forgotten answer explains what to do", async () => {
    const u = newUser();
    h.fake.push(callbackQuery("m:0:gone", botMessage("старый ответ", privateChat(u.id)), u));
    await h.fake.waitFor(() =>
      h.fake.callsOf("answerCallbackQuery").some((c) => /забыт/.test(String(c.payload.text))),
    );
    const [alert] = h.fake.callsOf("answerCallbackQuery").filter((c) => /забыт/.test(String(c.payload.text)));
    expect(alert?.payload.show_alert).toBe(true);
  });

  test("HTML in a question is escaped, never interpreted", async () => {
    const u = newUser();
    h.fake.push(message('<b>под</b> & <a href="x">что это</a> <script>', { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    assertTelegramHtml(textOf(answer));
    expect(textOf(answer)).not.toContain("<script>");
    expect(textOf(answer)).not.toContain('<a href="x">');
  });

  test("a 5,000-character message gets an answer within Telegram's limits", async () => {
    const u = newUser();
    const long = `что такое под ${"и ещё немного текста ".repeat(250)}`.slice(0, 5000);
    expect(long).toHaveLength(5000);
    h.fake.push(message(long, { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(checkTelegramHtml(textOf(answer)).text.length).toBeLessThanOrEqual(4096);
  });

  test("an edited message is answered again, replying to it", async () => {
    const u = newUser();
    const update = editedMessage("что такое NodePort", { from: u });
    h.fake.push(update);
    const [answer] = await h.fake.nextMessages(u.id);
    expect(shown(answer)).toContain("📄");
    expect((answer?.payload.reply_parameters as { message_id?: number } | undefined)?.message_id).toBe(
      update.edited_message?.message_id,
    );
  });

  test("stickers get a hint that the bot reads text", async () => {
    const u = newUser();
    h.fake.push(sticker({ from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    expect(textOf(reply)).toBe("Я читаю только текст — напишите вопрос словами.");
  });
});

describe("groups", () => {
  test("answers only commands, mentions and replies to the bot", async () => {
    const chat = groupChat(-1001);
    const u = newUser();
    const inGroup = (text: string, replyTo?: Message) =>
      h.fake.push(groupMessage(text, { chat, from: u, ...(replyTo ? { replyTo } : {}) }));
    inGroup("что такое под");
    inGroup("/help@some_other_bot");
    sticker({ from: u, chat });
    inGroup("/help");
    const [help] = await h.fake.nextMessages(chat.id);
    expect(shown(help)).toMatch(/^Команды/);
    expect(h.fake.sent(chat.id)).toHaveLength(1);

    inGroup(`@${FAKE_BOT.username} что такое ClusterIP`);
    const [mentioned] = await h.fake.nextMessages(chat.id);
    expect(shown(mentioned)).toContain("📄");
    expect(mentioned?.payload.reply_parameters).toBeDefined();

    inGroup("а что такое NodePort", botMessage("ответ бота", chat));
    const [replied] = await h.fake.nextMessages(chat.id);
    expect(shown(replied)).toContain("📄");

    inGroup(`/topics@${FAKE_BOT.username}`);
    const [topics] = await h.fake.nextMessages(chat.id);
    expect(shown(topics)).toMatch(/^Темы конспекта/);
    expect(h.fake.sent(chat.id)).toHaveLength(4);
  });
});

describe("faults", () => {
  test("a 429 is retried after retry_after and the message arrives", async () => {
    const u = newUser();
    h.fake.fail("sendMessage", ERRORS.tooManyRequests(1), { chatId: u.id });
    h.fake.push(command("help", "", { from: u }));
    const [help] = await h.fake.nextMessages(u.id, 1, 10_000);
    expect(shown(help)).toMatch(/^Команды/);
    const attempts = h.fake.callsOf("sendMessage", u.id);
    expect(attempts.map((c) => c.reply.error_code ?? 200)).toEqual([429, 200]);
  });

  test("a flood wait longer than the bot waits out is logged, and nothing is sent into it: no apology", async () => {
    expect(FLOOD_WAIT_MAX_SECONDS).toBeGreaterThanOrEqual(60);
    const u = newUser();
    h.fake.fail("sendMessage", ERRORS.tooManyRequests(FLOOD_WAIT_MAX_SECONDS + 1), { chatId: u.id });
    const updateId = h.fake.push(command("help", "", { from: u }));
    await h.fake.waitFor(() => h.logs.some((l) => l.update_id === updateId && l.error_code === 429));
    const line = h.logs.find((l) => l.update_id === updateId && l.error_code === 429);
    expect(line).toMatchObject({ level: 40, msg: "flood wait too long; reply dropped" });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsOf("sendMessage", u.id)).toHaveLength(1);
  });

  test("a 500 is retried too", async () => {
    const u = newUser();
    h.fake.fail("sendMessage", ERRORS.internal(), { chatId: u.id });
    h.fake.push(command("help", "", { from: u }));
    await h.fake.nextMessages(u.id, 1, 10_000);
    expect(h.fake.callsOf("sendMessage", u.id).map((c) => c.reply.error_code ?? 200)).toEqual([500, 200]);
  });

  test("a 403 marks the user blocked, is logged at warn with the update id and no payload, and the bot goes on", async () => {
    const u = newUser();
    h.fake.fail("sendMessage", ERRORS.blocked(), { chatId: u.id });
    const updateId = h.fake.push(command("help", "", { from: u }));
    await h.fake.waitFor(() => h.users.isBlocked(u.id));
    await h.fake.waitFor(() => h.logs.some((l) => l.update_id === updateId && l.error_code === 403));
    const line = h.logs.find((l) => l.update_id === updateId && l.error_code === 403);
    expect(line).toMatchObject({ level: 40, msg: "the user cannot be reached", method: "sendMessage" });
    expect(JSON.stringify(line)).not.toContain("Команды");
    expect(h.fake.callsOf("sendMessage", u.id)).toHaveLength(1);

    h.fake.push(command("help", "", { from: u }));
    await h.fake.nextMessages(u.id);
    expect(h.users.isBlocked(u.id)).toBe(false);
  });

  test("blocking the bot in Telegram marks the user blocked", async () => {
    const u = newUser();
    h.fake.push(command("start", "", { from: u }));
    await h.fake.nextMessages(u.id);
    h.fake.push(myChatMember(u.id, "kicked"));
    await h.fake.waitFor(() => h.users.isBlocked(u.id));
  });
});

describe("failing handlers and floods", () => {
  test("a failing handler is logged, the user gets an apology, and later updates are answered", async () => {
    const search = await realSearch();
    const broken = await startHarness({
      rateLimit: { timeFrame: 1000, limit: 1000 },
      search: {
        topics: search.topics,
        findTopic: (name) => search.findTopic(name),
        passage: (id) => search.passage(id),
        answer: (query) => {
          if (query.includes("💥")) throw new Error("search exploded");
          return search.answer(query);
        },
      },
    });
    try {
      const u = newUser();
      const updateId = broken.fake.push(message("💥 что такое под", { from: u }));
      const [apology] = await broken.fake.nextMessages(u.id);
      expect(textOf(apology)).toBe("Извините, что-то пошло не так. Попробуйте ещё раз чуть позже.");
      const logged = broken.logs.find((l) => l.msg === "update failed");
      expect(logged?.update_id).toBe(updateId);
      expect((logged?.err as { message?: string } | undefined)?.message).toBe("search exploded");

      broken.fake.push(message("что такое под", { from: u }));
      const [answer] = await broken.fake.nextMessages(u.id);
      expect(shown(answer)).toContain("📄");
    } finally {
      await broken.stop();
    }
  });

  test("a flooding user is warned once and the excess is dropped", async () => {
    const flood = await startHarness({ rateLimit: { timeFrame: 60_000, limit: 2 } });
    try {
      const u = newUser();
      for (let i = 0; i < 6; i++) flood.fake.push(command("help", "", { from: u }));
      // Another user in the same chat: chats are handled in order, so once this is answered, all above were.
      flood.fake.push(command("stats", "", { from: newUser(), chat: privateChat(u.id) }));
      await flood.fake.waitFor(() => flood.fake.sent(u.id).some((c) => shown(c).startsWith("Ваш прогресс")));
      expect(flood.fake.sent(u.id).map((c) => shown(c).split("\n")[0])).toEqual([
        "Команды",
        "Команды",
        "Слишком много сообщений подряд — подождите пару секунд.",
        "Ваш прогресс",
      ]);
    } finally {
      await flood.stop();
    }
  });
});
