// What the running bot counts, for `GET /metrics` (Prometheus text format, via prom-client) and `GET /healthz`.
// Each bot gets its own registry, so two bots in one process (tests) never share or clash on counters.

import type { Update } from "grammy/types";
import { Counter, Histogram, Registry } from "prom-client";
import type { Answer } from "../search/types.ts";

/** The kinds of answer the search gives. */
type AnswerKind = Answer["kind"];

/** How a question ended, as the metrics name it: the search's `found` is an answer. */
const OUTCOME: Record<AnswerKind, "answer" | "uncertain" | "nothing"> = {
  found: "answer",
  uncertain: "uncertain",
  nothing: "nothing",
};

/** What became of one daily quiz delivery attempt. */
export type DailyOutcome = "sent" | "failed" | "blocked";

/** How a quiz answer was taken: scored now (right or wrong), or queued until the database takes it. */
export type QuizAnswerResult = "correct" | "wrong" | "queued";

/** The bot's counters; every method is cheap enough for the reply path. */
export interface Metrics {
  /** The registry to serve; it holds only Konspekt's own metrics. */
  readonly registry: Registry;
  /** An update arrived (counted by its type: message, callback_query, …); `lastUpdateAt` moves. */
  update(update: Update): void;
  /** An update was handled, `seconds` after it arrived (the reply latency). */
  handled(seconds: number): void;
  /** A question was answered with this kind of answer. */
  answered(kind: AnswerKind): void;
  quizAnswer(result: QuizAnswerResult): void;
  daily(outcome: DailyOutcome): void;
  /** The notes were loaded again while running (by the watcher or /reload), whatever the outcome. */
  notesReloaded(): void;
  /** When the last update arrived (ms since the epoch), or undefined when none has since start-up. */
  lastUpdateAt(): number | undefined;
}

/** The latency buckets, in seconds: a reply is usually a few milliseconds, a slow one a second or more. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Creates the counters in a new registry. `now` is the clock of `lastUpdateAt` (default `Date.now`). */
export function createMetrics(now: () => number = Date.now): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const updates = new Counter({
    name: "konspekt_updates_total",
    help: "Updates received from Telegram, by type",
    labelNames: ["type"] as const,
    registers,
  });
  const answers = new Counter({
    name: "konspekt_answers_total",
    help: "Questions answered, by outcome: answer (a sure passage), uncertain (candidates offered), nothing",
    labelNames: ["outcome"] as const,
    registers,
  });
  const quizAnswers = new Counter({
    name: "konspekt_quiz_answers_total",
    help: "Quiz answers taken: correct, wrong, or queued until the database can take them",
    labelNames: ["result"] as const,
    registers,
  });
  const daily = new Counter({
    name: "konspekt_daily_quizzes_total",
    help: "Daily quiz deliveries: sent, failed (an attempt that will be retried or was given up), blocked",
    labelNames: ["outcome"] as const,
    registers,
  });
  const latency = new Histogram({
    name: "konspekt_reply_latency_seconds",
    help: "Time from an update's arrival to the end of its handling (replies sent)",
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const reloads = new Counter({
    name: "konspekt_notes_reloads_total",
    help: "Times the notes were loaded again while running",
    registers,
  });
  // Known label values start at 0, so a dashboard sees every series before the first event.
  for (const outcome of Object.values(OUTCOME)) answers.labels(outcome).inc(0);
  for (const result of ["correct", "wrong", "queued"] as const) quizAnswers.labels(result).inc(0);
  for (const outcome of ["sent", "failed", "blocked"] as const) daily.labels(outcome).inc(0);
  reloads.inc(0);

  let last: number | undefined;
  return {
    registry,
    update(update) {
      last = now();
      const type = Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
      updates.labels(type).inc();
    },
    handled: (seconds) => latency.observe(seconds),
    answered: (kind) => answers.labels(OUTCOME[kind]).inc(),
    quizAnswer: (result) => quizAnswers.labels(result).inc(),
    daily: (outcome) => daily.labels(outcome).inc(),
    notesReloaded: () => reloads.inc(),
    lastUpdateAt: () => last,
  };
}
