// Notes that change without a restart, end to end: the watcher, a broken save, /reload, through the fake Bot API.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMetrics } from "../../../src/bot/metrics.ts";
import { announceReloads } from "../../../src/bot/reload-notice.ts";
import type { Library, LibraryChange } from "../../../src/library.ts";
import { type Harness, memoryLogger } from "../../helpers/harness.ts";
import { type LibraryHarness, startLibraryHarness } from "../../helpers/library.ts";
import { command, message, user } from "../../helpers/updates.ts";

const ADMIN = user(7101, "Админ");
const STUDENT = user(7102, "Студент");

const ALPHA = `# Альфа

## Флюгегехаймен

Флюгегехаймен — это компонент кластера, который хранит его конфигурацию и раздаёт её узлам.
`;

const BETA = `# Бета

## Квазиротор

Квазиротор — это контроллер, который перезапускает упавшие узлы кластера по расписанию.
`;

let dir: string;
let library: Library;
let h: Harness;
let stopWatching: () => void;
const metrics = createMetrics();

/** The next reload's change (the watcher's or /reload's). */
function nextReload(): Promise<LibraryChange> {
  return new Promise((resolve) => library.onReload(resolve));
}

async function ask(from: typeof STUDENT, text: string): Promise<string> {
  h.fake.push(message(text, { from }));
  const [reply] = await h.fake.nextMessages(from.id);
  return String(reply?.payload.text);
}

let setup: LibraryHarness;

beforeAll(async () => {
  setup = await startLibraryHarness({ "alpha.md": ALPHA }, ADMIN.id);
  ({ dir, library, h } = setup);
  announceReloads(library, { api: h.bot.api, adminIds: [ADMIN.id], logger: memoryLogger().logger, metrics });
  stopWatching = library.watch({ debounceMs: 50 });
});

afterAll(async () => {
  stopWatching();
  await setup.stop();
});

describe("notes that change without a restart", () => {
  test("a file written into the notes folder answers the next question", async () => {
    expect(await ask(STUDENT, "что такое квазиротор")).not.toContain("перезапускает упавшие узлы");
    const reloaded = nextReload();
    await writeFile(join(dir, "beta.md"), BETA);
    const change = await reloaded;
    expect(change.topics.added).toEqual(["Бета"]);
    expect(await ask(STUDENT, "что такое квазиротор")).toContain("перезапускает упавшие узлы");
    // /start's example questions come from the notes as they are now.
    h.fake.push(command("start", "", { from: STUDENT }));
    const [greeting] = await h.fake.nextMessages(STUDENT.id);
    expect(String(greeting?.payload.text)).toContain("2 темы");
    expect(JSON.stringify(greeting?.payload.reply_markup)).toContain("Что такое бета?");
    expect(await metrics.registry.getSingleMetricAsString("konspekt_notes_reloads_total")).toMatch(
      /konspekt_notes_reloads_total [1-9]/,
    );
  });

  test("a broken save keeps the last good version of the file, and the admins are told", async () => {
    const reloaded = nextReload();
    // Broken on disk: bytes that are no text in any encoding the loader reads.
    await writeFile(
      join(dir, "alpha.md"),
      Buffer.from([0x23, 0x20, 0x00, 0x01, 0xc0, 0x02, 0x03, 0x0a, 0xff, 0x00]),
    );
    const change = await reloaded;
    expect(change.topics.removed).toEqual([]);
    expect(change.newProblems.join("\n")).toContain("alpha.md: kept the last good version");
    const [notice] = await h.fake.nextMessages(ADMIN.id);
    expect(String(notice?.payload.text)).toContain("alpha.md: оставлена прошлая версия");
    expect(await ask(STUDENT, "что такое флюгегехаймен")).toContain("хранит его конфигурацию");
    h.fake.push(command("admin", "", { from: ADMIN }));
    // /admin answers in three messages (overview, badly answered questions, reported cards): take them all,
    // so none is left to be read as the answer to the next command.
    const [report] = await h.fake.nextMessages(ADMIN.id, 3);
    expect(String(report?.payload.text)).toContain("оставлена прошлая версия");
  });

  test("/reload by an admin answers with what changed; anyone else is refused", async () => {
    // By hand only: a watcher's reload of the same save could come first and leave nothing to report.
    stopWatching();
    await writeFile(
      join(dir, "alpha.md"),
      `${ALPHA}\n## Ещё раздел\n\nСовсем новый раздел про гиперзатвор и его настройку.\n`,
    );
    h.fake.push(command("reload", "", { from: ADMIN }));
    const [reply] = await h.fake.nextMessages(ADMIN.id);
    const text = String(reply?.payload.text);
    expect(text).toContain("Конспект обновлён");
    expect(text).toMatch(/Фрагменты: \+1/);
    expect(await ask(STUDENT, "гиперзатвор")).toContain("гиперзатвор");

    const calls = metrics.registry.getSingleMetricAsString("konspekt_notes_reloads_total");
    h.fake.push(command("reload", "", { from: STUDENT }));
    const [refusal] = await h.fake.nextMessages(STUDENT.id);
    expect(String(refusal?.payload.text)).toBe("Перечитывать конспект могут только администраторы бота.");
    expect(await metrics.registry.getSingleMetricAsString("konspekt_notes_reloads_total")).toBe(await calls);
  });
});
