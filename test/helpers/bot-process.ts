// The real bot as a child process (`node --import tsx src/main.ts`, or `npm start`) against the fake Bot API:
// for promises that only a process can break — kill -9, SIGTERM, restarts on the same database file.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { FAKE_TOKEN, type FakeBotApi } from "./fake-bot-api.ts";
import type { LogLine } from "./harness.ts";

/** A started bot process. */
export interface BotProcess {
  child: ChildProcess;
  /** Everything written so far. */
  output: { stdout: string; stderr: string };
  /** Settles with the exit code (null when killed by a signal) once the process exits. */
  exited: Promise<number | null>;
  /** The JSON log lines written to stdout so far, parsed. */
  logs(): LogLine[];
  /** Resolves with the first log line `match` accepts; rejects after `timeoutMs` or when the process exits. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs: number, what: string): Promise<LogLine>;
}

/**
 * Starts the bot with `BOT_TOKEN` and `TELEGRAM_API_ROOT` pointing at `fake`, plus `env` (no `.env` is read
 * for unset values other than these: pass `DATABASE_PATH`). `command` "npm" runs `npm start` instead of node.
 */
export function spawnBot(
  fake: FakeBotApi,
  env: Record<string, string>,
  command: "node" | "npm" = "node",
): BotProcess {
  const output = { stdout: "", stderr: "" };
  const [file, args] =
    command === "npm"
      ? ["npm", ["start", "--silent"]]
      : [process.execPath, ["--import", "tsx", "src/main.ts"]];
  const child = spawn(file, args, {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const changed = new Set<() => void>();
  child.stdout?.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
    for (const check of changed) check();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const logs = () =>
    output.stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine);
  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs: number, what: string) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs().find(match);
        if (found) finish(() => resolve(found));
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`bot process: no ${what} within ${timeoutMs} ms:\n${output.stdout}`)),
          ),
        timeoutMs,
      );
      const onExit = () =>
        finish(() =>
          reject(new Error(`bot process exited before ${what}:\n${output.stdout}${output.stderr}`)),
        );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        changed.delete(check);
        child.off("exit", onExit);
        settle();
      };
      changed.add(check);
      child.once("exit", onExit);
      check();
    });
  return { child, output, exited, logs, waitForLog };
}

/** The ids of `pid` and every process below it that is still alive (Linux `ps`). */
export function processTree(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/u).map(Number) as [number, number]);
  const tree = table.some(([p]) => p === pid) ? [pid] : [];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of table) if (parent === tree[i]) tree.push(child);
  }
  return tree;
}

/** Kills `pid` and everything below it with SIGKILL; for cleaning up after a failed test. */
export function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  for (const id of processTree(pid).reverse()) {
    try {
      process.kill(id, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}
