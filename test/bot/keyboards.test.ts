import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type Action,
  answerKeyboard,
  CALLBACK_DATA_LIMIT,
  candidatesKeyboard,
  decodeAction,
  encodeAction,
  passageLabel,
  topicByKey,
  topicKey,
  topicKeyboard,
  topicListKeyboard,
} from "../../src/bot/keyboards.ts";
import { passage, topic } from "../helpers/fixtures.ts";

const data = (keyboard: { inline_keyboard: { callback_data?: string; text: string }[][] }) =>
  keyboard.inline_keyboard.flat().map((b) => b.callback_data as string);

describe("callback data", () => {
  const key = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom("a", "-", ":", "#", "ж", "1") });
  // AnswerMemory's ids: a few base-36 characters.
  const answerId = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom("a", "z", "0", "9") });
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ kind: fc.constant("more" as const), answerId: key, offset: fc.nat(999) }),
    fc.record({ kind: fc.constant("topic" as const), topic: key, page: fc.nat(999) }),
    fc.record({ kind: fc.constant("open" as const), topic: key }),
    fc.record({ kind: fc.constant("section" as const), topic: key, index: fc.nat(999) }),
    fc.constant({ kind: "topics" as const }),
    fc.record({ kind: fc.constant("example" as const), index: fc.nat(99) }),
    fc.record({ kind: fc.constant("passage" as const), topic: key, order: fc.nat(999_999) }),
    fc.record({ kind: fc.constant("vote" as const), answerId }),
    fc.record({ kind: fc.constant("notThat" as const), answerId }),
    fc.record({ kind: fc.constant("pick" as const), answerId, topic: key, order: fc.nat(999_999) }),
  );

  test("property: decoding undoes encoding", () => {
    fc.assert(
      fc.property(action, (a) => {
        expect(decodeAction(encodeAction(a))).toEqual(a);
      }),
    );
  });

  test("foreign data decodes to nothing", () => {
    for (const foreign of ["", "hello", "m:x:1", "t:1", "x:abc", "TT"])
      expect(decodeAction(foreign)).toBeUndefined();
  });

  test("property: every button of every keyboard stays under 64 bytes, even for long topic ids", () => {
    const id = fc.string({ minLength: 1, maxLength: 200, unit: fc.constantFrom("a", "я", "-", "😀") });
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 12 }), fc.nat(30), (ids, sections) => {
        const topics = ids.map((i) => topic(i, sections));
        const passages = topics.map((t) =>
          passage("…", { id: `${t.id}#999999`, topicId: t.id, order: 999_999 }),
        );
        const all = [
          ...data(topicListKeyboard(topics, topics)),
          ...data(topicListKeyboard(topics, topics, false)),
          ...topics.flatMap((t) => data(topicKeyboard(t, 0, topics))),
          ...data(
            answerKeyboard({ answerId: "abcd12345", offset: 998 }, topics, topics, {
              answerId: "abcd12345678",
            }) ?? { inline_keyboard: [] },
          ),
          ...data(candidatesKeyboard(passages, topics)),
          ...data(candidatesKeyboard(passages, topics, "abcd12345678")),
        ];
        for (const d of all) expect(Buffer.byteLength(d)).toBeLessThan(CALLBACK_DATA_LIMIT);
        for (const t of topics) expect(topicByKey(topicKey(t, topics), topics)).toBe(t);
      }),
      { numRuns: 100 },
    );
  });
});

