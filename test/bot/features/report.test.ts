import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { COMMENT_WAIT_MS } from "../../../src/bot/features/report.ts";
import { REPORT_LABEL } from "../../../src/bot/quiz-keyboards.ts";
import type { Card } from "../../../src/quiz/types.ts";
import { type CardReportStore, createCardReportStore } from "../../../src/store/card-reports.ts";
import { createOverview } from "../../../src/store/overview.ts";
import { buttons, checkCalls, sentMessage, shown } from "../../helpers/calls.ts";
import type { ApiCall } from "../../helpers/fake-bot-api.ts";
import { type Harness, startHarness } from "../../helpers/harness.ts";
import { answerCard, cardsSent, nextCard } from "../../helpers/quiz.ts";
import { assertTelegramHtml } from "../../helpers/telegram-html.ts";
import { callbackQuery, command, message, type UpdateBody, user } from "../../helpers/updates.ts";

const ADMIN = user(8800, "Админ");
let h: Harness;
let store: CardReportStore;
let clock = Date.now();
let nextUser = 8000;
const newUser = () => user(nextUser++);

beforeAll(async () => {
  let overview: () => ReturnType<ReturnType<typeof createOverview>["snapshot"]> = () => {
    throw new Error("not started");
  };
  h = await startHarness(
    {
      rateLimit: { timeFrame: 1000, limit: 1000 },
      admin: { ids: [ADMIN.id], overview: () => overview(), problems: [] },
    },
    { now: () => new Date(clock) },
  );
  overview = createOverview(h.db).snapshot;
  store = createCardReportStore(h.db);
});
afterEach(() => checkCalls(h.fake));
afterAll(() => h.stop());

/** Sends /quiz for `u`, answers the card right (whatever its kind), and returns the card and the feedback message. */
async function answerQuiz(u: ReturnType<typeof user>): Promise<{ card: Card; feedback: ApiCall }> {
  const before = cardsSent(h, u.id).length;
  h.fake.push(command("quiz", "", { from: u }));
  const sent = await nextCard(h, u.id, before);
  return { card: sent.card, feedback: await answerCard(h, u, sent) };
}

/** The update of pressing «⚠️ Ошибка в вопросе» under `feedback`. */
function pressReport(feedback: ApiCall, u: ReturnType<typeof user>): UpdateBody {
  const button = buttons(feedback).find((b) => b.text === REPORT_LABEL);
  expect(button, "the feedback has the report button").toBeDefined();
  return callbackQuery(button?.callback_data as string, sentMessage(feedback), u);
}

/** The card a fresh user's /quiz asks now. */
async function firstCardOfANewUser(): Promise<Card> {
  const u = newUser();
  h.fake.push(command("quiz", "", { from: u }));
  return (await nextCard(h, u.id, 0)).card;
}

