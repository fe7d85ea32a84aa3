// Online backups: a consistent copy of a live database, taken while the bot keeps writing.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";

/**
 * Copies the database at `source` to `destination` with SQLite's online backup API (`db.backup`), which
 * is safe while the bot runs. Creates the destination folder; refuses to overwrite an existing file or
 * to read a database that does not exist. Resolves to the number of pages copied.
 */
export async function backupDatabase(source: string, destination: string): Promise<number> {
  if (!existsSync(source)) {
    throw new Error(
      `backup: there is no database at ${source}; check DATABASE_PATH (in .env or the environment)`,
    );
  }
  if (existsSync(destination)) {
    throw new Error(`backup: ${destination} already exists; choose another file name or delete it first`);
  }
  mkdirSync(dirname(destination), { recursive: true });
  const db = new BetterSqlite3(source, { fileMustExist: true });
  try {
    const { totalPages } = await db.backup(destination);
    return totalPages;
  } finally {
    db.close();
  }
}
