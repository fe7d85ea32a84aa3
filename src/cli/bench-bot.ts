// `npm run bench:bot`: 2,000 distinct users each send a question at once, over loopback through the fake
// Bot API; prints how many were answered, answers per second and latency, for Konspekt and a plain grammY bot,
// over several rounds, and whether Konspekt keeps up with the plain bot (issue #9 §5).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Bot } from "grammy";
import MiniSearch from "minisearch";
import { pino } from "pino";
import { FAKE_TOKEN, FakeBotApi } from "../../test/helpers/fake-bot-api.ts";
import { assemble } from "../app.ts";
import { createBot } from "../bot/bot.ts";
import type { Search } from "../bot/context.ts";
import { createMetrics } from "../bot/metrics.ts";
import { startPolling } from "../bot/runtime.ts";
import { parseConfig } from "../config.ts";
import { limitHeapGrowth } from "../heap.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import type { Passage } from "../knowledge/types.ts";
import { parseQuestions } from "../search/evaluate.ts";

const USERS = Number(process.env.BENCH_USERS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const KNOWLEDGE_DIR = process.env.KNOWLEDGE_DIR ?? "knowledge";
/** Konspekt must answer at least this share of what the plain bot answers per second, in the same run. */
const TARGET_SHARE = 0.85;
const TARGET_P99_MS = 50;

/** A bot under test: started against the fake API, stopped after the run. */
interface Contender {
  name: string;
  start(apiRoot: string): Promise<() => Promise<void>>;
}

/** One round of one contender. */
interface Round {
  answered: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

// The heap grows as in the bot's own process (src/main.ts); the plain bot shares the process and the setting.
limitHeapGrowth();
/** A full garbage collection, so each round starts on a clean heap whatever the round before left. */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** A started contender and its fake Bot API. */
interface Running {
  contender: Contender;
  fake: FakeBotApi;
  stop: () => Promise<void>;
}

async function launch(contender: Contender): Promise<Running> {
  const fake = await FakeBotApi.start({ checkHtml: false });
  const stop = await contender.start(fake.apiRoot);
  await fake.waitFor((calls) => calls.some((c) => c.method === "deleteWebhook"), 10_000, "start-up");
  return { contender, fake, stop };
}

/**
 * Sends one question from each of USERS new users (ids from `firstUser`) at once and waits for every answer:
 * the rate from the first question sent to the last answer, and each answer's latency from its update leaving
 * getUpdates to its sendMessage arriving.
 */
async function round({ fake }: Running, questions: string[], firstUser: number): Promise<Round> {
  collectGarbage();
  let seen = fake.calls.length;
  const started = performance.now();
  const updateOf = new Map<number, number>();
  for (let i = 0; i < USERS; i++) {
    const id = firstUser + i;
    const update = fake.push({
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id, type: "private", first_name: `U${id}` },
        from: { id, is_bot: false, first_name: `U${id}` },
        text: questions[i % questions.length] as string,
      },
    });
    updateOf.set(id, update);
  }
  const replied = new Map<number, number>();
  const count = () => {
    for (; seen < fake.calls.length; seen++) {
      const call = fake.calls[seen];
      if (call?.method !== "sendMessage") continue;
      const chat = Number(call.payload.chat_id);
      if (updateOf.has(chat) && !replied.has(chat)) replied.set(chat, call.at);
    }
    return replied.size;
  };
  await fake.waitFor(() => count() >= USERS, 60_000, `${USERS} answers`).catch(() => undefined);
  count();
  const last = Math.max(...replied.values());
  const latencies = [...replied.entries()]
    .map(([chat, at]) => at - (fake.deliveredAt.get(updateOf.get(chat) as number) as number))
    .sort((a, b) => a - b);
  return {
    answered: replied.size,
    perSecond: replied.size / ((last - started) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/**
 * Konspekt as `npm start` runs it (src/main.ts): the reloadable notes, SQLite with the quizzes and users, the
 * feedback and question log, metrics, logging at info. With `fixedAnswer`, the search is replaced by one
 * precomputed answer, to show its share.
 */
function konspekt(dir: string, fixedAnswer = false): Contender {
  return {
    name: fixedAnswer ? "Konspekt, search replaced by a fixed answer" : "Konspekt as deployed",
    async start(apiRoot) {
      // As in production: info level, written synchronously; nothing on the reply path logs at info.
      const logger = pino({ level: "info" }, pino.destination({ dest: "/dev/null", sync: true }));
      const config = parseConfig({
        BOT_TOKEN: FAKE_TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        KNOWLEDGE_DIR,
        DATABASE_PATH: path.join(dir, `bench-${fixedAnswer ? "fixed" : "full"}.sqlite`),
      });
      const app = await assemble(config, logger);
      const fixed = app.search.answer("что такое под");
      const search: Search = fixedAnswer
        ? {
            get topics() {
              return app.search.topics;
            },
            findTopic: (name) => app.search.findTopic(name),
            passage: (id) => app.search.passage(id),
            answer: () => fixed,
          }
        : app.search;
      const bot = createBot({
        token: FAKE_TOKEN,
        apiRoot,
        search,
        users: app.users,
        quiz: app.quiz,
        logger,
        admin: app.admin(config.adminIds),
        feedback: app.feedback,
        metrics: createMetrics(),
        library: app.library,
      });
      const running = await startPolling(bot, logger);
      return async () => {
        await running.stop();
        app.close();
      };
    },
  };
}

function plainGrammy(): Contender {
  return {
    name: "plain grammY + default MiniSearch",
    async start(apiRoot) {
      const { passages } = await loadKnowledge(KNOWLEDGE_DIR);
      const index = new MiniSearch<Passage>({ fields: ["text"], storeFields: ["text"] });
      index.addAll(passages);
      const bot = new Bot(FAKE_TOKEN, { client: { apiRoot } });
      bot.on("message:text", (ctx) => {
        const [best] = index.search(ctx.message.text);
        return ctx.reply(best ? String(best.text).slice(0, 4000) : "Ничего не нашёл");
      });
      const done = bot.start({ drop_pending_updates: false });
      return async () => {
        await bot.stop();
        await done;
      };
    },
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] as string).length))) ?? [];
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] as number)).join("  ")).join("\n");
}

