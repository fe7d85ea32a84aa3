import { describe, expect, it } from "vitest";
import { keepNoteOf } from "../../src/knowledge/keep.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const keep = (fields: Record<string, unknown>) =>
  JSON.stringify({
    color: "DEFAULT",
    isTrashed: false,
    isPinned: false,
    isArchived: false,
    userEditedTimestampUsec: 1710256930123000,
    ...fields,
  });

describe("a note of Google Keep from Takeout", () => {
  it("is named by its title and filed under its labels", () => {
    const note = structureNote(
      keep({ title: "chmod", textContent: "chmod 640 — владелец rw, группа r", labels: [{ name: "linux" }] }),
      "chat",
    );
    expect(note.title).toBe("chmod");
    expect(note.tags).toEqual(["linux"]);
    expect(note.blocks.map((b) => b.text)).toEqual(["chmod 640 — владелец rw, группа r"]);
  });

  it("reads a checklist's items as a list, and titles an untitled note by its first line", () => {
    const checklist = keepNoteOf(
      keep({
        title: "",
        listContent: [
          { text: "apt update", isChecked: true },
          { text: "ufw allow 22", isChecked: false },
        ],
      }),
    );
    expect(checklist).toEqual({
      title: "apt update",
      labels: [],
      markdown: "- apt update\n- ufw allow 22",
      trashed: false,
    });
    const long = keepNoteOf(
      keep({ title: "", textContent: `nice -n 19 tar czf ${"x".repeat(80)}\nвторая строка` }),
    );
    expect(long?.title).toBe("nice -n 19 tar czf…");
  });

  it("is no note in the trash (what it says was thrown away), and other JSON is no note of Keep", () => {
    const trashed = structureNote(
      keep({ title: "ssh", textContent: "chmod 777 ~/.ssh", isTrashed: true }),
      "chat",
    );
    expect(trashed.blocks).toEqual([]);
    expect(trashed.problems).toEqual(["skipped: this note of Google Keep is in its trash"]);
    expect(keepNoteOf('{"name": "chat", "messages": []}')).toBeUndefined();
    expect(keepNoteOf("[1, 2]")).toBeUndefined();
  });
});
