import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

describe("group commit", () => {
  it("batches items that arrive together and while a batch runs, and returns each its own result", async () => {
    const batches: number[][] = [];
    const double = groupCommit(async (items: number[]) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 10));
      return items.map((n) => n * 2);
    });
    const first = [1, 2, 3].map(double);
    await new Promise((r) => setImmediate(r));
    const later = [4, 5].map(double); // arrive while the first batch runs
    expect(await Promise.all([...first, ...later])).toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it("splits at the batch limit and rejects only the failing batch", async () => {
    const seen: number[][] = [];
    const run = groupCommit(async (items: number[]) => {
      seen.push(items);
      if (items.includes(3)) throw new Error("bad batch");
      return items;
    }, 2);
    const results = await Promise.allSettled([1, 2, 3, 4].map(run));
    expect(seen).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "rejected"]);
  });
});
