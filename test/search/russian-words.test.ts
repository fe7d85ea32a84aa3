import { describe, expect, it } from "vitest";
import { isRussianWord } from "../../src/search/russian-words.ts";

describe("isRussianWord", () => {
  it("knows a word of Russian in any of its forms, «ё» or «е»", () => {
    for (const word of ["скачать", "скачали", "появляется", "сканировать", "процессора", "ёлка", "елки"])
      expect(isRussianWord(word), word).toBe(true);
  });

  it("does not know a typo, a loanword of the notes' jargon, or a word in Latin letters", () => {
    for (const word of ["сказтаь", "терменация", "деплоймент", "кубернетес", "щщщщщ", "deploy", "под1"])
      expect(isRussianWord(word), word).toBe(false);
  });
});
