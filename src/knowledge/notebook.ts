// Notes kept as Jupyter notebooks (.ipynb, as Jupyter saves them): JSON whose cells are Markdown (the learner's
// text) and code, each code cell followed by its outputs (printed text, tables as HTML, pictures as base64). Here a
// notebook becomes the Markdown of its cells: its Markdown cells as written, its code cells fenced, its outputs left
// out — they are what the code printed once, not what the notes say. Pure: text in, Markdown out.
import { fencedBlock } from "./code.ts";

/** A cell's source as Jupyter saves it: one string, or a list of lines. */
type Source = string | string[];

interface Cell {
  cell_type?: string;
  source?: Source;
}

interface Notebook {
  cells?: Cell[];
  metadata?: { language_info?: { name?: string }; kernelspec?: { language?: string } };
}

const text = (source: Source | undefined) => (Array.isArray(source) ? source.join("") : (source ?? ""));

/**
 * Markdown for a notebook's JSON, or undefined when it is none (not JSON, or without a list of cells): Markdown and
 * raw cells as written, code cells fenced in the notebook's language, outputs left out.
 */
export function notebookToMarkdown(source: string): string | undefined {
  let notebook: Notebook;
  try {
    notebook = JSON.parse(source.replace(/^\uFEFF/u, "")) as Notebook;
  } catch {
    return undefined;
  }
  if (notebook === null || typeof notebook !== "object" || !Array.isArray(notebook.cells)) return undefined;
  const language = notebook.metadata?.language_info?.name ?? notebook.metadata?.kernelspec?.language ?? "";
  const parts: string[] = [];
  for (const cell of notebook.cells) {
    const body = text(cell.source).replace(/\s+$/u, "");
    if (body.trim() === "") continue;
    parts.push(cell.cell_type === "code" ? fencedBlock(body, language) : body);
  }
  return parts.join("\n\n");
}
