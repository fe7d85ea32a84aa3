// Quiz answers the database could not take yet (locked by another process, disk full, I/O error), kept in a
// small append-only file next to it until they are recorded. SQLite is the store of record; this file is
// only the queue in front of it, so an answer survives a lock that outlasts the process.
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from "node:fs";

/** An answer waiting to be recorded. `key` is the poll store key: one answer per quiz. */
export interface QueuedAnswer {
  /** Telegram's poll id, or the button quiz's key (`btn:<chat>:<message>`). */
  key: string;
  userId: number;
  /** The chosen option as an index into the card's options; -1 when the card left the deck. */
  option: number;
  /** When the user answered (ms since the epoch): the review is dated then, not when it lands. */
  at: number;
  /** The topic key of `/quiz <topic>`, for «Ещё вопрос» under the feedback. */
  topic?: string;
}

/** The queue of answers waiting for the database. */
export interface AnswerJournal {
  /**
   * Queues `answer` (a second answer to the same quiz is ignored) and returns whether it reached the disk:
   * false when the file cannot be written either (then it waits in memory, and a crash loses it).
   */
  add(answer: QueuedAnswer): boolean;
  /** The queued answers, oldest first. */
  list(): QueuedAnswer[];
  /** Drops the answer to quiz `key` once it is recorded (or can never be). */
  remove(key: string): void;
  /** How many answers wait. */
  size(): number;
}

/**
 * The journal at `path` (JSON lines; created on first use, emptied when the queue is), loading what an
 * earlier run left in it. Without `path` (tests, `:memory:` databases) it lives in memory only. A line
 * that cannot be parsed (a write cut off by a crash) is skipped.
 */
export function openAnswerJournal(path?: string): AnswerJournal {
  const queue = new Map<string, QueuedAnswer>();
  if (path && existsSync(path)) {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const answer = JSON.parse(line) as QueuedAnswer;
        if (typeof answer.key === "string" && !queue.has(answer.key)) queue.set(answer.key, answer);
      } catch {
        // A torn last line: that answer never reached the disk whole.
      }
    }
  }

  const append = (answer: QueuedAnswer): boolean => {
    if (!path) return false;
    try {
      const fd = openSync(path, "a");
      try {
        writeSync(fd, `${JSON.stringify(answer)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch {
      return false;
    }
  };

  /** Rewrites the file with what is still queued (atomically: a temporary file renamed over it). */
  const rewrite = () => {
    if (!path) return;
    try {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, [...queue.values()].map((a) => `${JSON.stringify(a)}\n`).join(""));
      renameSync(temporary, path);
    } catch {
      // Harmless: a recorded answer left in the file is recognised as answered when replayed.
    }
  };

  return {
    add(answer) {
      if (queue.has(answer.key)) return path !== undefined;
      queue.set(answer.key, answer);
      return append(answer);
    },
    list() {
      return [...queue.values()];
    },
    remove(key) {
      if (queue.delete(key)) rewrite();
    },
    size() {
      return queue.size;
    },
  };
}
