// Notes typed in LaTeX (`.tex`, an Overleaf project's source): «\section{…}» headings, itemize, enumerate and
// description lists, «\textbf{…}» and the like, lstlisting and verbatim code, tabular tables, math, footnotes,
// «%» comments, a preamble before «\begin{document}». Read as text, every command was a word of the notes.
// Pure: text in, Markdown out.

/** The heading level of each sectioning command. */
const LEVELS: Record<string, number> = {
  part: 1,
  chapter: 1,
  section: 2,
  subsection: 3,
  subsubsection: 4,
  paragraph: 5,
  subparagraph: 6,
};
/** Environments whose lines are code, as written. */
const CODE_ENVIRONMENTS = /^(?:lstlisting|verbatim|Verbatim|minted|code)$/u;
/** Environments of math shown apart, read as math. */
const MATH_ENVIRONMENTS = /^(?:equation|align|gather|multline|eqnarray)\*?$/u;
/** Commands that say nothing of the notes' matter: layout, references, the title page. */
const SILENT =
  /\\(?:maketitle|tableofcontents|listoffigures|listoftables|newpage|clearpage|pagebreak|noindent|centering|small|large|Large|LARGE|huge|Huge|normalsize|footnotesize|scriptsize|tiny|bigskip|medskip|smallskip|hline|toprule|midrule|bottomrule|vfill|hfill|par)\b\s*/gu;

/** A text without its «%» comments (an escaped «\%» is a percent sign). */
function withoutComments(line: string): string {
  return line.replace(/(^|[^\\])%.*$/u, "$1");
}

/** The argument in braces that opens `text` at `start` (balanced), and where it ends. */
function argument(text: string, start: number): { value: string; end: number } | undefined {
  if (text[start] !== "{") return undefined;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") {
      depth--;
      if (depth === 0) return { value: text.slice(start + 1, i), end: i + 1 };
    }
  }
  return undefined;
}

/** Math in a line: «$O(n \\log n)$», «\\( … \\)», «\\[ … \\]» on one line. */
const INLINE_MATH = /\$\$([^$]+)\$\$|(?<!\\)\$([^$\n]+?)(?<!\\)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]/gu;

/**
 * Inline LaTeX as Markdown: styles as Markdown's, footnotes in brackets, references gone, other commands' words;
 * math as written, shown as code («`O(n \\log n)`»).
 */
export function latexInline(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const math of text.matchAll(INLINE_MATH)) {
    parts.push(proseInline(text.slice(last, math.index)));
    parts.push(`\`${(math[1] ?? math[2] ?? math[3] ?? math[4] ?? "").trim()}\``);
    last = (math.index ?? 0) + math[0].length;
  }
  parts.push(proseInline(text.slice(last)));
  return parts.join("");
}

