import { describe, expect, it } from "vitest";
import { correctionsOf, isCorrection } from "../../src/knowledge/corrections.ts";
import { createAnalyzer } from "../../src/search/analyzer.ts";
import { passage } from "../helpers/fixtures.ts";

const analyzer = createAnalyzer([]);
const termsOf = (text: string) => analyzer.terms(text);
const notes = (texts: readonly string[], topicId = "jobs") =>
  texts.map((text, order) => passage(text, { id: `${topicId}#${order}`, topicId, order, headingPath: [] }));

describe("isCorrection", () => {
  it("sees a passage that opens by taking back what the notes said", () => {
    for (const text of [
      "поправка: по умолчанию backoffLimit = 6, а не 3",
      "Поправка про Forbid: ничего он не ждет!",
      "не так! ttl срабатывает и для Failed",
      "[00:41:10] исправление: NoExecute выселяет поды",
      "- ошибся выше, порт 443",
      "Correction: the default is 6",
    ])
      expect(isCorrection(text), text).toBe(true);
    for (const text of [
      "backoffLimit — сколько раз джоба пробует перезапуск",
      "так не работает, если нода недоступна",
      "upd: проверила на работе, так и есть",
      "Исправления в коде вносят через pull request",
    ])
      expect(isCorrection(text), text).toBe(false);
  });
});

describe("correctionsOf", () => {
  it("ties a correction to the nearest passage before it that shares its rarer words", () => {
    const passages = notes([
      "backoffLimit — сколько раз джоба пробует перезапуск после падения. по умолчанию 3",
      "между ретраями пауза растет экспоненциально",
      "completions — сколько подов должно успешно завершиться",
      "parallelism — сколько подов работает одновременно",
      "поправка: по умолчанию backoffLimit = 6, а не 3",
      "activeDeadlineSeconds — лимит по времени на всю джобу",
    ]);
    const links = correctionsOf(passages, termsOf);
    expect([...links.entries()].map(([id, c]) => [id, c.id])).toEqual([["jobs#0", "jobs#4"]]);
  });

  it("ties nothing when the correction shares no word with what came before it, or opens its topic", () => {
    expect(
      correctionsOf(notes(["поды живут на нодах", "поправка: сервисы балансируют трафик"]), termsOf).size,
    ).toBe(0);
    const other = [
      ...notes(["backoffLimit по умолчанию 3"], "a"),
      ...notes(["поправка: backoffLimit = 6"], "b"),
    ];
    expect(correctionsOf(other, termsOf).size).toBe(0);
  });
});
