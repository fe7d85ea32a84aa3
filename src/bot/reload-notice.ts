// After every reload of the notes: the reload metric, and a message to the admins when the notes brought new
// problems or could not be loaded, so a broken save is noticed without reading the log.
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { Library } from "../library.ts";
import type { Metrics } from "./metrics.ts";
import { renderChange } from "./render-reload.ts";

/**
 * Counts each reload in `metrics` and tells each of `adminIds` (except the admin who asked for it: `/reload`
 * already answered them) about a reload that found new problems or failed. A message that cannot be sent is
 * logged, never thrown.
 */
export function announceReloads(
  library: Pick<Library, "onReload">,
  deps: { api: Api; adminIds: readonly number[]; logger: Logger; metrics?: Metrics },
): void {
  library.onReload((change) => {
    deps.metrics?.notesReloaded();
    if (change.newProblems.length === 0 && change.failed === undefined) return;
    const text = `⚠️ Заметки изменились, и при загрузке нашлись проблемы.\n\n${renderChange(change)}`;
    for (const id of deps.adminIds) {
      if (id === change.by) continue;
      deps.api
        .sendMessage(id, text, { parse_mode: "HTML" })
        .catch((err: unknown) =>
          deps.logger.warn({ err, adminId: id }, "could not tell an admin about a reload"),
        );
    }
  });
}
