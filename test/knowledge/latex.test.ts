import { describe, expect, it } from "vitest";
import { latexInline, latexToMarkdown } from "../../src/knowledge/latex.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const CHAPTER = [
  "\\section{Синхронизация}\\label{sec:sync}",
  "",
  "\\textbf{Race condition} --- результат зависит от порядка потоков. Классика: \\verb|counter++|.",
  "% TODO: выучить Петерсона",
  "",
  "\\subsection{Примитивы}",
  "\\begin{description}",
  "  \\item[Spinlock] крутимся в цикле, пока лок занят",
  "  \\item[Мьютекс] поток засыпает, есть \\emph{владелец}",
  "\\end{description}",
  "",
  "\\paragraph{Мьютекс vs семафор.} Семафор --- счётчик без владельца~(см.~\\ref{sec:sync}).\\footnote{Дейкстра, 1965.}",
  "",
  "\\begin{lstlisting}[language=C]",
  'printf("%d\\n", x); // 100% as written',
  "\\end{lstlisting}",
  "",
  "\\begin{table}[h]",
  "\\caption{Процесс и поток}",
  "\\begin{tabular}{|l|l|}",
  "\\hline",
  " & Процесс & Поток \\\\",
  "\\hline",
  "Память & своя & общая \\\\",
  "\\end{tabular}",
  "\\end{table}",
].join("\n");

describe("notes typed in LaTeX", () => {
  it("are read as the Markdown they say: headings, lists, styles, code as written, tables, no comments", () => {
    expect(
      latexToMarkdown(CHAPTER)
        ?.markdown.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "## Синхронизация",
      "**Race condition** — результат зависит от порядка потоков. Классика: `counter++`.",
      "### Примитивы",
      "- **Spinlock** — крутимся в цикле, пока лок занят",
      "- **Мьютекс** — поток засыпает, есть *владелец*",
      "##### Мьютекс vs семафор",
      "Семафор — счётчик без владельца (см. ). (Дейкстра, 1965.)",
      "```c",
      'printf("%d\\n", x); // 100% as written',
      "```",
      "Процесс и поток:",
      "|  | Процесс | Поток |",
      "| --- | --- | --- |",
      "| Память | своя | общая |",
    ]);
  });

  it("opens a theorem or a definition with its title in bold, and keeps what follows its \\begin", () => {
    const chapter = [
      "\\section{Случайные величины}",
      "\\begin{theorem}[отсутствие памяти]",
      "Если $X\\sim\\mathrm{Exp}(\\lambda)$, остаток распределён так же.",
      "\\end{theorem}",
      "\\begin{definition} \\textbf{Плотность} --- производная ф.р.",
      "\\end{definition}",
    ].join("\n");
    expect(
      latexToMarkdown(chapter)
        ?.markdown.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "## Случайные величины",
      "**отсутствие памяти**",
      "Если `X\\sim\\mathrm{Exp}(\\lambda)`, остаток распределён так же.",
      "**Плотность** — производная ф.р.",
    ]);
  });

  it("keeps math as written, shown as code", () => {
    expect(latexInline("время $O(n \\log n)$ и \\(h \\cdot t\\)")).toBe(
      "время `O(n \\log n)` и `h \\cdot t`",
    );
  });

  it("titles a chapter's file by its first section, and skips a root file that only puts chapters together", () => {
    expect(structureNote(CHAPTER, "latex").title).toBe("Синхронизация");
    const root =
      "\\documentclass{article}\n\\title{ОС}\n\\begin{document}\n\\maketitle\n\\input{lec01}\n\\end{document}";
    const skipped = structureNote(root, "latex");
    expect(skipped.blocks).toEqual([]);
    expect(skipped.problems.join()).toMatch(/only puts others together/u);
    expect(structureNote("просто текст без команд", "latex").blocks[0]?.text).toBe("просто текст без команд");
  });
});
