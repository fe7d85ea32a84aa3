// /admin's load problems in Russian: every wording the loaders produce today is translated, file and line kept.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { problemInRussian } from "../../src/bot/render-problems.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { structureNote } from "../../src/knowledge/structure.ts";
import type { Passage, Topic } from "../../src/knowledge/types.ts";
import { parseAuthoredFile } from "../../src/quiz/authored.ts";

const topics: Topic[] = [
  { id: "services", title: "Сервисы (Services)", aliases: ["сервисы"], file: "services.md", sections: [] },
];
const passages: Passage[] = [
  {
    id: "services#4",
    topicId: "services",
    topicTitle: "Сервисы (Services)",
    headingPath: ["Типы сервисов", "ClusterIP"],
    text: "ClusterIP: …",
    file: "services.md",
    order: 4,
  },
];
const kb = { topics, passages };

/** Broken quiz files, each making the loader report at least one problem. */
const BROKEN_QUIZZES: Record<string, string> = {
  "syntax.yaml": "topic: services\nquestions: [\n",
  "one-question.yaml":
    "topic: services\nquestions:\n  - question: Q?\n    options: [a, b\n    answer: a\n  - question: R?\n    options: [x, y, z]\n    answer: x\n",
  "scalar.yaml": "just text\n",
  "notopic.yaml": "questions: []\n",
  "unknown.yaml": "topic: nosuch\nquestions: []\n",
  "mismatch.yaml": "topic: services\nquestions: []\n",
  "questions.yaml": "topic: services\nquestions: 5\n",
  "services.yaml": `topic: services
questions:
  - just a string
  - question: Q1?
    options: [A, B, A, ""]
    answer: c
    explanation: ${"x".repeat(300)}
    section: Нет такого
    colour: red
  - question: Q2?
    options: [A]
    answer: a
  - question: Q3?
    options: [A, B, C, D, E, F, G, H, I, J, K]
    answer: Z
    explanation: ok
    section: ClusterIP
  - explanation: ok
    section: ClusterIP
`,
};

/** What the notes loader says of the documents it cannot read (a PDF, an OpenDocument file, JSON that is no chat export,
 * reStructuredText, a broken notebook, a broken Word document, an e-book, slides, a spreadsheet). */
async function unreadDocuments(): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "konspekt-unread-"));
  try {
    for (const name of ["a.pdf", "b.odt", "c.json", "e.ipynb", "f.docx", "g.epub", "h.pptx", "i.xlsx"])
      await writeFile(path.join(dir, name), "x");
    await writeFile(path.join(dir, "real.md"), "Сервис даёт подам стабильный адрес.\n");
    return (await loadKnowledge(dir)).warnings;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function loaderProblems(): Promise<string[]> {
  const problems: string[] = await unreadDocuments();
  expect(problems).toHaveLength(8);
  for (const [name, source] of Object.entries(BROKEN_QUIZZES))
    problems.push(...parseAuthoredFile(`knowledge/quiz/${name}`, source, kb).problems);
  const notes = [
    "---\ntitle: [unclosed\n---\n# A\ntext\n",
    "---\ntitle: T\naliases: 5\n---\n# A\ntext\n",
    "# A\n\n```yaml\nunclosed: code\n",
    "---\nexcalidraw-plugin: parsed\n---\n# Excalidraw Data\n",
    `Мониторинг\n\nid: ${"8d41".repeat(8)}\ncreated_time: 2025-03-02T18:20:47.031Z\ntype_: 2`,
  ];
  for (const note of notes)
    for (const problem of structureNote(note, "markdown").problems)
      problems.push(`knowledge/x.md: ${problem}`);
  for (const problem of structureNote("! XSS\nбез полей", "tiddler").problems)
    problems.push(`knowledge/XSS.tid: ${problem}`);
  for (const problem of structureNote("{broken", "canvas").problems)
    problems.push(`knowledge/сети.canvas: ${problem}`);
  for (const problem of structureNote("\\begin{document}\n\\input{lec01}\n\\end{document}", "latex").problems)
    problems.push(`knowledge/main.tex: ${problem}`);
  problems.push(
    "knowledge/glossary.yaml: the glossary was not loaded: expected a list of groups, e.g. - [pod, под, поды]",
    "knowledge/bad.txt: skipped: it is not valid UTF-8 text; save it as UTF-8",
    "knowledge/gone.md: skipped: EACCES: permission denied",
  );
  return problems;
}

test("every problem the loaders report is put in Russian, keeping the file and the line", async () => {
  const problems = await loaderProblems();
  expect(problems.length).toBeGreaterThan(20);
  expect(problems.some((p) => p.includes("(this question was skipped)"))).toBe(true);
  for (const problem of problems) {
    const russian = problemInRussian(problem);
    expect(russian, problem).not.toBe(problem);
    expect(russian, problem).toMatch(/[а-яё]{4}/i);
    const where = /^[^:]+(?::\d+)?: /.exec(problem)?.[0];
    expect(russian.startsWith(where as string), problem).toBe(true);
    // No English sentence left: the fix-it parts translated too.
    expect(russian, problem).not.toMatch(/\b(the|was|should|expected|missing|add|copy|use)\b/);
  }
});

test("quoted values and numbers are kept as they were", () => {
  expect(
    problemInRussian('knowledge/quiz/services.yaml:7: duplicate option "A"; make every option different'),
  ).toBe("knowledge/quiz/services.yaml:7: вариант «A» повторяется — сделайте варианты разными");
  expect(
    problemInRussian("knowledge/quiz/helm.yaml:3: too many options (11); Telegram allows at most 10"),
  ).toBe("knowledge/quiz/helm.yaml:3: слишком много вариантов (11) — Telegram допускает не больше 10");
});

test("a wording not known yet is shown as it is rather than lost", () => {
  expect(problemInRussian("knowledge/x.md: something new")).toBe("knowledge/x.md: something new");
});
