// Flashcards and cloze cards through the fake Bot API: turning over and grading, typed answers judged by
// the analyzer, the wait for a typed answer surviving a restart and ending at a command.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { QuizDeps } from "../../src/bot/context.ts";
import { CLOZE_WAIT_MS } from "../../src/bot/quiz-answers.ts";
import { type CardKind, kindOf } from "../../src/quiz/types.ts";
import { switchLayout } from "../../src/search/layout.ts";
import { type Database, openDatabase } from "../../src/store/db.ts";
import { buttons, checkCalls, sentMessage, shown } from "../helpers/calls.ts";
import { type Harness, realQuiz, startHarness } from "../helpers/harness.ts";
import { nextCard, quizOfKinds } from "../helpers/quiz.ts";
import { callbackQuery, command, message, user } from "../helpers/updates.ts";

let clock = Date.parse("2026-05-01T10:00:00Z");
let nextUser = 9100;
const newUser = () => user(nextUser++);

async function harnessOf(kind: CardKind, db: Database): Promise<Harness> {
  const base: QuizDeps = await realQuiz(db, () => new Date(clock));
  return startHarness(
    { rateLimit: { timeFrame: 1000, limit: 1000 }, quiz: quizOfKinds(base, db, [kind]) },
    { now: () => new Date(clock), database: db },
  );
}

describe("flashcards", () => {
  const db = openDatabase(":memory:");
  let h: Harness;
  beforeAll(async () => {
    h = await harnessOf("flashcard", db);
  });
  afterEach(() => checkCalls(h.fake));
  afterAll(async () => {
    await h.stop();
    db.close();
  });

  /** Sends /quiz, turns the card over and returns the card and the turned message. */
  async function turnOver(u: ReturnType<typeof user>) {
    h.fake.push(command("quiz", "", { from: u }));
    const sent = await nextCard(h, u.id, 0);
    expect(shown(sent.call)).toContain(sent.card.question);
    expect(buttons(sent.call).map((b) => b.text)).toEqual(["Показать ответ"]);
    h.fake.push(callbackQuery(buttons(sent.call)[0]?.callback_data as string, sentMessage(sent.call), u));
    await h.fake.waitFor(() => h.fake.callsOf("editMessageText", u.id).length === 1);
    return { ...sent, turned: h.fake.callsOf("editMessageText", u.id)[0] };
  }

  test("«Показать ответ» turns the card over to the notes' passage, with the four grades", async () => {
    const u = newUser();
    const { card, turned } = await turnOver(u);
    expect(kindOf(card)).toBe("flashcard");
    expect(buttons(turned).map((b) => b.text)).toEqual(["Снова", "Трудно", "Хорошо", "Легко"]);
    const text = shown(turned);
    expect(text).toContain(card.question);
    // The back is the passage itself: its first line of text is there, and where it comes from.
    const firstLine = card.explanation
      .split("\n")
      .find((line) => line.trim() !== "" && !line.startsWith("```"));
    expect(text).toContain(firstLine?.trim().slice(0, 20));
    expect(text).toContain("📄 ");
  });

  test("each grade feeds FSRS: «Легко» puts the card off longer than «Трудно», «Снова» shortest", async () => {
    const dueAfter = async (label: string) => {
      const u = newUser();
      const { card, turned } = await turnOver(u);
      const grade = buttons(turned).find((b) => b.text === label);
      h.fake.push(callbackQuery(grade?.callback_data as string, sentMessage(turned as never), u));
      const [feedback] = await h.fake.nextMessages(u.id);
      expect(shown(feedback)).toMatch(new RegExp(`^Оценка: ${label}\\. Повторим через `));
      expect(buttons(feedback).map((b) => b.text)).toEqual(["Ещё вопрос", "⚠️ Ошибка в вопросе"]);
      const row = db
        .prepare("SELECT due, reps FROM card_states WHERE user_id = ? AND card_id = ?")
        .get(u.id, card.id) as { due: number; reps: number };
      expect(row.reps).toBe(1);
      return row.due;
    };
    const again = await dueAfter("Снова");
    const hard = await dueAfter("Трудно");
    const easy = await dueAfter("Легко");
    expect(again).toBeLessThan(hard);
    expect(hard).toBeLessThan(easy);
  });

  test("a second grade is refused: the card is scored once", async () => {
    const u = newUser();
    const { turned } = await turnOver(u);
    const good = buttons(turned).find((b) => b.text === "Хорошо")?.callback_data as string;
    h.fake.push(callbackQuery(good, sentMessage(turned as never), u));
    await h.fake.nextMessages(u.id);
    h.fake.push(callbackQuery(good, sentMessage(turned as never), u));
    await h.fake.waitFor(() =>
      h.fake.callsOf("answerCallbackQuery").some((c) => c.payload.text === "Вы уже ответили на этот вопрос."),
    );
    const answered = db.prepare("SELECT COUNT(*) AS n FROM reviews WHERE user_id = ?").get(u.id) as {
      n: number;
    };
    expect(answered.n).toBe(1);
  });
});

