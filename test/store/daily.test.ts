import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDailyStore, type DueDelivery } from "../../src/store/daily.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createUserStore } from "../../src/store/users.ts";

const moscow = "Europe/Moscow";

function setup() {
  const db = openDatabase(":memory:");
  return { db, users: createUserStore(db), daily: createDailyStore(db) };
}

const at = (iso: string) => new Date(iso);
type Store = ReturnType<typeof createDailyStore>;
const MINUTE = 60_000;
/** A lease of `ms` from `iso`, held by `owner`. */
const lease = (iso: string, owner = "a", ms = MINUTE) => ({ owner, until: new Date(at(iso).getTime() + ms) });
/** Claims what is due at `iso`, for a minute. */
const claim = (daily: Store, iso: string, owner = "a") => daily.claimDue(at(iso), moscow, lease(iso, owner));
/** Claims what is due at `iso` and finishes it, as a sender that sent everything does. */
const claimedUsers = (daily: Store, iso: string) =>
  claim(daily, iso).map((d) => {
    daily.finish(d, "a");
    return d.userId;
  });

describe("daily subscriptions", () => {
  it("subscribes, shows and stops", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 1, chatId: 100, time: "09:05", count: 3 }, at("2026-01-10T03:00:00Z"), moscow);
    expect(daily.get(1)).toEqual({ userId: 1, chatId: 100, time: "09:05", count: 3 });
    expect(daily.unsubscribe(1)).toBe(true);
    expect(daily.unsubscribe(1)).toBe(false);
    expect(daily.get(1)).toBeUndefined();
  });

  it("refuses a time that is not HH:MM", () => {
    const { daily } = setup();
    expect(() =>
      daily.subscribe({ userId: 1, chatId: 1, time: "25:00", count: 1 }, new Date(), moscow),
    ).toThrow(/HH:MM/);
  });

  it("sends once at the local time, and a time already past today starts tomorrow", () => {
    const { users, daily } = setup();
    users.setTimezone(1, "Europe/Berlin");
    // 10:00 Berlin: 09:00 has passed, so nothing today.
    daily.subscribe({ userId: 1, chatId: 11, time: "09:00", count: 1 }, at("2026-01-10T09:00:00Z"), moscow);
    expect(claimedUsers(daily, "2026-01-10T12:00:00Z")).toEqual([]);
    expect(claimedUsers(daily, "2026-01-11T07:59:00Z")).toEqual([]);
    const [delivery] = claim(daily, "2026-01-11T08:00:00Z");
    expect(delivery).toEqual({
      userId: 1,
      chatId: 11,
      count: 1,
      time: "09:00",
      timeZone: "Europe/Berlin",
      localDate: "2026-01-11",
      sentParts: 0,
      messageIds: [],
      attempt: 1,
    });
    daily.finish(delivery as DueDelivery, "a");
    expect(claimedUsers(daily, "2026-01-11T08:01:00Z")).toEqual([]);
  });

  it("a released claim is claimed again at once, with its progress; a finished one is not", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 1 }, at("2026-01-10T03:00:00Z"), moscow);
    const [first] = claim(daily, "2026-01-10T06:00:00Z");
    expect(daily.plan(first as DueDelivery, ["card-1"], "a")).toBe(true);
    expect(daily.markSent(first as DueDelivery, 501, "a")).toBe(true);
    expect(claim(daily, "2026-01-10T06:00:10Z", "b")).toEqual([]);
    expect(daily.release("a")).toBe(1);
    const [again] = claim(daily, "2026-01-10T06:00:20Z", "b");
    expect(again).toMatchObject({ cardIds: ["card-1"], sentParts: 1, messageIds: [501], attempt: 2 });
    // The old holder can no longer write; the new one can.
    expect(daily.markSent(again as DueDelivery, 502, "a")).toBe(false);
    expect(daily.markSent(again as DueDelivery, 502, "b")).toBe(true);
    daily.finish(again as DueDelivery, "b");
    expect(daily.release("b")).toBe(0);
    expect(claim(daily, "2026-01-10T07:00:00Z")).toEqual([]);
    expect(daily.get(1)?.lastSentDate).toBe("2026-01-10");
  });

  it("a crashed holder's claim expires and resumes the same day; a renewed one does not expire", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 2 }, at("2026-01-10T03:00:00Z"), moscow);
    daily.subscribe({ userId: 2, chatId: 2, time: "09:00", count: 2 }, at("2026-01-10T03:00:00Z"), moscow);
    const claimed = claim(daily, "2026-01-10T06:00:00Z", "dead");
    expect(claimed).toHaveLength(2);
    daily.plan(claimed[0] as DueDelivery, ["x", "y"], "dead");
    daily.markSent(claimed[0] as DueDelivery, 7, "dead");
    // Within the minute nobody else may send them; right after it, anybody may.
    expect(claim(daily, "2026-01-10T06:00:59Z", "b")).toEqual([]);
    expect(claim(daily, "2026-01-10T06:01:00Z", "b")).toMatchObject([
      { userId: 1, cardIds: ["x", "y"], sentParts: 1, messageIds: [7], attempt: 2 },
      { userId: 2, sentParts: 0, messageIds: [], attempt: 2 },
    ]);
    // A holder that keeps renewing keeps them.
    expect(daily.renew("b", at("2026-01-10T06:05:00Z"))).toBe(2);
    expect(claim(daily, "2026-01-10T06:04:00Z", "c")).toEqual([]);
  });

  it("a claim left unfinished yesterday starts afresh today", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 1 }, at("2026-01-10T03:00:00Z"), moscow);
    const [stale] = claim(daily, "2026-01-10T06:00:00Z", "dead");
    daily.plan(stale as DueDelivery, ["x"], "dead");
    daily.markSent(stale as DueDelivery, 7, "dead");
    expect(claim(daily, "2026-01-11T06:00:00Z")).toMatchObject([
      { localDate: "2026-01-11", sentParts: 0, messageIds: [], attempt: 1 },
    ]);
  });

  it("a postponed delivery waits until its retry time, keeping its progress", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 1 }, at("2026-01-10T03:00:00Z"), moscow);
    const [failed] = claim(daily, "2026-01-10T06:00:00Z");
    daily.markSent(failed as DueDelivery, 9, "a");
    daily.postpone(failed as DueDelivery, "a", at("2026-01-10T06:00:30Z"));
    expect(daily.renew("a", at("2026-01-10T07:00:00Z"))).toBe(0);
    expect(claim(daily, "2026-01-10T06:00:29Z")).toEqual([]);
    expect(claim(daily, "2026-01-10T06:00:30Z")).toMatchObject([
      { sentParts: 1, messageIds: [9], attempt: 2 },
    ]);
  });

  it("uses the default zone for users without one", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 2, chatId: 2, time: "09:00", count: 1 }, at("2026-01-10T03:00:00Z"), moscow);
    expect(claimedUsers(daily, "2026-01-10T05:59:00Z")).toEqual([]); // 08:59 in Moscow
    expect(claimedUsers(daily, "2026-01-10T06:00:00Z")).toEqual([2]);
  });

  it("handles Europe/Berlin's spring-forward day: 02:30 does not exist and goes out at 03:00", () => {
    const { users, daily } = setup();
    users.setTimezone(1, "Europe/Berlin");
    daily.subscribe({ userId: 1, chatId: 1, time: "02:30", count: 1 }, at("2026-03-28T12:00:00Z"), moscow);
    expect(claimedUsers(daily, "2026-03-29T00:59:00Z")).toEqual([]); // 01:59 CET
    expect(claimedUsers(daily, "2026-03-29T01:00:00Z")).toEqual([1]); // 03:00 CEST
    expect(claimedUsers(daily, "2026-03-29T01:30:00Z")).toEqual([]);
    expect(claimedUsers(daily, "2026-03-30T00:29:00Z")).toEqual([]); // 02:29 CEST
    expect(claimedUsers(daily, "2026-03-30T00:30:00Z")).toEqual([1]);
  });

  it("handles Europe/Berlin's fall-back day: 02:30 happens twice but is sent once", () => {
    const { users, daily } = setup();
    users.setTimezone(1, "Europe/Berlin");
    daily.subscribe({ userId: 1, chatId: 1, time: "02:30", count: 1 }, at("2026-10-24T12:00:00Z"), moscow);
    expect(claimedUsers(daily, "2026-10-25T00:30:00Z")).toEqual([1]); // 02:30 CEST
    expect(claimedUsers(daily, "2026-10-25T01:30:00Z")).toEqual([]); // 02:30 CET, again
  });

  it("crosses midnight: 00:00 belongs to the new day, 23:59 to the old one", () => {
    const { users, daily } = setup();
    users.setTimezone(1, "Europe/Berlin");
    users.setTimezone(2, "Europe/Berlin");
    const noon = at("2026-01-01T11:00:00Z");
    daily.subscribe({ userId: 1, chatId: 1, time: "00:00", count: 1 }, noon, moscow);
    daily.subscribe({ userId: 2, chatId: 2, time: "23:59", count: 1 }, noon, moscow);
    expect(claimedUsers(daily, "2026-01-01T22:58:00Z")).toEqual([]);
    const late = claim(daily, "2026-01-01T22:59:00Z");
    expect(late).toMatchObject([{ userId: 2, localDate: "2026-01-01" }]);
    daily.finish(late[0] as DueDelivery, "a");
    const early = claim(daily, "2026-01-01T23:00:00Z");
    expect(early).toMatchObject([{ userId: 1, localDate: "2026-01-02" }]);
    daily.finish(early[0] as DueDelivery, "a");
    expect(claimedUsers(daily, "2026-01-02T22:58:00Z")).toEqual([]);
    expect(claimedUsers(daily, "2026-01-02T22:59:00Z")).toEqual([2]);
  });

  it("follows a user who changes time zone, never twice on one local date", () => {
    const { users, daily } = setup();
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 1 }, at("2026-01-10T03:00:00Z"), moscow);
    expect(claimedUsers(daily, "2026-01-10T06:00:00Z")).toEqual([1]); // 09:00 in Moscow, Jan 10
    // Moving west: New York's Jan 10 09:00 comes later the same UTC day, but Jan 10 already had its quiz.
    users.setTimezone(1, "America/New_York");
    expect(claimedUsers(daily, "2026-01-10T14:00:00Z")).toEqual([]);
    expect(claimedUsers(daily, "2026-01-11T13:59:00Z")).toEqual([]);
    expect(claimedUsers(daily, "2026-01-11T14:00:00Z")).toEqual([1]); // 09:00 in New York, Jan 11
    // Moving east: Tokyo is already on Jan 12 and past 09:00 there.
    users.setTimezone(1, "Asia/Tokyo");
    expect(claim(daily, "2026-01-12T00:00:00Z")).toMatchObject([
      { userId: 1, timeZone: "Asia/Tokyo", localDate: "2026-01-12" },
    ]);
  });

  it("catches up after downtime the same local day, but not the next day", () => {
    const { daily } = setup();
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 2 }, at("2026-01-10T03:00:00Z"), moscow);
    // The bot was down from 08:00 to 15:00 Moscow time.
    expect(claimedUsers(daily, "2026-01-10T12:00:00Z")).toEqual([1]);
    expect(claimedUsers(daily, "2026-01-10T12:01:00Z")).toEqual([]);
    // Down all of Jan 11 until 23:30 Moscow: the quiz for Jan 11 still goes out that evening.
    expect(claimedUsers(daily, "2026-01-11T20:30:00Z")).toEqual([1]);
    // Down from Jan 12 08:00 to Jan 13 00:30: Jan 12 is gone; Jan 13 waits for 09:00.
    expect(claimedUsers(daily, "2026-01-12T21:30:00Z")).toEqual([]);
    expect(claimedUsers(daily, "2026-01-13T06:00:00Z")).toEqual([1]);
  });

  it("a crash between claim and send loses nothing: after a restart the claim resumes the same day", () => {
    const dir = mkdtempSync(join(tmpdir(), "konspekt-daily-"));
    try {
      const path = join(dir, "bot.sqlite");
      const first = openDatabase(path);
      createDailyStore(first).subscribe(
        { userId: 1, chatId: 1, time: "09:00", count: 1 },
        at("2026-01-10T03:00:00Z"),
        moscow,
      );
      const [claimed] = claim(createDailyStore(first), "2026-01-10T06:00:00Z", "dead");
      createDailyStore(first).markSent(claimed as DueDelivery, 42, "dead");
      first.close(); // the crash: the header went out, the quiz did not

      const restarted = openDatabase(path);
      const daily = createDailyStore(restarted);
      expect(claim(daily, "2026-01-10T06:00:30Z")).toEqual([]);
      const [resumed] = claim(daily, "2026-01-10T06:01:00Z");
      expect(resumed).toMatchObject({ sentParts: 1, messageIds: [42] });
      daily.finish(resumed as DueDelivery, "a");
      expect(claim(daily, "2026-01-10T20:00:00Z")).toEqual([]);
      expect(claim(daily, "2026-01-11T06:00:00Z")).toHaveLength(1);
      restarted.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("skips users who blocked the bot, and resumes when they come back the same day", () => {
    const { users, daily } = setup();
    for (const id of [1, 2]) {
      daily.subscribe(
        { userId: id, chatId: id, time: "09:00", count: 1 },
        at("2026-01-10T03:00:00Z"),
        moscow,
      );
    }
    users.markBlocked(2);
    expect(claimedUsers(daily, "2026-01-10T06:00:00Z")).toEqual([1]);
    users.touch({ id: 2 });
    users.flushSeen();
    expect(claimedUsers(daily, "2026-01-10T07:00:00Z")).toEqual([2]);
  });

  it("falls back to the default zone for a stored zone this Node.js does not know", () => {
    const { users, daily } = setup();
    users.setTimezone(1, "Mars/Olympus_Mons");
    daily.subscribe({ userId: 1, chatId: 1, time: "09:00", count: 1 }, at("2026-01-10T03:00:00Z"), moscow);
    expect(claim(daily, "2026-01-10T06:00:00Z")).toMatchObject([{ userId: 1, timeZone: moscow }]);
  });
});
