import { describe, expect, it } from "vitest";
import { mediawikiToMarkdown } from "../../src/knowledge/mediawiki.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const PAGE = [
  "Шпаргалка по CLI, везде --bootstrap-server kafka1:9092.",
  "",
  "== Топики ==",
  '<syntaxhighlight lang="bash">',
  "kafka-topics.sh --describe --topic orders",
  "</syntaxhighlight>",
  "* партиций можно только ''добавить'' (см. [[Kafka основы#Ключи|ключи]])",
  "** уменьшить — только пересоздать",
  "",
  "=== Rolling restart ===",
  "# рестартуем по '''одному''' брокеру",
  "# ждём, пока under-replicated станет 0",
  "{{Note|controlled.shutdown отдаёт лидерство заранее}}",
  "",
  "== Мониторинг ==",
  '{| class="wikitable"',
  "! метрика !! норма",
  "|-",
  "| UnderReplicatedPartitions || 0",
  "|-",
  "| ActiveControllerCount || ровно 1",
  "|}",
  "Подробнее: [https://kafka.apache.org/documentation доки].",
  "",
  "[[Category:Kafka]]",
].join("\n");

describe("mediawikiToMarkdown", () => {
  it("reads wikitext as the Markdown it says: headings, code, lists, templates, tables, links", () => {
    expect(
      mediawikiToMarkdown(PAGE)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "Шпаргалка по CLI, везде --bootstrap-server kafka1:9092.",
      "## Топики",
      "```bash",
      "kafka-topics.sh --describe --topic orders",
      "```",
      "- партиций можно только *добавить* (см. ключи)",
      "   - уменьшить — только пересоздать",
      "### Rolling restart",
      "1. рестартуем по **одному** брокеру",
      "1. ждём, пока under-replicated станет 0",
      "Note: controlled.shutdown отдаёт лидерство заранее",
      "## Мониторинг",
      "| метрика | норма |",
      "| --- | --- |",
      "| UnderReplicatedPartitions | 0 |",
      "| ActiveControllerCount | ровно 1 |",
      "Подробнее: доки (https://kafka.apache.org/documentation).",
    ]);
  });

  it("reads an index page of one heading by two of its marks, and a definition list's terms", () => {
    const page = [
      "{{Конспект|тема=Фото}}",
      "'''Фото — основы.'''",
      "",
      "== Сокращения ==",
      "; ГРИП : глубина резко изображаемого пространства",
      "; EV",
      ": exposure value, 1 EV = 1 стоп",
    ].join("\n");
    expect(
      mediawikiToMarkdown(page)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "Конспект: тема=Фото",
      "**Фото — основы.**",
      "## Сокращения",
      "- **ГРИП** — глубина резко изображаемого пространства",
      "- **EV** — exposure value, 1 EV = 1 стоп",
    ]);
    // One heading and one mark is not enough: «'''» may be a quote's.
    expect(mediawikiToMarkdown("== Итоги ==\nон сказал '''нет'''\n")).toBeUndefined();
  });

  it("leaves plain text and DokuWiki's pages alone", () => {
    expect(mediawikiToMarkdown("== DNS ==\nимена в адреса\n\n== ARP ==\nадреса в MAC\n")).toBeUndefined();
    expect(
      mediawikiToMarkdown(
        "====== Дебаг ======\n===== Поды =====\n  * ''kubectl get pods''\n{{wiki:logo.png|}}",
      ),
    ).toBeUndefined();
  });

  it("makes a numbered step no heading, and each section a passage of its own", () => {
    const { blocks } = structureNote(PAGE, "text");
    expect(new Set(blocks.map((b) => b.headingPath.join(" › ")))).toEqual(
      new Set(["", "Топики", "Топики › Rolling restart", "Мониторинг"]),
    );
    expect(blocks.map((b) => b.text).join("\n")).not.toMatch(/syntaxhighlight|\{\||Category|'''/u);
  });
});
