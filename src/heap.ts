// How V8 grows the heap of a process that serves the notes: a large index that lives as long as the process,
// and answers that each leave a few MB of short-lived garbage behind.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * After a full garbage collection V8 lets the old generation grow by up to 4× what survived before it
 * collects again. Answering on large notes promotes some of each answer's garbage, so a process serving
 * 10 MB of notes reached 290–350 MB before its first full collection (`npm run bench`, «fresh process: peak
 * RSS»), for 55 MB of live heap. Doubling at most keeps it near 210 MB. Growing by only 30% kept it there too,
 * but the extra collections cost the bot a third of its rate in `npm run bench:bot` (p99 55 ms); doubling
 * leaves that bench within its noise.
 */
const HEAP_GROWING_PERCENT = 100;

/** A full garbage collection, once the process serves (see {@link settleHeap}). */
let collectGarbage: (() => void) | undefined;

/** Sets the heap growth for a serving process; call it before the notes are loaded. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // A runtime that will not expose the collector (another engine's flags) only goes without the collection.
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : undefined");
    collectGarbage = typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    collectGarbage = undefined;
  }
}

/**
 * A full garbage collection after the notes are built (at start and after each reload), in a serving process
 * only: V8 then sizes the heap by what the index keeps (about 60 MB for 10 MB of notes), not by the garbage of
 * building it. Left to itself, it sometimes let the first answers' garbage grow on top of that: 3 of 12 fresh
 * processes serving 10 MB of notes peaked at 280–291 MB (the rest 223–233 MB); collecting after the build, 12 of
 * 12 peaked at 215–221 MB. The collection takes tens of milliseconds, once per load.
 */
export function settleHeap(): void {
  collectGarbage?.();
}
