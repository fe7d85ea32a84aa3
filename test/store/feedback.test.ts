// The feedback store: votes kept once per person, the question log counted per question and outcome.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.ts";
import { createFeedbackStore } from "../../src/store/feedback.ts";
import { createUserStore } from "../../src/store/users.ts";

describe("feedback store", () => {
  it("keeps a person's vote once, and every person's votes", () => {
    const feedback = createFeedbackStore(openDatabase(":memory:"));
    const vote = { key: "нод под удал", passageId: "pods#3", userId: 1, admin: false, kind: "pick" as const };
    feedback.vote(vote, new Date(1000));
    feedback.vote(vote, new Date(2000));
    feedback.vote({ ...vote, userId: 2, admin: true });
    feedback.vote({ ...vote, kind: "up" });
    expect(feedback.votes()).toHaveLength(3);
    expect(feedback.votes()).toContainEqual({ ...vote, userId: 2, admin: true });
  });

  it("counts questions per key and outcome, keeping the latest wording, cut to 200 characters", () => {
    const feedback = createFeedbackStore(openDatabase(":memory:"));
    feedback.logQuestions([
      { key: "etcd", query: "что такое etcd", outcome: "nothing", at: 1 },
      { key: "etcd", query: "Что такое  ETCD?", outcome: "nothing", at: 2 },
      { key: "etcd", query: "etcd", outcome: "uncertain", at: 3 },
    ]);
    feedback.logQuestions([{ key: "борщ", query: `борщ ${"ж".repeat(300)}`, outcome: "nothing", at: 4 }]);
    feedback.logQuestions([]);
    const nothing = feedback.frequent("nothing");
    expect(nothing[0]).toEqual({ key: "etcd", query: "Что такое ETCD?", outcome: "nothing", count: 2 });
    expect(nothing[1]?.query).toHaveLength(200);
    expect(feedback.frequent("uncertain").map((q) => q.count)).toEqual([1]);
    expect(feedback.frequent("not_that")).toEqual([]);
    expect(feedback.frequent("nothing", 1)).toHaveLength(1);
  });

  it("adds a batch's counts to what is stored", () => {
    const feedback = createFeedbackStore(openDatabase(":memory:"));
    feedback.logQuestions([{ key: "под", query: "под", outcome: "found", count: 3 }]);
    feedback.logQuestions([{ key: "под", query: "поды", outcome: "found", count: 2 }]);
    expect(feedback.frequent("found")).toEqual([{ key: "под", query: "поды", outcome: "found", count: 5 }]);
  });

  it("/forget deletes the user's votes and no one else's", () => {
    const db = openDatabase(":memory:");
    const feedback = createFeedbackStore(db);
    feedback.vote({ key: "под", passageId: "pods#0", userId: 1, admin: false, kind: "up" });
    feedback.vote({ key: "под", passageId: "pods#0", userId: 2, admin: false, kind: "up" });
    createUserStore(db).forget(1);
    expect(feedback.votes().map((v) => v.userId)).toEqual([2]);
  });
});
