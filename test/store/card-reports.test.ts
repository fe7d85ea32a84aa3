// card_reports: one row per user and version of a card, comments clipped, deleted by /forget.
import { describe, expect, it } from "vitest";
import { createCardReportStore, MAX_COMMENT_CHARS } from "../../src/store/card-reports.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createUserStore } from "../../src/store/users.ts";

describe("card report store", () => {
  it("keeps one report per user and card version, refreshing its time and keeping the comment", () => {
    const store = createCardReportStore(openDatabase(":memory:"));
    const key = { cardId: "c1", contentHash: "h1", userId: 5 };
    store.report({ ...key, admin: false }, new Date(1_000));
    expect(store.comment(key, "x".repeat(MAX_COMMENT_CHARS + 50), new Date(2_000))).toBe(true);
    store.report({ ...key, admin: true }, new Date(3_000));
    store.report({ ...key, contentHash: "h2", admin: false }, new Date(4_000));
    expect(store.all()).toEqual([
      { cardId: "c1", contentHash: "h2", userId: 5, admin: false, at: 4_000 },
      { ...key, admin: true, comment: "x".repeat(MAX_COMMENT_CHARS), at: 3_000 },
    ]);
    expect(store.comment({ ...key, userId: 6 }, "нет такой жалобы")).toBe(false);
  });

  it("UserStore.forget deletes the user's reports with everything else", () => {
    const db = openDatabase(":memory:");
    const store = createCardReportStore(db);
    store.report({ cardId: "c1", contentHash: "h1", userId: 5, admin: false });
    store.report({ cardId: "c1", contentHash: "h1", userId: 6, admin: false });
    createUserStore(db).forget(5);
    expect(store.all().map((r) => r.userId)).toEqual([6]);
  });
});
