import { describe, expect, it } from "vitest";
import { mdxAsMarkdown } from "../../src/knowledge/mdx.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const DOC = [
  "---",
  "sidebar_position: 2",
  "title: Релизы",
  "---",
  "",
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  "",
  "{/* TODO: HELM_DRIVER=configmap — когда нужно? */}",
  "",
  "## Откат",
  "",
  "<Tabs>",
  '<TabItem value="cli" label="CLI" default>',
  "",
  "```bash",
  "helm rollback web 3",
  "<Tabs>",
  "```",
  "",
  "</TabItem>",
  "</Tabs>",
  "",
  "- rollback создаёт **новую** ревизию, историю не отматывает",
].join("\n");

describe("MDX of a Docusaurus site", () => {
  it("is read without its imports, components' tags and comments; code is kept as written", () => {
    const note = structureNote(DOC, "markdown");
    expect(note.title).toBe("Релизы");
    expect(note.blocks.map((b) => [b.kind, b.headingPath.join(" › ")])).toEqual([
      ["code", "Откат"],
      ["prose", "Откат"],
    ]);
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/import|@theme|TabItem|HELM_DRIVER|\{\//u);
    expect(note.blocks[0]?.text).toContain("helm rollback web 3\n<Tabs>");
  });

  it("leaves Markdown without MDX's marks as it is, and a sentence about imports too", () => {
    const plain = "# Импорт\n\nimport в питоне грузит модуль один раз.\n\n<b>жирный</b> <br>\n";
    expect(mdxAsMarkdown(plain)).toBe(plain);
    expect(mdxAsMarkdown("import os from os\n")).toBe("import os from os\n");
  });
});
