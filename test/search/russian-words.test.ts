import { describe, expect, it } from "vitest";
import { dictionaryText, isRussianWord, russianWords } from "../../src/search/russian-words.ts";

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

describe("russianWords", () => {
  it("reads a Hunspell list: lemmas with their flags, a word known by its lemma's stem", () => {
    const { has: known } = russianWords("3\nСкачать/BLMR\nёлка/I\nкот\n");
    expect(known("скачали")).toBe(true);
    expect(known("елки")).toBe(true);
    expect(known("коты")).toBe(true);
    expect(known("сказать")).toBe(false);
  });

  it("finds a lemma whatever the length of the word's stem, shorter than the lemmas' keys too", () => {
    const { has: known } = russianWords("3\nво/L\nёж/I\nкотлета\n");
    expect(known("во")).toBe(true);
    expect(known("ежи")).toBe(true);
    expect(known("котлеты")).toBe(true);
    expect(known("кот")).toBe(false);
  });

  it("lists the lemmas that start with some letters, without their flags", () => {
    const { from } = russianWords("4\nсертификат/A\nсертифицировать/LM\nсерый/A\nпроцент/A\n");
    expect(from("серт")).toEqual(["сертификат", "сертифицировать"]);
    expect(from("сер")).toEqual(["сертификат", "сертифицировать", "серый"]);
    expect(from("ab")).toEqual([]);
  });

  it("knows no word when the list cannot be read, so nothing breaks", () => {
    expect(dictionaryText("/nonexistent/index.dic")).toBe("");
    expect(russianWords("").has("скачать")).toBe(false);
    expect(russianWords("").from("скач")).toEqual([]);
  });
});
