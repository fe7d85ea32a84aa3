// Pure rendering of quizzes, feedback and /stats; the quiz buttons' callback data; sending rules.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeAction } from "../../src/bot/keyboards.ts";
import { decodeQuizAction, encodeQuizAction, type QuizAction } from "../../src/bot/quiz-keyboards.ts";
import { fitsPoll, optionOrder, sendQuizPoll } from "../../src/bot/quiz-send.ts";
import {
  masteryBar,
  passageExcerpt,
  renderButtonQuiz,
  renderFeedback,
  renderStats,
} from "../../src/bot/render-quiz.ts";
import type { Stats } from "../../src/quiz/stats.ts";
import type { Card } from "../../src/quiz/types.ts";
import { passage, topic } from "../helpers/fixtures.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../helpers/telegram-html.ts";

const card: Card = {
  id: "c1",
  topicId: "services",
  question: "Какой тип сервиса даёт адрес <внутри> кластера?",
  options: ["NodePort", "ClusterIP & co", "LoadBalancer"],
  correctIndex: 1,
  explanation: "ClusterIP — адрес внутри кластера.",
  source: { passageId: "services#0", heading: "ClusterIP" },
  origin: "authored",
};

const text = (html: string) => {
  assertTelegramHtml(html);
  return checkTelegramHtml(html).text;
};

describe("feedback", () => {
  test("says right or wrong, the answer, the explanation, the source and the paragraph naming the answer", () => {
    const notes = passage(
      "Сервисы бывают разные.\n\nClusterIP & co: этот тип сервиса создаёт адрес <внутри> кластера.\n\n```yaml\ntype: ClusterIP\n```",
    );
    const shown = text(renderFeedback({ card, correct: false, passage: notes }));
    expect(shown).toBe(
      [
        "❌ Неверно.",
        "Правильный ответ: ClusterIP & co",
        "ClusterIP — адрес внутри кластера.",
        "📄 Сервисы (Services) › ClusterIP",
        "ClusterIP & co: этот тип сервиса создаёт адрес <внутри> кластера.",
      ].join("\n\n"),
    );
    expect(text(renderFeedback({ card, correct: true, passage: notes }))).toMatch(/^✅ Верно!/);
  });

  test("without a passage, names the topic and section", () => {
    const shown = text(renderFeedback({ card, correct: true, topic: topic("services", 1) }));
    expect(shown).toContain("📄 Тема services › ClusterIP");
  });

  test("quotes at most a few hundred characters, cut at a word", () => {
    const long = passage(`ClusterIP & co ${"очень длинный текст ".repeat(100)}`);
    const excerpt = passageExcerpt(long, "ClusterIP & co", 100);
    const joined = excerpt.map((r) => r.text).join("");
    expect(joined.length).toBeLessThanOrEqual(101);
    expect(joined).toMatch(/текст…$/);
  });
});

