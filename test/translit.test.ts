import { describe, expect, it } from "vitest";
import { fromTranslit, transliterate } from "../src/translit.ts";

describe("fromTranslit", () => {
  it("reads Russian typed in Latin letters back in Russian ones", () => {
    expect(fromTranslit("zachem")).toBe("зачем");
    expect(fromTranslit("chto")).toBe("что");
    expect(fromTranslit("otlichaetsya")).toBe("отличается");
    expect(fromTranslit("takoy")).toBe("такой");
    expect(fromTranslit("nuzhny")).toBe("нужны");
    expect(fromTranslit("shchas")).toBe("щас");
  });

  it("reads back what transliterate writes, for words without й, ъ, ь or э", () => {
    for (const word of [
      "сервисы",
      "работает",
      "почему",
      "хранит",
      "жизнь".replace("ь", ""),
      "щука",
      "юзер",
      "ясно",
    ])
      expect(fromTranslit(transliterate(word)), word).toBe(word);
  });

  it("takes only a word of lower-case Latin letters", () => {
    expect(fromTranslit("kube-router")).toBeUndefined();
    expect(fromTranslit("Chto")).toBeUndefined();
  });
});
