// The evaluation sets: the same questions over the edited notes and over the author's raw PDF text, new questions
// written blind, and held-out sets on other subjects that nothing is tuned on. Shared by `npm run eval` and the
// eval test.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadKnowledge } from "../knowledge/load.ts";
import type { KnowledgeBase } from "../knowledge/types.ts";
import { type EvalQuestion, parseQuestions } from "../search/evaluate.ts";

/** One set: notes and the questions asked of them. */
export interface EvalSet {
  name: string;
  /** What the notes are, for the report. */
  notes: string;
  kb: KnowledgeBase;
  questions: EvalQuestion[];
}

const root = path.join(import.meta.dirname, "../..");
const evalDir = path.join(root, "test/eval");

/**
 * Loads the sets: `edited` (KNOWLEDGE_DIR, default knowledge/), `raw` (the author's notes as extracted from the
 * PDF, test/eval/raw/, with the edited notes' glossary: the glossary is the user's vocabulary, not notes), the
 * same two with no glossary (what a new user who wrote none gets), `dev-md` (test/eval/dev-md/: Docker notes as a new
 * user's Obsidian Markdown, no glossary, to tune on), `dev-loose` (test/eval/dev-loose/: Nginx notes as loose
 * Markdown with few headings, no glossary, to tune on), `dev-txt` (test/eval/dev-txt/: Ansible notes as PDF text),
 * `dev-vault` (test/eval/dev-vault/: Prometheus and Grafana notes as an Obsidian vault), `dev-chat`
 * (test/eval/dev-chat/: Redis answers pasted from a chat assistant), `dev-atomic` (test/eval/dev-atomic/:
 * Terraform as one small note per idea), `dev-kafka`, `dev-net`, `dev-es`, `dev-mongo`, `dev-rabbit` and `dev-aws`
 * (Kafka as Obsidian Markdown, networking as PDF text, Elasticsearch as loose Markdown, MongoDB as chat answers,
 * RabbitMQ as an Obsidian vault, AWS as a Word document saved as text), `dev-nginx`, `dev-ansible`, `dev-gitlab`
 * (Nginx as Obsidian Markdown, Ansible as another author's PDF text, GitLab CI/CD as loose Markdown), `dev-go`,
 * `dev-auth`, `dev-confluence` (Go typed along video lectures, web authentication as interview questions and
 * answers, another learner's Kubernetes notes exported from Confluence), `dev-logseq`, `dev-slides`, `dev-asyncio`
 * (system design as a Logseq outline, MySQL lecture slides as PDF text, asyncio as terse abbreviated Markdown),
 * `dev-manual`, `dev-saved`, `dev-bash` (Jenkins as a numbered manual's PDF text, HTTP and REST as Telegram saved
 * messages, bash as code with Russian comments), `dev-helm`, `dev-pg`, `dev-pytest` (Helm as Obsidian Markdown,
 * PostgreSQL as a course handout's PDF text, pytest as Jupyter notebooks exported to Markdown), `dev-anki`,
 * `dev-argo` (Spring Boot as an Anki deck exported as text, Argo CD as a video course's pasted subtitles),
 * `dev-react`, `dev-clickhouse`, `dev-ocr`, `dev-joplin` (React hooks as a Google Doc downloaded as plain text,
 * ClickHouse as a Notion export, Rust as a paper notebook read by OCR, machine learning as a Joplin export),
 * `dev-english` (GraphQL, English copied from the docs with Russian remarks), `dev-pandoc` (Java concurrency, a Word
 * document converted by pandoc), `dev-lecture` (algorithms, a course's LaTeX lecture notes as PDF text), `dev-keep`
 * (frontend basics, many tiny notes exported from a phone's notes app), `dev-ascii` (distributed systems, Markdown
 * with ASCII diagrams), `dev-wall` (FastAPI, notes pasted with their line breaks lost), `dev-voice` (GitHub
 * Actions, voice notes a phone typed out), `dev-web` (TypeScript, web articles copied whole), `dev-mindmap` (SOLID
 * and design patterns, mind maps exported as tab-indented text), `dev-mkdocs` (Python packaging, an MkDocs Material
 * site's sources), `dev-org` (Vim, Org-mode notes saved as .txt), `dev-mail` (Celery, letters to oneself exported as
 * text), `dev-csv` (Kotlin, a spreadsheet saved as CSV), `dev-marp` (regular expressions, Marp slide decks),
 * `dev-columns` (computer architecture, a two-column PDF through pdftotext -layout), `dev-srt` (microservices, two
 * lectures' .srt subtitles), `dev-ipynb` (pandas, raw Jupyter notebooks), `dev-docx` (information security, Word
 * documents), `dev-tgjson` (JVM memory and GC, a Telegram channel exported as JSON), `dev-tghtml` (gRPC, Telegram
 * Saved Messages exported as HTML), `dev-gdocs` (Python, Google Docs downloaded as web pages), `dev-webhtml`
 * (JavaScript async, web articles saved as HTML pages), `dev-enex` (software testing, an Evernote notebook
 * exported as .enex), `dev-bear` (Apache Airflow, Bear notes exported as Markdown), `dev-cpp` (modern C++, a course
 * handout's PDF text), `dev-django` (Django, Markdown written in Typora), `dev-spark`
 * (Apache Spark, a Notion export), all written blind,
 * no glossary, to tune on, new questions on the Kubernetes notes written blind
 * (`fresh-dev`: to tune on; `holdout-fresh`: never tuned on; each over the edited notes and the raw text), and three
 * more never tuned on, with no glossary: `holdout` (test/eval/holdout/: Linux notes as PDF text), `holdout-md`
 * (test/eval/holdout-md/: Git notes as a new user's Obsidian Markdown) and `holdout-loose` (test/eval/holdout-loose/:
 * PostgreSQL notes as loose Markdown with few headings).
 */
