// `npm run import -- <file> [--out <folder>] [--force]`: structures a notes file (plain text, a PDF's text,
// Markdown without headings) the way the bot reads it, and writes it as a Markdown topic with front matter
// for the author to review and edit. One file becomes one topic, as the loader makes it.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { NOTE_FILE, noteFormat } from "../knowledge/formats.ts";
import { structureNote, withoutRepeats } from "../knowledge/structure.ts";
import { toMarkdown } from "../knowledge/to-markdown.ts";

const usage =
  "Usage: npm run import -- <file> [--out <folder>] [--force]\n" +
  "  e.g. npm run import -- ~/notes/kubernetes.txt --out knowledge/\n" +
  "Without --out the Markdown is printed; --force overwrites an existing file.\n";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const force = args.includes("--force");
const file = args.find((a, i) => !a.startsWith("--") && (outAt < 0 || i !== outAt + 1));
if (file === undefined || (outAt >= 0 && (out === undefined || out.startsWith("--")))) {
  process.stderr.write(usage);
  process.exit(2);
}

let source: string;
try {
  source = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
} catch (error) {
  const why =
    error instanceof TypeError ? "it is not valid UTF-8 text; save it as UTF-8" : (error as Error).message;
  process.stderr.write(`import: cannot read ${file}: ${why}\n`);
  process.exit(1);
}
const name = path.basename(file).replace(NOTE_FILE, "");
const note = structureNote(source, noteFormat(file));
for (const problem of note.problems) process.stderr.write(`warning: ${file}: ${problem}\n`);
const markdown = toMarkdown(
  { ...note, blocks: withoutRepeats(note.blocks) },
  note.title ?? name,
  note.aliases,
);

if (out === undefined) {
  process.stdout.write(markdown);
} else {
  const target = path.join(out, `${name}.md`);
  if (existsSync(target) && !force) {
    process.stderr.write(
      `import: ${target} already exists. Pass --force to overwrite it, or choose another folder with --out.\n`,
    );
    process.exit(1);
  }
  await mkdir(out, { recursive: true });
  await writeFile(target, markdown);
  process.stderr.write(
    `Wrote ${target}: ${note.blocks.length} blocks. Review the headings (those ending in «…» were cut from the text) and the aliases.\n`,
  );
}
