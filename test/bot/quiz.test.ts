// /quiz, poll answers, button quizzes, «Ещё вопрос», /stats and /forget, through the fake Bot API.
import type { Message } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { QuizDeps } from "../../src/bot/context.ts";
import { createDeck } from "../../src/quiz/deck.ts";
import { createCardReports } from "../../src/quiz/reports.ts";
import type { Card } from "../../src/quiz/types.ts";
import { createCardReportStore } from "../../src/store/card-reports.ts";
import { openDatabase } from "../../src/store/db.ts";
import { type Button, buttons, checkCalls, sentMessage, shown } from "../helpers/calls.ts";
import type { ApiCall } from "../helpers/fake-bot-api.ts";
import { type Harness, realKnowledge, realQuiz, startHarness } from "../helpers/harness.ts";
import { answerCard, cardsSent, nextCard } from "../helpers/quiz.ts";
import { callbackQuery, command, pollAnswer, user } from "../helpers/updates.ts";

let h: Harness;
let nextUser = 5000;
const newUser = () => user(nextUser++);

/** Waits for the next quiz poll sent to `chatId`. */
async function nextPoll(harness: Harness, chatId: number): Promise<ApiCall> {
  const before = harness.fake.callsOf("sendPoll", chatId).length;
  await harness.fake.waitFor(() => harness.fake.callsOf("sendPoll", chatId).length > before);
  return harness.fake.callsOf("sendPoll", chatId)[before] as ApiCall;
}

/** The card a poll asks, by its question, and the options as shown. */
function cardOf(harness: Harness, poll: ApiCall): { card: Card; shownOptions: string[] } {
  const card = harness.quiz.deck.cards.find((c) => c.question === poll.payload.question);
  if (!card) throw new Error(`no card asks ${String(poll.payload.question)}`);
  return { card, shownOptions: (poll.payload.options as { text: string }[]).map((o) => o.text) };
}

const pollId = (poll: ApiCall) => (poll.reply.result as Message.PollMessage).poll.id;

beforeAll(async () => {
  h = await startHarness({ rateLimit: { timeFrame: 1000, limit: 1000 } });
});

afterEach(() => checkCalls(h.fake));

afterAll(async () => {
  await h.stop();
});

