// `npm run bench`: index build time, answer latency and memory — on the bundled notes, and on a generated
// ~10 MB corpus made from the notes' own vocabulary — printed as a table with the targets of issue 2; and how
// long the quiz deck takes to build, which start-up and every reload wait for.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { limitHeapGrowth } from "../heap.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import type { KnowledgeBase } from "../knowledge/types.ts";
import { loadAuthoredCards } from "../quiz/authored.ts";
import { createDeck } from "../quiz/deck.ts";
import { createSearchEngine, type SearchEngine } from "../search/engine.ts";
import { parseQuestions } from "../search/evaluate.ts";
import { switchLayout } from "../search/layout.ts";

const KNOWLEDGE_DIR = process.env.KNOWLEDGE_DIR ?? "knowledge";
const QUESTIONS_FILE = "test/eval/questions.yaml";
/** Fixed, so every run generates the same corpus and the same queries. */
const SEED = Number(process.env.BENCH_SEED ?? 20_231_004);

const BUNDLED_BUILDS = 15;
const BUNDLED_QUERIES = 2_000;
const LARGE_FILES = 50;
const LARGE_SECTIONS_PER_FILE = 100;
/** UTF-8 bytes per generated section: one paragraph, so one passage (Cyrillic takes 2 bytes a letter). */
const LARGE_SECTION_BYTES = 2_000;
const LARGE_BUILDS = 3;
const LARGE_QUERIES = 1_000;
/** The quiz deck is built from this many of the generated files (~1 MB): it compares cards that may ask one fact twice. */
const DECK_FILES = 5;
const WARM_UP_QUERIES = 200;

interface Row {
  corpus: string;
  measure: string;
  value: string;
  target: string;
  pass?: boolean;
}

/** Mulberry32: a small seeded PRNG, so the generated corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The p-th percentile (0–100) by the nearest-rank method. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** A full garbage collection, so RSS counts what the index keeps rather than garbage not yet collected. */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Loads and indexes `dir` and answers `queries` in a fresh Node.js process; its peak and final RSS. */
async function servingMemory(dir: string, queries: string[]): Promise<{ peakRss: number; rss: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "bench-memory.ts"), dir, ...queries],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
}

/** What the generator draws from: the notes' prose sentences, their words and their code blocks. */
interface Vocabulary {
  sentences: string[];
  words: string[];
  code: string[];
}

