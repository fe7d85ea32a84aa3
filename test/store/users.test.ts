import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { reviewState } from "../../src/quiz/schedule.ts";
import { createDailyStore } from "../../src/store/daily.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createPollStore } from "../../src/store/polls.ts";
import { createProgressStore } from "../../src/store/progress.ts";
import { createUserStore, startSeenFlusher } from "../../src/store/users.ts";

describe("user store", () => {
  it("records users and updates their names", () => {
    const db = openDatabase(":memory:");
    const users = createUserStore(db);
    users.touch({ id: 1, firstName: "Аня", username: "anya" });
    users.touch({ id: 1, firstName: "Анна", languageCode: "ru" });
    expect(users.flushSeen()).toBe(1);
    const row = db.prepare("SELECT first_name, username, language_code FROM users WHERE id = 1").get();
    expect(row).toEqual({ first_name: "Анна", username: null, language_code: "ru" });
  });

  it("marks a user blocked after a 403 and active again when they write", () => {
    const users = createUserStore(openDatabase(":memory:"));
    expect(users.isBlocked(5)).toBe(false);
    users.markBlocked(5);
    expect(users.isBlocked(5)).toBe(true);
    users.touch({ id: 5 });
    expect(users.isBlocked(5)).toBe(false);
    users.markBlocked(5);
    users.markActive(5);
    expect(users.isBlocked(5)).toBe(false);
  });

  it("writes a returning user at most once a minute, but never misses an unblock or a forget", () => {
    const db = openDatabase(":memory:");
    const users = createUserStore(db);
    const seenAt = () => {
      users.flushSeen();
      return db.prepare("SELECT seen_at FROM users WHERE id = 7").pluck().get();
    };
    const t0 = new Date("2026-01-01T10:00:00Z");
    users.touch({ id: 7, firstName: "Оля" }, t0);
    users.touch({ id: 7, firstName: "Оля" }, new Date(t0.getTime() + 30_000));
    expect(seenAt()).toBe(t0.getTime());
    users.touch({ id: 7, firstName: "Оля" }, new Date(t0.getTime() + 61_000));
    expect(seenAt()).toBe(t0.getTime() + 61_000);

    users.markBlocked(7, new Date(t0.getTime() + 62_000));
    users.touch({ id: 7, firstName: "Оля" }, new Date(t0.getTime() + 63_000));
    expect(users.isBlocked(7)).toBe(false);

    users.forget(7);
    users.touch({ id: 7, firstName: "Оля" }, new Date(t0.getTime() + 64_000));
    expect(seenAt()).toBe(t0.getTime() + 64_000);
  });

  it("stores a time zone per user", () => {
    const users = createUserStore(openDatabase(":memory:"));
    expect(users.getTimezone(3)).toBeUndefined();
    users.setTimezone(3, "Asia/Tokyo");
    expect(users.getTimezone(3)).toBe("Asia/Tokyo");
  });

  it("/forget deletes everything about the user and nothing about others", () => {
    const db = openDatabase(":memory:");
    const users = createUserStore(db);
    const progress = createProgressStore(db);
    const daily = createDailyStore(db);
    const polls = createPollStore(db);
    const now = new Date("2026-03-01T10:00:00Z");
    for (const id of [1, 2]) {
      users.touch({ id, firstName: `user${id}` });
      users.setTimezone(id, "Europe/Berlin");
      progress.applyReview(id, "card-a", "services", (prev) => reviewState(prev, true, now));
      daily.subscribe({ userId: id, chatId: id, time: "12:00", count: 2 }, now, "Europe/Moscow");
      polls.record({
        pollId: `poll-${id}`,
        userId: id,
        chatId: id,
        cardId: "card-a",
        messageId: 10,
        sentAt: now,
      });
    }
    users.forget(1);
    const count = (table: string, column: string, id: number) =>
      db.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${column} = ?`).pluck().get(id);
    for (const [table, column] of [
      ["users", "id"],
      ["card_states", "user_id"],
      ["reviews", "user_id"],
      ["daily_subscriptions", "user_id"],
      ["polls", "user_id"],
    ] as const) {
      expect(count(table, column, 1), table).toBe(0);
      expect(count(table, column, 2), table).toBe(1);
    }
    expect(users.getTimezone(1)).toBeUndefined();
    expect(polls.find("poll-1")).toBeUndefined();
  });

  it("writes nothing when touched, only when flushed: one transaction; a failed flush keeps the notes", () => {
    const dir = mkdtempSync(join(tmpdir(), "konspekt-users-"));
    try {
      const path = join(dir, "k.sqlite");
      const db = openDatabase(path);
      const users = createUserStore(db);
      const count = () => db.prepare("SELECT COUNT(*) FROM users").pluck().get();
      users.touch({ id: 1, firstName: "Аня" });
      users.touch({ id: 2, firstName: "Боря" });
      expect(count()).toBe(0);
      // Another connection holds the write lock: the flush fails fast and keeps both notes.
      const other = new BetterSqlite3(path);
      other.exec("BEGIN EXCLUSIVE");
      expect(() => users.flushSeen()).toThrow(/locked|busy/i);
      other.exec("COMMIT");
      other.close();
      expect(users.flushSeen()).toBe(2);
      expect(count()).toBe(2);
      expect(users.flushSeen()).toBe(0);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a touch pending when the user is blocked does not clear the block when it is written", () => {
    const users = createUserStore(openDatabase(":memory:"));
    users.touch({ id: 4, firstName: "Вера" });
    users.markBlocked(4);
    users.flushSeen();
    expect(users.isBlocked(4)).toBe(true);
  });

  it("a flusher writes on its own and once more when stopped; failures go to onError", async () => {
    const users = createUserStore(openDatabase(":memory:"));
    let flushed = 0;
    const errors: unknown[] = [];
    const flaky = {
      ...users,
      flushSeen: () => {
        flushed++;
        if (flushed === 1) throw new Error("disk full");
        return users.flushSeen();
      },
    };
    const flusher = startSeenFlusher(flaky, (e) => errors.push(e), 20);
    users.touch({ id: 9 });
    await new Promise((r) => setTimeout(r, 90));
    flusher.stop();
    expect(errors).toHaveLength(1);
    expect(flushed).toBeGreaterThanOrEqual(3);
    expect(users.flushSeen()).toBe(0);
  });
});
