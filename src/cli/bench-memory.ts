// Run by `npm run bench` in a fresh process: the memory a process serving a notes folder needs, free of
// whatever the benchmark itself allocated before. Prints one JSON line: peak and final RSS in bytes.
import { limitHeapGrowth, settleHeap } from "../heap.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { createSearchEngine } from "../search/engine.ts";

const [dir, ...queries] = process.argv.slice(2);
if (!dir) {
  console.error("usage: tsx src/cli/bench-memory.ts <knowledge dir> [query …]");
  process.exit(2);
}
// As the bot's own process (src/main.ts, src/library.ts) does.
limitHeapGrowth();
const engine = createSearchEngine(await loadKnowledge(dir));
settleHeap();
for (const q of queries) engine.answer(q);
console.log(
  JSON.stringify({ peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss }),
);
