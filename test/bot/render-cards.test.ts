import { describe, expect, test } from "vitest";
import { MESSAGE_LIMIT } from "../../src/bot/render.ts";
import {
  renderCloze,
  renderClozeFeedback,
  renderFlashcardBack,
  renderFlashcardFront,
  renderGraded,
  untilText,
} from "../../src/bot/render-cards.ts";
import type { Card } from "../../src/quiz/types.ts";
import { checkTelegramHtml } from "../helpers/telegram-html.ts";

const flashcard = (back: string): Card => ({
  id: "f1",
  topicId: "t",
  question: "Что такое <Pod> & co?",
  options: [],
  correctIndex: -1,
  explanation: back,
  source: {},
  origin: "generated",
  kind: "flashcard",
});

describe("renderFlashcardBack", () => {
  test("fits one message of valid HTML however long the passage, and never drops the question", () => {
    const huge = `Текст <b>с тегами</b> & амперсандом.\n\n\`\`\`yaml\n${"key: value\n".repeat(800)}\`\`\`\n\n${"Ещё абзац. ".repeat(300)}`;
    const html = renderFlashcardBack(flashcard(huge));
    const { text } = checkTelegramHtml(html);
    expect(text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text).toContain("Что такое <Pod> & co?");
    expect(text).toContain("Текст <b>с тегами</b> & амперсандом.");
    expect(text).toContain("…");
    expect(text.endsWith("Насколько легко вы вспомнили?")).toBe(true);
  });

  test("cuts a first block too long alone instead of showing an empty back", () => {
    const html = renderFlashcardBack(flashcard(`\`\`\`\n${"x ".repeat(5000)}\n\`\`\``));
    expect(checkTelegramHtml(html).text).toMatch(/x x x/);
  });
});

describe("renderClozeFeedback and renderGraded", () => {
  const cloze: Card = {
    id: "c1",
    topicId: "t",
    question: "Впишите пропущенный термин:\n«___ указывают, где размещать поды нельзя.»",
    options: ["Теинты"],
    correctIndex: 0,
    explanation: "Теинты указывают, где размещать поды нельзя.",
    source: {},
    origin: "generated",
    kind: "cloze",
  };
  const now = new Date("2026-05-01T10:00:00Z");

  test("says which form was taken, and escapes what the user typed", () => {
    const html = renderClozeFeedback(
      cloze,
      "<тейнтов>",
      { correct: true, matched: "Теинты", forgiven: ["form"] },
      { now, due: new Date(now.getTime() + 3 * 86_400_000) },
    );
    expect(checkTelegramHtml(html).text).toBe(
      "✅ Верно! «<тейнтов>» засчитано как Теинты (другая форма слова).\n\n«Теинты указывают, где размещать поды нельзя.»\nПовторим через 3 дня.",
    );
  });

  test("shows the notes' inline markup as plain text in a cloze, its verdict and a flashcard's front", () => {
    const marked: Card = {
      ...cloze,
      question: "Впишите пропущенный термин:\n«___ работает по принципу **fire and forget**.»",
      options: ["`Pub/Sub`"],
      explanation: "`Pub/Sub` работает по принципу **fire and forget**.",
    };
    const asked = checkTelegramHtml(renderCloze(marked)).text;
    expect(asked).toContain("«___ работает по принципу fire and forget.»");
    const verdict = checkTelegramHtml(
      renderClozeFeedback(marked, "pubsub", { correct: false, forgiven: [] }, { now }),
    ).text;
    expect(verdict).toContain("Правильный ответ: Pub/Sub.");
    expect(verdict).toContain("«Pub/Sub работает по принципу fire and forget.»");
    const front = checkTelegramHtml(
      renderFlashcardFront({ ...flashcard("…"), question: "Что такое `maxmemory`?" }),
    );
    expect(front.text).toContain("Что такое maxmemory?");
  });

  test("names the grade and when the card comes back", () => {
    expect(checkTelegramHtml(renderGraded(4, new Date(now.getTime() + 90 * 60_000), now)).text).toBe(
      "Оценка: Легко. Повторим через 2 часа.",
    );
    expect(untilText(new Date(now.getTime() + 30_000), now)).toBe("через 1 минуту");
  });
});
