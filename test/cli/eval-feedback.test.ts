// `npm run eval -- --from-feedback`: the bot's badly answered questions as YAML for the eval set.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { feedbackYaml } from "../../src/cli/eval-feedback.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createFeedbackStore, type FrequentQuestion } from "../../src/store/feedback.ts";

const question = (query: string, overrides: Partial<FrequentQuestion> = {}): FrequentQuestion => ({
  key: query,
  query,
  outcome: "nothing",
  count: 3,
  ...overrides,
});

describe("feedbackYaml", () => {
  test("entries to complete, under a comment with outcome and count, that read back as the questions", () => {
    const tricky = [
      "что такое etcd",
      "что: такое #etcd",
      "'кавычки' и \"ещё\"",
      "- дефис",
      "[скобки]",
      "yes",
      "123",
    ];
    const yaml = feedbackYaml(tricky.map((q, i) => question(q, { count: 10 - i })));
    expect(yaml).toContain("# nothing ×10\n- q: что такое etcd\n  kind: TODO\n  expect: [TODO]\n");
    const entries = parse(yaml) as { q: unknown; kind: string; expect: string[] }[];
    expect(entries.map((e) => e.q)).toEqual(tricky);
    for (const e of entries) expect(e).toMatchObject({ kind: "TODO", expect: ["TODO"] });
  });

  test("a question once, at its first outcome; none that the eval set already has", () => {
    const yaml = feedbackYaml(
      [
        question("как удалить под", { key: "как под удалить" }),
        question("под как удалить", { key: "как под удалить", outcome: "uncertain" }),
        question("Что такое  DaemonSet"),
      ],
      ["что такое daemonset"],
    );
    expect(parse(yaml)).toEqual([{ q: "как удалить под", kind: "TODO", expect: ["TODO"] }]);
    expect(feedbackYaml([])).toMatch(/^# .*no badly answered questions/);
  });
});

describe("npm run eval -- --from-feedback", () => {
  const run = (databasePath: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/eval.ts", "--from-feedback"], {
      env: { PATH: process.env.PATH, DATABASE_PATH: databasePath },
      encoding: "utf8",
    });

  test("prints the logged questions answered badly, and not the ones answered well", () => {
    const dir = mkdtempSync(join(tmpdir(), "konspekt-eval-"));
    try {
      const path = join(dir, "bot.sqlite");
      const db = openDatabase(path);
      const store = createFeedbackStore(db);
      store.logQuestions([
        { key: "борщ", query: "как варить щи на даче", outcome: "nothing", count: 2 },
        { key: "сет", query: "как устроена сеть между дата-центрами", outcome: "not_that" },
        { key: "под", query: "что такое под", outcome: "found" },
      ]);
      db.close();
      const { status, stdout, stderr } = run(path);
      expect(stderr).toBe("");
      expect(status).toBe(0);
      expect(stdout).toContain("# nothing ×2\n- q: как варить щи на даче\n");
      expect(stdout).toContain("# not_that ×1\n- q: как устроена сеть между дата-центрами\n");
      expect(stdout).not.toContain("что такое под");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  test("without a database, says where it looked and what to do", () => {
    const { status, stderr } = run(join(tmpdir(), "konspekt-no-such-dir", "none.sqlite"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/no database at .*none\.sqlite\. Point DATABASE_PATH/);
  }, 30_000);
});
