import { describe, expect, it } from "vitest";
import { ankiToMarkdown } from "../../src/knowledge/anki.ts";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const DECK = [
  "#separator:tab",
  "#html:true",
  "#tags column:3",
  "Что такое IoC-контейнер?\tОбъект, который создаёт бины<br>и <b>внедряет</b> зависимости.\tspring::core",
  "{{c1::@Transactional}} по умолчанию откатывает только {{c2::unchecked::какие?}} исключения\t\tspring::data",
  '@Value vs @ConfigurationProperties\t"Для одного значения — <code>@Value</code>; для группы — ""типизированный"" класс."\tspring::core',
].join("\n");

describe("ankiToMarkdown", () => {
  it("heads each note by its question and groups the notes by their first tag", () => {
    const note = parseMarkdown(ankiToMarkdown(DECK) ?? "");
    expect(note.blocks.map((b) => [b.headingPath, b.text])).toEqual([
      [["core", "Что такое IoC-контейнер?"], "Объект, который создаёт бины\nи **внедряет** зависимости."],
      [
        ["core", "@Value vs @ConfigurationProperties"],
        'Для одного значения — `@Value`; для группы — "типизированный" класс.',
      ],
      [
        ["data", "@Transactional, unchecked"],
        "@Transactional по умолчанию откатывает только unchecked исключения",
      ],
    ]);
  });

  it("reads a deck with no header by its tabs, and takes no other text for one", () => {
    const notes = Array.from({ length: 12 }, (_, i) => `Вопрос ${i}?\tОтвет ${i}.`).join("\n");
    expect(parseMarkdown(ankiToMarkdown(notes) ?? "").blocks).toHaveLength(12);
    // Text with a few tabs in it (a pasted table, an indented line) is no deck.
    expect(ankiToMarkdown("Заголовок\n\nТекст\tс табом.\nЕщё строка.")).toBeUndefined();
    expect(ankiToMarkdown(notes.split("\n").slice(0, 5).join("\n"))).toBeUndefined();
  });

  it("keeps code an answer holds line by line as a code block, indent and entities as the editor showed them", () => {
    const yaml = [
      "<div>spec:</div><div>&nbsp; replicas: 4</div><div>&nbsp; strategy:</div>",
      "<div>&nbsp; &nbsp; type: RollingUpdate</div><div>для Recreate блок rollingUpdate не пишут</div>",
    ].join("");
    const deck = ["#separator:tab", "#html:true", `Как выглядит strategy в yaml?\t${yaml}`].join("\n");
    const blocks = parseMarkdown(ankiToMarkdown(deck) ?? "").blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["code", "```\nspec:\n  replicas: 4\n  strategy:\n    type: RollingUpdate\n```"],
      ["prose", "для Recreate блок rollingUpdate не пишут"],
    ]);
    const arrow = [
      "#separator:tab",
      "Цепочка?\tDeployment -&gt; ReplicaSet -&gt; Pod&nbsp;(&lt;none&gt;)",
    ].join("\n");
    expect(parseMarkdown(ankiToMarkdown(arrow) ?? "").blocks[0]?.text).toBe(
      "Deployment -> ReplicaSet -> Pod (<none>)",
    );
  });

  it("heads a cloze note whose answer names nothing by the term its sentence defines, or by its first words", () => {
    const deck = [
      "#separator:tab",
      "maxSurge = на сколько подов можно {{c1::превысить}} желаемое число реплик\t",
      "Старые ReplicaSet'ы после раскатки остаются в кластере с {{c1::0}} реплик, это для отката\t",
      "{{c1::@Transactional}} откатывает на исключениях, а на checked {{c2::делает коммит}}\t",
    ].join("\n");
    expect(parseMarkdown(ankiToMarkdown(deck) ?? "").blocks.map((b) => b.headingPath.at(-1))).toEqual([
      "maxSurge",
      "Старые ReplicaSet'ы после раскатки остаются в кластере с…",
      "@Transactional",
    ]);
  });

  it("is what a .txt deck becomes in the notes, no tag or tab left in the text", () => {
    const note = structureNote(DECK, "text");
    expect(note.blocks).toHaveLength(3);
    expect(note.blocks.every((b) => !/[<>\t]|\{\{/u.test(b.text))).toBe(true);
  });
});
