// The bot over a notes folder of its own that can change while it runs: for reload and upload tests.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { QuizDeps } from "../../src/bot/context.ts";
import { loadQuiz } from "../../src/bot/quiz-deps.ts";
import { type Library, openLibrary } from "../../src/library.ts";
import { type Database, openDatabase } from "../../src/store/db.ts";
import { createOverview } from "../../src/store/overview.ts";
import { type Harness, startHarness } from "./harness.ts";

/** A running bot over a temporary notes folder; `stop` tears it down and removes the folder. */
export interface LibraryHarness {
  dir: string;
  db: Database;
  library: Library;
  h: Harness;
  stop(): Promise<void>;
}

/** The quiz over the live deck of `library` (the notes in `dir`), stored in `db`. */
export async function libraryQuiz(library: Library, dir: string, db: Database): Promise<QuizDeps> {
  const { quiz } = await loadQuiz({
    db,
    knowledge: library.current().knowledge,
    knowledgeDir: dir,
    defaultTimeZone: "Europe/Moscow",
    deck: library.deck,
  });
  return quiz;
}

/**
 * Writes `notes` (file name → text) into a new temporary folder, opens it as the bot's library and starts the
 * bot on it with `adminId` as its only admin; /admin lists the problems of the notes as they are now. `rateLimit`
 * replaces the bot's flood limit, for tests that send many documents in a row.
 */
export async function startLibraryHarness(
  notes: Record<string, string>,
  adminId: number,
  rateLimit?: { timeFrame: number; limit: number },
): Promise<LibraryHarness> {
  const dir = await mkdtemp(join(tmpdir(), "konspekt-library-"));
  for (const [name, text] of Object.entries(notes)) await writeFile(join(dir, name), text);
  const library = await openLibrary(dir);
  const db = openDatabase(":memory:");
  const quiz = await libraryQuiz(library, dir, db);
  const h = await startHarness(
    {
      search: library.search,
      quiz,
      library,
      ...(rateLimit ? { rateLimit } : {}),
      admin: {
        ids: [adminId],
        overview: () => createOverview(db).snapshot(),
        get problems() {
          return library.current().problems;
        },
      },
    },
    { database: db },
  );
  return {
    dir,
    db,
    library,
    h,
    async stop() {
      await h.stop();
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
