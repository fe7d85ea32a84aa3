import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/store/backup.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createUserStore } from "../../src/store/users.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "konspekt-backup-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("backupDatabase", () => {
  it("copies a live database, including writes still in the WAL", async () => {
    const dir = tempDir();
    const live = openDatabase(join(dir, "live.sqlite"));
    createUserStore(live).setTimezone(42, "Asia/Tokyo");
    const copy = join(dir, "backups", "copy.sqlite");
    expect(await backupDatabase(join(dir, "live.sqlite"), copy)).toBeGreaterThan(0);
    live.close();
    const restored = openDatabase(copy);
    expect(createUserStore(restored).getTimezone(42)).toBe("Asia/Tokyo");
    restored.close();
  });

  it("refuses a missing source and an existing destination", async () => {
    const dir = tempDir();
    await expect(backupDatabase(join(dir, "none.sqlite"), join(dir, "b.sqlite"))).rejects.toThrow(
      /no database at .*DATABASE_PATH/,
    );
    openDatabase(join(dir, "live.sqlite")).close();
    writeFileSync(join(dir, "taken.sqlite"), "");
    await expect(backupDatabase(join(dir, "live.sqlite"), join(dir, "taken.sqlite"))).rejects.toThrow(
      /already exists/,
    );
  });
});
