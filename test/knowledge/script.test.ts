import { describe, expect, it } from "vitest";
import { scriptToMarkdown } from "../../src/knowledge/script.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const SCRIPT = [
  "#!/bin/bash",
  "# шпора по докеру, НЕ запускать целиком",
  "exit 0",
  "",
  "# ===== Образы =====",
  "# образ (image) = read-only шаблон из слоёв",
  "docker pull nginx:1.25-alpine",
  "docker images          # список локальных образов",
  "#",
  "# CMD vs ENTRYPOINT:",
  "#   ENTRYPOINT — что запускается всегда",
  "#   CMD — аргументы по умолчанию",
  "",
  "# ----- Сети -----",
  "docker network create app   # своя сеть: контейнеры видят друг друга по имени",
].join("\n");

describe("scriptToMarkdown", () => {
  it("reads notes kept as a commented script: banners head sections, comments are prose, commands code", () => {
    expect(scriptToMarkdown(SCRIPT)).toBe(
      [
        "шпора по докеру, НЕ запускать целиком",
        "",
        "```",
        "exit 0",
        "```",
        "",
        "## Образы",
        "",
        "образ (image) = read-only шаблон из слоёв",
        "",
        "```",
        "docker pull nginx:1.25-alpine",
        "docker images          # список локальных образов",
        "```",
        "",
        "CMD vs ENTRYPOINT:",
        "- ENTRYPOINT — что запускается всегда",
        "- CMD — аргументы по умолчанию",
        "",
        "## Сети",
        "",
        "```",
        "docker network create app   # своя сеть: контейнеры видят друг друга по имени",
        "```",
        "",
      ].join("\n"),
    );
  });

  it("takes two banners for a script without its shebang, and nothing else for one", () => {
    expect(scriptToMarkdown(SCRIPT.replace("#!/bin/bash\n", ""))).toBeDefined();
    // Plain notes with «#» headings and Russian text between them are no script.
    const notes =
      "# Сети\n\nСеть в кубере плоская.\n\n# ===== Поды =====\n\nПод — группа контейнеров.\n\n# ===== Сервисы =====\n";
    expect(scriptToMarkdown(notes)).toBeUndefined();
    expect(scriptToMarkdown("# Докер\n# образ = шаблон\ndocker images\n")).toBeUndefined();
  });

  it("is how a .txt of such notes is structured", () => {
    const note = structureNote(SCRIPT, "text");
    const section = (start: string) => note.blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(section("образ (image)")).toEqual(["Образы"]);
    // A comment that names what its list explains heads it, as a label does in Markdown.
    expect(section("- ENTRYPOINT")).toEqual(["Образы", "CMD vs ENTRYPOINT"]);
    expect(note.blocks.find((b) => b.text.includes("docker network create"))?.kind).toBe("code");
  });
});
