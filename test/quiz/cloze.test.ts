import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase, Passage } from "../../src/knowledge/types.ts";
import { CLOZE_PROMPT, generateClozeCards, judgeTyped } from "../../src/quiz/cloze.ts";
import { blank } from "../../src/quiz/terms.ts";
import { createAnalyzer } from "../../src/search/analyzer.ts";
import { switchLayout } from "../../src/search/layout.ts";

const glossary = [["теинт", "теинты", "тейнты", "taint", "taints"]];
const analyzer = createAnalyzer(glossary);

function notes(sections: Array<[string, string]>): Pick<KnowledgeBase, "topics" | "passages"> {
  const passages: Passage[] = sections.map(([heading, text], i) => ({
    id: `t#${i}`,
    topicId: "t",
    topicTitle: "Тема",
    headingPath: [heading],
    text,
    file: "t.md",
    order: i,
  }));
  return {
    passages,
    topics: [
      {
        id: "t",
        title: "Тема",
        aliases: [],
        file: "t.md",
        sections: passages.map((p) => ({
          heading: p.headingPath[0] as string,
          depth: 1,
          passageIds: [p.id],
        })),
      },
    ],
  };
}

describe("generateClozeCards", () => {
  const kb = notes([
    [
      "Теинты (taints)",
      "Чтобы этого избежать нам нужны taint'ы. Теинты указывают, где размещать поды нельзя.",
    ],
    ["Calico", "- Особенности: Calico предоставляет богатый набор функций для сетевой политики."],
    ["Ingress", "nginx traefik haproxy Ingress"],
  ]);
  const cards = generateClozeCards(kb, glossary, analyzer);

  it("blanks the term in a sentence that says something of it, dropping a label before it", () => {
    expect(cards.map((c) => c.question)).toEqual([
      `${CLOZE_PROMPT}\n«${blank} указывают, где размещать поды нельзя.»`,
      `${CLOZE_PROMPT}\n«${blank} предоставляет богатый набор функций для сетевой политики.»`,
    ]);
    expect(cards[0]?.options).toEqual(["Теинты"]);
    expect(cards[0]?.accepted).toEqual(expect.arrayContaining(["taints", "тейнты"]));
    expect(cards[0]?.explanation).toBe("Теинты указывают, где размещать поды нельзя.");
  });

  it("never leaves the term visible in the sentence", () => {
    for (const card of cards) {
      const sentence = card.question.split("\n")[1] ?? "";
      for (const name of [card.options[0] ?? "", ...(card.accepted ?? [])])
        expect(sentence.toLowerCase()).not.toContain(name.toLowerCase());
    }
  });
});

describe("generateClozeCards: sentences", () => {
  it("starts a sentence at a list item and at a line that starts as one", () => {
    const kb = notes([
      [
        "Приоритет переменных",
        [
          "- defaults роли - самый низкий приоритет, их специально делают чтобы перебивать",
          "- extra vars (-e) - перебивают вообще всё, всегда",
          "Полный список наизусть не учить, главное: defaults слабее всех, -e сильнее всех.",
        ].join("\n"),
      ],
    ]);
    const questions = generateClozeCards(kb, [], createAnalyzer([])).map((c) => c.question);
    // «extra vars» is not asked: its own sentence is too short to say which term it means, and the line after
    // it is another sentence, whose «-e» is no blank.
    expect(questions).toEqual([
      `${CLOZE_PROMPT}\n«${blank} - самый низкий приоритет, их специально делают чтобы перебивать»`,
    ]);
  });
});

describe("generateClozeCards: parts of longer names", () => {
  it("blanks no term inside a name joined by a hyphen («--ask-become-pass»), but a sentence about it", () => {
    const kb = notes([
      [
        "become",
        [
          "Если sudo просит пароль, запускать с -K (--ask-become-pass) в консоли.",
          "Без become: true в плее таски падают с permission denied.",
        ].join("\n"),
      ],
    ]);
    const questions = generateClozeCards(kb, [], createAnalyzer([])).map((c) => c.question);
    expect(questions).toEqual([
      `${CLOZE_PROMPT}\n«Без ${blank}: true в плее таски падают с permission denied.»`,
    ]);
  });
});

describe("generateClozeCards: English words", () => {
  it("blanks an English term and its plural, never another word of its stem («nullable» is no «Nullability»)", () => {
    const kb = notes([
      [
        "Nullability",
        [
          "If a non-null field resolves to null, the null propagates to the nearest nullable parent field.",
          "Nullability is declared in the schema with an exclamation mark after the type name.",
        ].join("\n"),
      ],
      [
        "Mutations",
        "Any operation that causes writes should be sent explicitly via a mutation, never a query.",
      ],
    ]);
    const cards = generateClozeCards(kb, [], createAnalyzer([]));
    expect(cards.map((c) => [c.options[0], c.explanation])).toEqual([
      ["Nullability", "Nullability is declared in the schema with an exclamation mark after the type name."],
      [
        "Mutations",
        "Any operation that causes writes should be sent explicitly via a mutation, never a query.",
      ],
    ]);
  });
});

describe("judgeTyped", () => {
  const card = { options: ["Теинты"], accepted: ["taints", "тейнты"] };

  it("accepts another form, a synonym in English, a typo and the wrong layout, saying which", () => {
    expect(judgeTyped(card, "теинты", analyzer)).toEqual({ correct: true, matched: "Теинты", forgiven: [] });
    expect(judgeTyped(card, "теинтов", analyzer)).toMatchObject({ correct: true, forgiven: ["form"] });
    expect(judgeTyped(card, "Taints", analyzer)).toMatchObject({ correct: true });
    expect(judgeTyped(card, "теинтф", analyzer)).toMatchObject({ correct: true, forgiven: ["typo"] });
    expect(judgeTyped(card, switchLayout("теинты"), analyzer)).toMatchObject({
      correct: true,
      forgiven: ["layout"],
    });
  });

  it("refuses another term, a stop word and an empty reply", () => {
    for (const reply of ["лейблы", "и", "", "tolerations"]) {
      expect(judgeTyped(card, reply, analyzer).correct, reply).toBe(false);
    }
  });

  it("accepts the answer whatever its case and surrounding spaces (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Теинты", "taints", "тейнты"),
        fc.boolean(),
        fc.nat(3),
        (name, upper, pad) => {
          const typed = `${" ".repeat(pad)}${upper ? name.toUpperCase() : name}${" ".repeat(pad)}`;
          expect(judgeTyped(card, typed, analyzer).correct).toBe(true);
        },
      ),
    );
  });
});
