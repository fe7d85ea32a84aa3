// Reports of bad cards: who suspends a card (two people, or one admin), and that an edit of the card brings it back.
import { describe, expect, it } from "vitest";
import { createDeck, type Deck } from "../../src/quiz/deck.ts";
import { cardContentHash } from "../../src/quiz/ids.ts";
import { createCardReports } from "../../src/quiz/reports.ts";
import type { Card } from "../../src/quiz/types.ts";
import { createCardReportStore } from "../../src/store/card-reports.ts";
import { openDatabase } from "../../src/store/db.ts";
import { authoredCard, topicsOnly } from "../helpers/fixtures.ts";

const kb = topicsOnly("alpha");
const card = (id: string, explanation?: string): Card =>
  authoredCard(id, "alpha", explanation === undefined ? {} : { explanation });

function setup(cards = [card("a1"), card("a2")]) {
  const store = createCardReportStore(openDatabase(":memory:"));
  const deck = createDeck(kb, cards);
  return { store, deck, reports: createCardReports(store, deck) };
}

describe("card reports", () => {
  it("one person's report is listed but does not suspend the card; a second person's does", () => {
    const { reports } = setup();
    expect(reports.report("a1", 1, false)).toMatchObject({ cardId: "a1", userId: 1 });
    expect(reports.suspended.has("a1")).toBe(false);
    // The same person again is still one person.
    reports.report("a1", 1, false);
    expect(reports.suspended.has("a1")).toBe(false);
    expect(reports.reported()).toMatchObject([{ card: { id: "a1" }, reporters: 1, suspended: false }]);
    reports.report("a1", 2, false);
    expect([...reports.suspended]).toEqual(["a1"]);
    expect(reports.reported()[0]).toMatchObject({ reporters: 2, suspended: true });
  });

  it("an admin alone suspends a card", () => {
    const { reports } = setup();
    reports.report("a2", 9, true);
    expect([...reports.suspended]).toEqual(["a2"]);
  });

  it("keeps comments, newest first, and refuses a report of a card no longer in the deck", () => {
    const { reports } = setup();
    const first = reports.report("a1", 1, false, new Date(1_000));
    const second = reports.report("a1", 2, false, new Date(2_000));
    expect(first && reports.comment(first, "  вариант   «да» тоже верен ", new Date(3_000))).toBe(true);
    expect(second && reports.comment(second, "опечатка", new Date(4_000))).toBe(true);
    expect(reports.reported()[0]?.comments).toEqual(["опечатка", "вариант «да» тоже верен"]);
    expect(reports.report("gone", 1, false)).toBeUndefined();
  });

  it("a card whose content changed since the reports is asked again; its old reports are not listed", () => {
    const { store, reports } = setup();
    reports.report("a1", 1, false);
    reports.report("a1", 2, false);
    expect(reports.suspended.has("a1")).toBe(true);
    // The author fixes the explanation: same id (question and answer kept), different content.
    const fixed = createCardReports(store, createDeck(kb, [card("a1", "Исправлено."), card("a2")]));
    expect(fixed.suspended.has("a1")).toBe(false);
    expect(fixed.reported()).toEqual([]);
    // Unchanged content keeps the suspension across a restart.
    expect(createCardReports(store, createDeck(kb, [card("a1"), card("a2")])).suspended.has("a1")).toBe(true);
  });

  it("after the deck changes under it (the notes reloaded), refresh judges the cards by their new content", () => {
    const store = createCardReportStore(openDatabase(":memory:"));
    let current = createDeck(kb, [card("a1"), card("a2")]);
    // A live view, as the bot's library gives: every read goes to the deck of now.
    const live: Deck = {
      get cards() {
        return current.cards;
      },
      get topicIds() {
        return current.topicIds;
      },
      byId: (id) => current.byId(id),
      byTopic: (topicId) => current.byTopic(topicId),
      passageOf: (c) => current.passageOf(c),
    };
    const reports = createCardReports(store, live);
    reports.report("a1", 1, false);
    reports.report("a1", 2, false);
    expect(reports.suspended.has("a1")).toBe(true);
    current = createDeck(kb, [card("a1", "Исправлено."), card("a2")]);
    reports.refresh();
    expect(reports.suspended.has("a1")).toBe(false);
  });

  it("forgetting a user deletes their reports and lifts the suspensions that rested on them", () => {
    const { store, reports } = setup();
    reports.report("a1", 1, false);
    reports.report("a1", 2, false);
    reports.forget(2);
    expect(reports.suspended.has("a1")).toBe(false);
    expect(store.all().map((r) => r.userId)).toEqual([1]);
  });
});

describe("cardContentHash", () => {
  it("changes with anything the learner sees, and with the passage", () => {
    const base = cardContentHash(card("a1"));
    expect(cardContentHash(card("a1"))).toBe(base);
    expect(cardContentHash(card("a1", "Другое."))).not.toBe(base);
    expect(cardContentHash({ ...card("a1"), options: ["да", "нет", "иногда"] })).not.toBe(base);
    expect(cardContentHash({ ...card("a1"), correctIndex: 1 })).not.toBe(base);
    expect(cardContentHash(card("a1"), "текст раздела")).not.toBe(base);
  });
});
