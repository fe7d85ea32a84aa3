import { describe, expect, it } from "vitest";
import { gridTablesAsPipes } from "../../src/knowledge/grid-tables.ts";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import { structureText } from "../../src/knowledge/plain-text.ts";

const PANDOC = [
  "Табличка:",
  "+-------------------+-----------------------+",
  "| Что               | synchronized          |",
  "+===================+=======================+",
  "| Отпускание        | сам при выходе из     |",
  "|                   | блока                 |",
  "+-------------------+-----------------------+",
  "| Таймаут           | нет \\| ждет           |",
  "+-------------------+-----------------------+",
].join("\n");

const PSQL = [
  "  +--------------------------------------+----------------+",
  "  | sysctl                               | дефолт ядра    |",
  "  +--------------------------------------+----------------+",
  "  | nf_conntrack_tcp_timeout_established | 432000 (5 сут) |",
  "  | nf_conntrack_tcp_timeout_close_wait  | 60             |",
  "  +--------------------------------------+----------------+",
].join("\n");

describe("gridTablesAsPipes", () => {
  it("reads a grid table as pandoc writes a Word table: a row's wrapped lines one cell each", () => {
    expect(gridTablesAsPipes(PANDOC)).toBe(
      [
        "Табличка:",
        "",
        "| Что | synchronized |",
        "| --- | --- |",
        "| Отпускание | сам при выходе из блока |",
        "| Таймаут | нет \\| ждет |",
        "",
      ].join("\n"),
    );
  });

  it("reads a result printed as psql and MySQL do, bordered around its header only, a row a line", () => {
    expect(gridTablesAsPipes(PSQL).split("\n")).toEqual([
      "| sysctl | дефолт ядра |",
      "| --- | --- |",
      "| nf_conntrack_tcp_timeout_established | 432000 (5 сут) |",
      "| nf_conntrack_tcp_timeout_close_wait | 60 |",
      "",
    ]);
  });

  it("takes only a border of «=» for a header's rule, not a cell that says «=»", () => {
    const result = [
      "+------+-------+",
      "| key  | value |",
      "+------+-------+",
      "| a=b  | 1     |",
      "| c    | 2     |",
      "+------+-------+",
    ];
    expect(gridTablesAsPipes(result.join("\n")).split("\n")).toEqual([
      "| key | value |",
      "| --- | --- |",
      "| a=b | 1 |",
      "| c | 2 |",
      "",
    ]);
  });

  it("leaves a drawing off the grid, and one in a code block, as drawn", () => {
    const drawing = ["+---------+---------+", "| dst MAC | src MAC |", "+---------+--+", "      |"].join(
      "\n",
    );
    expect(gridTablesAsPipes(drawing)).toBe(drawing);
    const fenced = ["```", PSQL, "```"].join("\n");
    expect(gridTablesAsPipes(fenced)).toBe(fenced);
  });

  it("makes a table of the notes in Markdown and in plain text, with no border left in a passage", () => {
    for (const blocks of [
      parseMarkdown(`# Локи\n\n${PANDOC}`).blocks,
      structureText(`Таймауты\n\n${PSQL}`).blocks,
    ]) {
      const text = blocks.map((b) => b.text).join("\n");
      expect(text).not.toMatch(/\+-{3}/u);
      expect(text).toMatch(
        /^\| (?:Отпускание \| сам при выходе из блока|nf_conntrack_tcp_timeout_close_wait \| 60) \|$/mu,
      );
    }
  });
});
