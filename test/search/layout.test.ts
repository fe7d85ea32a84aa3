import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { switchLayout } from "../../src/search/layout.ts";

const LATIN_KEYS = [..."`qwertyuiop[]asdfghjkl;'zxcvbnm,.QWERTYUIOPASDFGHJKLZXCVBNM"];
const CYRILLIC_KEYS = [..."ёйцукенгшщзхъфывапролджэячсмитьбюЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ"];

describe("switchLayout", () => {
  it("re-types Latin as Cyrillic and back", () => {
    expect(switchLayout("ghbdtn")).toBe("привет");
    expect(switchLayout("привет")).toBe("ghbdtn");
    expect(switchLayout("штпкуыы")).toBe("ingress");
    expect(switchLayout("gjls")).toBe("поды");
  });

  it("maps punctuation keys to the letters on them and leaves other characters alone", () => {
    expect(switchLayout("ult ;bdtn")).toBe("где живет");
    expect(switchLayout("k8s-123")).toBe("л8ы-123");
    expect(switchLayout("Ghbdtn vbh!")).toBe("привет мир!");
    expect(switchLayout("ult ,eltn")).toBe("где будет");
  });

  it("lower-cases its output", () => {
    expect(switchLayout("GHBDTN")).toBe("привет");
    expect(switchLayout("ШТПКУЫЫ")).toBe("ingress");
  });

  it("returns the lower-cased original when switched twice (Latin keys)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...LATIN_KEYS), maxLength: 30 }), (text) => {
        expect(switchLayout(switchLayout(text))).toBe(text.toLowerCase());
      }),
    );
  });

  it("returns the lower-cased original when switched twice (Cyrillic letters)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...CYRILLIC_KEYS), maxLength: 30 }), (text) => {
        expect(switchLayout(switchLayout(text))).toBe(text.toLowerCase());
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(typeof switchLayout(text)).toBe("string");
      }),
    );
  });
});
