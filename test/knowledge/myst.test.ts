import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import { isMyst, mystToMarkdown } from "../../src/knowledge/myst.ts";

/** A page of a Jupyter Book in MyST Markdown. */
const PAGE = [
  "(ab-power)=",
  "## Мощность",
  "",
  "Мощность = 1 − β, см. {ref}`интервалы <ab-ci>` и {term}`p-value`.",
  "",
  "```{warning}",
  "p-value — это НЕ вероятность того, что H0 верна!",
  "```",
  "",
  "```{admonition} Формула",
  ":class: tip",
  "n ≈ 16σ²/Δ² на группу",
  "```",
  "",
  "```{code-cell} ipython3",
  ":tags: [hide-input]",
  "from scipy import stats",
  "```",
  "",
  "```{glossary}",
  "p-value",
  "  Вер-ть увидеть результат не менее экстремальный при верной H0.",
  "```",
  "",
  "```python",
  "{ref}`stays` as written in code",
  "```",
].join("\n");

describe("mystToMarkdown", () => {
  it("reads MyST as the Markdown it means: remarks as text, code cells as code, glossaries as terms", () => {
    expect(isMyst(PAGE)).toBe(true);
    expect(
      mystToMarkdown(PAGE)
        .split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "## Мощность",
      "Мощность = 1 − β, см. интервалы и p-value.",
      "Внимание: p-value — это НЕ вероятность того, что H0 верна!",
      "Формула: n ≈ 16σ²/Δ² на группу",
      "```python",
      "from scipy import stats",
      "```",
      "- **p-value** — Вер-ть увидеть результат не менее экстремальный при верной H0.",
      "```python",
      "{ref}`stays` as written in code",
      "```",
    ]);
  });

  it("keeps a remark in its section: no heading of its own", () => {
    const note = parseMarkdown(PAGE);
    expect(new Set(note.blocks.map((b) => b.headingPath.join(" › ")))).toEqual(new Set(["Мощность"]));
  });

  it("takes no MyST in Markdown without its directives or labels", () => {
    expect(isMyst("## Заметка\n\n```python\nprint(1)\n```")).toBe(false);
  });
});
