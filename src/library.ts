// The notes as the bot answers from them now: topics, passages, the search over them and the quiz deck, held
// behind one reference and swapped whole when the notes change (by the watcher or `/reload`). An update takes
// the newest shelf when it starts and carries it on its context (src/bot/bot.ts), so an answer in flight
// finishes on the notes it started with. A reload swaps the shelf between ticks, never during synchronous code.
import { type FSWatcher, watch } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import type { Search } from "./bot/context.ts";
import { settleHeap } from "./heap.ts";
import { NOTE_FILE, noteFormat } from "./knowledge/formats.ts";
import { loadKnowledge, readNote } from "./knowledge/load.ts";
import { structureNote } from "./knowledge/structure.ts";
import type { KnowledgeBase, Passage } from "./knowledge/types.ts";
import { loadAuthoredCards } from "./quiz/authored.ts";
import { buildDeck, type Deck } from "./quiz/deck.ts";
import { buildSearchEngine, type SearchEngine } from "./search/engine.ts";

/** One loaded version of the notes: what an update reads from start to end. */
export interface Shelf {
  knowledge: KnowledgeBase;
  search: SearchEngine;
  deck: Deck;
  /** Every problem found loading the notes and the quiz files (`file[:line]: message`). */
  problems: readonly string[];
}

/** What a reload changed, for the admin who asked and for the log. */
export interface LibraryChange {
  /** Titles of the topics that appeared and that are gone. */
  topics: { added: string[]; removed: string[] };
  /** Passages (by topic and text) that appeared and that are gone. */
  passages: { added: number; removed: number };
  /** Cards (by id: an unchanged card keeps it, and its progress) that appeared and that are gone. */
  cards: { added: number; removed: number };
  /** Problems this load found that the one before did not. */
  newProblems: string[];
  /** Why the notes were not loaded at all (the old ones stay); undefined when they were. */
  failed?: string;
  /** The Telegram user id of the admin who asked for the reload, when one did. */
  by?: number;
}

/** The notes the bot answers from, reloadable while it runs. */
export interface Library {
  /** The newest shelf. An update takes it once, when it starts, and reads only it to the end. */
  current(): Shelf;
  /**
   * Loads the notes again beside the current ones and swaps them in at once. Reloads run one at a time; a
   * load that fails outright (the folder gone or empty) keeps the current notes and says why in `failed`.
   * `by` is the admin who asked.
   */
  reload(by?: number): Promise<LibraryChange>;
  /** Calls `listener` after every reload (for the metric and the admins' messages). */
  onReload(listener: (change: LibraryChange) => void): void;
  /**
   * The search of {@link current} at each call, for code outside updates that keeps one object for the bot's
   * life. Reads in one synchronous run see one shelf; code that awaits between reads should take `current()`.
   */
  readonly search: Search;
  /** The deck of {@link current} at each call; as for {@link search}. */
  readonly deck: Deck;
  /**
   * Watches the notes folder (recursively where the platform can) and reloads `debounceMs` after the last
   * change. Returns the function that stops watching.
   */
  watch(options?: { debounceMs?: number; onError?: (error: unknown) => void }): () => void;
  /**
   * Writes `content` (an upload: text, or a Word document's bytes) at `relPath` under the notes folder (from
   * {@link uploadPath}) in one step, so the watcher never reads half a file. A file there of another topic (another
   * title, or a quiz file of another `topic:`) is not replaced unless `replace` is set: the answer then names what is
   * there. Does not reload.
   * @throws WordError for a .docx that is no Word document.
   */
  save(relPath: string, content: string | Uint8Array, options?: { replace?: boolean }): Promise<SaveResult>;
}

/** What {@link Library.save} did: saved, or left alone a file of another topic (named by its title or path). */
export type SaveResult = { saved: true } | { saved: false; occupiedBy: string };

/** A quiz file an upload may be. */
const QUIZ_FILE = /\.ya?ml$/i;

/** The longest file name an upload keeps, before its extension. */
const MAX_NAME = 80;

/**
 * Where an uploaded file named `fileName` goes, relative to the notes folder: notes (see NOTE_FILE) at the
 * top, quiz questions (`.yaml`, `.yml`) under `quiz/`. Only the last part of the name counts, and anything
 * but letters, digits, `_` and `-` becomes `-`, so no name reaches outside the folder or hides as a dot file.
 * Undefined for other kinds of file, or a name with nothing left.
 */
export function uploadPath(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const kind = NOTE_FILE.exec(base) ?? QUIZ_FILE.exec(base);
  if (!kind) return undefined;
  const stem = base
    .slice(0, kind.index)
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, MAX_NAME);
  if (stem.length === 0) return undefined;
  const ext = kind[0].slice(1).toLowerCase();
  return QUIZ_FILE.test(base) ? `quiz/${stem}.${ext}` : `${stem}.${ext}`;
}

const quizTopic = (text: string) => /^topic:\s*(.+?)\s*$/m.exec(text)?.[1];

/** How long the watcher waits after the last change before reloading: an editor's save is several writes. */
export const RELOAD_DEBOUNCE_MS = 500;

async function loadShelf(
  dir: string,
  lastGood: { notes: Map<string, string>; quiz: Map<string, string> },
): Promise<Shelf> {
  const knowledge = await loadKnowledge(dir, { lastGood: lastGood.notes });
  // Built in turns, as the deck is: while a reload builds them, the bot goes on answering from the notes it has.
  const search = await buildSearchEngine(knowledge);
  const authored = await loadAuthoredCards(join(dir, "quiz"), knowledge, lastGood.quiz);
  const deck = await buildDeck(knowledge, authored.cards, { search });
  settleHeap();
  return { knowledge, search, deck, problems: [...knowledge.warnings, ...authored.problems] };
}