export async function loadEvalSets(knowledgeDir = path.join(root, "knowledge")): Promise<EvalSet[]> {
  const questionsIn = async (file: string) =>
    parseQuestions(await readFile(path.join(evalDir, file), "utf8"));
  const questions = await questionsIn("questions.yaml");
  const edited = await loadKnowledge(knowledgeDir);
  const raw = await loadKnowledge(path.join(evalDir, "raw"));
  raw.glossary = edited.glossary;
  const holdout = await loadKnowledge(path.join(evalDir, "holdout/notes"));
  const holdoutMd = await loadKnowledge(path.join(evalDir, "holdout-md/notes"));
  const devMd = await loadKnowledge(path.join(evalDir, "dev-md/notes"));
  const holdoutLoose = await loadKnowledge(path.join(evalDir, "holdout-loose/notes"));
  const devLoose = await loadKnowledge(path.join(evalDir, "dev-loose/notes"));
  const devTxt = await loadKnowledge(path.join(evalDir, "dev-txt/notes"));
  const devVault = await loadKnowledge(path.join(evalDir, "dev-vault/notes"));
  const devChat = await loadKnowledge(path.join(evalDir, "dev-chat/notes"));
  const devAtomic = await loadKnowledge(path.join(evalDir, "dev-atomic/notes"));
  const newUser = async (name: string, notes: string) => ({
    name,
    notes: `test/eval/${name}/ (${notes}, no glossary, tuned on)`,
    kb: await loadKnowledge(path.join(evalDir, name, "notes")),
    questions: await questionsIn(`${name}/questions.yaml`),
  });
  const freshDev = await questionsIn("fresh-dev/questions.yaml");
  const holdoutFresh = await questionsIn("holdout-fresh/questions.yaml");
  return [
    { name: "edited", notes: "knowledge/ (hand-edited Markdown)", kb: edited, questions },
    { name: "raw", notes: "test/eval/raw/kubernetes-notes.txt (PDF text) + glossary", kb: raw, questions },
    {
      name: "edited-noglossary",
      notes: "knowledge/ without its glossary",
      kb: { ...edited, glossary: [] },
      questions,
    },
    {
      name: "raw-noglossary",
      notes: "test/eval/raw/kubernetes-notes.txt without a glossary",
      kb: { ...raw, glossary: [] },
      questions,
    },
    {
      name: "dev-md",
      notes: "test/eval/dev-md/ (Docker, Obsidian Markdown, no glossary, tuned on)",
      kb: devMd,
      questions: await questionsIn("dev-md/questions.yaml"),
    },
    {
      name: "dev-loose",
      notes: "test/eval/dev-loose/ (Nginx and HTTP, loose Markdown with few headings, no glossary, tuned on)",
      kb: devLoose,
      questions: await questionsIn("dev-loose/questions.yaml"),
    },
    {
      name: "dev-txt",
      notes: "test/eval/dev-txt/ (Ansible, PDF text, no glossary, tuned on)",
      kb: devTxt,
      questions: await questionsIn("dev-txt/questions.yaml"),
    },
    {
      name: "dev-vault",
      notes: "test/eval/dev-vault/ (Prometheus and Grafana, Obsidian Markdown, no glossary, tuned on)",
      kb: devVault,
      questions: await questionsIn("dev-vault/questions.yaml"),
    },
    {
      name: "dev-chat",
      notes: "test/eval/dev-chat/ (Redis, answers pasted from a chat into a .txt, no glossary, tuned on)",
      kb: devChat,
      questions: await questionsIn("dev-chat/questions.yaml"),
    },
    {
      name: "dev-atomic",
      notes: "test/eval/dev-atomic/ (Terraform, one small Markdown note per idea, no glossary, tuned on)",
      kb: devAtomic,
      questions: await questionsIn("dev-atomic/questions.yaml"),
    },
    await newUser("dev-kafka", "Kafka, Obsidian Markdown with labels between headings"),
    await newUser("dev-net", "networking, PDF text"),
    await newUser("dev-es", "Elasticsearch, loose Markdown from Notion"),
    await newUser("dev-mongo", "MongoDB, answers pasted from a chat into a .txt"),
    await newUser("dev-rabbit", "RabbitMQ, an Obsidian vault"),
    await newUser("dev-aws", "AWS, a Word document saved as .txt"),
    await newUser("dev-nginx", "Nginx, Obsidian Markdown with callouts"),
    await newUser("dev-ansible", "Ansible, PDF text by another author"),
    await newUser("dev-gitlab", "GitLab CI/CD, loose Markdown from Notion"),
    await newUser("dev-go", "Go, notes typed along video lectures"),
    await newUser("dev-auth", "web authentication, interview questions and answers"),
    await newUser("dev-confluence", "Kubernetes by another learner, a Confluence export with tables"),
    await newUser("dev-logseq", "system design, a Logseq outline"),
    await newUser("dev-slides", "MySQL, a course's lecture slides as PDF text"),
    await newUser("dev-asyncio", "Python asyncio, terse Markdown with abbreviations"),
    await newUser("dev-manual", "Jenkins, a training manual's PDF text numbered 2.1.3"),
    await newUser("dev-saved", "HTTP and REST, Telegram saved messages copied out"),
    await newUser("dev-bash", "bash scripting, code with Russian comments"),
    await newUser("dev-helm", "Helm, Obsidian Markdown"),
    await newUser("dev-pg", "PostgreSQL, a course handout's PDF text"),
    await newUser("dev-pytest", "pytest, Jupyter notebooks exported to Markdown"),
    await newUser("dev-anki", "Spring Boot, an Anki deck exported as text"),
    await newUser("dev-argo", "Argo CD, a video course's auto-subtitles pasted with remarks"),
    await newUser("dev-react", "React hooks, a Google Doc downloaded as plain text"),
    await newUser("dev-clickhouse", "ClickHouse, a Notion export"),
    await newUser("dev-ocr", "Rust, a paper notebook's photos through OCR"),
    await newUser("dev-joplin", "machine learning with scikit-learn, a Joplin export"),
    await newUser("dev-english", "GraphQL, English copied from the docs with Russian remarks"),
    await newUser("dev-pandoc", "Java concurrency, a Word document converted by pandoc"),
    await newUser("dev-lecture", "algorithms, a university course's LaTeX lecture notes as PDF text"),
    await newUser("dev-keep", "frontend basics, many tiny notes exported from a phone's notes app"),
    await newUser("dev-ascii", "distributed systems, Markdown with ASCII diagrams"),
    await newUser("dev-wall", "FastAPI, notes pasted with their line breaks lost"),
    await newUser("dev-voice", "GitHub Actions, voice notes typed out by a phone's speech recognition"),
    await newUser("dev-web", "TypeScript, web articles saved by copying the whole page"),
    await newUser("dev-mindmap", "SOLID and design patterns, mind maps exported as tab-indented text"),
    await newUser("dev-mkdocs", "Python packaging, an MkDocs Material site's sources"),
    await newUser("dev-org", "Vim, Emacs Org-mode notes saved as .txt"),
    await newUser("dev-mail", "Celery, emails to oneself exported as text"),
    await newUser("dev-csv", "Kotlin, a spreadsheet saved as CSV"),
    await newUser("dev-marp", "regular expressions, Marp slide decks in Markdown"),
    await newUser("dev-columns", "computer architecture, a two-column PDF through pdftotext -layout"),
    await newUser("dev-srt", "microservices, two lectures' subtitles as .srt"),
    await newUser("dev-ipynb", "pandas, raw Jupyter notebooks"),
    await newUser("dev-docx", "information security, Word documents"),
    await newUser("dev-tgjson", "JVM memory and GC, a Telegram channel exported as JSON"),
    await newUser("dev-tghtml", "gRPC and Protocol Buffers, Telegram Saved Messages exported as HTML"),
    await newUser("dev-gdocs", "Python language features, Google Docs downloaded as HTML"),
    await newUser("dev-webhtml", "JavaScript async, web articles saved as HTML pages"),
    await newUser("dev-enex", "software testing theory, an Evernote notebook exported as .enex"),
    await newUser("dev-bear", "Apache Airflow, notes from the Bear app exported as Markdown"),
    await newUser("dev-cpp", "modern C++, a course handout's PDF text"),
    await newUser("dev-django", "Django, Markdown notes written in Typora"),
    await newUser("dev-spark", "Apache Spark, pages exported from Notion as Markdown"),
    {
      name: "fresh-dev",
      notes: "knowledge/, new questions (test/eval/fresh-dev/, tuned on)",
      kb: edited,
      questions: freshDev,
    },
    {
      name: "fresh-dev-raw",
      notes: "the raw PDF text + glossary, new questions (test/eval/fresh-dev/, tuned on)",
      kb: raw,
      questions: freshDev,
    },
    {
      name: "holdout",
      notes: "test/eval/holdout/ (Linux, never tuned on)",
      kb: holdout,
      questions: await questionsIn("holdout/questions.yaml"),
    },
    {
      name: "holdout-md",
      notes: "test/eval/holdout-md/ (Git, Obsidian Markdown, never tuned on)",
      kb: holdoutMd,
      questions: await questionsIn("holdout-md/questions.yaml"),
    },
    {
      name: "holdout-loose",
      notes: "test/eval/holdout-loose/ (PostgreSQL, loose Markdown with few headings, never tuned on)",
      kb: holdoutLoose,
      questions: await questionsIn("holdout-loose/questions.yaml"),
    },
    {
      name: "holdout-fresh",
      notes: "knowledge/, new questions written blind (test/eval/holdout-fresh/, never tuned on)",
      kb: edited,
      questions: holdoutFresh,
    },
    {
      name: "holdout-fresh-raw",
      notes: "the raw PDF text + glossary, the same new questions (never tuned on)",
      kb: raw,
      questions: holdoutFresh,
    },
  ];
}

