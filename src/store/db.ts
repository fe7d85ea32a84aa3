// The SQLite connection: pragmas for a single-process bot, an integrity check, and the schema brought up to
// date on open. Every failure to open names the file and says how to fix it.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { migrate } from "./migrations.ts";

/** An open better-sqlite3 connection; every store module takes one. */
export type Database = BetterSqlite3.Database;

/**
 * How long a statement waits for another process's lock before failing with SQLITE_BUSY. better-sqlite3
 * waits synchronously, freezing every chat at once, so the wait is short: a write that cannot wait is
 * retried later (quiz answers: src/bot/quiz-answers.ts; seen times: `startSeenFlusher`).
 */
export const BUSY_TIMEOUT_MS = 100;

/** The database could not be opened or used; `message` names the file and the fix. */
export class StorageError extends Error {
  override name = "StorageError";
  constructor(
    message: string,
    /** The database file. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is SQLite saying the database cannot be written now (locked, full, I/O) but may be later. */
export function isTransientStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" &&
    /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|PROTOCOL)/.test(code) &&
    error instanceof BetterSqlite3.SqliteError
  );
}

/** What to do about an SQLite error code at start-up. */
function fixFor(code: string, path: string): string {
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return "Another process holds a lock on it (a second Konspekt?): stop that process and start again.";
  if (code.startsWith("SQLITE_NOTADB"))
    return `It is not an SQLite database: point DATABASE_PATH at Konspekt's database, or move ${path} aside to start afresh.`;
  if (code.startsWith("SQLITE_CORRUPT")) return restoreHint(path);
  if (code.startsWith("SQLITE_FULL")) return "The disk is full: free some space and start again.";
  if (
    code.startsWith("SQLITE_CANTOPEN") ||
    code.startsWith("SQLITE_READONLY") ||
    code.startsWith("SQLITE_PERM")
  )
    return `Check that DATABASE_PATH is right and that this user may read and write ${path} and its folder.`;
  return "Check DATABASE_PATH (in .env or the environment) and the file.";
}

function restoreHint(path: string): string {
  return (
    `Stop the bot, move ${path} aside (with its -wal and -shm files), and copy your latest backup ` +
    `(made by npm run backup -- <file>) to ${path}; without a backup, delete it to start afresh.`
  );
}

/**
 * Opens (creating when missing, with its folder) the database at `path` — or `":memory:"` for tests —
 * with WAL journaling, foreign keys on, `synchronous = NORMAL` and a busy timeout of `busyTimeoutMs`
 * (default {@link BUSY_TIMEOUT_MS}); checks it with `PRAGMA quick_check`, and applies pending migrations.
 * Throws a {@link StorageError} naming the file and the fix when it cannot be opened, is damaged, or
 * belongs to a newer version of Konspekt.
 */
export function openDatabase(path: string, options: { busyTimeoutMs?: number } = {}): Database {
  const onDisk = path !== ":memory:" && !path.startsWith("file:");
  if (onDisk) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StorageError(
        `store: cannot create the folder ${dirname(path)} for the database ${path} (${(error as Error).message}). ` +
          "Check DATABASE_PATH and the permissions of its folder.",
        path,
        { cause: error },
      );
    }
  }
  let db: Database;
  try {
    db = new BetterSqlite3(path);
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? "");
    throw new StorageError(
      `store: cannot open the database ${path} (${(error as Error).message}). ${fixFor(code, path)}`,
      path,
      { cause: error },
    );
  }
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    db.pragma("synchronous = NORMAL");
    const problems = db.pragma("quick_check(5)", { simple: false }) as { quick_check: string }[];
    const found = problems.map((row) => row.quick_check).filter((line) => line !== "ok");
    if (found.length > 0) {
      throw new StorageError(
        `store: the database ${path} is damaged (quick_check: ${found.join("; ")}). ${restoreHint(path)}`,
        path,
      );
    }
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof StorageError) throw error;
    const message = (error as Error).message;
    const code = String((error as { code?: unknown }).code ?? "");
    throw new StorageError(
      message.startsWith("store:")
        ? message
        : `store: cannot use the database ${path} (${code ? `${code}: ` : ""}${message}). ${fixFor(code, path)}`,
      path,
      { cause: error },
    );
  }
  return db;
}

/** The schema version of `db` (`PRAGMA user_version`). */
export function schemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * A check that the database can be read, for `/healthz`: a read on `db` itself (fails when it is closed or
 * locked for longer than the busy timeout) and, for a file, a read through a fresh read-only connection (fails
 * when the file was deleted, replaced or damaged under the running bot, which its own cache would hide).
 * The returned function throws an Error saying what failed.
 */
export function createReadCheck(db: Database): () => void {
  const path = db.name;
  const onDisk = path !== ":memory:" && path !== "" && !path.startsWith("file:");
  const read = db.prepare("SELECT count(*) FROM sqlite_schema");
  return () => {
    read.get();
    if (!onDisk) return;
    const fresh = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    try {
      fresh.prepare("SELECT count(*) FROM sqlite_schema").get();
    } finally {
      fresh.close();
    }
  };
}
