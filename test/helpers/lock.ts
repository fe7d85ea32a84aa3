// Another process holding SQLite's write lock, to test that the bot keeps every promise meanwhile.
import { type ChildProcess, spawn } from "node:child_process";

/** Another process takes SQLite's write lock on `path` and holds it for `ms`. Resolves once it holds it. */
export async function holdWriteLock(
  path: string,
  ms: number,
): Promise<{ child: ChildProcess; released: Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3"))(${JSON.stringify(path)});
       db.exec("BEGIN EXCLUSIVE"); db.exec("CREATE TABLE IF NOT EXISTS lock_probe (x)");
       process.stdout.write("locked\\n");
       setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, ${ms});`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  const seen = (word: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (output.includes(word)) resolve();
      };
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        check();
      });
      check();
    });
  const released = seen("released");
  await seen("locked");
  return { child, released };
}
