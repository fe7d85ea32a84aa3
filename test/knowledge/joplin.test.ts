import { describe, expect, it } from "vitest";
import { joplinItem } from "../../src/knowledge/joplin.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const RECORD = (id: string, type: number) =>
  [
    `id: ${id}`,
    `parent_id: ${"8d41".repeat(8)}`,
    "created_time: 2025-03-02T18:22:10.412Z",
    "is_conflict: 0",
    "author: ",
    "source_application: net.cozic.joplin-desktop",
    "markup_language: 1",
    `type_: ${type}`,
  ].join("\n");

const NOTE = [
  "Prometheus — основы",
  "",
  "Конспект по курсу. PromQL вынесла отдельно → [see](:/b71c4e2a9f3d4c8ba5e6d7f8091a2b3c)",
  "",
  "## Перечитать конфиг",
  "",
  "- `curl -X POST http://localhost:9090/-/reload` — только с `--web.enable-lifecycle`",
  "- или `kill -HUP <pid>`",
  "",
  RECORD("5c3e9a07d2f14b6c8e1a3f5d7b9c02a1", 1),
].join("\n");

describe("an item of Joplin's raw export", () => {
  it("is a note titled by its first line, without Joplin's record of it", () => {
    const note = structureNote(NOTE, "markdown");
    expect(note.title).toBe("Prometheus — основы");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual(["", "Перечитать конфиг"]);
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("kill -HUP");
    expect(text).not.toMatch(/parent_id|created_time|type_|joplin-desktop/u);
  });

  it("keeps its title over a note that opens with a `#` heading of its own", () => {
    const note = structureNote(
      [
        "CTE / WITH",
        "",
        "# CTE",
        "",
        "CTE = именованный подзапрос через WITH.",
        "",
        RECORD("6b0e".repeat(8), 1),
      ].join("\n"),
      "markdown",
    );
    expect(note.title).toBe("CTE / WITH");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual(["CTE"]);
  });

  it("is no note when it records a notebook or a tag, and says so", () => {
    expect(joplinItem(`Мониторинг\n\n${RECORD("8d41c0e2b7a94f5e9c3d12a6f0b8e7d4", 2)}`)).toEqual({
      kind: "other",
    });
    const notebook = structureNote(
      `Мониторинг\n\n${RECORD("8d41c0e2b7a94f5e9c3d12a6f0b8e7d4", 2)}`,
      "markdown",
    );
    expect(notebook.blocks).toEqual([]);
    expect(notebook.problems.join()).toMatch(/Joplin's record of a notebook/u);
  });

  it("leaves other Markdown alone, though it ends in fields", () => {
    expect(joplinItem("# Под\n\nid: 5\ntype_: 1\n")).toBeUndefined();
    expect(joplinItem(`# Под\ntext\n${RECORD("5c3e9a07d2f14b6c8e1a3f5d7b9c02a1", 1)}`)).toBeUndefined();
    expect(joplinItem("```yaml\nkind: Pod\ntype_: 1\n```\n")).toBeUndefined();
  });
});
