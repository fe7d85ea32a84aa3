import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  passagePayload,
  START_PAYLOAD_LIMIT,
  startLink,
  startTarget,
  TOPICS_PAYLOAD,
  topicPayload,
} from "../../src/bot/deep-link.ts";
import type { Topic } from "../../src/knowledge/types.ts";
import { passage, topic } from "../helpers/fixtures.ts";

const SAFE_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

describe("deep links", () => {
  const topics = [topic("services", 3), topic("сервисы-и-сети", 2), topic("x".repeat(80), 1)];

  it("names a passage by its topic and position, and opens it again", () => {
    const payload = passagePayload(passage("…", { topicId: "services", order: 2 }), topics);
    expect(payload).toBe("p2_iservices");
    expect(startTarget(payload as string, topics)).toEqual({ kind: "passage", topic: topics[0], order: 2 });
  });

  it("encodes a topic id that is not payload-safe, and falls back to the position for one too long", () => {
    const cyrillic = topicPayload(topics[1] as Topic, topics);
    expect(cyrillic).toMatch(SAFE_PAYLOAD);
    expect(startTarget(cyrillic, topics)).toEqual({ kind: "topic", topic: topics[1] });
    const long = passagePayload(passage("…", { topicId: "x".repeat(80), order: 0 }), topics);
    expect(long).toBe("p0_n2");
    expect(startTarget(long as string, topics)).toEqual({ kind: "passage", topic: topics[2], order: 0 });
  });

  it("opens the topic list, says a vanished topic is gone, and leaves other payloads to the greeting", () => {
    expect(startTarget(TOPICS_PAYLOAD, topics)).toEqual({ kind: "topics" });
    expect(startTarget("p1_igone", topics)).toEqual({ kind: "gone" });
    expect(startTarget("", topics)).toBeUndefined();
    expect(startTarget("hello", topics)).toBeUndefined();
    expect(startTarget("p1_z", topics)).toBeUndefined();
  });

  it("links to the bot's chat with the payload", () => {
    expect(startLink("konspekt_bot", "p2_iservices")).toBe("https://t.me/konspekt_bot?start=p2_iservices");
  });

  it("makes a payload Telegram accepts, naming the same passage, for any topic id", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }),
        fc.nat(999_999),
        fc.nat(5),
        (id, order, before) => {
          const others = Array.from({ length: before }, (_, i) => topic(`other${i}`, 1));
          const mine = { ...topic("t", 1), id };
          const all = [...others, mine];
          const payload = passagePayload(passage("…", { topicId: id, order }), all) as string;
          expect(payload).toMatch(SAFE_PAYLOAD);
          expect(payload.length).toBeLessThanOrEqual(START_PAYLOAD_LIMIT);
          expect(startTarget(payload, all)).toEqual({ kind: "passage", topic: mine, order });
          expect(startTarget(topicPayload(mine, all), all)).toEqual({ kind: "topic", topic: mine });
        },
      ),
    );
  });
});
