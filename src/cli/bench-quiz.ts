// `npm run bench:quiz`: how fast the quiz storage is, against the targets of issue 4. Uses a
// throwaway database file in the system temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KnowledgeBase } from "../knowledge/types.ts";
import { createDeck, type Deck } from "../quiz/deck.ts";
import { createScheduler } from "../quiz/schedule.ts";
import type { Card } from "../quiz/types.ts";
import { createDailyStore } from "../store/daily.ts";
import { type Database, openDatabase } from "../store/db.ts";
import { createProgressStore } from "../store/progress.ts";

const topics = [
  "services",
  "pods-deployments",
  "statefulset-daemonset",
  "networking",
  "ingress",
  "objects",
  "scaling",
];
const zones = [
  "Europe/Moscow",
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "Asia/Tokyo",
  "Asia/Yekaterinburg",
];

function syntheticDeck(size: number): Deck {
  const kb: KnowledgeBase = {
    topics: topics.map((id) => ({ id, title: id, aliases: [], file: `${id}.md`, sections: [] })),
    passages: [],
    glossary: [],
    warnings: [],
  };
  const cards: Card[] = Array.from({ length: size }, (_, i) => ({
    id: `card-${String(i).padStart(5, "0")}`,
    topicId: topics[i % topics.length] ?? "services",
    question: `Вопрос ${i}?`,
    options: ["a", "b", "c", "d"],
    correctIndex: i % 4,
    explanation: "…",
    source: {},
    origin: "authored",
  }));
  return createDeck(kb, cards);
}

/** A small deterministic generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function benchRecording(db: Database, deck: Deck): number {
  const scheduler = createScheduler(createProgressStore(db));
  const rand = random(1);
  const answers = 20_000;
  const start = Date.now() - answers * 1000;
  const t = performance.now();
  for (let i = 0; i < answers; i++) {
    const card = deck.cards[Math.floor(rand() * deck.cards.length)] as Card;
    scheduler.recordAnswer(
      1 + Math.floor(rand() * 1000),
      card.id,
      card.topicId,
      rand() < 0.7,
      new Date(start + i * 1000),
    );
  }
  return answers / ((performance.now() - t) / 1000);
}

function benchClaim(db: Database): { first: number; claimed: number; idle: number; renew: number } {
  const subscribers = 100_000;
  const rand = random(2);
  const now = new Date("2026-03-10T12:00:00Z");
  const insertUser = db.prepare("INSERT INTO users (id, timezone, created_at, seen_at) VALUES (?, ?, 0, 0)");
  const insertSub = db.prepare(
    "INSERT INTO daily_subscriptions (user_id, chat_id, minute_of_day, count, last_sent_date, created_at) VALUES (?, ?, ?, 1, '', 0)",
  );
  db.transaction(() => {
    for (let id = 1_000_001; id <= 1_000_000 + subscribers; id++) {
      const zone = rand() < 0.4 ? null : (zones[Math.floor(rand() * zones.length)] ?? null);
      insertUser.run(id, zone);
      insertSub.run(id, id, Math.floor(rand() * 1440));
    }
  })();
  const daily = createDailyStore(db);
  let t = performance.now();
  const lease = { owner: "bench", until: new Date(now.getTime() + 60_000) };
  const claimed = daily.claimDue(now, "Europe/Moscow", lease).length;
  const first = performance.now() - t;
  t = performance.now();
  daily.claimDue(new Date(now.getTime() + 30_000), "Europe/Moscow", lease);
  const idle = performance.now() - t;
  // The sender renews its claims every third of the lease while it sends them.
  t = performance.now();
  daily.renew("bench", new Date(now.getTime() + 90_000));
  return { first, claimed, idle, renew: performance.now() - t };
}

function benchNextCard(db: Database, deck: Deck): Record<"due" | "fresh" | "afterAnswer" | "cold", number[]> {
  const progress = createProgressStore(db);
  const scheduler = createScheduler(progress);
  const userId = 5_000_000;
  const base = new Date("2026-01-01T00:00:00Z").getTime();
  db.transaction(() => {
    deck.cards.slice(0, 1000).forEach((card, i) => {
      scheduler.recordAnswer(userId, card.id, card.topicId, i % 5 !== 0, new Date(base));
    });
  })();
  const time = (now: Date, before: (i: number) => void = () => {}) => {
    const samples: number[] = [];
    for (let i = 0; i < 2000; i++) {
      before(i);
      const t = performance.now();
      scheduler.nextCard(userId, deck, now);
      samples.push(performance.now() - t);
    }
    return samples.sort((a, b) => a - b);
  };
  const soon = new Date(base + 30_000);
  const answer = (who: typeof scheduler) => (i: number) => {
    const card = deck.cards[i % 1000] as Card;
    who.recordAnswer(userId, card.id, card.topicId, true, soon);
  };
  return {
    // Months later every state is due.
    due: time(new Date(base + 200 * 86_400_000)),
    // 30 s after the answers none is due, so a new card is chosen.
    fresh: time(soon),
    // The usual flow: an answer, then the next card.
    afterAnswer: time(soon, answer(scheduler)),
    // Progress changed behind this scheduler's back: it sums every state again.
    cold: time(soon, answer(createScheduler(progress))),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const dir = mkdtempSync(join(tmpdir(), "konspekt-bench-"));
try {
  const db = openDatabase(join(dir, "bench.sqlite"));
  const deck = syntheticDeck(1200);
  const perSecond = benchRecording(db, deck);
  const claim = benchClaim(db);
  const next = benchNextCard(db, deck);
  db.close();
  const rows: Array<[string, string, string, boolean]> = [
    [
      "recording answers",
      `${Math.round(perSecond).toLocaleString("en-US")} answers/s`,
      "≥ 5,000/s",
      perSecond >= 5000,
    ],
    [
      `claiming due among 100,000 subscribers (${claim.claimed.toLocaleString("en-US")} due)`,
      `${claim.first.toFixed(0)} ms`,
      "< 1,000 ms",
      claim.first < 1000,
    ],
    [
      "claiming, next minute (nothing new due)",
      `${claim.idle.toFixed(1)} ms`,
      "< 1,000 ms",
      claim.idle < 1000,
    ],
    [
      `renewing the claims held (${claim.claimed.toLocaleString("en-US")})`,
      `${claim.renew.toFixed(1)} ms`,
      "< 1,000 ms",
      claim.renew < 1000,
    ],
    ...(
      [
        ["due", "due card"],
        ["fresh", "new card"],
        ["afterAnswer", "new card right after an answer"],
        ["cold", "new card, sums recomputed"],
      ] as const
    ).map(([key, label]): [string, string, string, boolean] => [
      `next card, 1,000 states, ${label}, p50 / p99`,
      `${percentile(next[key], 0.5).toFixed(3)} / ${percentile(next[key], 0.99).toFixed(3)} ms`,
      "p99 < 2 ms",
      percentile(next[key], 0.99) < 2,
    ]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const resultWidth = Math.max(...rows.map((r) => r[1].length));
  process.stdout.write(`${"benchmark".padEnd(width)}  ${"result".padEnd(resultWidth)}  target        ok\n`);
  for (const [name, result, target, ok] of rows) {
    process.stdout.write(
      `${name.padEnd(width)}  ${result.padEnd(resultWidth)}  ${target.padEnd(12)}  ${ok ? "yes" : "NO"}\n`,
    );
  }
  if (rows.some((r) => !r[3])) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
