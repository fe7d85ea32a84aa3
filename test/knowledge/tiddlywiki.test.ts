import { describe, expect, it } from "vitest";
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
});
