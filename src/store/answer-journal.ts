// Quiz answers the database could not take yet (locked by another process, disk full, I/O error) — and the
// quizzes they answer, when even recording a sent quiz failed — kept in a small append-only file next to it
// until they are written. SQLite is the store of record; this file is only the queue in front of it, so an
// answer survives a lock that outlasts the process.
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
  kind: "answer";
  /** Telegram's poll id, or the button quiz's key (`btn:<chat>:<message>`). */
  key: string;
  userId: number;
  /** The chosen option as an index into the card's options; -1 when the card left the deck. */
  option: number;
  /** When the user answered (ms since the epoch): the review is dated then, not when it lands. */
  at: number;
  /** The topic key of `/quiz <topic>`, for «Ещё вопрос» under the feedback. */
  topic?: string;
  /** A flashcard's grade, 1 Again … 4 Easy (FSRS's ratings). */
  grade?: number;
  /** A cloze card's typed answer (`option` is 0 when it was judged right, -1 when not). */
  typed?: string;
}

/** A quiz that went out but could not be recorded in the poll store; its answers queue behind it. */
export interface QueuedQuiz {
  kind: "sent";
  /** {@link sentKey} of the poll store key. */
  key: string;
  poll: { pollId: string; userId: number; chatId: number; cardId: string; messageId: number; sentAt: number };
}

/** A quiz posted in a group that could not be recorded yet; its members' answers queue behind it. */
export interface QueuedGroupQuiz {
  kind: "group-sent";
  /** {@link sentKey} of the poll id. */
  key: string;
  quiz: { pollId: string; chatId: number; cardId: string; messageId: number; sentAt: number };
}

/** A member's answer to a group quiz, waiting to be recorded: one per member and poll. */
export interface QueuedGroupAnswer {
  kind: "group-answer";
  /** {@link groupAnswerKey}. */
  key: string;
  pollId: string;
  userId: number;
  /** The member's name as Telegram showed it, for the leaderboard. */
  name: string;
  /** The chosen option as shown in the poll (mapped to the card when it is recorded). */
  shown: number;
  /** When the member answered (ms since the epoch). */
  at: number;
}

/** A write waiting for the database. */
export type QueuedWrite = QueuedAnswer | QueuedQuiz | QueuedGroupQuiz | QueuedGroupAnswer;

/** The journal key of a member's queued answer to the group quiz `pollId`. */
export function groupAnswerKey(pollId: string, userId: number): string {
  return `group:${pollId}:${userId}`;
}

/** The journal key of a queued sent quiz whose poll store key is `pollId`. */
export function sentKey(pollId: string): string {
  return `sent:${pollId}`;
}

/** The queue of writes waiting for the database. */
export interface AnswerJournal {
  /**
   * Queues `entry` (one with the key of a queued one is ignored) and returns whether it reached the disk:
   * false when the file cannot be written either (then it waits in memory, and a crash loses it).
   */
  add(entry: QueuedWrite): boolean;
  /** The queued writes, oldest first: a quiz before its answer. */
  list(): QueuedWrite[];
  /** The queued write with this key. */
  get(key: string): QueuedWrite | undefined;
  /** Drops the write with this key once it is done (or can never be). */
  remove(key: string): void;
  /** How many writes wait. */
  size(): number;
}

/**
 * The journal at `path` (JSON lines; created on first use, emptied when the queue is), loading what an
 * earlier run left in it. Without `path` (tests, `:memory:` databases) it lives in memory only. A line
 * that cannot be parsed (a write cut off by a crash) is skipped.
 */
export function openAnswerJournal(path?: string): AnswerJournal {
  const queue = new Map<string, QueuedWrite>();
  if (path && existsSync(path)) {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as QueuedWrite;
        if (typeof entry.key === "string" && !queue.has(entry.key)) queue.set(entry.key, entry);
      } catch {
        // A torn last line: that answer never reached the disk whole.
      }
    }
  }

  const append = (entry: QueuedWrite): boolean => {
    if (!path) return false;
    try {
      const fd = openSync(path, "a");
      try {
        writeSync(fd, `${JSON.stringify(entry)}\n`);
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
      // Harmless: replaying a done write changes nothing (an answered quiz is skipped, a recorded one ignored).
    }
  };

  return {
    add(entry) {
      if (queue.has(entry.key)) return path !== undefined;
      queue.set(entry.key, entry);
      return append(entry);
    },
    list() {
      return [...queue.values()];
    },
    get(key) {
      return queue.get(key);
    },
    remove(key) {
      if (queue.delete(key)) rewrite();
    },
    size() {
      return queue.size;
    },
  };
}
