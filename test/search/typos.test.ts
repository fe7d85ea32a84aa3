import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isVerbForm } from "../../src/russian.ts";
import { allowedEdits, editDistance, keepsItsStart, Lexicon, otherPrefix } from "../../src/search/typos.ts";

/** Textbook optimal string alignment distance, no cut-off: the reference for the fast one. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

const word = fc.string({ unit: fc.constantFrom(..."абвгдеклмнопрст"), maxLength: 10 });
const capped = (d: number, max: number) => Math.min(d, max + 1);

describe("editDistance", () => {
  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(editDistance("репликасет", "реплкиасет", 2)).toBe(1);
    expect(editDistance("ab", "ba", 2)).toBe(1);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("ingress", "ingres", 2)).toBe(1);
    expect(editDistance("ingress", "ingresss", 2)).toBe(1);
    expect(editDistance("ingress", "ingrass", 2)).toBe(1);
    expect(editDistance("деплоймент", "деплоимент", 2)).toBe(1);
  });

  it("gives up past the cut-off", () => {
    expect(editDistance("kubernetes", "helm", 2)).toBeGreaterThan(2);
    expect(editDistance("abcdef", "ghijkl", 1)).toBeGreaterThan(1);
  });

  it("agrees with the textbook distance within the cut-off", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(capped(editDistance(a, b, max), max)).toBe(capped(reference(a, b), max));
      }),
      { numRuns: 1000 },
    );
  });

  it("is symmetric", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(capped(editDistance(a, b, max), max)).toBe(capped(editDistance(b, a, max), max));
      }),
      { numRuns: 1000 },
    );
  });

  it("is 0 exactly for equal words", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, a, max)).toBe(0);
        expect(editDistance(a, b, max) === 0).toBe(a === b);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Lexicon.nearest", () => {
  const lexicon = new Lexicon();
  for (const w of ["репликасет", "ingress", "pods", "деплоймент", "сервис", "под"]) lexicon.add(w);

  it("corrects long words within their allowed edits", () => {
    expect(lexicon.nearest("реплкиасет")).toBe("репликасет");
    expect(lexicon.nearest("репликасте")).toBe("репликасет");
    expect(lexicon.nearest("ingres")).toBe("ingress");
    expect(lexicon.nearest("деплоймнт")).toBe("деплоймент");
  });

  it("never corrects short words", () => {
    expect(allowedEdits(4)).toBe(0);
    expect(lexicon.nearest("podz")).toBeUndefined();
    expect(lexicon.nearest("пол")).toBeUndefined();
    expect(lexicon.nearest("pod")).toBeUndefined();
  });

  it("corrects two mistyped vowels of a long enough Latin word, as English spelling makes people do", () => {
    const latin = new Lexicon();
    for (const w of ["analysis", "separate", "because", "network"]) latin.add(w);
    expect(latin.nearest("analisys")).toBe("analysis");
    expect(latin.nearest("seperete")).toBe("separate");
    // Not a consonant, not three vowels, not a short word, not the first letter.
    expect(latin.nearest("netwark")).toBe("network");
    expect(latin.nearest("analizys")).toBeUndefined();
    expect(latin.nearest("becoese")).toBe("because");
    expect(latin.nearest("bicoese")).toBeUndefined();
    expect(latin.nearest("onalysys")).toBeUndefined();
  });

  it("corrects a short Latin word only for two letters swapped or a doubled letter typed once", () => {
    const latin = new Lexicon();
    for (const w of ["name", "still", "size", "etc", "узле"]) latin.add(w);
    expect(latin.nearest("nmae")).toBe("name");
    expect(latin.nearest("szie")).toBe("size");
    expect(latin.nearest("stil")).toBe("still");
    // Any other single edit is another word too often: «etcd» is no «etc», «same» no «name».
    expect(latin.nearest("etcd")).toBeUndefined();
    expect(latin.nearest("same")).toBeUndefined();
    expect(latin.nearest("nme")).toBeUndefined();
    // A Russian word's last letters swapped are often another form of it: «узел» is not corrected to «узле».
    expect(latin.nearest("узел")).toBeUndefined();
  });

  it("allows more edits to longer words, never fewer", () => {
    for (let n = 1; n < 30; n++) expect(allowedEdits(n + 1)).toBeGreaterThanOrEqual(allowedEdits(n));
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(20)).toBe(2);
    expect(lexicon.nearest("сервак")).toBeUndefined();
    expect(lexicon.nearest("серввис")).toBe("сервис");
  });

  it("corrects a word exactly when it is within the allowed edits of a known one", () => {
    const letters = fc.constantFrom(..."абвгдежзик");
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 12 }),
        fc.string({ unit: letters, minLength: 1, maxLength: 12 }),
        (known, typed) => {
          const l = new Lexicon();
          l.add(known);
          const max = allowedEdits(typed.length);
          const close =
            max > 0 &&
            reference(typed, known) <= max &&
            keepsItsStart(typed, known) &&
            !otherPrefix(typed, known) &&
            !(isVerbForm(typed) && !isVerbForm(known));
          expect(l.nearest(typed)).toBe(close ? known : undefined);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("keeps a verb form a verb: «текут» is not «текст», «пользоваться» not «пользователя»", () => {
    const l = new Lexicon();
    for (const w of ["текст", "пользователя", "течет"]) l.add(w);
    expect(l.nearest("текут")).toBeUndefined();
    expect(l.nearest("пользоваться")).toBeUndefined();
    expect(l.nearest("тексты")).toBe("текст");
    expect(l.nearest("течот")).toBe("течет");
  });

  it("does not take one root with another prefix for a typo: «пропадает» is not «попадает»", () => {
    const l = new Lexicon();
    l.add("попадает");
    l.add("прописать");
    expect(l.nearest("пропадает")).toBeUndefined();
    expect(l.nearest("переписать")).toBeUndefined();
    expect(l.nearest("попаадет")).toBe("попадает");
    expect(otherPrefix("пропадает", "попадает")).toBe(true);
    expect(otherPrefix("попадает", "попадает")).toBe(false);
    expect(otherPrefix("проде", "проще")).toBe(false);
    // The root in another form: «надстройка» is no «настройки».
    l.add("настройки");
    expect(l.nearest("надстройка")).toBeUndefined();
    expect(otherPrefix("надстройка", "настройки")).toBe(true);
    expect(otherPrefix("подставка", "поставки")).toBe(true);
  });

  it("does not change a word's first letter: «указать» is another word than «сказать»", () => {
    const l = new Lexicon();
    l.add("сказать");
    l.add("монтировать");
    expect(l.nearest("указать")).toBeUndefined();
    expect(l.nearest("скаазть")).toBe("сказать");
    // …unless a prefix was put on or taken off; a letter that is no prefix is another word.
    expect(l.nearest("смонтировать")).toBe("монтировать");
    l.add("оставить");
    expect(l.nearest("поставить")).toBeUndefined();
    expect(l.nearest("остваить")).toBe("оставить");
  });

  it("returns nothing when no word is close enough", () => {
    expect(lexicon.nearest("kubernetes")).toBeUndefined();
  });

  it("knows the words it was given", () => {
    expect(lexicon.has("ingress")).toBe(true);
    expect(lexicon.has("ingres")).toBe(false);
  });

  it("prefers the closer of two candidates, and the first added on a tie", () => {
    const l = new Lexicon();
    l.add("контейнер");
    l.add("контроллер");
    expect(l.nearest("контейнр")).toBe("контейнер");
    const tie = new Lexicon();
    tie.add("abcdex");
    tie.add("abcdey");
    expect(tie.nearest("abcdez")).toBe("abcdex");
  });
});
