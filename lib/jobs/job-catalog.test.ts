import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { until } from "@/test/wait-for";
import { defineJob } from "./job-catalog";
import { countDeadJobs, enqueue, enqueueMany, listDeadJobs } from "./job-queue";
import { startWorker } from "./worker";

const typed = defineJob({ kind: "typed", payload: z.object({ n: z.number().int() }), lanes: ["default"] });

describe("the job catalog", () => {
  it("refuses to write a payload that does not match the kind's schema, or a lane the kind does not declare", async () => {
    await expect(db.$transaction((tx) => enqueue(tx, typed, { payload: { n: "1" } as never }))).rejects.toThrow();
    await expect(db.$transaction((tx) => enqueue(tx, typed, { payload: { n: 1 }, lane: "webhook" }))).rejects.toThrow(/webhook lane/);
    expect(await db.job.count({ where: { kind: "typed" } })).toBe(0);
    expect(() => defineJob({ kind: "typed", payload: z.object({}), lanes: ["default"] })).toThrow(/defined twice/);
  });

  it("writes many jobs in one go, each parsed when claimed and handed to its handler typed", async () => {
    const ids = await db.$transaction((tx) =>
      enqueueMany(
        tx,
        typed,
        [1, 2, 3].map((n) => ({ payload: { n } })),
      ),
    );
    expect(ids).toHaveLength(3);
    const seen: number[] = [];
    const worker = startWorker({
      pollMs: 5,
      log: () => {},
      handlers: {
        typed: async (job: { id: string; payload: { n: number } }) => {
          seen.push(job.payload.n);
          await db.job.update({ where: { id: job.id }, data: { status: "DONE", lockedBy: null } });
        },
      },
    });
    try {
      await until(async () => (await db.job.count({ where: { kind: "typed", status: "DONE" } })) === 3, 5_000);
    } finally {
      await worker.stop();
    }
    expect(seen.sort()).toEqual([1, 2, 3]);
  });

  it("marks DEAD at once, with the reason, a job whose payload does not parse and one whose kind is unknown", async () => {
    // As an older version or a hand-made row would leave them: written around the catalog.
    const bad = await db.job.create({ data: { lane: "default", kind: "typed", payload: { n: "not a number" } } });
    const unknown = await db.job.create({ data: { lane: "default", kind: "retired-kind", payload: {} } });
    let calls = 0;
    const worker = startWorker({
      pollMs: 5,
      internalRetryMs: 5,
      log: () => {},
      handlers: { typed: async () => void calls++, "retired-kind": async () => void calls++ },
    });
    try {
      await until(async () => (await db.job.count({ where: { id: { in: [bad.id, unknown.id] }, status: "DEAD" } })) === 2, 5_000);
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await worker.stop();
    }
    expect(calls).toBe(0);
    const badJob = await db.job.findUniqueOrThrow({ where: { id: bad.id } });
    expect(badJob).toMatchObject({ status: "DEAD", attempts: 1, lockedBy: null });
    expect(badJob.lastError).toMatch(/^payload of a "typed" job does not match its schema: n: /);
    const unknownJob = await db.job.findUniqueOrThrow({ where: { id: unknown.id } });
    expect(unknownJob).toMatchObject({ status: "DEAD", attempts: 1, lastError: 'unknown job kind "retired-kind"' });
    expect(await countDeadJobs()).toMatchObject({ typed: 1, "retired-kind": 1 });
    expect((await listDeadJobs()).map((j) => j.id).sort()).toEqual([bad.id, unknown.id].sort());
  });
});