describe("/quiz as a native quiz poll", () => {
  test("sends the next card as a non-anonymous quiz with the right answer marked, and records it", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "", { from: u }));
    const poll = await nextPoll(h, u.id);
    const { card, shownOptions } = cardOf(h, poll);

    expect(poll.payload.type).toBe("quiz");
    expect(poll.payload.is_anonymous).toBe(false);
    expect([...shownOptions].sort()).toEqual([...card.options].sort());
    const correct = poll.payload.correct_option_id as number;
    expect(shownOptions[correct]).toBe(card.options[card.correctIndex]);
    expect(poll.payload.correct_option_ids).toEqual([correct]);
    expect(String(poll.payload.explanation).length).toBeGreaterThan(0);
    expect(String(poll.payload.explanation).length).toBeLessThanOrEqual(200);

    // The bot records the poll once Telegram returns its id: a moment after the call.
    await h.fake.waitFor(() => h.quiz.polls.find(pollId(poll)) !== undefined);
    const recorded = h.quiz.polls.find(pollId(poll));
    expect(recorded).toMatchObject({ userId: u.id, chatId: u.id, cardId: card.id });
    expect(recorded?.answeredAt).toBeUndefined();
  });

  test("a right answer gets feedback from the notes and «Ещё вопрос»; a wrong one too; /stats follows", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "", { from: u }));
    const first = await nextPoll(h, u.id);
    const { card } = cardOf(h, first);
    h.fake.push(pollAnswer(pollId(first), u, [first.payload.correct_option_id as number]));
    const [right] = await h.fake.nextMessages(u.id);
    expect(shown(right)).toMatch(/^✅ Верно!/);
    expect(shown(right)).toContain(`Правильный ответ: ${card.options[card.correctIndex]}`);
    const passage = h.quiz.deck.passageOf(card);
    expect(passage, "the deck ties the card to a passage").toBeDefined();
    expect(shown(right)).toContain(`📄 ${passage?.topicTitle}`);
    expect(buttons(right).map((b) => b.text)).toEqual(["Ещё вопрос", "⚠️ Ошибка в вопросе"]);
    expect(h.quiz.polls.find(pollId(first))?.answeredAt).toBeInstanceOf(Date);

    h.fake.push(callbackQuery(buttons(right)[0]?.callback_data as string, sentMessage(right as ApiCall), u));
    const second = await nextPoll(h, u.id);
    expect(second.payload.question).not.toBe(first.payload.question);
    const wrongOption = (second.payload.correct_option_id as number) === 0 ? 1 : 0;
    h.fake.push(pollAnswer(pollId(second), u, [wrongOption]));
    const [wrong] = await h.fake.nextMessages(u.id);
    expect(shown(wrong)).toMatch(/^❌ Неверно\./);
    expect(shown(wrong)).toContain(
      `Правильный ответ: ${cardOf(h, second).card.options[cardOf(h, second).card.correctIndex]}`,
    );

    h.fake.push(command("stats", "", { from: u }));
    const [stats] = await h.fake.nextMessages(u.id);
    expect(shown(stats)).toContain("Ответов: 2, верных: 1 (50%)");
    expect(shown(stats)).toContain("Серия: 1 день подряд");
    expect(shown(stats)).toMatch(/[▓░]{10} .+ — \d+% · \d+\/\d+/);
    for (const topic of h.quiz.deck.topicIds) {
      const title = (await realKnowledge()).topics.find((t) => t.id === topic)?.title as string;
      expect(shown(stats)).toContain(title.slice(0, 40));
    }
  });

  test("a poll is scored once: a repeated answer and someone else's vote change nothing", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "", { from: u }));
    const poll = await nextPoll(h, u.id);
    const stranger = newUser();
    h.fake.push(pollAnswer(pollId(poll), stranger, [0]));
    h.fake.push(command("stats", "", { from: stranger }));
    await h.fake.nextMessages(stranger.id);
    expect(h.quiz.polls.find(pollId(poll))?.answeredAt).toBeUndefined();
    h.fake.push(pollAnswer(pollId(poll), u, []));
    h.fake.push(pollAnswer(pollId(poll), u, [0]));
    h.fake.push(pollAnswer(pollId(poll), u, [1]));
    // Updates from one user are handled in order: once /stats is answered, the votes were handled.
    h.fake.push(command("stats", "", { from: u }));
    await h.fake.waitFor(() => h.fake.sent(u.id).some((c) => shown(c).startsWith("Ваш прогресс")));
    const texts = h.fake.sent(u.id).map((c) => shown(c));
    expect(texts.filter((t) => /^(✅|❌)/.test(t))).toHaveLength(1);
    expect(texts.at(-1)).toMatch(/Ответов: 1, верных: [01]/);
    expect(h.fake.sent(stranger.id).map((c) => shown(c))).toEqual([expect.stringMatching(/^Ваш прогресс/)]);
  });

  test("/quiz <topic> keeps to the topic, and so does «Ещё вопрос»", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "сервисы", { from: u }));
    const poll = await nextPoll(h, u.id);
    expect(cardOf(h, poll).card.topicId).toBe("services");
    h.fake.push(pollAnswer(pollId(poll), u, [0]));
    const [feedback] = await h.fake.nextMessages(u.id);
    const more = buttons(feedback)[0];
    expect(more?.callback_data).toBe("Q:services");
    // Whatever kind the next card is, it is of the topic, and so is the card after it.
    for (let i = 0; i < 3; i++) {
      const before = cardsSent(h, u.id).length;
      h.fake.push(callbackQuery(more?.callback_data as string, sentMessage(feedback as ApiCall), u));
      const next = await nextCard(h, u.id, before);
      expect(next.card.topicId).toBe("services");
      expect(next.card.question).not.toBe(poll.payload.question);
      const answered = await answerCard(h, u, next);
      expect(buttons(answered)[0]?.callback_data).toBe("Q:services");
    }
  });

  test("/quiz with a name that is no topic says so", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "zzzzqqqq", { from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    expect(shown(reply)).toBe("Не нашёл тему «zzzzqqqq». Все темы — /topics, вопрос из любой — /quiz.");
    expect(h.fake.callsOf("sendPoll", u.id)).toEqual([]);
  });

  test("/quiz with a name only some section touches names that section's topic, and starts no quiz", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "логи", { from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    expect(shown(reply)).toMatch(
      /^Не нашёл тему «логи»\. Возможно, вы про тему «Стейтфулсет и демонсет \(StatefulSet, DaemonSet\)»/,
    );
    expect(h.fake.callsOf("sendPoll", u.id)).toEqual([]);
  });
});

