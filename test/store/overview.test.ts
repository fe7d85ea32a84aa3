import { describe, expect, it } from "vitest";
import { createDailyStore } from "../../src/store/daily.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createOverview } from "../../src/store/overview.ts";
import { createUserStore } from "../../src/store/users.ts";

describe("overview", () => {
  it("counts users by activity, blocks and subscriptions", () => {
    const db = openDatabase(":memory:");
    const users = createUserStore(db);
    const now = new Date("2026-03-10T12:00:00Z");
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    users.touch({ id: 1 }, hoursAgo(1));
    users.touch({ id: 2 }, hoursAgo(30));
    users.touch({ id: 3 }, hoursAgo(24 * 10));
    users.markBlocked(3, hoursAgo(2));
    users.flushSeen();
    createDailyStore(db).subscribe({ userId: 1, chatId: 1, time: "09:00", count: 1 }, now, "Europe/Moscow");
    expect(createOverview(db).snapshot(now)).toEqual({
      users: 3,
      activeDay: 1,
      activeWeek: 2,
      blocked: 1,
      subscribers: 1,
      answersDay: 0,
      answersTotal: 0,
    });
  });
});
