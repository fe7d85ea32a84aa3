import { describe, expect, it } from "vitest";
import { createClozeWaitStore } from "../../src/store/cloze-waits.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createUserStore } from "../../src/store/users.ts";

const t0 = new Date("2026-05-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("cloze waits", () => {
  it("keeps one cloze per chat and user until its time, the newest replacing the older", () => {
    const db = openDatabase(":memory:");
    const waits = createClozeWaitStore(db);
    waits.wait(1, 7, { pollId: "btn:1:10", until: later(60_000) });
    waits.wait(1, 7, { pollId: "btn:1:11", until: later(60_000), topic: "services" });
    waits.wait(2, 7, { pollId: "btn:2:5", until: later(60_000) });
    expect(waits.waiting(1, 7, t0)).toEqual({ pollId: "btn:1:11", until: later(60_000), topic: "services" });
    expect(waits.waiting(2, 7, t0)?.pollId).toBe("btn:2:5");
    expect(waits.waiting(1, 8, t0)).toBeUndefined();
    expect(waits.waiting(1, 7, later(60_000))).toBeUndefined();
    waits.clear(1, 7);
    expect(waits.waiting(1, 7, t0)).toBeUndefined();
    expect(waits.waiting(2, 7, t0)).toBeDefined();
  });

  it("/forget deletes the user's waits with the user", () => {
    const db = openDatabase(":memory:");
    const waits = createClozeWaitStore(db);
    waits.wait(1, 7, { pollId: "btn:1:10", until: later(60_000) });
    createUserStore(db).forget(7);
    expect(waits.waiting(1, 7, t0)).toBeUndefined();
  });
});
