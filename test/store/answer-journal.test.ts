// The answer journal: answers survive the process, a torn last line is skipped, and recorded ones leave the file.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openAnswerJournal } from "../../src/store/answer-journal.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function journalPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "konspekt-journal-"));
  dirs.push(dir);
  return join(dir, "konspekt.sqlite.answers.jsonl");
}

const answer = (key: string, option = 1) => ({
  kind: "answer" as const,
  key,
  userId: 7,
  option,
  at: 1_700_000_000_000,
});

describe("answer journal", () => {
  it("keeps queued answers across a restart, one per quiz, oldest first", () => {
    const path = journalPath();
    const journal = openAnswerJournal(path);
    expect(journal.add(answer("p1"))).toBe(true);
    expect(journal.add({ ...answer("btn:7:10", 2), topic: "services" })).toBe(true);
    journal.add(answer("p1", 3));
    const reopened = openAnswerJournal(path);
    expect(reopened.list()).toEqual([answer("p1"), { ...answer("btn:7:10", 2), topic: "services" }]);
  });

  it("drops recorded answers from the file, and skips a line torn by a crash", () => {
    const path = journalPath();
    const journal = openAnswerJournal(path);
    journal.add(answer("p1"));
    journal.add(answer("p2"));
    journal.remove("p1");
    appendFileSync(path, '{"key":"p3","userId":7,"opt');
    expect(openAnswerJournal(path).list()).toEqual([answer("p2")]);
    journal.remove("p2");
    expect(readFileSync(path, "utf8")).toBe("");
    expect(journal.size()).toBe(0);
  });

  it("lives in memory without a path, and says the answer did not reach a disk", () => {
    const journal = openAnswerJournal();
    expect(journal.add(answer("p1"))).toBe(false);
    expect(journal.list()).toEqual([answer("p1")]);
  });

  it("keeps an answer in memory when its file cannot be written", () => {
    const journal = openAnswerJournal(join(journalPath(), "no-such-folder", "answers.jsonl"));
    expect(journal.add(answer("p1"))).toBe(false);
    expect(journal.size()).toBe(1);
  });
});
