// A group's daily quiz end to end: set by a group admin (not by other members), sent once a day to the
// whole group by the durable daily sender, stopped when the bot is removed (403 or my_chat_member), and
// moved when the group becomes a supergroup.
import type { User } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type DailySender, startDailySender } from "../../../src/bot/daily-sender.ts";
import { checkCalls, rightOptionShown, sentPollId, shown, textOf } from "../../helpers/calls.ts";
import { type ApiCall, ERRORS } from "../../helpers/fake-bot-api.ts";
import { type Harness, memoryLogger, startHarness } from "../../helpers/harness.ts";
import {
  ANONYMOUS_ADMIN,
  botInGroup,
  command,
  groupChat,
  migratedTo,
  pollAnswer,
  user,
} from "../../helpers/updates.ts";

/** The fake clock: 10 March 2026, 08:59:30 in Moscow (UTC+3). */
let now = new Date("2026-03-10T05:59:30Z");
const at = (iso: string) => {
  now = new Date(iso);
};

let h: Harness;
let nextChat = -300100;
let nextUser = 9500;
const senders: DailySender[] = [];

/** A daily sender whose timer never fires on its own: the tests tick it. */
function sender(): DailySender {
  const started = startDailySender({
    api: h.bot.api,
    quiz: h.quiz,
    logger: memoryLogger().logger,
    every: () => () => {},
    pace: () => Promise.resolve(),
  });
  senders.push(started);
  return started;
}

const polls = (chatId: number) => h.fake.callsOf("sendPoll", chatId).filter((c) => c.reply.ok);
const headers = (chatId: number) =>
  h.fake.sent(chatId).filter((c) => textOf(c).startsWith("☀️ Ежедневная викторина"));

/** A new group with an admin (status administrator) and a plain member. */
function newGroup() {
  const chat = groupChat(nextChat--);
  const admin = user(nextUser++, "Админ");
  const plain = user(nextUser++, "Участник");
  h.fake.setMember(chat.id, admin.id, "administrator");
  return { chat, admin, plain };
}

/** Sends `/daily args` in `chat` from `from` and returns the bot's reply. */
async function daily(chat: ReturnType<typeof groupChat>, from: User, args: string, anonymous = false) {
  h.fake.push(command("daily", args, { chat, from, ...(anonymous ? { senderChat: chat } : {}) }));
  const [reply] = await h.fake.nextMessages(chat.id);
  return reply as ApiCall;
}

beforeAll(async () => {
  h = await startHarness({ rateLimit: { timeFrame: 1000, limit: 1000 } }, { now: () => now });
});

afterEach(async () => {
  await Promise.all(senders.splice(0).map((s) => s.stop()));
});

afterAll(async () => {
  checkCalls(h.fake, (call) => call.reply.parameters?.migrate_to_chat_id !== undefined);
  await h.stop();
});

describe("/daily in a group", () => {
  test("a member who is not an admin is refused politely, and nothing is set", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, plain } = newGroup();
    const reply = await daily(chat, plain, "09:00");
    expect(textOf(reply)).toBe(
      "Ежедневную викторину группы настраивают её администраторы. Посмотреть настройку может каждый: /daily",
    );
    expect(h.fake.callsOf("getChatMember", chat.id).at(-1)?.payload.user_id).toBe(plain.id);
    expect(h.quiz.daily.get(chat.id)).toBeUndefined();
    expect(h.quiz.daily.get(plain.id)).toBeUndefined();
    // Looking is for everyone.
    expect(shown(await daily(chat, plain, ""))).toMatch(/^Ежедневная викторина выключена/);
  });

  test("an admin sets it for the whole group, keyed by the group; an anonymous admin may too", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, admin } = newGroup();
    const reply = await daily(chat, admin, "09:00 2");
    expect(shown(reply)).toBe(
      [
        "Готово! Каждый день в 09:00 (Europe/Moscow) пришлю 2 вопроса.",
        "Первый раз — сегодня. Другой часовой пояс: /timezone Europe/Berlin · выключить: /daily off",
        "Вопросы — для всей группы, каждый отвечает за себя; рейтинг недели — /top.",
      ].join("\n"),
    );
    expect(h.quiz.daily.get(chat.id)).toMatchObject({ userId: chat.id, chatId: chat.id, count: 2 });
    expect(h.quiz.daily.get(admin.id)).toBeUndefined();

    const before = h.fake.callsOf("getChatMember").length;
    const off = await daily(chat, ANONYMOUS_ADMIN, "off", true);
    expect(textOf(off)).toBe("Ежедневная викторина группы выключена. Включить снова: /daily 09:00");
    expect(h.fake.callsOf("getChatMember")).toHaveLength(before);
    expect(h.quiz.daily.get(chat.id)).toBeUndefined();
  });

  test("a channel posting in the group is not an admin of it", async () => {
    const { chat } = newGroup();
    const channel = { id: -100999, type: "channel", title: "Новости" } as const;
    h.fake.push(command("daily", "09:00", { chat, from: user(136817688, "Channel"), senderChat: channel }));
    const [reply] = await h.fake.nextMessages(chat.id);
    expect(textOf(reply)).toMatch(/^Ежедневную викторину группы настраивают её администраторы/);
    expect(h.quiz.daily.get(chat.id)).toBeUndefined();
  });
});

