import { describe, expect, it } from "vitest";
import { jiraToMarkdown } from "../../src/knowledge/jira.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** A ticket's description in Jira's wiki markup, as it pastes out of the editor. */
const TICKET = [
  "h2. DEVOPS-142: джобы висят в pending",
  "*Исполнитель:* [~sidorov] {toc}",
  "h3. Почему джоба висит",
  "# нет онлайн раннера с нужными тегами",
  "## смотреть зеленую точку в Settings",
  "# у джобы нет тегов, а раннеры untagged не берут",
  "h3. Cache",
  "{code:yaml}",
  "cache:",
  "  key:",
  "    files: [package-lock.json]",
  "{code}",
  "* {{key:files}} — ключ от хэша lock-файла (/)",
  "** подробнее [в доке|https://docs.gitlab.com/ee/ci/caching/]",
  "||Что||Artifacts||Cache||",
  "|зачем|передать дальше|ускорить|",
  "{panel:title=Грабли}",
  "\\[MASKED\\] в логах не значит, что секрет в безопасности",
  "{panel}",
].join("\n");

describe("jiraToMarkdown", () => {
  it("reads Jira's wiki markup as the Markdown it says: headings, lists, code, tables, boxes, mentions, links", () => {
    expect(
      jiraToMarkdown(TICKET)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "## DEVOPS-142: джобы висят в pending",
      "**Исполнитель:** @sidorov",
      "### Почему джоба висит",
      "1. нет онлайн раннера с нужными тегами",
      "   1. смотреть зеленую точку в Settings",
      "1. у джобы нет тегов, а раннеры untagged не берут",
      "### Cache",
      "```yaml",
      "cache:",
      "  key:",
      "    files: [package-lock.json]",
      "```",
      "- `key:files` — ключ от хэша lock-файла ✅",
      "   - подробнее в доке",
      "| Что | Artifacts | Cache |",
      "| --- | --- | --- |",
      "| зачем | передать дальше | ускорить |",
      "**Грабли:**",
      "[MASKED] в логах не значит, что секрет в безопасности",
    ]);
  });

  it("takes no markup in text with a heading or two and none of its blocks, tables or monospace", () => {
    expect(jiraToMarkdown("h1. Заметки\nпросто текст\nh2. Ещё\n* пункт")).toBeUndefined();
    expect(jiraToMarkdown("Лекция\n{code}\nls -la\n{code}")).toBeUndefined();
  });

  it("is how a .txt in Jira's markup is read", () => {
    const note = structureNote(TICKET, "text");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toContain(
      "DEVOPS-142: джобы висят в pending › Cache",
    );
    expect(note.blocks.some((b) => b.kind === "code" && b.text.startsWith("```yaml"))).toBe(true);
  });
});
