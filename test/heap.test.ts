import { describe, expect, it } from "vitest";
import { limitHeapGrowth, settleHeap } from "../src/heap.ts";

/** The next turn of the event loop: a WeakRef's target is kept alive to the end of the job that made or read it. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("settleHeap", () => {
  it("collects the garbage a serving process left, at once", async () => {
    let ref: WeakRef<object> | undefined;
    (() => {
      ref = new WeakRef({ rows: new Array(10_000).fill(0) });
    })();
    await nextTurn();
    limitHeapGrowth();
    settleHeap();
    expect(ref?.deref()).toBeUndefined();
  });
});