describe("a user over the flood limit", () => {
  test("still has every poll answer recorded: an answer is never dropped as flooding", async () => {
    const strict = await startHarness({ rateLimit: { timeFrame: 60_000, limit: 2 } });
    try {
      const u = newUser();
      strict.fake.push(command("quiz", "", { from: u }));
      const first = await nextPoll(strict, u.id);
      strict.fake.push(command("quiz", "", { from: u }));
      const second = await nextPoll(strict, u.id);
      for (const poll of [first, second])
        strict.fake.push(pollAnswer(pollId(poll), u, [poll.payload.correct_option_id as number]));
      await strict.fake.waitFor(
        () => strict.fake.sent(u.id).filter((c) => shown(c).startsWith("✅ Верно!")).length === 2,
      );
      for (const poll of [first, second])
        expect(strict.quiz.polls.find(pollId(poll))?.answeredAt).toBeInstanceOf(Date);
      expect(strict.fake.sent(u.id).some((c) => shown(c).startsWith("Слишком много"))).toBe(false);
      checkCalls(strict.fake);
    } finally {
      await strict.stop();
    }
  });
});

describe("cards that do not fit a poll", () => {
  let b: Harness;
  const quizDb = openDatabase(":memory:");
  const long: Card = {
    id: "long-card-0000001",
    topicId: "services",
    question: `Какой тип сервиса описан здесь? ${"Очень длинное описание <сервиса> & его свойств. ".repeat(8)}`,
    options: [
      "ClusterIP",
      "NodePort",
      `LoadBalancer — ${"вариант с длинным пояснением <type: LoadBalancer> ".repeat(3)}`,
      "ExternalName",
    ],
    correctIndex: 0,
    explanation: "ClusterIP — адрес внутри кластера.",
    source: { passageId: "services#1" },
    origin: "authored",
  };

  beforeAll(async () => {
    const kb = await realKnowledge();
    const base: QuizDeps = await realQuiz(quizDb);
    // Reports are about the deck the bot asks from.
    const deck = createDeck(kb, [long]);
    b = await startHarness({
      rateLimit: { timeFrame: 1000, limit: 1000 },
      quiz: { ...base, deck, reports: createCardReports(createCardReportStore(quizDb), deck) },
    });
  });

  afterEach(() => checkCalls(b.fake));

  afterAll(async () => {
    await b.stop();
    quizDb.close();
  });

  test("go as a message with numbered buttons; a press is scored once, for the asker only", async () => {
    expect(long.question.length).toBeGreaterThan(300);
    const u = newUser();
    b.fake.push(command("quiz", "сервисы", { from: u }));
    const [quiz] = await b.fake.nextMessages(u.id);
    expect(b.fake.callsOf("sendPoll")).toEqual([]);
    expect(shown(quiz)).toContain("Очень длинное описание <сервиса> & его свойств.");
    const numbered = buttons(quiz);
    expect(numbered.map((x) => x.text)).toEqual(["1", "2", "3", "4"]);
    // Each button names the option it shows.
    for (const [i, x] of numbered.entries()) {
      const option = Number(/^q:(\d+)/.exec(x.callback_data ?? "")?.[1]);
      expect(shown(quiz)).toContain(`${i + 1}. ${long.options[option]?.slice(0, 40)}`);
    }
    const right = numbered.find((x) => x.callback_data?.startsWith("q:0")) as Button;

    const stranger = newUser();
    b.fake.push(callbackQuery(right.callback_data as string, sentMessage(quiz as ApiCall), stranger));
    await b.fake.waitFor(() =>
      b.fake.callsOf("answerCallbackQuery").some((c) => String(c.payload.text).includes("другому участнику")),
    );

    b.fake.push(callbackQuery(right.callback_data as string, sentMessage(quiz as ApiCall), u));
    const [feedback] = await b.fake.nextMessages(u.id);
    expect(shown(feedback)).toMatch(/^✅ Верно!/);
    expect(shown(feedback)).toContain("Правильный ответ: ClusterIP");
    expect(b.fake.callsOf("editMessageReplyMarkup", u.id)).toHaveLength(1);
    // Under the result of a button quiz too, a bad card can be reported.
    expect(buttons(feedback).at(-1)).toEqual({ text: "⚠️ Ошибка в вопросе", callback_data: `r:${long.id}` });
    b.fake.push(callbackQuery(`r:${long.id}`, sentMessage(feedback as ApiCall), u));
    const [ask] = await b.fake.nextMessages(u.id);
    expect(shown(ask)).toMatch(/^Спасибо, записал\. Что не так\?/);
    expect(b.quiz.reports.reported()).toMatchObject([{ card: { id: long.id }, reporters: 1 }]);

    b.fake.push(callbackQuery(right.callback_data as string, sentMessage(quiz as ApiCall), u));
    await b.fake.waitFor(() =>
      b.fake.callsOf("answerCallbackQuery").some((c) => c.payload.text === "Вы уже ответили на этот вопрос."),
    );
    expect(b.fake.sent(u.id)).toHaveLength(3);
  });
});

