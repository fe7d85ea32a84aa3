// Quizzes in a group, end to end through the fake Bot API: /quiz posts one non-anonymous quiz poll, every
// member's answer counts for that member, and /top ranks the week's answers with names escaped.
import type { User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkCalls, rightOptionShown, sentPollId, shown, textOf } from "../../helpers/calls.ts";
import type { ApiCall } from "../../helpers/fake-bot-api.ts";
import { type Harness, realSearch, startHarness } from "../../helpers/harness.ts";
import { ANONYMOUS_ADMIN, command, groupChat, pollAnswer, user } from "../../helpers/updates.ts";

/** The fake clock: Wednesday 11 March 2026, 12:00 in Moscow. */
let now = new Date("2026-03-11T09:00:00Z");
let h: Harness;
let nextChat = -200100;
let nextUser = 9100;

const member = (firstName: string, lastName?: string): User => ({
  ...user(nextUser++, firstName),
  ...(lastName ? { last_name: lastName } : {}),
});

const polls = (chatId: number) => h.fake.callsOf("sendPoll", chatId).filter((c) => c.reply.ok);
const wrongShown = (call: ApiCall) => (rightOptionShown(call) === 0 ? 1 : 0);
const answered = (u: User) => h.quiz.scheduler.getStats(u.id, h.quiz.deck, now, "Europe/Moscow");

/** Posts `/quiz` in `chat` and returns the poll the bot sent. */
async function groupQuiz(chat: ReturnType<typeof groupChat>, from: User, args = ""): Promise<ApiCall> {
  const before = polls(chat.id).length;
  h.fake.push(command("quiz", args, { chat, from }));
  // The bot records the poll once Telegram answered: wait for that too.
  const posted = () => polls(chat.id)[before];
  await h.fake.waitFor(
    () => {
      const poll = posted();
      return poll !== undefined && h.quiz.groups.findQuiz(sentPollId(poll)) !== undefined;
    },
    5_000,
    "a recorded group poll",
  );
  return posted() as ApiCall;
}

/** `u` answers the poll; resolves once the answer is stored. */
async function answer(poll: ApiCall, u: User, right: boolean): Promise<void> {
  const before = answered(u).answered;
  h.fake.push(pollAnswer(sentPollId(poll), u, [right ? rightOptionShown(poll) : wrongShown(poll)]));
  await h.fake.waitFor(() => answered(u).answered > before, 5_000, `the answer of ${u.first_name}`);
}

beforeAll(async () => {
  h = await startHarness({ rateLimit: { timeFrame: 1000, limit: 1000 } }, { now: () => now });
});

afterAll(async () => {
  checkCalls(h.fake);
  await h.stop();
});

describe("/quiz in a group", () => {
  test("posts a non-anonymous quiz poll, and each member's answer counts for that member only", async () => {
    const chat = groupChat(nextChat--);
    const [anna, boris] = [member("Анна"), member("Борис")];
    const poll = await groupQuiz(chat, anna);
    expect(poll.payload).toMatchObject({ chat_id: chat.id, type: "quiz", is_anonymous: false });
    expect(h.quiz.groups.findQuiz(sentPollId(poll))?.chatId).toBe(chat.id);

    await answer(poll, anna, true);
    await answer(poll, boris, false);
    expect(answered(anna)).toMatchObject({ answered: 1, correct: 1 });
    expect(answered(boris)).toMatchObject({ answered: 1, correct: 0 });
    // Nobody's progress is the group's: the chat id has none, and the one who asked got no extra answer.
    expect(h.quiz.scheduler.getStats(chat.id, h.quiz.deck, now, "Europe/Moscow").answered).toBe(0);

    // Telegram does not let a quiz vote change, but a repeated update must not count twice.
    h.fake.push(pollAnswer(sentPollId(poll), anna, [wrongShown(poll)]));
    h.fake.push(command("top", "", { chat, from: anna }));
    await h.fake.nextMessages(chat.id);
    expect(answered(anna)).toMatchObject({ answered: 1, correct: 1 });
    // No message per answer: the poll shows each member the right option itself.
    expect(h.fake.sent(chat.id)).toHaveLength(1);
  });

  test("asks the group every card once before repeating one, whoever asks", async () => {
    const chat = groupChat(nextChat--);
    const cards = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const poll = await groupQuiz(chat, member(`Участник${i}`));
      cards.add(h.quiz.groups.findQuiz(sentPollId(poll))?.cardId ?? "");
    }
    expect(cards.size).toBe(6);
  });

  test("a topic keeps to the topic; an unknown one is said so", async () => {
    const chat = groupChat(nextChat--);
    const poll = await groupQuiz(chat, member("Вера"), "сервисы");
    const card = h.quiz.deck.byId(h.quiz.groups.findQuiz(sentPollId(poll))?.cardId ?? "");
    const services = (await realSearch()).findTopic("сервисы");
    expect(services.kind).toBe("topic");
    expect(card?.topicId).toBe(services.kind === "topic" ? services.topic.id : undefined);

    h.fake.push(command("quiz", "абракадабра", { chat, from: member("Вера") }));
    const [reply] = await h.fake.nextMessages(chat.id);
    expect(shown(reply)).toBe("Не нашёл тему «абракадабра». Все темы — /topics, вопрос из любой — /quiz.");
  });
});

