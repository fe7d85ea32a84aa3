import { describe, expect, it } from "vitest";
import { asciidocToMarkdown } from "../../src/knowledge/asciidoc.ts";
import { noteFormat } from "../../src/knowledge/formats.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const PAGE = [
  "= Nginx: основы",
  ":toc:",
  ":description: мои заметки",
  "",
  "== Архитектура",
  "",
  "master process:: читает конфиг, открывает порты",
  "",
  "[source,nginx]",
  "----",
  "worker_processes auto;",
  "----",
  "",
  "[[reload]]",
  "=== Что происходит при reload",
  "",
  ". мастер получает SIGHUP",
  ". старые воркеры дообслуживают запросы",
  "",
  "См. <<reload>> и xref:proxy.adoc[вторую часть].",
  "",
  "[TIP]",
  "====",
  "Всегда сначала `nginx -t`.",
  "====",
  "",
  "== Логи",
  "",
  "NOTE: access.log пишется на каждый запрос.",
].join("\n");

describe("asciidocToMarkdown", () => {
  it("reads AsciiDoc as the Markdown it says: titles, source blocks, labeled lists, lists, admonitions", () => {
    expect(asciidocToMarkdown(PAGE)).toBe(
      [
        "# Nginx: основы",
        "",
        "## Архитектура",
        "",
        "- **master process** — читает конфиг, открывает порты",
        "",
        "```nginx",
        "worker_processes auto;",
        "```",
        "",
        "### Что происходит при reload",
        "",
        "1. мастер получает SIGHUP",
        "2. старые воркеры дообслуживают запросы",
        "",
        "См. reload и вторую часть.",
        "",
        "TIP: Всегда сначала `nginx -t`.",
        "",
        "## Логи",
        "",
        "NOTE: access.log пишется на каждый запрос.",
        "",
      ].join("\n"),
    );
  });

  it("reads tables as Markdown's and drops comments", () => {
    const page = [
      "= Spring",
      "// include::_attributes.adoc[]",
      "",
      "== Профили",
      "",
      "////",
      "черновик, потом перепишу",
      "////",
      '[cols="1,3"]',
      "|===",
      "|Где |Как",
      "",
      "|application.yml",
      "|`spring.profiles.active: dev`",
      "",
      "|аргумент",
      "|`--spring.profiles.active=prod`",
      "|===",
      "",
      "== Пул",
      "",
      "|===",
      "|maximum-pool-size |10 |сколько коннектов",
      "|connection-timeout |30000 |ждать коннект, мс",
      "|===",
    ].join("\n");
    expect(
      asciidocToMarkdown(page)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "# Spring",
      "## Профили",
      "| Где | Как |",
      "| --- | --- |",
      "| application.yml | `spring.profiles.active: dev` |",
      "| аргумент | `--spring.profiles.active=prod` |",
      "## Пул",
      "|  |  |  |",
      "| --- | --- | --- |",
      "| maximum-pool-size | 10 | сколько коннектов |",
      "| connection-timeout | 30000 | ждать коннект, мс |",
    ]);
  });

  it("takes no other text for AsciiDoc: plain notes with «== DNS ==» banners, or one «== » line", () => {
    expect(asciidocToMarkdown("== DNS ==\nтекст\n\n== HTTP ==\nтекст\n----\n")).toBeUndefined();
    expect(asciidocToMarkdown("== Один раздел\nтекст\n:toc:\n")).toBeUndefined();
    expect(asciidocToMarkdown("Сети\n\nDNS переводит имена в адреса.\n")).toBeUndefined();
  });

  it("reads a file named .adoc as AsciiDoc, however few titles it has", () => {
    const page = "== Очереди\n\ndurable:: очередь переживает рестарт брокера\n";
    expect(asciidocToMarkdown(page)).toBeUndefined();
    expect(asciidocToMarkdown(page, true)).toContain("- **durable** — очередь переживает рестарт брокера");
    const note = structureNote(page, noteFormat("queues.adoc"));
    expect(note.blocks.map((b) => b.text).join("\n")).toContain("**durable** — очередь");
  });

  it("is how a .txt of such notes is structured", () => {
    const note = structureNote(PAGE, "text");
    expect(note.title).toBe("Nginx: основы");
    const section = (start: string) => note.blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(section("1. мастер получает SIGHUP")).toEqual(["Архитектура", "Что происходит при reload"]);
    expect(note.blocks.find((b) => b.text.includes("worker_processes"))?.kind).toBe("code");
  });
});
