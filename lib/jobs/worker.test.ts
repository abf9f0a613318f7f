import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "./job-queue";
import { startWorker } from "./worker";

afterEach(() => {
  delete process.env.HOOKFLOW_SHUTDOWN_GRACE_MS;
});

describe("worker shutdown", () => {
  it("lets a job in flight finish within the grace period", async () => {
    await db.$transaction((tx) => enqueue(tx, { lane: "default", kind: "quick", payload: {} }));
    let finished = false;
    const worker = startWorker({ pollMs: 10, log: () => {}, handlers: {
      quick: async (job, workerId) => {
        await new Promise((r) => setTimeout(r, 200));
        await db.job.updateMany({ where: { id: job.id, lockedBy: workerId }, data: { status: "DONE", lockedBy: null, lockedUntil: null } });
        finished = true;
      },
    } });
    while (!(await db.job.count({ where: { kind: "quick", status: "RUNNING" } }))) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();
    expect(finished).toBe(true);
    expect(await db.job.findFirstOrThrow({ where: { kind: "quick" } })).toMatchObject({ status: "DONE", lockedBy: null });
  });

  it("hands back a job still running after the grace period, so another worker takes it at once", async () => {
    process.env.HOOKFLOW_SHUTDOWN_GRACE_MS = "100";
    await db.$transaction((tx) => enqueue(tx, { lane: "default", kind: "stuck", payload: {} }));
    const worker = startWorker({ pollMs: 10, log: () => {}, handlers: { stuck: () => new Promise(() => {}) } });
    while (!(await db.job.count({ where: { kind: "stuck", status: "RUNNING" } }))) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();
    expect(await db.job.findFirstOrThrow({ where: { kind: "stuck" } })).toMatchObject({ status: "QUEUED", lockedBy: null, lockedUntil: null });
  });
});
