import { describe, expect, it } from "vitest";
import { structureNote, withoutRepeats } from "../../src/knowledge/structure.ts";

const filler = (topic: string) =>
  `${topic} описан здесь подробно: он запускается в кластере, работает с подами и сервисами, и его настраивают через манифест, который применяют командой kubectl apply.`;

describe("structureNote", () => {
  it("leaves Markdown with headings as it is, and structures Markdown without", () => {
    const headed = "## Поды\n\n1. Calico: сетевые политики и маршрутизация через BGP между узлами.";
    expect(structureNote(headed, "markdown").blocks.map((b) => b.headingPath)).toEqual([["Поды"]]);
    // …but for the labels between its headings: «Retention:» heads what it introduces.
    const labelled = "## Кафка\n\nТопик - поток.\n\nRetention:\nКафка удаляет старые сообщения.";
    expect(structureNote(labelled, "markdown").blocks.map((b) => b.headingPath)).toEqual([
      ["Кафка"],
      ["Кафка", "Retention"],
    ]);
    // A label is no heading that makes Markdown headed: this note is structured as loose text.
    const unheaded = "Retention:\nКафка удаляет старые сообщения по времени или по размеру лога.";
    expect(structureNote(unheaded, "markdown").blocks.map((b) => b.headingPath)).toEqual(
      structureNote(unheaded, "text").blocks.map((b) => b.headingPath),
    );
    const loose =
      "---\ntitle: Сеть\n---\n1. Calico: сетевые политики и маршрутизация через BGP между узлами кластера.\n2. Flannel: простая и быстрая настройка оверлейной сети для небольших кластеров.";
    const note = structureNote(loose, "markdown");
    expect(note.title).toBe("Сеть");
    expect(note.blocks.map((b) => b.headingPath)).toEqual([["Calico"], ["Flannel"]]);
  });

  it("reads Markdown without headings without note-taking apps' markup too", () => {
    const loose =
      "Сетевые плагины создают [[Overlay|оверлейную сеть]] между узлами кластера и настраивают маршруты. #cni\n\n![[schema.png]]";
    expect(structureNote(loose, "markdown").blocks.map((b) => b.text)).toEqual([
      "Сетевые плагины создают оверлейную сеть между узлами кластера и настраивают маршруты. #cni",
    ]);
  });
});

describe("withoutRepeats", () => {
  it("keeps the first of near repeats with the longest wording", () => {
    const text = filler("Балансировщик");
    const blocks = [
      { kind: "prose" as const, text, headingPath: ["A"] },
      {
        kind: "prose" as const,
        text: "Совсем другой абзац: поды живут на нодах и получают свои адреса.",
        headingPath: ["B"],
      },
      { kind: "prose" as const, text: `${text} НА SELFHOSTED ЕГО НЕТ`, headingPath: ["C"] },
    ];
    expect(withoutRepeats(blocks)).toEqual([{ ...blocks[0], text: blocks[2]?.text }, blocks[1]]);
  });
});