describe("cloze cards", () => {
  const db = openDatabase(":memory:");
  let h: Harness;
  beforeAll(async () => {
    h = await harnessOf("cloze", db);
  });
  afterEach(() => checkCalls(h.fake));
  afterAll(async () => {
    await h.stop();
    db.close();
  });

  async function ask(u: ReturnType<typeof user>, topic = "") {
    const before = h.fake.sent(u.id).length;
    h.fake.push(command("quiz", topic, { from: u }));
    const sent = await nextCard(h, u.id, before);
    expect(kindOf(sent.card)).toBe("cloze");
    expect(sent.call.payload.reply_markup).toMatchObject({ force_reply: true });
    expect(shown(sent.call)).toContain("___");
    return sent;
  }

  test("the next message is the answer: an inflected form counts, and the bot says which form it took", async () => {
    const u = newUser();
    const { card } = await ask(u, "теинты");
    expect(card.options[0]).toBe("Теинты");
    h.fake.push(message("тейнтов", { from: u }));
    const [feedback] = await h.fake.nextMessages(u.id);
    expect(shown(feedback)).toMatch(/^✅ Верно! «тейнтов» засчитано как .+\(другая форма слова\)/);
    expect(shown(feedback)).toContain(card.explanation);
    expect(buttons(feedback)[0]?.callback_data).toBe("Q:node-placement");
  });

  test("the wrong keyboard layout and an English name count too; a wrong word does not", async () => {
    const layout = newUser();
    const { card } = await ask(layout, "теинты");
    h.fake.push(message(switchLayout(card.options[0] as string), { from: layout }));
    expect(shown((await h.fake.nextMessages(layout.id))[0])).toMatch(/^✅ Верно!.*не та раскладка/);

    const english = newUser();
    await ask(english, "теинты");
    h.fake.push(message("taints", { from: english }));
    expect(shown((await h.fake.nextMessages(english.id))[0])).toMatch(/^✅ Верно/);

    const wrong = newUser();
    await ask(wrong, "теинты");
    h.fake.push(message("лейблы", { from: wrong }));
    expect(shown((await h.fake.nextMessages(wrong.id))[0])).toBe(
      `❌ Не то: «лейблы». Правильный ответ: ${card.options[0]}.\n\n«${card.explanation}»\n📄 Размещение подов на нодах (labels, nodeSelector, taints, tolerations) › Теинты (taints)\nПовторим через 1 минуту.`,
    );
  });

  test("a command lets the cloze go: the message after it is a question for the search", async () => {
    const u = newUser();
    await ask(u);
    h.fake.push(command("help", "", { from: u }));
    await h.fake.nextMessages(u.id);
    h.fake.push(message("что такое под", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(shown(answer)).not.toMatch(/^(✅|❌)/);
    expect(db.prepare("SELECT COUNT(*) AS n FROM reviews WHERE user_id = ?").get(u.id)).toEqual({ n: 0 });
  });

  test("a question asked meanwhile goes to the search, and the cloze still takes its term after it", async () => {
    const u = newUser();
    const { card } = await ask(u, "теинты");
    for (const question of ["что такое под?", "как повесить метку на ноду чтобы туда ехали поды"]) {
      h.fake.push(message(question, { from: u }));
      const [answer] = await h.fake.nextMessages(u.id);
      expect(shown(answer)).not.toMatch(/^(✅|❌)/);
    }
    h.fake.push(message(card.options[0] as string, { from: u }));
    expect(shown((await h.fake.nextMessages(u.id))[0])).toMatch(/^✅ Верно/);
  });

  test("after the wait is over, the next message is a question again", async () => {
    const u = newUser();
    await ask(u);
    clock += CLOZE_WAIT_MS + 1;
    h.fake.push(message("что такое под", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(shown(answer)).not.toMatch(/^(✅|❌)/);
  });

  test("a reply to the cloze answers it even after other messages", async () => {
    const u = newUser();
    const sent = await ask(u, "теинты");
    h.fake.push(command("help", "", { from: u }));
    await h.fake.nextMessages(u.id);
    h.fake.push(message("Теинты", { from: u, replyTo: sentMessage(sent.call) }));
    expect(shown((await h.fake.nextMessages(u.id))[0])).toMatch(/^✅ Верно: Теинты\./);
  });
});

describe("a cloze waiting across a restart", () => {
  test("the bot started again on the same database takes the next message as the answer", async () => {
    const db = openDatabase(":memory:");
    const first = await harnessOf("cloze", db);
    const u = newUser();
    first.fake.push(command("quiz", "теинты", { from: u }));
    await nextCard(first, u.id, 0);
    await first.stop();
    const second = await harnessOf("cloze", db);
    try {
      second.fake.push(message("теинты", { from: u }));
      expect(shown((await second.fake.nextMessages(u.id))[0])).toMatch(/^✅ Верно/);
    } finally {
      await second.stop();
      db.close();
    }
  });
});