const dir = await mkdtemp(path.join(tmpdir(), "konspekt-bench-"));
try {
  const questions = parseQuestions(await readFile("test/eval/questions.yaml", "utf8")).map((q) => q.q);
  const contenders = [konspekt(dir), plainGrammy(), konspekt(dir, true)];
  const running: Running[] = [];
  for (const contender of contenders) running.push(await launch(contender));
  let runs = 0;
  /** The first id of USERS users who never wrote before: every run is a burst of new users. */
  const newUsers = () => 10_000_000 + USERS * runs++;
  // Round 0 warms every bot up, as a running bot is: the first updates pay for compiling the code paths.
  // Then each round measures Konspekt and the plain bot twice, in mirrored order (Konspekt, plain, the fixed
  // answer, plain, Konspekt; the next round starting with plain), so a machine slowing down or speeding up
  // during a round weighs on both alike; a round's share compares their mean rates in that round.
  for (const bot of running) await round(bot, questions, newUsers());
  const measured = running.map(() => [] as Round[][]);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? [0, 1, 2, 1, 0] : [1, 0, 2, 0, 1];
    for (const rs of measured) rs.push([]);
    for (const i of order) {
      measured[i]?.[r]?.push(await round(running[i] as Running, questions, newUsers()));
    }
  }
  for (const { stop, fake } of running) {
    await stop();
    await fake.close();
  }
  const rateIn = (rs: Round[]) => rs.reduce((sum, x) => sum + x.perSecond, 0) / rs.length;
  const [ours = [], plain = []] = measured;
  const sharesOf = (rounds: Round[][]) => rounds.map((rs, r) => rateIn(rs) / rateIn(plain[r] as Round[]));
  const shares = sharesOf(ours);
  const share = median(shares);
  const p99 = median(ours.flat().map((o) => o.p99));
  const allAnswered = measured.flat(2).every((x) => x.answered === USERS);
  process.stdout.write(
    `${USERS} users, one question each (from test/eval/questions.yaml), sent at once; after a warm-up round, ${ROUNDS}\n` +
      `rounds of Konspekt, plain, fixed answer, plain, Konspekt (mirrored every other round). Latency from the update\n` +
      `leaving getUpdates to its sendMessage arriving; fake Bot API in the same process. Medians over all runs;\n` +
      `«vs plain» is the median over the rounds of a bot's mean rate over the plain bot's in the same round.\n\n`,
  );
  process.stdout.write(
    `${table([
      ["bot", "answered", "answers/s", "vs plain", "p50 ms", "p99 ms"],
      ...contenders.map((c, i) => {
        const rs = (measured[i] as Round[][]).flat();
        return [
          c.name,
          `${Math.min(...rs.map((x) => x.answered))}/${USERS}`,
          median(rs.map((x) => x.perSecond)).toFixed(0),
          `${(100 * median(sharesOf(measured[i] as Round[][]))).toFixed(0)}%`,
          median(rs.map((x) => x.p50)).toFixed(1),
          median(rs.map((x) => x.p99)).toFixed(1),
        ];
      }),
    ])}\n\n`,
  );
  process.stdout.write(
    `Konspekt vs plain by round: ${shares.map((s) => `${(100 * s).toFixed(0)}%`).join(", ")}\n`,
  );
  const checks = [
    ["all answered, every round", allAnswered],
    [
      `Konspekt ≥ ${100 * TARGET_SHARE}% of the plain bot's answers/s (median ${(100 * share).toFixed(1)}%)`,
      share >= TARGET_SHARE,
    ],
    [`Konspekt p99 < ${TARGET_P99_MS} ms (median ${p99.toFixed(1)} ms)`, p99 < TARGET_P99_MS],
  ] as const;
  for (const [what, ok] of checks) process.stdout.write(`${ok ? "✓" : "✗"} ${what}\n`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
