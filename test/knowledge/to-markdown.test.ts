import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import { structureText } from "../../src/knowledge/plain-text.ts";
import { toMarkdown } from "../../src/knowledge/to-markdown.ts";

describe("toMarkdown", () => {
  it("writes front matter and a heading wherever the heading path changes", () => {
    const md = toMarkdown(
      {
        aliases: [],
        problems: [],
        blocks: [
          { kind: "prose", text: "Введение.", headingPath: [] },
          { kind: "prose", text: "Внутренний адрес.", headingPath: ["Типы: сервисов", "ClusterIP"] },
          { kind: "code", text: "```\nkubectl get svc\n```", headingPath: ["Типы: сервисов", "ClusterIP"] },
          { kind: "prose", text: "Порт на ноде.", headingPath: ["Типы: сервисов", "NodePort"] },
          { kind: "prose", text: "# не заголовок", headingPath: ["Итог"] },
        ],
      },
      "Сервисы (Services)",
      ["сервисы", "services"],
    );
    expect(md).toBe(
      `${[
        "---\ntitle: Сервисы (Services)\naliases: [ сервисы, services ]\n---",
        "Введение.",
        "## Типы: сервисов",
        "### ClusterIP",
        "Внутренний адрес.",
        "```\nkubectl get svc\n```",
        "### NodePort",
        "Порт на ноде.",
        "## Итог",
        "\\# не заголовок",
      ].join("\n\n")}\n`,
    );
    const back = parseMarkdown(md);
    expect(back.title).toBe("Сервисы (Services)");
    expect(back.aliases).toEqual(["сервисы", "services"]);
  });

  it("gives text after the first section a heading cut from its own first words", () => {
    const md = toMarkdown(
      {
        aliases: [],
        problems: [],
        blocks: [
          { kind: "prose", text: "Про поды.", headingPath: ["Поды"] },
          {
            kind: "prose",
            text: "Скорее всего тебе придется иметь дело с NodePort. Дальше.",
            headingPath: [],
            part: 1,
          },
          { kind: "prose", text: "Ещё к тому же.", headingPath: [], part: 1 },
        ],
      },
      "t",
      [],
    );
    expect(parseMarkdown(md).blocks.map((b) => b.headingPath)).toEqual([
      ["Поды"],
      ["Скорее всего тебе придется иметь дело с NodePort …"],
      ["Скорее всего тебе придется иметь дело с NodePort …"],
    ]);
  });

  it("reads back as the blocks it was written from, for any structured text", () => {
    const word = fc.constantFrom("под", "сервис", "Kubernetes", "кластера", "#тег", "и", "NodePort", "```");
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(" ")}.`);
    const line = fc.oneof(
      sentence,
      fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ")),
      fc.tuple(fc.integer({ min: 1, max: 4 }), word, sentence).map(([n, w, s]) => `${n}. ${w}: ${s}`),
      fc.constantFrom(
        "kubectl get pods -A",
        "apiVersion: v1",
        "  labels:",
        "Типы:",
        "ПЛАГИНЫ",
        "# заметка",
        "",
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const note = structureText(lines.join("\n"));
        const back = parseMarkdown(toMarkdown(note, "t", []));
        expect(back.problems).toEqual([]);
        expect(back.blocks.map((b) => [b.kind, b.text.replace(/^\\/gm, "")])).toEqual(
          note.blocks.map((b) => [b.kind, b.text]),
        );
        back.blocks.forEach((b, i) => {
          const path = note.blocks[i]?.headingPath ?? [];
          if (path.length > 0 || !b.headingPath.at(-1)?.endsWith("…")) expect(b.headingPath).toEqual(path);
        });
      }),
      { numRuns: 300 },
    );
  });
});