describe("/forget", () => {
  test("«Отмена» keeps everything; «Да, удалить всё» deletes progress, daily quiz and time zone", async () => {
    const u = newUser();
    h.fake.push(command("quiz", "", { from: u }));
    const poll = await nextPoll(h, u.id);
    h.fake.push(pollAnswer(pollId(poll), u, [0]));
    await h.fake.nextMessages(u.id);
    h.fake.push(command("daily", "09:00", { from: u }));
    h.fake.push(command("timezone", "Europe/Berlin", { from: u }));
    await h.fake.nextMessages(u.id, 2);

    h.fake.push(command("forget", "", { from: u }));
    const [question] = await h.fake.nextMessages(u.id);
    expect(buttons(question).map((x) => x.text)).toEqual(["Да, удалить всё", "Отмена"]);
    const press = (label: string, from = u) =>
      h.fake.push(
        callbackQuery(
          buttons(question).find((x) => x.text === label)?.callback_data as string,
          sentMessage(question as ApiCall),
          from,
        ),
      );
    const edits = () => h.fake.callsOf("editMessageText", u.id);

    press("Отмена");
    await h.fake.waitFor(() => edits().length === 1);
    expect(edits()[0]?.payload.text).toBe("Хорошо, ничего не удаляю.");
    expect(h.quiz.daily.get(u.id)).toBeDefined();

    const stranger = newUser();
    press("Да, удалить всё", stranger);
    await h.fake.waitFor(() =>
      h.fake.callsOf("answerCallbackQuery").some((c) => String(c.payload.text).includes("вызвал /forget")),
    );
    expect(h.users.getTimezone(u.id)).toBe("Europe/Berlin");

    press("Да, удалить всё");
    await h.fake.waitFor(() => edits().length === 2);
    expect(String(edits()[1]?.payload.text)).toMatch(/^Готово: я всё забыл/);
    expect(h.quiz.daily.get(u.id)).toBeUndefined();
    expect(h.users.getTimezone(u.id)).toBeUndefined();
    expect(h.quiz.polls.find(pollId(poll))).toBeUndefined();

    h.fake.push(command("stats", "", { from: u }));
    const [stats] = await h.fake.nextMessages(u.id);
    expect(shown(stats)).toContain("Вы ещё не ответили ни на один вопрос.");
  });
});

describe("/start and /help", () => {
  test("mention the quiz commands", async () => {
    const u = newUser();
    h.fake.push(command("start", "", { from: u }));
    h.fake.push(command("help", "", { from: u }));
    const [start, help] = await h.fake.nextMessages(u.id, 2);
    expect(shown(start)).toContain("/quiz — вопрос по конспекту");
    expect(shown(help)).toContain("/quiz — Вопрос по конспекту");
    for (const name of ["quiz", "daily", "stats", "timezone", "forget"])
      expect(shown(help)).toContain(`/${name} — `);
  });
});
