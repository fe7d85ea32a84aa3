// The logger: readable lines for a person, JSON lines for machines, each line written at once and in order.
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { createLogger } from "../src/log.ts";

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

test("pretty: one readable line per entry, level and message first, figures after, no JSON envelope", () => {
  const out = sink();
  const logger = createLogger("info", { pretty: true, colorize: false, destination: out.stream });
  logger.info({ topics: 9, passages: 53 }, "notes loaded");
  logger.warn({ retryInMs: 2000 }, "could not reach Telegram (getMe); retrying in 2 s");
  logger.debug("below the level");
  const lines = out.text().trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: notes loaded \{"topics":9,"passages":53\}$/);
  expect(lines[1]).toMatch(/WARN: could not reach Telegram \(getMe\); retrying in 2 s \{"retryInMs":2000\}$/);
});

test("JSON: one object per line, with the level, the message and the figures, in the order logged", () => {
  const out = sink();
  const logger = createLogger("info", { pretty: false, destination: out.stream });
  logger.info("shutting down");
  logger.info("stopped");
  const lines = out
    .text()
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { level: number; msg: string });
  expect(lines.map((l) => l.msg)).toEqual(["shutting down", "stopped"]);
  expect(lines[0]?.level).toBe(30);
});
