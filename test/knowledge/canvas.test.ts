import { describe, expect, it } from "vitest";
import { canvasToMarkdown } from "../../src/knowledge/canvas.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const CANVAS = JSON.stringify({
  nodes: [
    { id: "g2", type: "group", x: 0, y: 600, width: 800, height: 400, label: "Хранилище" },
    { id: "g1", type: "group", x: 0, y: 0, width: 800, height: 500, label: "Сети" },
    {
      id: "t2",
      type: "text",
      text: "## overlay\nсеть между хостами swarm",
      x: 420,
      y: 40,
      width: 300,
      height: 200,
    },
    {
      id: "t1",
      type: "text",
      text: "## bridge\nдефолтная сеть, NAT через docker0",
      x: 20,
      y: 40,
      width: 300,
      height: 200,
    },
    {
      id: "t3",
      type: "text",
      text: "tmpfs — в памяти хоста, на диск не пишет",
      x: 20,
      y: 640,
      width: 300,
      height: 100,
    },
    { id: "f1", type: "file", file: "Docker volumes.md", x: 420, y: 640, width: 300, height: 100 },
    { id: "t4", type: "text", text: "TODO: ipvlan", x: 1000, y: 0, width: 200, height: 100 },
  ],
  edges: [{ id: "e1", fromNode: "t1", toNode: "t2", label: "vs" }],
});

describe("a canvas of Obsidian", () => {
  it("is read group by group, its cards top to bottom and left to right, the cards in no group last", () => {
    expect(
      canvasToMarkdown(CANVAS)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "# Сети",
      "## bridge",
      "дефолтная сеть, NAT через docker0",
      "## overlay",
      "сеть между хостами swarm",
      "# Хранилище",
      "tmpfs — в памяти хоста, на диск не пишет",
      "---",
      "TODO: ipvlan",
    ]);
  });

  it("gives each card its group's section, and names a .canvas that is no canvas", () => {
    const note = structureNote(CANVAS, "canvas");
    expect(note.blocks.find((b) => b.text.startsWith("tmpfs"))?.headingPath).toEqual(["Хранилище"]);
    expect(note.blocks.find((b) => b.text.startsWith("дефолтная"))?.headingPath).toEqual(["Сети", "bridge"]);
    expect(structureNote("{broken", "canvas").problems.join()).toMatch(/no canvas of Obsidian/u);
  });
});