describe("the group's daily delivery", () => {
  test("comes once a day as quiz polls for everyone, and members' answers count for them", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, admin, plain } = newGroup();
    await daily(chat, admin, "09:00 2");

    at("2026-03-10T06:00:05Z");
    const first = sender();
    await first.idle();
    expect(headers(chat.id).map(textOf)).toEqual([
      "☀️ Ежедневная викторина группы: 2 вопроса, отвечает каждый. Рейтинг недели — /top",
    ]);
    const sent = polls(chat.id);
    expect(sent).toHaveLength(2);
    for (const poll of sent) expect(poll.payload).toMatchObject({ type: "quiz", is_anonymous: false });
    const cardIds = sent.map((p) => h.quiz.groups.findQuiz(sentPollId(p))?.cardId);
    expect(new Set(cardIds).size).toBe(2);

    // Again the same minute, later that day, and from a second process: nothing more.
    expect(await first.tick()).toBe(0);
    at("2026-03-10T15:00:00Z");
    expect(await sender().tick()).toBe(0);
    expect(polls(chat.id)).toHaveLength(2);

    const poll = sent[0] as ApiCall;
    const right = rightOptionShown(poll);
    h.fake.push(pollAnswer(sentPollId(poll), plain, [right]));
    await h.fake.waitFor(
      () => h.quiz.scheduler.getStats(plain.id, h.quiz.deck, now, "Europe/Moscow").correct === 1,
      5_000,
      "the member's answer",
    );

    // The next day it comes again, with cards the group was not asked yet.
    at("2026-03-11T06:00:05Z");
    expect(await first.tick()).toBe(1);
    expect(polls(chat.id)).toHaveLength(4);
    const next = polls(chat.id)
      .slice(2)
      .map((p) => h.quiz.groups.findQuiz(sentPollId(p))?.cardId);
    expect(next.filter((id) => cardIds.includes(id))).toEqual([]);
  });

  test("a 403 (the bot was removed) stops the group's daily quiz", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, admin } = newGroup();
    await daily(chat, admin, "09:00");
    h.fake.fail("sendMessage", ERRORS.kicked(), { chatId: chat.id });

    at("2026-03-10T06:00:05Z");
    const s = sender();
    await s.idle();
    expect(h.fake.callsOf("sendMessage", chat.id).at(-1)?.reply.error_code).toBe(403);
    expect(h.quiz.daily.get(chat.id)).toBeUndefined();
    at("2026-03-11T06:00:05Z");
    expect(await s.tick()).toBe(0);
    expect(polls(chat.id)).toHaveLength(0);
  });

  test("removing the bot from the group stops it; adding it back greets the group", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, admin } = newGroup();
    await daily(chat, admin, "09:00");
    h.fake.push(botInGroup(chat, "kicked", admin));
    await h.fake.waitFor(() => h.quiz.daily.get(chat.id) === undefined, 5_000, "the unsubscription");

    h.fake.push(botInGroup(chat, "member", admin));
    const [greeting] = await h.fake.nextMessages(chat.id);
    expect(shown(greeting)).toMatch(/^Привет! Я задаю вопросы по конспекту Kubernetes\./);
    expect(shown(greeting)).toContain("@konspekt_test_bot что такое под");
  });

  test("a group that became a supergroup keeps its daily quiz and time zone under the new id", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, admin } = newGroup();
    h.fake.push(command("timezone", "Новосибирск", { chat, from: admin }));
    const [zone] = await h.fake.nextMessages(chat.id);
    expect(shown(zone)).toMatch(/^Часовой пояс группы сохранён: Asia\/Novosibirsk\. Сейчас там 12:00\.$/);
    await daily(chat, admin, "13:00");

    const supergroup = { id: -1001300100, type: "supergroup", title: "Kubernetes study group" } as const;
    h.fake.push(migratedTo(chat, supergroup.id, admin));
    await h.fake.waitFor(() => h.quiz.daily.get(supergroup.id) !== undefined, 5_000, "the move");
    expect(h.quiz.daily.get(chat.id)).toBeUndefined();

    at("2026-03-10T06:00:05Z"); // 13:00:05 in Novosibirsk
    await sender().idle();
    expect(headers(supergroup.id)).toHaveLength(1);
    expect(polls(supergroup.id)).toHaveLength(1);
    expect(headers(chat.id)).toHaveLength(0);
  });
  test("a delivery to a group Telegram says was upgraded goes to the supergroup the same round", async () => {
    at("2026-03-10T05:00:00Z");
    const { chat, admin } = newGroup();
    await daily(chat, admin, "09:00");
    const supergroup = -1001300200;
    h.fake.fail(
      "sendMessage",
      {
        ok: false,
        error_code: 400,
        description: "Bad Request: group chat was upgraded to a supergroup chat",
        parameters: { migrate_to_chat_id: supergroup },
      },
      { chatId: chat.id },
    );

    at("2026-03-10T06:00:05Z");
    await sender().idle();
    expect(headers(chat.id)).toHaveLength(0);
    expect(headers(supergroup)).toHaveLength(1);
    expect(polls(supergroup)).toHaveLength(1);
    expect(h.quiz.daily.get(supergroup)).toMatchObject({ chatId: supergroup, lastSentDate: "2026-03-10" });
  });
});

describe("/timezone in a group", () => {
  test("anyone sees the group's zone; only an admin changes it", async () => {
    const { chat, plain } = newGroup();
    h.fake.push(command("timezone", "", { chat, from: plain }));
    const [show] = await h.fake.nextMessages(chat.id);
    expect(shown(show)).toMatch(/^Часовой пояс группы: Europe\/Moscow \(по умолчанию\)\. Сейчас там/);

    h.fake.push(command("timezone", "Berlin", { chat, from: plain }));
    const [refused] = await h.fake.nextMessages(chat.id);
    expect(textOf(refused)).toMatch(/^Часовой пояс группы меняют её администраторы/);
    expect(h.users.getTimezone(chat.id)).toBeUndefined();
    expect(h.users.getTimezone(plain.id)).toBeUndefined();
  });
});
