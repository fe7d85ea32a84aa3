// The library: one shelf per update, card ids kept across reloads, the last good version of a broken file.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openLibrary } from "../src/library.ts";

const ALPHA = `# Альфа

## Флюгегехаймен

Флюгегехаймен — это компонент кластера, который хранит его конфигурацию и раздаёт её узлам.
`;

const QUIZ = `topic: alpha
questions:
  - question: Что хранит конфигурацию кластера?
    options: [Флюгегехаймен, Квазиротор, Гиперзатвор]
    answer: Флюгегехаймен
    explanation: Конфигурацию кластера хранит флюгегехаймен.
    section: Флюгегехаймен
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "konspekt-library-"));
  await mkdir(join(dir, "quiz"));
  await writeFile(join(dir, "alpha.md"), ALPHA);
  await writeFile(join(dir, "quiz", "alpha.yaml"), QUIZ);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("openLibrary", () => {
  test("an update in flight keeps its notes through a reload; the next one reads the new", async () => {
    const library = await openLibrary(dir);
    const before = library.current();
    await writeFile(join(dir, "beta.md"), "# Бета\n\nКвазиротор перезапускает упавшие узлы.\n");
    await library.pin(async () => {
      await library.reload();
      expect(library.current()).toBe(before);
      expect(library.search.topics.map((t) => t.id)).toEqual(["alpha"]);
    });
    expect(library.current()).not.toBe(before);
    expect(library.search.topics.map((t) => t.id)).toEqual(["alpha", "beta"]);
  });

  test("an unchanged card keeps its id (and so its progress); a card whose topic is gone is no longer in the deck", async () => {
    const library = await openLibrary(dir);
    const authored = library.deck.cards.find((c) => c.origin === "authored");
    expect(authored).toBeDefined();
    await writeFile(join(dir, "beta.md"), "# Бета\n\nКвазиротор перезапускает упавшие узлы.\n");
    const added = await library.reload();
    expect(added.cards.removed).toBe(0);
    expect(library.deck.byId(authored?.id ?? "")).toEqual(authored);

    await rm(join(dir, "quiz", "alpha.yaml"));
    const removed = await library.reload();
    expect(removed.cards.removed).toBeGreaterThan(0);
    expect(library.deck.byId(authored?.id ?? "")).toBeUndefined();
  });

  test("a quiz file with a YAML syntax error keeps its last good questions and is reported", async () => {
    const library = await openLibrary(dir);
    const ids = library.deck.cards.map((c) => c.id);
    await writeFile(join(dir, "quiz", "alpha.yaml"), QUIZ.replace("topic: alpha", "topic: [alpha"));
    const change = await library.reload();
    expect(library.deck.cards.map((c) => c.id)).toEqual(ids);
    expect(
      change.newProblems.some((p) => p.endsWith("alpha.yaml: kept the last good version of the file")),
    ).toBe(true);
  });

  test("a folder emptied under the bot keeps the notes it had and says why", async () => {
    const library = await openLibrary(dir);
    await rm(join(dir, "alpha.md"));
    const change = await library.reload();
    expect(change.failed).toMatch(/no notes found/);
    expect(library.search.topics.map((t) => t.id)).toEqual(["alpha"]);
  });
});