describe("keyboards", () => {
  test("an answer offers «Ещё» and «Тема целиком»", () => {
    const t = topic("services", 3);
    const keyboard = answerKeyboard({ answerId: "ab", offset: 0 }, [t, t], [t]);
    expect(keyboard?.inline_keyboard).toEqual([
      [
        { text: "Ещё", callback_data: "m:0:ab" },
        { text: "Тема целиком", callback_data: "o:services" },
      ],
    ]);
  });

  test("an answer that leads into sections opens each of them, two to a row, above «Ещё»", () => {
    const t = topic("net", 4);
    const led = [1, 2, 3].map((section) => ({ heading: `Раздел ${section + 1}`, topicId: "net", section }));
    const keyboard = answerKeyboard({ answerId: "ab", offset: 0 }, [t], [t], undefined, led);
    expect(keyboard?.inline_keyboard).toEqual([
      [
        { text: "Раздел 2", callback_data: "s:1:net" },
        { text: "Раздел 3", callback_data: "s:2:net" },
      ],
      [{ text: "Раздел 4", callback_data: "s:3:net" }],
      [
        { text: "Ещё", callback_data: "m:0:ab" },
        { text: "Тема целиком", callback_data: "o:net" },
      ],
    ]);
    expect(decodeAction("s:3:net")).toEqual({ kind: "section", topic: "net", index: 3 });
  });

  test("with feedback, an answer offers «👍» and «Не то» on a second row", () => {
    const t = topic("services", 3);
    const keyboard = answerKeyboard(undefined, [t], [t], { answerId: "ab" });
    expect(keyboard?.inline_keyboard).toEqual([
      [{ text: "Тема целиком", callback_data: "o:services" }],
      [
        { text: "👍", callback_data: "v:ab" },
        { text: "Не то", callback_data: "n:ab" },
      ],
    ]);
  });

  test("candidates are one button each, «Тема › Раздел», opening the passage or picking it", () => {
    const t = topic("services", 3, { title: "Сервисы (Services)" });
    const p = passage("…", {
      id: "services#2",
      order: 2,
      headingPath: ["Типы", "Очень длинное название раздела про NodePort"],
    });
    expect(passageLabel(p)).toBe("Сервисы (Services) › Очень длинное название раздела пр…");
    const headless = (text: string) => passageLabel(passage(text, { headingPath: [] }));
    expect(headless("Описание того, что куда и как надо проксировать.")).toBe(
      "Сервисы (Services) › «Описание того, что куда и как н…»",
    );
    expect(headless("Само приложение, которое проксирует")).not.toBe(headless("Описание того, что куда"));
    expect(candidatesKeyboard([p], [t]).inline_keyboard).toEqual([
      [{ text: passageLabel(p), callback_data: "p:2:services" }],
    ]);
    expect(decodeAction(data(candidatesKeyboard([p], [t], "ab"))[0] as string)).toEqual({
      kind: "pick",
      answerId: "ab",
      topic: "services",
      order: 2,
    });
    // A passage of a topic no longer in the notes gets no button.
    expect(candidatesKeyboard([passage("…", { topicId: "gone" })], [t]).inline_keyboard).toEqual([]);
    // The topic the question names opens whole from the last button.
    expect(candidatesKeyboard([p], [t], "ab", t).inline_keyboard.at(-1)).toEqual([
      { text: `Тема целиком: ${t.title}`, callback_data: encodeAction({ kind: "open", topic: "services" }) },
    ]);
    expect(candidatesKeyboard([p], [t], "ab", topic("gone", 1)).inline_keyboard).toHaveLength(1);
  });

  test("a comparison across two topics offers both", () => {
    const a = topic("services", 1);
    const b = topic("ingress", 1);
    const labels = answerKeyboard(undefined, [a, b], [a, b])
      ?.inline_keyboard.flat()
      .map((x) => x.text);
    expect(labels).toEqual(["Тема целиком: Тема services", "Тема целиком: Тема ingress"]);
  });

  test("topic pages have ◀ ▶ only where there is a page to go to", () => {
    const t = topic("objects", 20);
    const texts = (page: number) =>
      topicKeyboard(t, page, [t])
        .inline_keyboard.flat()
        .map((b) => b.text);
    expect(texts(0)).toContain("▶");
    expect(texts(0)).not.toContain("◀");
    expect(texts(1)).toEqual(expect.arrayContaining(["◀", "▶"]));
    expect(texts(2)).toContain("◀");
    expect(texts(2)).not.toContain("▶");
    expect(texts(0)).toContain("↩ Все темы");
    expect(topicKeyboard(t, 0, [t]).inline_keyboard.every((row) => row.length > 0)).toBe(true);
  });
});