describe("reporting a bad card", () => {
  let reported: Card;
  const first = newUser();
  const second = newUser();

  test("the press stores the report and asks what is wrong; the next message is stored as its comment", async () => {
    const { card, feedback } = await answerQuiz(first);
    reported = card;
    expect(buttons(feedback).map((b) => b.text)).toEqual(["Ещё вопрос", REPORT_LABEL]);
    expect(Buffer.byteLength(buttons(feedback)[1]?.callback_data ?? "")).toBeLessThanOrEqual(64);

    h.fake.push(pressReport(feedback, first));
    const [ask] = await h.fake.nextMessages(first.id);
    expect(shown(ask)).toBe("Спасибо, записал. Что не так? Напишите одним сообщением или /skip");
    expect(store.all()).toMatchObject([{ cardId: card.id, userId: first.id, admin: false }]);
    expect(store.all()[0]?.comment).toBeUndefined();
    expect(h.quiz.reports.suspended.has(card.id)).toBe(false);

    h.fake.push(message("Вариант <b> & второй тоже верен", { from: first }));
    const [thanks] = await h.fake.nextMessages(first.id);
    expect(shown(thanks)).toBe("Спасибо! Комментарий записал — вопрос проверят.");
    expect(store.all()[0]?.comment).toBe("Вариант <b> & второй тоже верен");

    // Only the next message: the one after it is a question to the bot again.
    h.fake.push(message("что такое под", { from: first }));
    const [answer] = await h.fake.nextMessages(first.id);
    expect(shown(answer)).not.toContain("Комментарий записал");
    expect(store.all()[0]?.comment).toBe("Вариант <b> & второй тоже верен");
  });

  test("a second person's report suspends the card: /quiz no longer asks it", async () => {
    expect(await firstCardOfANewUser()).toEqual(reported);
    const { card, feedback } = await answerQuiz(second);
    expect(card.id).toBe(reported.id);
    h.fake.push(pressReport(feedback, second));
    await h.fake.nextMessages(second.id);
    h.fake.push(command("skip", "", { from: second }));
    const [skipped] = await h.fake.nextMessages(second.id);
    expect(shown(skipped)).toBe("Хорошо, жалоба записана без комментария.");

    expect(h.quiz.reports.suspended.has(reported.id)).toBe(true);
    expect((await firstCardOfANewUser()).id).not.toBe(reported.id);
  });

  test("an admin's report alone suspends a card", async () => {
    const { card, feedback } = await answerQuiz(ADMIN);
    expect(card.id).not.toBe(reported.id);
    h.fake.push(pressReport(feedback, ADMIN));
    await h.fake.nextMessages(ADMIN.id);
    expect(h.quiz.reports.suspended.has(card.id)).toBe(true);
    const next = await firstCardOfANewUser();
    expect([reported.id, card.id]).not.toContain(next.id);
  });

  test("/admin lists the reported cards with their counts and comments, in valid HTML", async () => {
    // The admin's own comment is still awaited: /admin is a command, so it is answered and the wait ends.
    h.fake.push(command("admin", "", { from: ADMIN }));
    const replies = await h.fake.nextMessages(ADMIN.id, 3);
    const html = String(replies[2]?.payload.text);
    assertTelegramHtml(html);
    expect(html).toContain("<b>Жалобы на вопросы</b>");
    expect(html).toContain("Вариант &lt;b&gt; &amp; второй тоже верен");
    const text = shown(replies[2]);
    expect(text).toMatch(/^1\. .+ — жалоб: 2 · ⛔ снят с показа$/m);
    expect(text).toMatch(/^2\. .+ — жалоб: 1 · ⛔ снят с показа$/m);
    expect(text).toContain(reported.question.slice(0, 40));
  });

  test("/forget deletes the user's reports: the card they suspended is asked again", async () => {
    h.fake.push(command("forget", "", { from: second }));
    const [question] = await h.fake.nextMessages(second.id);
    expect(shown(question)).toContain("жалобы на вопросы");
    const yes = buttons(question).find((b) => b.text === "Да, удалить всё");
    h.fake.push(callbackQuery(yes?.callback_data as string, sentMessage(question as ApiCall), second));
    await h.fake.waitFor(() => h.fake.callsOf("editMessageText", second.id).length === 1);
    expect(store.all().filter((r) => r.userId === second.id)).toEqual([]);
    expect(store.all().some((r) => r.userId === first.id)).toBe(true);
    expect(h.quiz.reports.suspended.has(reported.id)).toBe(false);
    expect((await firstCardOfANewUser()).id).toBe(reported.id);
  });

  test("a comment is awaited for ten minutes only", async () => {
    const u = newUser();
    const { feedback } = await answerQuiz(u);
    h.fake.push(pressReport(feedback, u));
    await h.fake.nextMessages(u.id);
    clock += COMMENT_WAIT_MS + 1;
    h.fake.push(message("что такое под", { from: u }));
    const [answer] = await h.fake.nextMessages(u.id);
    expect(shown(answer)).not.toContain("Комментарий записал");
    expect(store.all().find((r) => r.userId === u.id)?.comment).toBeUndefined();
  });
});