const passageKey = (p: Passage) => `${p.topicId}\u0000${p.text}`;

/** How many of `after` are not in `before`, counted as multisets. */
function countNew(before: readonly string[], after: readonly string[]): number {
  const left = new Map<string, number>();
  for (const key of before) left.set(key, (left.get(key) ?? 0) + 1);
  let added = 0;
  for (const key of after) {
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else added += 1;
  }
  return added;
}

/** What changed from `before` to `after`. Pure, for tests. */
export function compareShelves(before: Shelf, after: Shelf): LibraryChange {
  // A topic renamed in its file counts as one gone and one new: the admin knows topics by their titles.
  const titles = (s: Shelf) => new Map(s.knowledge.topics.map((t) => [`${t.id}\u0000${t.title}`, t.title]));
  const [was, now] = [titles(before), titles(after)];
  const passages = (s: Shelf) => s.knowledge.passages.map(passageKey);
  const cards = (s: Shelf) => s.deck.cards.map((c) => c.id);
  const oldProblems = new Set(before.problems);
  return {
    topics: {
      added: [...now].filter(([id]) => !was.has(id)).map(([, title]) => title),
      removed: [...was].filter(([id]) => !now.has(id)).map(([, title]) => title),
    },
    passages: {
      added: countNew(passages(before), passages(after)),
      removed: countNew(passages(after), passages(before)),
    },
    cards: { added: countNew(cards(before), cards(after)), removed: countNew(cards(after), cards(before)) },
    newProblems: after.problems.filter((p) => !oldProblems.has(p)),
  };
}

/**
 * Loads the notes in `dir` (see `loadKnowledge`) with their search and quiz deck.
 * @throws KnowledgeError when the folder is missing or has no notes: nothing can run without them.
 */
export async function openLibrary(dir: string): Promise<Library> {
  const lastGood = { notes: new Map<string, string>(), quiz: new Map<string, string>() };
  let newest = await loadShelf(dir, lastGood);
  const listeners: ((change: LibraryChange) => void)[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const current = () => newest;

  const reloadNow = async (by?: number): Promise<LibraryChange> => {
    const before = newest;
    let change: LibraryChange;
    try {
      newest = await loadShelf(dir, lastGood);
      change = compareShelves(before, newest);
    } catch (error) {
      change = {
        topics: { added: [], removed: [] },
        passages: { added: 0, removed: 0 },
        cards: { added: 0, removed: 0 },
        newProblems: [],
        failed: error instanceof Error ? error.message : String(error),
      };
    }
    if (by !== undefined) change.by = by;
    for (const listener of listeners) listener(change);
    return change;
  };

  const search: Search = {
    answer: (query, lifts) => current().search.answer(query, lifts),
    findTopic: (name) => current().search.findTopic(name),
    passage: (id) => current().search.passage(id),
    get topics() {
      return current().search.topics;
    },
  };
  const deck: Deck = {
    get cards() {
      return current().deck.cards;
    },
    get topicIds() {
      return current().deck.topicIds;
    },
    byId: (id) => current().deck.byId(id),
    byTopic: (topicId) => current().deck.byTopic(topicId),
    passageOf: (card) => current().deck.passageOf(card),
  };

  const save = async (relPath: string, content: string | Uint8Array, options: { replace?: boolean } = {}) => {
    const text = typeof content === "string" ? content : await readNote(relPath, content);
    const file = resolve(dir, relPath);
    if (!file.startsWith(resolve(dir) + sep))
      throw new Error(`library: ${relPath} is outside the notes folder; pass a path from uploadPath()`);
    const old = await readFile(file, "utf8").catch(() => undefined);
    if (old !== undefined && !options.replace) {
      let occupiedBy: string | undefined;
      if (relPath.startsWith("quiz/")) {
        if (quizTopic(old) !== quizTopic(text)) occupiedBy = quizTopic(old) ?? relPath;
      } else {
        const topic = newest.knowledge.topics.find((t) => t.file === relPath);
        const note = structureNote(text, noteFormat(relPath));
        const title = note.title ?? basename(relPath).replace(/\.\w+$/, "");
        if (topic?.title !== title) occupiedBy = topic?.title ?? relPath;
      }
      if (occupiedBy !== undefined) return { saved: false as const, occupiedBy };
    }
    await mkdir(dirname(file), { recursive: true });
    const temporary = join(dirname(file), `.${basename(file)}.upload`);
    await writeFile(temporary, content);
    await rename(temporary, file);
    return { saved: true as const };
  };

  const reload = (by?: number): Promise<LibraryChange> => {
    const next = queue.then(() => reloadNow(by));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    current,
    reload,
    save,
    onReload: (listener) => void listeners.push(listener),
    search,
    deck,
    watch(options = {}) {
      const debounceMs = options.debounceMs ?? RELOAD_DEBOUNCE_MS;
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher;
      const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          reload().catch((error: unknown) => options.onError?.(error));
        }, debounceMs);
      };
      try {
        watcher = watch(dir, { recursive: true }, changed);
      } catch {
        // Recursive watching is not supported everywhere (older Node on Linux): the top folder still is.
        watcher = watch(dir, changed);
      }
      watcher.on("error", (error) => options.onError?.(error));
      return () => {
        clearTimeout(timer);
        watcher.close();
      };
    },
  };
}
