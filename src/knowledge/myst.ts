// MyST Markdown, as a Jupyter Book or a Sphinx site writes it: directives in fenced blocks («```{note}», «```{code-cell}
// ipython3», «:::{tip}»), labels before headings («(ab-power)=»), roles («{ref}`ab-power`», «{term}`p-value`»). Read as
// plain Markdown, a note or a warning is a code block and a label a line of text. Pure: Markdown in, Markdown out.

/** A directive's opening fence: «```{note}», «````{admonition} Формула», «:::{tip}», and what follows its name. */
const DIRECTIVE = /^[ \t]*(`{3,}|:{3,})\{([\w-]+)\}[ \t]*(.*)$/u;
/** A label on its own line before a heading or a block: «(ab-power)=». */
const LABEL = /^\([\w:.-]+\)=[ \t]*$/u;
/** A role: «{ref}`текст <метка>`», «{term}`p-value`», «{math}`\alpha`». */
const ROLE = /\{([\w:-]+)\}`([^`\n]+)`/gu;
/** A directive's option: «:class: tip», «:label: power», «:tags: [hide-input]». */
const OPTION = /^[ \t]*:[\w-]+:(?:[ \t].*)?$/u;
/** Directives that set a remark apart: their text is prose, opened by their name. */
const ADMONITION =
  /^(?:note|warning|tip|hint|important|caution|attention|danger|error|seealso|admonition|dropdown|card|sidebar|topic|epigraph|margin)$/u;
/** Directives that show code, and those that show math. */
const CODE = /^(?:code-cell|code-block|code|sourcecode|literalinclude|ipython)$/u;
/** Names of admonitions in Russian, as the book shows them. */
const TITLES: Record<string, string> = {
  note: "Заметка",
  warning: "Внимание",
  tip: "Совет",
  hint: "Подсказка",
  important: "Важно",
  caution: "Осторожно",
  attention: "Внимание",
  danger: "Опасно",
  error: "Ошибка",
  seealso: "См. также",
};

/** Whether Markdown is MyST's: it has a directive's fence or a label, or a role. */
export function isMyst(body: string): boolean {
  return /^[ \t]*(?:`{3,}|:{3,})\{[\w-]+\}/mu.test(body) || /^\([\w:.-]+\)=[ \t]*$/mu.test(body);
}

/** A role as the words it shows: «{ref}`Мощность <ab-power>`» → «Мощность», «{math}`\alpha`» → «`\alpha`». */
const roleText = (_: string, role: string, text: string) => {
  const shown = text.replace(/[ \t]*<[^>]+>$/u, "") || text;
  return role === "math" ? `\`${shown}\`` : shown;
};

/**
 * Markdown for MyST's: an admonition («```{note}», «:::{tip}», «```{admonition} Формула») its text opened by its
 * title («Формула: …»), a code cell fenced in its language («ipython3» is Python), math fenced as math, a glossary's terms
 * as bold terms with their definitions, labels and options dropped, roles their words; other directives (figures,
 * tables of contents) go. Code blocks of other kinds stay as written.
 */
export function mystToMarkdown(body: string): string {
  const lines = body.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const plainFence = /^[ \t]*(`{3,}|~{3,})(?!\{)/u.exec(line)?.[1];
    if (plainFence !== undefined) {
      let end = i + 1;
      while (end < lines.length && (lines[end] as string).trim() !== plainFence) end++;
      out.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    if (LABEL.test(line)) continue;
    const directive = DIRECTIVE.exec(line);
    if (directive === null) {
      out.push(line.replace(ROLE, roleText));
      continue;
    }
    const [, fence = "```", name = "", argument = ""] = directive;
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).trim() !== fence) end++;
    const inner = lines.slice(i + 1, end).filter((l) => !OPTION.test(l));
    i = end;
    if (CODE.test(name)) {
      const language = argument.trim().replace(/^ipython\d?$/u, "python");
      out.push(`\`\`\`${language}`, ...inner, "```");
    } else if (name === "math") out.push("```math", ...inner, "```");
    else if (name === "glossary") {
      for (let k = 0; k < inner.length; k++) {
        const term = inner[k] as string;
        if (term.trim() === "" || /^[ \t]/u.test(term)) continue;
        const definition: string[] = [];
        while (k + 1 < inner.length && /^[ \t]+\S/u.test(inner[k + 1] as string))
          definition.push((inner[++k] as string).trim());
        out.push(`- **${term.trim()}** — ${definition.join(" ").replace(ROLE, roleText)}`);
      }
    } else if (ADMONITION.test(name)) {
      // The remark is a part of its section, its title a label of its text («Внимание: p-value — это НЕ…»), no
      // heading of a section of its own.
      const title = (argument.trim() || TITLES[name] || "").replace(ROLE, roleText);
      const text = inner.map((l) => l.replace(ROLE, roleText));
      const first = text.findIndex((l) => l.trim() !== "");
      if (title !== "" && first >= 0) text[first] = `${title}: ${(text[first] as string).trim()}`;
      out.push("", ...text, "");
    }
  }
  return out.join("\n");
}
