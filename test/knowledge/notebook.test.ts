import { describe, expect, it } from "vitest";
import { notebookToMarkdown } from "../../src/knowledge/notebook.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const NOTEBOOK = JSON.stringify({
  cells: [
    {
      cell_type: "markdown",
      metadata: {},
      source: ["# Pandas: группировка\n", "\n", "Заметки по `groupby`."],
    },
    {
      cell_type: "markdown",
      metadata: {},
      source: [
        "## transform vs apply\n",
        "\n",
        "`transform` возвращает результат той же длины, что и группа.",
      ],
    },
    {
      cell_type: "code",
      execution_count: 3,
      metadata: {},
      source: [
        "# мое: удобно для доли внутри группы\n",
        "df['share'] = df.groupby('city')['sales'].transform(lambda s: s / s.sum())",
      ],
      outputs: [
        { output_type: "stream", name: "stdout", text: ["напечатано один раз\n"] },
        {
          output_type: "execute_result",
          data: { "text/plain": ["   city  sales"], "text/html": ["<table></table>"] },
        },
        { output_type: "display_data", data: { "image/png": "iVBORw0KGgo=" } },
      ],
    },
    { cell_type: "code", execution_count: null, metadata: {}, source: [], outputs: [] },
  ],
  metadata: { language_info: { name: "python" }, kernelspec: { language: "python" } },
  nbformat: 4,
  nbformat_minor: 5,
});

describe("notebookToMarkdown", () => {
  it("gives the Markdown cells as written and the code cells fenced, leaving out outputs and empty cells", () => {
    expect(notebookToMarkdown(NOTEBOOK)).toBe(
      [
        "# Pandas: группировка\n\nЗаметки по `groupby`.",
        "## transform vs apply\n\n`transform` возвращает результат той же длины, что и группа.",
        "```python\n# мое: удобно для доли внутри группы\ndf['share'] = df.groupby('city')['sales'].transform(lambda s: s / s.sum())\n```",
      ].join("\n\n"),
    );
  });

  it("fences code that holds a fence of its own with a longer one", () => {
    const md = notebookToMarkdown(JSON.stringify({ cells: [{ cell_type: "code", source: 'print("```")' }] }));
    expect(md).toBe('````\nprint("```")\n````');
  });

  it("takes no notebook for text that is not JSON with cells", () => {
    expect(notebookToMarkdown("{ not json")).toBeUndefined();
    expect(notebookToMarkdown('{"nbformat": 4}')).toBeUndefined();
  });

  it("is how a .ipynb note is read; a broken one says so and gives nothing", () => {
    const note = structureNote(NOTEBOOK, "notebook");
    expect(note.title).toBe("Pandas: группировка");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toContain("transform vs apply");
    expect(note.blocks.map((b) => b.text).join("\n")).not.toMatch(/напечатано|<table>|iVBOR/u);
    const broken = structureNote("{ not json", "notebook");
    expect(broken.blocks).toEqual([]);
    expect(broken.problems[0]).toMatch(/no Jupyter notebook/);
  });
});