/** The trials written blind, one folder each: test/eval/blind/<id>/ with notes/, questions.yaml and a README. */
const blindDir = path.join(evalDir, "blind");

/**
 * Loads the trials (`blind-<id>`): two hundred and twenty-eight sets of notes on as many subjects in as many shapes,
 * fifty questions each, each written blind by a session that never read the engine nor ran it. Tuned on only as a
 * whole: the model of likely answers is fitted on them too, and `npm run eval` reports them in one summary, their
 * first line (the subject and shape, from the README's title) beside each.
 */
export async function loadBlindSets(): Promise<EvalSet[]> {
  const ids = (await readdir(blindDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const dir = path.join(blindDir, id);
      // «# Trial set qa (Docker, a Telegram export)», «# Probe set: React state management (Obsidian vault)».
      const title = (await readFile(path.join(dir, "README.md"), "utf8")).split("\n")[0] ?? "";
      const about = title.replace(/^#\s*(?:\w+\s+set\b(?:\s+[a-z]{2}\b)?:?)?\s*/iu, "").trim();
      return {
        name: `blind-${id}`,
        notes: `test/eval/blind/${id}/ ${about.startsWith("(") ? about : `(${about})`}`,
        kb: await loadKnowledge(path.join(dir, "notes")),
        questions: parseQuestions(await readFile(path.join(dir, "questions.yaml"), "utf8")),
      };
    }),
  );
}
