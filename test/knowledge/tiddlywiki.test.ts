import { describe, expect, it } from "vitest";
import { noteFormat } from "../../src/knowledge/formats.ts";
import { structureNote } from "../../src/knowledge/structure.ts";
import { tiddlerOf } from "../../src/knowledge/tiddlywiki.ts";

const TIDDLER = [
  "created: 20240311184522123",
  "modified: 20240318221047390",
  "tags: security [[веб безопасность]]",
  "title: XSS",
  "type: text/vnd.tiddlywiki",
  "",
  "! XSS (Cross-Site Scripting)",
  "",
  "Атакующий заставляет //чужую// страницу выполнить свой JS. См. [[CSP]] и [[куки|Cookies флаги]].",
  "",
  "!! Виды",
  "; Stored (хранимая)",
  ": пейлоад сохраняется на сервере",
  "; Reflected",
  ": пейлоад в самом запросе",
  "",
  "!! Защита",
  "# ''контекстное экранирование'' на выводе",
  "## атрибут в кавычках",
  "* `textContent` вместо `innerHTML`",
  '<<list-links filter:"[tag[security]]">>',
  "{{CSP}}",
  "",
  "|!Флаг|!Что делает|",
  "|HttpOnly|кука не видна из JS|",
  "",
  "```",
  "<img src=x onerror=alert(1)>",
  "```",
].join("\n");

describe("a tiddler of TiddlyWiki", () => {
  it("is named and filed by its fields, its WikiText read as Markdown", () => {
    const tiddler = tiddlerOf(TIDDLER);
    expect(tiddler?.title).toBe("XSS");
    expect(tiddler?.tags).toEqual(["security", "веб безопасность"]);
    expect(tiddler?.markdown.split("\n").filter((l) => l !== "")).toEqual([
      "# XSS (Cross-Site Scripting)",
      "Атакующий заставляет *чужую* страницу выполнить свой JS. См. CSP и куки.",
      "## Виды",
      "**Stored (хранимая)** —",
      "пейлоад сохраняется на сервере",
      "**Reflected** —",
      "пейлоад в самом запросе",
      "## Защита",
      "1. **контекстное экранирование** на выводе",
      "  1. атрибут в кавычках",
      "- `textContent` вместо `innerHTML`",
      "CSP",
      "| Флаг | Что делает |",
      "| --- | --- |",
      "| HttpOnly | кука не видна из JS |",
      "```",
      "<img src=x onerror=alert(1)>",
      "```",
    ]);
  });

  it("reads a block between «{{{» and «}}}» lines as code, its lines as typed", () => {
    const tiddler = tiddlerOf(
      [
        "title: ip",
        "",
        "! ip route",
        "{{{",
        "ip r",
        "default via 192.168.1.1 dev eth0",
        "}}}",
        "* `default via` = шлюз",
      ].join("\n"),
    );
    expect(tiddler?.markdown.split("\n").filter((l) => l !== "")).toEqual([
      "# ip route",
      "```",
      "ip r",
      "default via 192.168.1.1 dev eth0",
      "```",
      "- `default via` = шлюз",
    ]);
  });

  it("is read under the title being typed when it is a draft, and is none of the learner's notes when it is the wiki's own", () => {
    const draft =
      "draft.of: Новый тиддлер\ndraft.title: mtr\ntitle: Draft of 'Новый тиддлер'\n\ntraceroute + ping в одном.";
    expect(tiddlerOf(draft)?.title).toBe("mtr");
    expect(tiddlerOf(draft)?.markdown).toBe("traceroute + ping в одном.");
    const story = "list: [[Draft of 'Новый тиддлер']] ss\ntitle: $:/StoryList\n";
    expect(tiddlerOf(story)?.system).toBe(true);
    const note = structureNote(story, noteFormat("$__StoryList.tid"));
    expect(note.blocks).toEqual([]);
    expect(note.problems.join()).toMatch(/system tiddler/u);
  });
});
