import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startRunner } from "@/lib/workflows/start-runner";
import { until } from "@/test/wait-for";
import { RETENTION_INTERVAL_MS, RETENTION_JOB_ID, retentionJobKind, scheduleRetention } from "./retention-job";

// The retention sweep as a job of the durable queue: one job however many workers start, run by
// whichever worker claims it when due, queued again for the next hour instead of ending.

const DAY = 86_400_000;
const retentionJobs = () => db.job.findMany({ where: { kind: retentionJobKind.kind } });

describe("the retention job", () => {
  it("is written once, however many workers start at the same moment", async () => {
    const before = Date.now();
    await Promise.all(Array.from({ length: 6 }, () => scheduleRetention()));
    const first = startRunner({ pollMs: 20, log: () => {} });
    const second = startRunner({ pollMs: 20, log: () => {} });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const jobs = await retentionJobs();
      expect(jobs).toHaveLength(1);
      expect(jobs[0]).toMatchObject({ id: RETENTION_JOB_ID, status: "QUEUED", lane: "default" });
      // The first sweep waits for the start to settle; a later start does not move it.
      expect(jobs[0].runAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
      expect(jobs[0].runAt.getTime()).toBeLessThan(before + 61_000 + 300);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it("sweeps when due, then queues itself again for the next hour", async () => {
    await scheduleRetention();
    const workflow = await db.workflow.create({ data: { name: "Old events", objectType: "contact", trigger: {}, actions: [] } });
    const old = await db.hookEvent.create({ data: { workflowId: workflow.id, headers: {}, receivedAt: new Date(Date.now() - 31 * DAY) } });
    const recent = await db.hookEvent.create({ data: { workflowId: workflow.id, headers: {}, receivedAt: new Date() } });
    await db.job.update({ where: { id: RETENTION_JOB_ID }, data: { runAt: new Date(Date.now() - 1000) } });

    const worker = startRunner({ pollMs: 20, log: () => {} });
    try {
      await until(async () => (await db.job.findUniqueOrThrow({ where: { id: RETENTION_JOB_ID } })).runAt.getTime() > Date.now());
    } finally {
      await worker.stop();
    }
    const jobs = await retentionJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null, lockedBy: null });
    expect(jobs[0].runAt.getTime() - Date.now()).toBeGreaterThan(RETENTION_INTERVAL_MS - 60_000);
    expect(await db.hookEvent.count({ where: { id: old.id } })).toBe(0);
    expect(await db.hookEvent.count({ where: { id: recent.id } })).toBe(1);
  });

  it("comes back at the next worker start after it died", async () => {
    await scheduleRetention();
    await db.job.update({ where: { id: RETENTION_JOB_ID }, data: { status: "DEAD", runAt: new Date(Date.now() - DAY) } });

    await scheduleRetention();

    const jobs = await retentionJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0].status).toBe("QUEUED");
    expect(jobs[0].runAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("a sweep that fails is tried again a minute later, saying why, and never gives the job up", async () => {
    await scheduleRetention();
    // A real failure: the sweep cannot read a table that is gone (this file's own database).
    await db.$executeRawUnsafe('DROP TABLE "InspectorCapture"');
    await db.job.update({ where: { id: RETENTION_JOB_ID }, data: { runAt: new Date(Date.now() - 1000) } });
    const logs: string[] = [];

    const worker = startRunner({ pollMs: 20, log: (message) => logs.push(message) });
    try {
      await until(async () => (await db.job.findUniqueOrThrow({ where: { id: RETENTION_JOB_ID } })).runAt.getTime() > Date.now());
    } finally {
      await worker.stop();
    }
    const job = await db.job.findUniqueOrThrow({ where: { id: RETENTION_JOB_ID } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 0 });
    expect(job.lastError).toMatch(/\w/);
    expect(job.runAt.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    expect(logs.join("\n")).toMatch(/the sweep failed, trying again in a minute/);
  });
});
