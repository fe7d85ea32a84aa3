// `npm run import`: a notes file in, a Markdown topic out, never overwriting the author's file unasked.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function importNotes(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", ...args], {
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const notes = [
  "Сети (Networking)",
  "",
  "Сеть в Kubernetes обеспечивает связь между всеми компонентами приложения, работающими в кластере.",
  "",
  "Основные плагины:",
  "",
  "1. Calico: сетевые политики и маршрутизация через BGP между узлами кластера.",
  "2. Flannel: простая и быстрая настройка оверлейной сети для небольших кластеров.",
  "",
  "????? ?????",
  "",
  "kubectl get pods -n kube-system",
].join("\n");

describe("npm run import", () => {
  it("writes a topic the loader reads with the same sections, and refuses to overwrite it without --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "konspekt-import-"));
    dirs.push(dir);
    writeFileSync(join(dir, "network.txt"), notes);
    const out = join(dir, "knowledge");
    const raw = await loadKnowledge(dir);
    const first = importNotes(join(dir, "network.txt"), "--out", out);
    expect(first.code).toBe(0);
    const md = readFileSync(join(out, "network.md"), "utf8");
    expect(md).toMatch(/^---\ntitle: Сети \(Networking\)\naliases: \[ сети, networking \]\n---\n/);
    expect(md).toContain("## Основные плагины\n\n### Calico\n");
    expect(md).not.toContain("?????");

    const imported = await loadKnowledge(out);
    // The same passages; text Markdown cannot place back in the introduction got a «…» heading to rename.
    expect(imported.passages.map((p) => p.text)).toEqual(raw.passages.map((p) => p.text));
    raw.passages.forEach((p, i) => {
      const path = imported.passages[i]?.headingPath ?? [];
      if (p.headingPath.length > 0) expect(path).toEqual(p.headingPath);
      else expect(path.length === 0 || path[0]?.endsWith("…")).toBe(true);
    });
    expect(imported.passages.at(-1)?.headingPath).toEqual(["kubectl get pods -n kube-system …"]);
    expect(imported.topics[0]?.title).toBe("Сети (Networking)");

    const again = importNotes(join(dir, "network.txt"), "--out", out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists. Pass --force");
    expect(importNotes(join(dir, "network.txt"), "--out", out, "--force").code).toBe(0);
  });

  it("prints to stdout without --out, and explains its usage without a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "konspekt-import-"));
    dirs.push(dir);
    writeFileSync(join(dir, "n.txt"), notes);
    const printed = importNotes(join(dir, "n.txt"));
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("### Flannel");
    const usage = importNotes();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run import");
  });
});
