import { describe, expect, it } from "vitest";
import { renderGroupGreeting, renderLeaderboard } from "../../src/bot/render-group.ts";
import type { LeaderboardRow } from "../../src/store/groups.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../helpers/telegram-html.ts";

const weekStart = new Date("2026-03-08T21:00:00Z");
const rows: LeaderboardRow[] = Array.from({ length: 12 }, (_, i) => ({
  userId: i + 1,
  name: `Участник ${i + 1}`,
  correct: 12 - i,
  answered: 12,
}));
const shown = (html: string) => {
  assertTelegramHtml(html);
  return checkTelegramHtml(html).text;
};

describe("renderLeaderboard", () => {
  it("lists the first ten with medals and places, and the one who asked below them", () => {
    const text = shown(renderLeaderboard(rows, weekStart, "Europe/Moscow", { size: 10, viewerId: 12 }));
    const lines = text.split("\n");
    expect(lines[0]).toBe("🏆 Рейтинг недели — с понедельника, 9 марта");
    expect(lines.slice(2, 5)).toEqual([
      "🥇 Участник 1 — 12 из 12 (100%)",
      "🥈 Участник 2 — 11 из 12 (92%)",
      "🥉 Участник 3 — 10 из 12 (83%)",
    ]);
    expect(lines[11]).toBe("10. Участник 10 — 3 из 12 (25%)");
    expect(lines.slice(12, 14)).toEqual(["…", "12. Участник 12 — 1 из 12 (8%)"]);
    expect(text).not.toContain("Участник 11 ");
  });

  it("adds no line for one who asked and is shown already, or did not answer", () => {
    for (const viewerId of [3, 99, undefined]) {
      const text = shown(
        renderLeaderboard(rows, weekStart, "Europe/Moscow", { size: 10, ...(viewerId ? { viewerId } : {}) }),
      );
      expect(text).not.toContain("…");
      expect(text.split("\n")).toHaveLength(2 + 10 + 2);
    }
  });

  it("escapes names and keeps long ones short", () => {
    const html = renderLeaderboard(
      [{ userId: 1, name: `<b>Анна</b> & ${"о".repeat(100)}`, correct: 1, answered: 2 }],
      weekStart,
      "Asia/Novosibirsk",
      { size: 10 },
    );
    expect(html).toContain("&lt;b&gt;Анна&lt;/b&gt; &amp; ");
    const text = shown(html);
    expect(text).toMatch(/^🏆 Рейтинг недели — с понедельника, 9 марта/);
    expect(text.split("\n")[2]?.length).toBeLessThan(100);
  });

  it("says when nobody answered this week", () => {
    expect(renderLeaderboard([], weekStart, "Europe/Moscow", { size: 10 })).toBe(
      "🏆 На этой неделе в группе ещё никто не ответил. Вопрос для всех — /quiz",
    );
  });
});

describe("renderGroupGreeting", () => {
  it("names the group commands and how to ask the bot", () => {
    const text = shown(renderGroupGreeting("konspekt_bot"));
    expect(text).toContain("/quiz — вопрос для всех");
    expect(text).toContain("/top — рейтинг недели");
    expect(text).toContain("@konspekt_bot что такое под");
    expect(text).toContain("/quiz в личном чате: t.me/konspekt_bot");
  });
});
