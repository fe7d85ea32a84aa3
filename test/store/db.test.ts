import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, openDatabase, StorageError } from "../../src/store/db.ts";
import { latestVersion, migrations } from "../../src/store/migrations.ts";
import { createUserStore } from "../../src/store/users.ts";

const dirs: string[] = [];
function tempPath(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "konspekt-db-"));
  dirs.push(dir);
  mkdirSync(join(dir, "nested"), { recursive: true });
  return join(dir, "nested", name);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The version-1 schema exactly as it shipped, written by hand so the test does not trust migrations.ts.
const v1 = `
  CREATE TABLE users (id INTEGER PRIMARY KEY, first_name TEXT, username TEXT, language_code TEXT,
    created_at INTEGER NOT NULL, seen_at INTEGER NOT NULL);
  CREATE TABLE card_states (user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, card_id TEXT NOT NULL,
    topic_id TEXT NOT NULL, due INTEGER NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL,
    elapsed_days INTEGER NOT NULL, scheduled_days INTEGER NOT NULL, learning_steps INTEGER NOT NULL,
    reps INTEGER NOT NULL, lapses INTEGER NOT NULL, state INTEGER NOT NULL, last_review INTEGER,
    last_correct INTEGER NOT NULL, PRIMARY KEY (user_id, card_id)) WITHOUT ROWID;
  CREATE INDEX card_states_due ON card_states (user_id, due, topic_id);
  CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL, topic_id TEXT NOT NULL, correct INTEGER NOT NULL, rating INTEGER NOT NULL,
    state INTEGER NOT NULL, due INTEGER NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL,
    elapsed_days INTEGER NOT NULL, last_elapsed_days INTEGER NOT NULL, scheduled_days INTEGER NOT NULL,
    learning_steps INTEGER NOT NULL, reviewed_at INTEGER NOT NULL);
  CREATE INDEX reviews_user ON reviews (user_id, id);
  PRAGMA user_version = 1;
`;

describe("openDatabase", () => {
  it("creates the folder, turns on WAL and foreign keys, and migrates to the latest version", () => {
    const db = openDatabase(join(tempPath("x"), "..", "..", "new-folder", "fresh.sqlite"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("synchronous", { simple: true })).toBe(1);
    expect(db.pragma("user_version", { simple: true })).toBe(latestVersion);
    db.close();
  });

  it("upgrades a version-1 database and keeps its data", () => {
    const path = tempPath("old.sqlite");
    const old = new BetterSqlite3(path);
    old.exec(v1);
    old.prepare("INSERT INTO users (id, first_name, created_at, seen_at) VALUES (7, 'Аня', 1, 2)").run();
    old
      .prepare(
        `INSERT INTO card_states VALUES (7, 'card-1', 'services', 1000, 3.5, 5.1, 0, 3, 0, 2, 0, 2, 500, 1)`,
      )
      .run();
    old.close();

    const db = openDatabase(path);
    expect(db.pragma("user_version", { simple: true })).toBe(latestVersion);
    expect(db.prepare("SELECT first_name FROM users WHERE id = 7").pluck().get()).toBe("Аня");
    expect(db.prepare("SELECT stability FROM card_states WHERE user_id = 7").pluck().get()).toBe(3.5);
    const users = createUserStore(db);
    users.setTimezone(7, "Europe/Berlin");
    expect(users.getTimezone(7)).toBe("Europe/Berlin");
    expect(users.isBlocked(7)).toBe(false);
    db.close();
  });

  it("refuses a database written by a newer version, with a way out", () => {
    const path = tempPath("future.sqlite");
    const future = new BetterSqlite3(path);
    future.pragma(`user_version = ${latestVersion + 1}`);
    future.close();
    expect(() => openDatabase(path)).toThrow(
      new RegExp(
        `schema version ${latestVersion + 1}, but this Konspekt knows versions up to ${latestVersion}.*DATABASE_PATH`,
      ),
    );
  });

  it("refuses a database with damaged pages at start, naming the file and the restore from backup", () => {
    const path = tempPath("damaged.sqlite");
    const db = openDatabase(path);
    const insert = db.prepare("INSERT INTO users (id, first_name, created_at, seen_at) VALUES (?, ?, 1, 1)");
    db.transaction(() => {
      for (let id = 1; id <= 3000; id++) insert.run(id, `user number ${id} with a longer name`);
    })();
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    // Scribble over pages in the middle of the file, as a failing disk would; the header stays intact.
    const size = statSync(path).size;
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    let error: unknown;
    try {
      openDatabase(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).path).toBe(path);
    expect((error as Error).message).toMatch(/damaged|malformed/);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain("npm run backup");
  });

  it("names the file and the fix when it is not a database at all", () => {
    const path = tempPath("notes.sqlite");
    writeFileSync(path, "this is not an SQLite file, it is someone's notes ".repeat(200));
    expect(() => openDatabase(path)).toThrow(StorageError);
    expect(() => openDatabase(path)).toThrow(
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*DATABASE_PATH`),
    );
  });

  it("names the folder when it cannot be created", () => {
    const blocker = tempPath("a-file");
    writeFileSync(blocker, "");
    expect(() => openDatabase(join(blocker, "db.sqlite"))).toThrow(
      /cannot create the folder .*a-file.*DATABASE_PATH/,
    );
  });

  it("waits only briefly for another process's lock", () => {
    expect(BUSY_TIMEOUT_MS).toBeLessThanOrEqual(250);
    const db = openDatabase(tempPath("busy.sqlite"));
    expect(db.pragma("busy_timeout", { simple: true })).toBe(BUSY_TIMEOUT_MS);
    db.close();
  });
});

describe("migrations", () => {
  it("are numbered 1, 2, 3… in order, the last being the latest", () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations.at(-1)?.version).toBe(latestVersion);
  });
});