function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  const sentences: string[] = [];
  const words: string[] = [];
  const code: string[] = [];
  for (const passage of kb.passages) {
    const prose = passage.text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, (block) => {
      code.push(block);
      return "";
    });
    for (const s of prose.replace(/\s+/g, " ").split(/(?<=[.!?])\s+/)) {
      if (s.length >= 30 && s.length <= 300 && !/[`#|]/.test(s)) sentences.push(s.trim());
    }
    words.push(...(prose.match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? []).map((w) => w.toLowerCase()));
  }
  return { sentences, words, code };
}

/** A sentence of 6–16 words drawn with the notes' own word frequencies. */
function madeUpSentence(vocabulary: Vocabulary, rand: () => number): string {
  const count = 6 + Math.floor(rand() * 11);
  const words = Array.from({ length: count }, () => pick(vocabulary.words, rand));
  const text = words.join(" ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}${pick([".", ".", ".", "!", "?"], rand)}`;
}

/** One section of about `bytes` UTF-8 bytes: a paragraph of real and made-up sentences, sometimes with code. */
function section(vocabulary: Vocabulary, rand: () => number, bytes: number): string {
  const heading = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(vocabulary.words, rand)).join(
    " ",
  );
  const withCode = vocabulary.code.length > 0 && rand() < 0.1;
  const code = withCode ? pick(vocabulary.code, rand) : "";
  const budget = bytes - Buffer.byteLength(code);
  const sentences: string[] = [];
  let size = 0;
  while (size < budget) {
    const s =
      vocabulary.sentences.length > 0 && rand() < 0.2
        ? pick(vocabulary.sentences, rand)
        : madeUpSentence(vocabulary, rand);
    sentences.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  const paragraph = sentences.join(" ");
  return withCode
    ? `## ${heading}\n\n${paragraph} Делается это так:\n\n${code}\n`
    : `## ${heading}\n\n${paragraph}\n`;
}

/** Writes the generated corpus as Markdown files under `dir`; returns its size in bytes. */
async function generateCorpus(dir: string, vocabulary: Vocabulary, rand: () => number): Promise<number> {
  let total = 0;
  await mkdir(dir, { recursive: true });
  for (let f = 0; f < LARGE_FILES; f++) {
    const title = Array.from({ length: 3 }, () => pick(vocabulary.words, rand)).join(" ");
    const aliases = Array.from({ length: 4 }, () => pick(vocabulary.words, rand));
    const parts = [
      `---\ntitle: "${title}"\naliases: [${aliases.map((a) => JSON.stringify(a)).join(", ")}]\n---\n`,
    ];
    for (let s = 0; s < LARGE_SECTIONS_PER_FILE; s++)
      parts.push(section(vocabulary, rand, LARGE_SECTION_BYTES * (0.8 + 0.4 * rand())));
    const text = parts.join("\n");
    total += Buffer.byteLength(text);
    await writeFile(path.join(dir, `topic-${String(f).padStart(3, "0")}.md`), text);
  }
  return total;
}

/** Queries as a learner types them: the evaluation questions, re-cased, cut short, misspelt or mistyped. */
function makeQueries(questions: string[], count: number, rand: () => number): string[] {
  const variants: ((q: string) => string)[] = [
    (q) => q,
    (q) => `${q}?`,
    (q) => `${q[0]?.toUpperCase()}${q.slice(1)}`,
    (q) => {
      const words = q.split(" ");
      if (words.length < 3) return q;
      words.splice(Math.floor(rand() * words.length), 1);
      return words.join(" ");
    },
    (q) => q.replace(/\p{L}{6,}/u, (w) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`),
    (q) => switchLayout(q),
  ];
  return Array.from({ length: count }, () => pick(variants, rand)(pick(questions, rand)));
}

/** Answers every query once, timing each; returns the latencies in ms. */
function latencies(engine: SearchEngine, queries: string[]): number[] {
  for (const q of queries.slice(0, WARM_UP_QUERIES)) engine.answer(q);
  return queries.map((q) => {
    const start = performance.now();
    engine.answer(q);
    return performance.now() - start;
  });
}

function buildTimes(kb: KnowledgeBase, builds: number): { times: number[]; engine: SearchEngine } {
  const times: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < builds; i++) {
    const start = performance.now();
    engine = createSearchEngine(kb);
    times.push(performance.now() - start);
  }
  return { times, engine: engine as SearchEngine };
}

async function main(): Promise<void> {
  // The heap grows as in the bot's own process (src/main.ts), so latencies include the same collections.
  limitHeapGrowth();
  const rows: Row[] = [];
  let slowest: [string, number][] = [];
  const rand = random(SEED);
  const questions = parseQuestions(await readFile(QUESTIONS_FILE, "utf8")).map((q) => q.q);

  const bundled = await loadKnowledge(KNOWLEDGE_DIR);
  const vocabulary = vocabularyOf(bundled);
  const small = buildTimes(bundled, BUNDLED_BUILDS);
  const smallLatency = latencies(small.engine, makeQueries(questions, BUNDLED_QUERIES, rand));
  const notes = `notes (${bundled.passages.length} passages)`;
  rows.push(
    { corpus: notes, measure: "index build, first", value: ms(small.times[0] as number), target: "" },
    {
      corpus: notes,
      measure: `index build, median of ${BUNDLED_BUILDS}`,
      value: ms(median(small.times)),
      target: "< 100 ms",
      pass: median(small.times) < 100,
    },
    {
      corpus: notes,
      measure: `answer p50 (${BUNDLED_QUERIES} queries)`,
      value: ms(percentile(smallLatency, 50)),
      target: "",
    },
    {
      corpus: notes,
      measure: `answer p99 (${BUNDLED_QUERIES} queries)`,
      value: ms(percentile(smallLatency, 99)),
      target: "< 5 ms",
      pass: percentile(smallLatency, 99) < 5,
    },
  );

  const authored = await loadAuthoredCards(path.join(KNOWLEDGE_DIR, "quiz"), bundled, new Map());
  const deckStart = performance.now();
  const deck = createDeck(bundled, authored.cards, { search: small.engine });
  const deckTime = performance.now() - deckStart;
  rows.push({
    corpus: notes,
    measure: `quiz deck build (${deck.cards.length} cards)`,
    value: ms(deckTime),
    target: "< 1000 ms",
    pass: deckTime < 1_000,
  });

  const dir = await mkdtemp(path.join(tmpdir(), "konspekt-bench-"));
  try {
    const bytes = await generateCorpus(path.join(dir, "knowledge"), vocabulary, rand);
    const start = performance.now();
    const large = await loadKnowledge(path.join(dir, "knowledge"));
    const loadTime = performance.now() - start;
    const corpus = `generated ${(bytes / 1024 / 1024).toFixed(1)} MB (${large.passages.length} passages)`;
    // Memory right after the first build and a full collection, before later builds leave garbage behind.
    collectGarbage();
    const before = process.memoryUsage();
    const first = buildTimes(large, 1);
    collectGarbage();
    const { rss, heapUsed } = process.memoryUsage();
    const rest = buildTimes(large, LARGE_BUILDS - 1);
    const build = median([...first.times, ...rest.times]);
    const largeQueries = makeQueries(questions, LARGE_QUERIES, rand);
    const largeLatency = latencies(rest.engine, largeQueries);
    if (process.argv.includes("--slowest"))
      slowest = largeQueries.map((q, i) => [q, largeLatency[i] as number]);
    rows.push(
      { corpus, measure: "load files (loadKnowledge)", value: ms(loadTime), target: "" },
      {
        corpus,
        measure: `index build, median of ${LARGE_BUILDS}`,
        value: ms(build),
        target: "< 5000 ms",
        pass: build < 5_000,
      },
      {
        corpus,
        measure: `answer p50 (${LARGE_QUERIES} queries)`,
        value: ms(percentile(largeLatency, 50)),
        target: "",
      },
      {
        corpus,
        measure: `answer p99 (${LARGE_QUERIES} queries)`,
        value: ms(percentile(largeLatency, 99)),
        target: "< 30 ms",
        pass: percentile(largeLatency, 99) < 30,
      },
      { corpus, measure: "process RSS before build", value: mb(before.rss), target: "" },
      {
        corpus,
        measure: "this process: peak RSS so far",
        value: mb(process.resourceUsage().maxRSS * 1024),
        target: "",
      },
      {
        corpus,
        measure: "JS heap used before / after build",
        value: `${mb(before.heapUsed)} / ${mb(heapUsed)}`,
        target: "",
      },
      {
        corpus,
        measure: "process RSS after build",
        value: mb(rss),
        target: "< 300 MB",
        pass: rss < 300 * 1024 * 1024,
      },
    );
    // The deck of a part of the corpus: its same-fact check compares pairs of cards, so it grows fastest (the
    // generated sections are word salad from one small vocabulary, so most pairs of their cards share words).
    const part = new Set(large.topics.slice(0, DECK_FILES).map((t) => t.id));
    const partKb: KnowledgeBase = {
      ...large,
      topics: large.topics.filter((t) => part.has(t.id)),
      passages: large.passages.filter((p) => part.has(p.topicId)),
    };
    const partBytes = partKb.passages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
    const partSearch = createSearchEngine(partKb);
    const partStart = performance.now();
    const partDeck = createDeck(partKb, [], { search: partSearch });
    const partTime = performance.now() - partStart;
    rows.push({
      corpus: `generated, ${DECK_FILES} files (${(partBytes / 1024 / 1024).toFixed(1)} MB)`,
      measure: `quiz deck build (${partDeck.cards.length} cards)`,
      value: ms(partTime),
      target: "< 5000 ms",
      pass: partTime < 5_000,
    });
    // This process has carried the whole benchmark; a fresh one shows what serving the corpus takes.
    const serving = await servingMemory(path.join(dir, "knowledge"), largeQueries.slice(0, 200));
    rows.push(
      {
        corpus,
        measure: "fresh process: peak RSS (load, build, 200 answers)",
        value: mb(serving.peakRss),
        target: "< 300 MB",
        pass: serving.peakRss < 300 * 1024 * 1024,
      },
      { corpus, measure: "fresh process: RSS at the end", value: mb(serving.rss), target: "" },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const table = [
    ["corpus", "measure", "value", "target", "result"],
    ...rows.map((r) => [
      r.corpus,
      r.measure,
      r.value,
      r.target,
      r.pass === undefined ? "" : r.pass ? "PASS" : "FAIL",
    ]),
  ];
  const widths = (table[0] as string[]).map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length)));
  const print = (r: string[]) =>
    console.log(
      r
        .map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    );
  print(table[0] as string[]);
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of table.slice(1)) print(r);
  if (slowest.length > 0) {
    console.log("\nslowest queries on the generated corpus:");
    for (const [q, t] of slowest.sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${ms(t).padStart(8)}  ${q}`);
  }
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

await main();
