import { describe, expect, it } from "vitest";
import { plainVerbOf } from "../../src/search/slang.ts";

describe("plainVerbOf", () => {
  it("reads a slang verb in any form, with a prefix, as the Russian verb notes say", () => {
    expect(plainVerbOf("юзается")).toBe("использовать");
    expect(plainVerbOf("заюзать")).toBe("использовать");
    expect(plainVerbOf("пофиксил")).toBe("исправить");
    expect(plainVerbOf("чекнуть")).toBe("проверить");
    expect(plainVerbOf("зачекать")).toBe("проверить");
    expect(plainVerbOf("рестартануть")).toBe("перезапустить");
    expect(plainVerbOf("проапдейтить")).toBe("обновить");
    expect(plainVerbOf("инсталлить")).toBe("установить");
    expect(plainVerbOf("кильнуть")).toBe("завершить");
  });

  it("leaves nouns of the same roots, and Russian words that only start alike, alone", () => {
    for (const word of [
      "чек",
      "чеки",
      "дроп",
      "юзер",
      "чекаут",
      "юзабилити",
      "фиксация",
      "фиксируется",
      "чеканить",
    ])
      expect(plainVerbOf(word), word).toBeUndefined();
  });
});
