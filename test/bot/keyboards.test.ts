import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type Action,
  answerKeyboard,
  CALLBACK_DATA_LIMIT,
  decodeAction,
  encodeAction,
  topicByKey,
  topicKey,
  topicKeyboard,
  topicListKeyboard,
} from "../../src/bot/keyboards.ts";
import { topic } from "../helpers/fixtures.ts";

const data = (keyboard: { inline_keyboard: { callback_data?: string; text: string }[][] }) =>
  keyboard.inline_keyboard.flat().map((b) => b.callback_data as string);

describe("callback data", () => {
  const key = fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom("a", "-", ":", "#", "ж", "1") });
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ kind: fc.constant("more" as const), answerId: key, offset: fc.nat(999) }),
    fc.record({ kind: fc.constant("topic" as const), topic: key, page: fc.nat(999) }),
    fc.record({ kind: fc.constant("open" as const), topic: key }),
    fc.record({ kind: fc.constant("section" as const), topic: key, index: fc.nat(999) }),
    fc.constant({ kind: "topics" as const }),
    fc.record({ kind: fc.constant("example" as const), index: fc.nat(99) }),
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
        const all = [
          ...data(topicListKeyboard(topics, topics)),
          ...data(topicListKeyboard(topics, topics, false)),
          ...topics.flatMap((t) => data(topicKeyboard(t, 0, topics))),
          ...data(
            answerKeyboard({ answerId: "abcd12345", offset: 998 }, topics, topics) ?? { inline_keyboard: [] },
          ),
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
