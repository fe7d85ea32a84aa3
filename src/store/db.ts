// The SQLite connection: pragmas for a single-process bot, and the schema brought up to date on open.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { migrate } from "./migrations.ts";

/** An open better-sqlite3 connection; every store module takes one. */
export type Database = BetterSqlite3.Database;

/**
 * Opens (creating when missing, with its folder) the database at `path` — or `":memory:"` for tests —
 * with WAL journaling, foreign keys on, `synchronous = NORMAL` and a 5 s busy timeout, and applies
 * pending migrations. Throws when the file belongs to a newer version of Konspekt.
 */
export function openDatabase(path: string): Database {
  if (path !== ":memory:" && !path.startsWith("file:")) mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
