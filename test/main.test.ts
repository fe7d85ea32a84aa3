// `npm start` as a process: starts against the fake Bot API, answers, and stops cleanly on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { killTree, processTree, spawnBot } from "./helpers/bot-process.ts";
import { FAKE_TOKEN, FakeBotApi } from "./helpers/fake-bot-api.ts";
import { command } from "./helpers/updates.ts";

let dir: string;
let fake: FakeBotApi;
let child: ChildProcess | undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "konspekt-main-"));
  fake = await FakeBotApi.start();
});

afterEach(async () => {
  if (child?.exitCode === null) child.kill("SIGKILL");
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>) {
  const output = { stdout: "", stderr: "" };
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH,
      BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: join(dir, "data", "konspekt.sqlite"),
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
  return { output, exited };
}

/** Rejects when the process is still running after `ms`: the deadline the issue sets, not a measurement. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms),
    ),
  ]);
}

test("answers over long polling, then exits with code 0 within 5 s of SIGTERM", async () => {
  const { output, exited } = start({});
  await fake.waitFor((calls) => calls.some((c) => c.method === "deleteWebhook"), 15_000, "start-up");
  fake.push(command("help", "", {}));
  const [help] = await fake.nextMessages(1001, 1, 10_000);
  expect(String(help?.payload.text)).toMatch(/^<b>Команды<\/b>/);

  child?.kill("SIGTERM");
  const code = await within(exited, 5_000, "exit after SIGTERM");
  expect(code).toBe(0);
  expect(output.stdout).toContain('"msg":"stopped"');
}, 30_000);

test("SIGTERM to the npm process alone (as a service manager sends it) stops the bot gracefully, tree and all", async () => {
  const npm = spawnBot(fake, { DATABASE_PATH: join(dir, "data", "konspekt.sqlite") }, "npm");
  let tree: number[] = [];
  try {
    await npm.waitForLog((l) => l.msg.startsWith("running as @"), 20_000, "start-up");
    tree = processTree(npm.child.pid as number);
    expect(tree.length).toBeGreaterThanOrEqual(2); // npm and the bot below it

    process.kill(npm.child.pid as number, "SIGTERM");
    expect(await within(npm.exited, 10_000, "npm's exit after SIGTERM")).toBe(0);
    const messages = npm.logs().map((l) => l.msg);
    expect(messages).toContain("shutting down");
    expect(messages).toContain("stopped");
    expect(tree.filter((pid) => processTree(pid).length > 0)).toEqual([]);
  } finally {
    // The bot outlives npm when signals are not forwarded: clean up what was below npm, too.
    for (const pid of [npm.child.pid, ...tree]) killTree(pid);
  }
}, 30_000);

test("a missing BOT_TOKEN stops start-up with how to get one, exit code 1", async () => {
  const { output, exited } = start({ BOT_TOKEN: "" });
  expect(await within(exited, 15_000, "exit")).toBe(1);
  expect(output.stderr).toContain("@BotFather");
  expect(output.stderr).toContain("npm run chat");
  expect(fake.calls).toEqual([]);
}, 30_000);

test("a missing knowledge folder stops start-up with a message naming it", async () => {
  const missing = join(dir, "no-such-notes");
  const { output, exited } = start({ KNOWLEDGE_DIR: missing });
  expect(await within(exited, 15_000, "exit")).toBe(1);
  expect(output.stderr).toContain(missing);
}, 30_000);

test("a database that is not one stops start-up with a message naming the file and the fix, no stack trace", async () => {
  const path = join(dir, "not-a-database.sqlite");
  writeFileSync(path, "these are notes, not an SQLite database ".repeat(100));
  const { output, exited } = start({ DATABASE_PATH: path });
  expect(await within(exited, 15_000, "exit")).toBe(1);
  expect(output.stderr).toContain(path);
  expect(output.stderr).toContain("DATABASE_PATH");
  expect(output.stderr).not.toMatch(/^\s+at /m);
  expect(fake.calls).toEqual([]);
}, 30_000);