/** {@link latexInline} of text without math. */
function proseInline(text: string): string {
  let out = text
    .replace(/\\verb(.)(.*?)\1/gu, (_, _d, code: string) => `\`${code}\``)
    .replace(/\\(?:label|ref|eqref|pageref|cite|input|include|index)\{[^{}]*\}/gu, "")
    .replace(SILENT, "")
    .replace(/\\\\(?:\[[^\]]*\])?/gu, "\n")
    .replace(/<<|>>/gu, (q) => (q === "<<" ? "«" : "»"))
    .replace(/``|''/gu, (q) => (q === "``" ? "«" : "»"))
    .replace(/---/gu, "—")
    .replace(/(?<!-)--(?!-)/gu, "–")
    .replace(/(?<!\\)~/gu, " ")
    .replace(/\\([%&#_$])/gu, "$1")
    .replace(/\\(?:dots|ldots)\b\\?\s?/gu, "…");
  // Styles and other commands with an argument, innermost first.
  for (let pass = 0; pass < 6 && /\\[A-Za-z]+\*?(?:\[[^\]]*\])?\{/u.test(out); pass++) {
    out = out.replace(/\\([A-Za-z]+)\*?(?:\[[^\]]*\])?\{([^{}]*)\}/gu, (_, name: string, value: string) => {
      if (name === "textbf") return `**${value}**`;
      if (name === "emph" || name === "textit") return `*${value}*`;
      if (name === "texttt") return `\`${value}\``;
      if (name === "footnote") return ` (${value})`;
      if (name === "url") return value;
      if (name === "href") return "";
      return value;
    });
  }
  // A command without an argument (\os, \LaTeX) names nothing the text can show.
  return out.replace(/\\[A-Za-z]+\*?\s?/gu, "").replace(/[{}]/gu, "");
}

/** The title a file's preamble gives, and its body as Markdown; undefined for text that is no LaTeX. */
export function latexToMarkdown(source: string): { title?: string; markdown: string } | undefined {
  const text = source.replace(/^\uFEFF/u, "");
  if (!/\\(?:section|subsection|chapter|begin|documentclass|item|textbf|input)\b/u.test(text))
    return undefined;
  const raw = text.split(/\r?\n/u);
  const lines = raw.map(withoutComments);
  const joined = lines.join("\n");
  const titleAt = joined.search(/\\title\{/u);
  const titleArg = titleAt < 0 ? undefined : argument(joined, joined.indexOf("{", titleAt));
  const title = titleArg ? latexInline(titleArg.value).split("\n")[0]?.trim() : undefined;
  const begin = lines.findIndex((l) => /\\begin\{document\}/u.test(l));
  const end = lines.findIndex((l) => /\\end\{document\}/u.test(l));
  const from = begin < 0 ? 0 : begin + 1;
  const to = end < 0 ? lines.length : end;
  const body = lines.slice(from, to);
  // Code is as written: its «%» is no comment.
  const rawBody = raw.slice(from, to);
  const out: string[] = [];
  const lists: string[] = [];
  let table: string[][] | undefined;
  let row = "";
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as string;
    const env = /^\s*\\begin\{([^}]+)\}(?:\[([^\]]*)\])?(?:\{[^}]*\})*\s*(.*)$/u.exec(line);
    if (env && CODE_ENVIRONMENTS.test(env[1] as string)) {
      const close = body.findIndex((l, k) => k > i && new RegExp(`\\\\end\\{${env[1]}\\}`, "u").test(l));
      const language = /language=([\w+#-]+)/u.exec(env[2] ?? "")?.[1] ?? "";
      const code = rawBody.slice(i + 1, close < 0 ? body.length : close);
      out.push("", `\`\`\`${language.toLowerCase()}`, ...code, "```", "");
      i = close < 0 ? body.length : close;
      continue;
    }
    if (env && MATH_ENVIRONMENTS.test(env[1] as string)) {
      const close = body.findIndex((l, k) => k > i && /\\end\{/u.test(l));
      out.push("", "$$", ...body.slice(i + 1, close < 0 ? body.length : close), "$$", "");
      i = close < 0 ? body.length : close;
      continue;
    }
    if (/^\s*\\\[\s*$/u.test(line)) {
      const close = body.findIndex((l, k) => k > i && /^\s*\\\]\s*$/u.test(l));
      out.push("", "$$", ...body.slice(i + 1, close < 0 ? body.length : close), "$$", "");
      i = close < 0 ? body.length : close;
      continue;
    }
    if (env && /^(?:itemize|enumerate|description)$/u.test(env[1] as string)) {
      lists.push(env[1] as string);
      continue;
    }
    if (env && /^tabular\*?$/u.test(env[1] as string)) {
      table = [];
      row = "";
      continue;
    }
    if (/^\s*\\end\{(?:itemize|enumerate|description)\}/u.test(line)) {
      lists.pop();
      if (lists.length === 0) out.push("");
      continue;
    }
    if (table !== undefined) {
      if (/^\s*\\end\{tabular\*?\}/u.test(line)) {
        if (row.trim()) table.push(row.split("&").map((c) => latexInline(c).trim()));
        const [head, ...rows] = table.filter((r) => r.some((c) => c !== ""));
        if (head) {
          out.push("", `| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`);
          for (const r of rows) out.push(`| ${r.join(" | ")} |`);
          out.push("");
        }
        table = undefined;
        continue;
      }
      row += ` ${line}`;
      const parts = row.split(/\\\\/u);
      row = parts.pop() ?? "";
      for (const part of parts) table.push(part.split("&").map((c) => latexInline(c).trim()));
      continue;
    }
    // «\begin{theorem}[отсутствие памяти]» names what it states: its title opens it in bold, and what follows on its
    // line is its text.
    if (env) {
      // Not a float's placement: «\begin{table}[h]».
      const named = env[2] === undefined || /^[htbpH!]+$/u.test(env[2]) ? "" : latexInline(env[2]).trim();
      const rest = latexInline(env[3] ?? "").trim();
      out.push("", [named === "" ? "" : `**${named}**`, rest].filter((t) => t !== "").join(" "));
      continue;
    }
    if (/^\s*\\end\{[^}]+\}/u.test(line)) {
      out.push("");
      continue;
    }
    const heading =
      /^\s*\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*(?=\{)/u.exec(line);
    if (heading) {
      const arg = argument(line, heading[0].length);
      if (arg) {
        const name = latexInline(arg.value).replace(/\s+/gu, " ").trim().replace(/[.:]$/u, "");
        out.push("", `${"#".repeat(LEVELS[heading[1] as string] ?? 2)} ${name}`, "");
        const rest = latexInline(line.slice(arg.end)).trim();
        if (rest) out.push(rest);
        continue;
      }
    }
    const caption = /^\s*\\caption\{(.*)\}\s*$/u.exec(line);
    if (caption) {
      out.push("", `${latexInline(caption[1] as string).trim()}:`);
      continue;
    }
    const item = /^\s*\\item(?:\[([^\]]*)\])?\s*(.*)$/u.exec(line);
    if (item && lists.length > 0) {
      const kind = lists.at(-1);
      const indent = "  ".repeat(lists.length - 1);
      const term = item[1] === undefined ? "" : `**${latexInline(item[1])}** — `;
      out.push(
        `${indent}${kind === "enumerate" ? "1." : "-"} ${term}${latexInline(item[2] as string).trim()}`,
      );
      continue;
    }
    const inlineText = latexInline(line);
    out.push(lists.length > 0 ? `${"  ".repeat(lists.length)}${inlineText.trim()}` : inlineText);
  }
  return { ...(title ? { title } : {}), markdown: out.join("\n").replace(/\n{3,}/gu, "\n\n") };
}
