// How V8 grows the heap of a process that serves the notes: a large index that lives as long as the process,
// and answers that each leave a few MB of short-lived garbage behind.
import { setFlagsFromString } from "node:v8";

/**
 * After a full garbage collection V8 lets the old generation grow by up to 4× what survived before it
 * collects again. Answering on large notes promotes some of each answer's garbage, so a process serving
 * 10 MB of notes reached 290–350 MB before its first full collection (`npm run bench`, «fresh process: peak
 * RSS»), for 55 MB of live heap. Doubling at most keeps it near 210 MB. Growing by only 30% kept it there too,
 * but the extra collections cost the bot a third of its rate in `npm run bench:bot` (p99 55 ms); doubling
 * leaves that bench within its noise.
 */
const HEAP_GROWING_PERCENT = 100;

/** Sets the heap growth for a serving process; call it before the notes are loaded. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