describe("button quiz and stats", () => {
  test("a button quiz numbers the options in the order given, escaped", () => {
    const shown = text(renderButtonQuiz(card, [2, 0, 1]));
    expect(shown).toContain("❓ Какой тип сервиса даёт адрес <внутри> кластера?");
    expect(shown).toContain("1. LoadBalancer\n2. NodePort\n3. ClusterIP & co");
  });

  test("shows the notes' inline markup as plain text, in a button quiz, its feedback and a poll", async () => {
    const marked: Card = {
      ...card,
      question: "О каком термине это определение? «**ничего** не удаляет»",
      options: ["`noeviction`", "`allkeys-lru`", "**volatile-ttl**"],
      correctIndex: 0,
      explanation: "`noeviction` — ничего не удаляет",
    };
    const shown = text(renderButtonQuiz(marked, [0, 1, 2]));
    expect(shown).toContain("«ничего не удаляет»");
    expect(shown).toContain("1. noeviction\n2. allkeys-lru\n3. volatile-ttl");
    const feedback = text(renderFeedback({ card: marked, correct: true }));
    expect(feedback).toContain("Правильный ответ: noeviction");
    expect(feedback).not.toMatch(/[`*]/u);
    const sent: unknown[][] = [];
    const api = { sendPoll: async (...args: unknown[]) => sent.push(args) };
    await sendQuizPoll(api as never, 1, marked, [2, 0, 1]);
    const [, question, options, extra] = sent[0] as [
      number,
      string,
      { text: string }[],
      { explanation: string },
    ];
    expect(question).toBe("О каком термине это определение? «ничего не удаляет»");
    expect(options.map((o) => o.text)).toEqual(["volatile-ttl", "noeviction", "allkeys-lru"]);
    expect(extra.explanation).toBe("noeviction — ничего не удаляет");
    // The markup does not count against the poll's limits.
    expect(fitsPoll({ ...marked, options: ["`a`", `\`${"б".repeat(100)}\``] })).toBe(true);
  });

  test("mastery bars and /stats", () => {
    expect(masteryBar(0)).toBe("░░░░░░░░░░");
    expect(masteryBar(0.34)).toBe("▓▓▓░░░░░░░");
    expect(masteryBar(1, 5)).toBe("▓▓▓▓▓");
    const stats: Stats = {
      answered: 7,
      correct: 5,
      accuracy: 5 / 7,
      streakDays: 3,
      dueToday: 4,
      topics: [{ topicId: "x", mastery: 0.5, seen: 2, total: 8 }],
    };
    const shown = text(renderStats(stats, [topic("x", 1, { title: "Сети <CNI> & co" })]));
    expect(shown).toBe(
      [
        "Ваш прогресс",
        "",
        "Ответов: 7, верных: 5 (71%)",
        "Серия: 3 дня подряд",
        "К повторению сегодня: 4 карточки",
        "",
        "Темы",
        "▓▓▓▓▓░░░░░ Сети <CNI> & co — 50% · 2/8",
      ].join("\n"),
    );
  });
});

describe("quiz callback data", () => {
  const actions = fc.oneof(
    fc.record({ kind: fc.constant("answer" as const), option: fc.nat(9) }),
    fc.record({
      kind: fc.constant("answer" as const),
      option: fc.nat(9),
      topic: fc.string({ minLength: 1, maxLength: 40 }),
    }),
    fc.record({ kind: fc.constant("next" as const) }),
    fc.record({ kind: fc.constant("next" as const), topic: fc.string({ minLength: 1, maxLength: 40 }) }),
    fc.record({ kind: fc.constant("forget" as const), confirm: fc.boolean(), userId: fc.nat() }),
    fc.record({ kind: fc.constant("report" as const), cardId: fc.stringMatching(/^[0-9a-f]{16}$/) }),
    fc.record({ kind: fc.constant("show" as const) }),
    fc.record({ kind: fc.constant("show" as const), topic: fc.string({ minLength: 1, maxLength: 40 }) }),
    fc.record({ kind: fc.constant("grade" as const), grade: fc.integer({ min: 1, max: 4 }) }),
    fc.record({
      kind: fc.constant("grade" as const),
      grade: fc.integer({ min: 1, max: 4 }),
      topic: fc.string({ minLength: 1, maxLength: 40 }),
    }),
  );

  test("round-trips, and is never mistaken for the other buttons' data", () => {
    fc.assert(
      fc.property(actions, (action: QuizAction) => {
        const data = encodeQuizAction(action);
        expect(decodeQuizAction(data)).toEqual(action);
        expect(decodeAction(data)).toBeUndefined();
      }),
    );
    expect(decodeQuizAction("t:0:services")).toBeUndefined();
    expect(decodeQuizAction("x:1")).toBeUndefined();
    expect(decodeQuizAction("g:5")).toBeUndefined();
  });
});

describe("sending rules", () => {
  test("a poll takes a question ≤ 300 characters and 2–10 options of ≤ 100", () => {
    expect(fitsPoll(card)).toBe(true);
    expect(fitsPoll({ ...card, question: "в".repeat(301) })).toBe(false);
    expect(fitsPoll({ ...card, options: ["a", "б".repeat(101)] })).toBe(false);
    expect(fitsPoll({ ...card, options: Array.from({ length: 11 }, (_, i) => `o${i}`) })).toBe(false);
  });

  test("the option order is a permutation fixed by the card and the sending time", () => {
    const many = { ...card, options: Array.from({ length: 8 }, (_, i) => `o${i}`) };
    const orders = new Set<string>();
    for (let t = 0; t < 20; t++) {
      const order = optionOrder(many, new Date(t * 1000));
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(optionOrder(many, new Date(t * 1000))).toEqual(order);
      orders.add(order.join());
    }
    expect(orders.size).toBeGreaterThan(10);
  });
});
