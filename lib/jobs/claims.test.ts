import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineJob } from "./job-catalog";
import { claimJobs, enqueueMany } from "./job-queue";

const delivery = defineJob({ kind: "claims-test-delivery", payload: z.object({ n: z.number() }), lanes: ["webhook"] });

async function enqueueFor(destination: string | null, count: number) {
  await db.$transaction((tx) =>
    enqueueMany(
      tx,
      delivery,
      Array.from({ length: count }, (_, n) => ({ payload: { n }, destination, runAt: new Date(Date.now() - 1000) })),
    ),
  );
}

describe("claiming jobs", () => {
  // Only this file's jobs (the sample data's runs have some).
  beforeEach(async () => {
    await db.job.deleteMany({});
  });

  it("holds every destination's cap when many workers claim at the same moment, and never hands a job to two", async () => {
    await enqueueFor("a.example", 60);
    await enqueueFor("b.example", 10);
    await enqueueFor(null, 5);
    // Six workers claim at once: on PostgreSQL each claim is its own transaction on its own
    // connection, as claims of different processes are.
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => claimJobs({ lane: "webhook", workerId: `w${i}`, limit: 32, perDestination: 4 })),
    );
    const all = claims.flat();
    expect(new Set(all.map((job) => job.id)).size).toBe(all.length);
    const perDestination = (d: string | null) => all.filter((job) => job.destination === d).length;
    expect(perDestination("a.example")).toBe(4);
    expect(perDestination("b.example")).toBe(4);
    expect(perDestination(null)).toBe(5);
    expect(all.every((job) => job.kind === delivery.kind && job.attempts === 1 && job.lane === "webhook")).toBe(true);
    expect(all.map((job) => (job.payload as { n: number }).n).every((n) => typeof n === "number")).toBe(true);
    // The saturated destinations stay saturated until a slot is given back.
    expect(await claimJobs({ lane: "webhook", workerId: "w9", limit: 32, perDestination: 4 })).toEqual([]);
  });

  it("takes over a job whose lease ran out, but never one its own worker still runs", async () => {
    await enqueueFor("c.example", 2);
    const now = new Date();
    const first = await claimJobs({ lane: "webhook", workerId: "w1", limit: 2, perDestination: 10, now });
    expect(first).toHaveLength(2);
    const [kept, lost] = first;
    // Later than the lease: both leases ran out. w1 still runs `kept` (its renewals failed,
    // say, while the database was away) but no longer runs `lost` (its run ended unrecorded).
    const later = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    const again = await claimJobs({ lane: "webhook", workerId: "w1", limit: 10, perDestination: 10, running: [kept.id], now: later });
    expect(again.map((job) => job.id)).toEqual([lost.id]);
    expect(again[0].attempts).toBe(2);
    const other = await claimJobs({ lane: "webhook", workerId: "w2", limit: 10, perDestination: 10, now: later });
    expect(other.map((job) => job.id)).toEqual([kept.id]);
  });
});
