import { describe, expect, it } from "vitest";
import { hasLongVerbEnding, isInfinitive, isVerbForm } from "../src/russian.ts";

describe("isInfinitive", () => {
  it("knows an infinitive by its ending, reflexive ones and «-ти» after с, з, д, й included", () => {
    for (const word of [
      "задеплоить",
      "глянуть",
      "мочь",
      "настроиться",
      "нести",
      "везти",
      "идти",
      "найти",
      "спасти",
      "трясти",
    ])
      expect(isInfinitive(word), word).toBe(true);
  });

  it("takes no noun that ends alike for one: «-ости», «-ость», and the few short nouns in «-ть»", () => {
    for (const word of [
      "памяти",
      "сущности",
      "идемпотентность",
      "сеть",
      "путь",
      "суть",
      "память",
      "часть",
      "области",
      "части",
      "власти",
    ])
      expect(isInfinitive(word), word).toBe(false);
    expect(isInfinitive("стартует")).toBe(false);
  });
});

describe("isVerbForm", () => {
  it("knows finite and past forms besides infinitives", () => {
    for (const word of [
      "стартует",
      "падают",
      "висит",
      "глянул",
      "упала",
      "поднялись",
      "ломается",
      "задеплоить",
    ])
      expect(isVerbForm(word), word).toBe(true);
  });

  it("takes no noun it knows ends like a verb for one, nor a plain noun", () => {
    for (const word of ["память", "сеть", "путь", "опять", "контейнер", "нода", "памяти"])
      expect(isVerbForm(word), word).toBe(false);
  });
});

describe("hasLongVerbEnding", () => {
  it("sees a verb only in the long endings nouns rarely share", () => {
    for (const word of ["запускает", "удалить", "ломается", "настраивает"])
      expect(hasLongVerbEnding(word), word).toBe(true);
    // «-ет», «-ит» alone are «секрет», «лимит»; «память» ends in «-ять» but is no verb; short words are left alone.
    for (const word of ["секрет", "лимит", "память", "мать", "сеть"])
      expect(hasLongVerbEnding(word), word).toBe(false);
  });
});