describe("/top", () => {
  test("ranks this week's right answers, then accuracy, with names as Telegram shows them, escaped", async () => {
    const chat = groupChat(nextChat--);
    const anna = member("Анна", "<Ops> & Co");
    const boris = member("Борис");
    const vera = member("Вера", "Смирнова");
    const gleb = member("Глеб");
    const asked: ApiCall[] = [];
    for (let i = 0; i < 3; i++) asked.push(await groupQuiz(chat, anna));
    const [q1, q2, q3] = asked as [ApiCall, ApiCall, ApiCall];
    // Анна 2 of 3, Борис 2 of 2, Вера 1 of 1, Глеб 0 of 1.
    await answer(q1, anna, true);
    await answer(q2, anna, false);
    await answer(q3, anna, true);
    await answer(q1, boris, true);
    await answer(q2, boris, true);
    await answer(q3, vera, true);
    await answer(q1, gleb, false);

    h.fake.push(command("top", "", { chat, from: gleb }));
    const [top] = await h.fake.nextMessages(chat.id);
    expect(textOf(top)).toContain("Анна &lt;Ops&gt; &amp; Co");
    expect(shown(top)).toBe(
      [
        "🏆 Рейтинг недели — с понедельника, 9 марта",
        "",
        "🥇 Борис — 2 из 2 (100%)",
        "🥈 Анна <Ops> & Co — 2 из 3 (67%)",
        "🥉 Вера Смирнова — 1 из 1 (100%)",
        "4. Глеб — 0 из 1 (0%)",
        "",
        "Места — по верным ответам, при равенстве — по точности. Вопрос для всех — /quiz",
      ].join("\n"),
    );
  });

  test("starts afresh on Monday, and another group's answers never count", async () => {
    const chat = groupChat(nextChat--);
    const other = groupChat(nextChat--);
    const anna = member("Анна");
    await answer(await groupQuiz(other, anna), anna, true);
    h.fake.push(command("top", "", { chat, from: anna }));
    const [empty] = await h.fake.nextMessages(chat.id);
    expect(shown(empty)).toBe("🏆 На этой неделе в группе ещё никто не ответил. Вопрос для всех — /quiz");

    const saved = now;
    now = new Date("2026-03-15T21:00:00Z"); // Monday 16 March, 00:00 in Moscow
    try {
      h.fake.push(command("top", "", { chat: other, from: anna }));
      const [monday] = await h.fake.nextMessages(other.id);
      expect(shown(monday)).toMatch(/^🏆 На этой неделе в группе ещё никто не ответил/);
    } finally {
      now = saved;
    }
  });

  test("in a private chat it says the leaderboard lives in groups", async () => {
    const u = member("Дина");
    h.fake.push(command("top", "", { from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    expect(textOf(reply)).toMatch(/^Рейтинг ведётся в группах/);
  });
});

describe("/stats in a group", () => {
  test("is the member's own progress, group answers included, as a reply to them", async () => {
    const chat = groupChat(nextChat--);
    const u = member("Ева");
    await answer(await groupQuiz(chat, u), u, true);
    const update = command("stats", "", { chat, from: u });
    h.fake.push(update);
    const [reply] = await h.fake.nextMessages(chat.id);
    expect(shown(reply)).toContain("Ответов: 1, верных: 1 (100%)");
    expect(reply?.payload.reply_parameters).toEqual({ message_id: update.message?.message_id });
  });

  test("on behalf of the group (an anonymous admin) it says progress is per member", async () => {
    const chat = groupChat(nextChat--);
    h.fake.push(command("stats", "", { chat, from: ANONYMOUS_ADMIN, senderChat: chat }));
    const [reply] = await h.fake.nextMessages(chat.id);
    expect(textOf(reply)).toMatch(/^Прогресс ведётся для каждого участника/);
  });
});
