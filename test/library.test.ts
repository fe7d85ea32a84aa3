// The library: one shelf per update (taken when its turn comes, kept to its end), card ids kept across reloads, the last good version of a broken file.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createBot } from "../src/bot/bot.ts";
import { openLibrary } from "../src/library.ts";
import { openDatabase } from "../src/store/db.ts";
import { createUserStore } from "../src/store/users.ts";
import { FAKE_BOT, FAKE_TOKEN } from "./helpers/fake-bot-api.ts";
import { memoryLogger } from "./helpers/harness.ts";
import { libraryQuiz } from "./helpers/library.ts";
import { botMessage, callbackQuery, message, privateChat, user, withId } from "./helpers/updates.ts";

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

const BETA = `# Бета

## Квазиротор

Квазиротор — это контроллер, который перезапускает упавшие узлы кластера по расписанию.
`;

const STUDENT = user(7201, "Студент");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "konspekt-library-"));
  await mkdir(join(dir, "quiz"));
  await writeFile(join(dir, "alpha.md"), ALPHA);
  await writeFile(join(dir, "quiz", "alpha.yaml"), QUIZ);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("openLibrary", () => {
  test("an update in flight finishes on the notes it started with; one that starts after a reload reads the new", async () => {
    const library = await openLibrary(dir);
    const db = openDatabase(":memory:");
    const quiz = await libraryQuiz(library, dir, db);
    const bot = createBot({
      token: FAKE_TOKEN,
      botInfo: FAKE_BOT,
      search: library.search,
      users: createUserStore(db),
      quiz,
      logger: memoryLogger().logger,
      library,
    });
    const calls: { method: string; payload: { text?: string } }[] = [];
    let pressHeld!: () => void;
    const held = new Promise<void>((resolve) => {
      pressHeld = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const chat = privateChat(STUDENT.id);
    // Telegram, in process: the answer to the button press waits until the test lets it go.
    bot.api.config.use(async (_prev, method, payload) => {
      calls.push({ method, payload: payload as { text?: string } });
      if (method !== "answerCallbackQuery") return { ok: true, result: botMessage("", chat) } as never;
      pressHeld();
      await released;
      return { ok: true, result: true } as never;
    });

    // «Темы»: the handler answers the press, then edits the list in; the list is read after the await.
    const inFlight = bot.handleUpdate(withId(callbackQuery("T", botMessage("Темы", chat), STUDENT), 1));
    await held;
    // Same chat: it waits its turn behind the press, and starts only after the reload below.
    const queued = bot.handleUpdate(withId(message("что такое квазиротор", { from: STUDENT }), 2));
    await writeFile(join(dir, "beta.md"), BETA);
    expect((await library.reload()).topics.added).toEqual(["Бета"]);
    release();
    await Promise.all([inFlight, queued]);
    db.close();

    const list = calls.find((c) => c.method === "editMessageText")?.payload.text;
    expect(list).toContain("Альфа");
    expect(list).not.toContain("Бета");
    const answer = calls.find((c) => c.method === "sendMessage")?.payload.text;
    expect(answer).toContain("перезапускает упавшие узлы");
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

  test("a Word document saved as an upload is read by its styles; one that is no Word document is refused", async () => {
    const library = await openLibrary(dir);
    const word = await readFile(join(import.meta.dirname, "knowledge/fixtures/services.docx"));
    expect(await library.save("services.docx", new Uint8Array(word))).toEqual({ saved: true });
    const change = await library.reload();
    expect(change.topics.added).toEqual(["Сервисы в Kubernetes"]);
    const answer = library.search.answer("что такое nodeport");
    expect(answer.kind === "found" && answer.hits[0]?.passage.headingPath).toEqual(["NodePort"]);
    await expect(library.save("broken.docx", new TextEncoder().encode("не Word"))).rejects.toThrow(
      /no Word document that can be read/,
    );
  });

  test("a folder emptied under the bot keeps the notes it had and says why", async () => {
    const library = await openLibrary(dir);
    await rm(join(dir, "alpha.md"));
    const change = await library.reload();
    expect(change.failed).toMatch(/no notes found/);
    expect(library.search.topics.map((t) => t.id)).toEqual(["alpha"]);
  });
});
