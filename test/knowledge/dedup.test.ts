import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  collapseRepeats,
  firstOccurrenceSteps,
  firstOccurrences,
  jaccard,
  shingles,
  TEXTS_PER_STEP,
} from "../../src/knowledge/dedup.ts";

/** The indexes of the texts that repeat no earlier one. */
const keepDistinct = (texts: string[], threshold?: number) =>
  firstOccurrences(texts, threshold).flatMap((first, index) => (first === index ? [index] : []));

describe("shingles and jaccard", () => {
  it("makes four-word shingles, folding case and ё", () => {
    const a = shingles("Ёж и под, и сервис!");
    expect(a.size).toBe(2);
    expect(shingles("еж И ПОД и сервис")).toEqual(a);
    expect(shingles("еж и под и")).toEqual(new Set([...a].slice(0, 1)));
    expect(shingles("и под и сервис")).toEqual(new Set([...a].slice(1)));
    expect(shingles("два слова").size).toBe(1);
    expect(shingles("два слова")).not.toEqual(shingles("три слова"));
    expect(shingles("...")).toEqual(new Set());
  });

  it("measures overlap from 0 to 1", () => {
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(jaccard(new Set(["a", "b"]), new Set(["a", "b"]))).toBe(1);
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
  });
});

describe("firstOccurrences", () => {
  const long = "Поды это минимальная единица развертывания в кластере кубернетес, один или более контейнеров";

  it("keeps the first of near-duplicates and texts that differ", () => {
    const texts = [
      long,
      "Совсем другой абзац про сервисы и их типы в кластере",
      `${long}.`,
      long.toUpperCase(),
    ];
    expect(keepDistinct(texts)).toEqual([0, 1]);
  });

  it("keeps a text that shares less than the threshold", () => {
    const half = `${long.split(" ").slice(0, 6).join(" ")} и дальше совсем про другое написано тут`;
    expect(keepDistinct([long, half])).toEqual([0, 1]);
    expect(keepDistinct([long, half], 0.1)).toEqual([0]);
  });

  it("matches a brute-force pass over all pairs", () => {
    const word = fc.constantFrom("под", "сервис", "нода", "кластер", "и", "в", "ingress");
    const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 15 }),
        fc.constantFrom(0.5, 0.6, 0.75, 0.8, 0.9, 1),
        (texts, threshold) => {
          const expected: number[] = [];
          texts.forEach((t, i) => {
            if (!expected.some((k) => jaccard(shingles(texts[k] as string), shingles(t)) >= threshold))
              expected.push(i);
          });
          expect(keepDistinct(texts, threshold)).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("pauses after every TEXTS_PER_STEP texts, with the same result as in one go", () => {
    const texts = Array.from({ length: 2 * TEXTS_PER_STEP + 5 }, (_, i) =>
      i % 3 === 0 ? "под и сервис в кластере" : `текст номер ${i} про ноду и ingress`,
    );
    const steps = firstOccurrenceSteps(texts);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(2);
    expect(step.value).toEqual(firstOccurrences(texts));
    expect(new Set(step.value).size).toBeLessThan(texts.length);
  });
});

describe("collapseRepeats", () => {
  const base =
    "Тип сервиса LoadBalancer позволяет создать балансировщик нагрузки на облачном провайдере, который затем распределяет трафик на сервисы вашего кластера. Это полезно, если вы хотите обеспечить балансировку нагрузки и высокую доступность для вашего приложения";

  it("keeps the first position of a near repeat and the longest wording of it", () => {
    const texts = [
      base,
      "Совсем другой абзац про поды и ноды в кластере",
      `${base}. НА SELFHOSTED КЛАСТЕРЕ ЕГО НЕТ`,
    ];
    expect(collapseRepeats(texts)).toEqual([
      { index: 0, wording: 2 },
      { index: 1, wording: 1 },
    ]);
  });

  it("shows every distinct text once, each kept index its own group's first", () => {
    const word = fc.constantFrom("под", "сервис", "нода", "кластер", "и", "в", "ingress");
    const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 15 }), (texts) => {
        const groups = collapseRepeats(texts);
        const first = firstOccurrences(texts);
        expect(groups.map((g) => g.index)).toEqual(keepDistinct(texts));
        for (const g of groups) {
          expect(first[g.wording]).toBe(g.index);
          for (let i = 0; i < texts.length; i++)
            if (first[i] === g.index)
              expect((texts[g.wording] as string).length).toBeGreaterThanOrEqual((texts[i] as string).length);
        }
      }),
    );
  });
});
