import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { until } from "@/test/wait-for";
import { defineJob } from "./job-catalog";
import { enqueue, finishJob, type ClaimedJob, type Tx } from "./job-queue";
import { INTERNAL_FAILURE_LIMIT, shortReason, startWorker } from "./worker";

const [quickJob, stuckJob, poisonJob, flakyJob, outageJob] = ["quick", "stuck", "poison", "flaky", "outage"].map((kind) =>
  defineJob({ kind, payload: z.object({}), lanes: ["default"] }),
);

afterEach(() => {
  delete process.env.HOOKFLOW_SHUTDOWN_GRACE_MS;
});

describe("worker shutdown", () => {
  it("lets a job in flight finish within the grace period", async () => {
    await db.$transaction((tx) => enqueue(tx, quickJob, { payload: {} }));
    let finished = false;
    const worker = startWorker({
      pollMs: 10,
      log: () => {},
      handlers: {
        quick: async (job, workerId) => {
          await new Promise((r) => setTimeout(r, 200));
          await db.job.updateMany({
            where: { id: job.id, lockedBy: workerId },
            data: { status: "DONE", lockedBy: null, lockedUntil: null },
          });
          finished = true;
        },
      },
    });
    while (!(await db.job.count({ where: { kind: "quick", status: "RUNNING" } }))) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();
    expect(finished).toBe(true);
    expect(await db.job.findFirstOrThrow({ where: { kind: "quick" } })).toMatchObject({ status: "DONE", lockedBy: null });
  });

  it("hands back a job still running after the grace period, so another worker takes it at once", async () => {
    process.env.HOOKFLOW_SHUTDOWN_GRACE_MS = "100";
    await db.$transaction((tx) => enqueue(tx, stuckJob, { payload: {} }));
    const worker = startWorker({ pollMs: 10, log: () => {}, handlers: { stuck: () => new Promise(() => {}) } });
    while (!(await db.job.count({ where: { kind: "stuck", status: "RUNNING" } }))) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();
    expect(await db.job.findFirstOrThrow({ where: { kind: "stuck" } })).toMatchObject({
      status: "QUEUED",
      lockedBy: null,
      lockedUntil: null,
    });
  });
});

describe("a job whose handler keeps throwing", () => {
  it("is retried with growing waits, then marked DEAD after the limit and never claimed again", async () => {
    const id = await db.$transaction((tx) => enqueue(tx, poisonJob, { payload: {} }));
    const calls: number[] = [];
    const dead: { jobId: string; reason: string; tries: number }[] = [];
    const poison = Object.assign(
      async () => {
        calls.push(Date.now());
        throw new Error('cannot parse "sk-live-very-secret" as a number');
      },
      {
        onDead: async (tx: Tx, job: ClaimedJob, failure: { reason: string; tries: number }) => {
          // Runs in the transaction that marks the job DEAD.
          expect(await tx.job.count({ where: { id: job.id, status: "DEAD" } })).toBe(1);
          dead.push({ jobId: job.id, ...failure });
        },
      },
    );
    const worker = startWorker({ pollMs: 5, internalRetryMs: 20, log: () => {}, handlers: { poison } });
    try {
      await until(async () => (await db.job.findUniqueOrThrow({ where: { id } })).status === "DEAD", 10_000);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await worker.stop();
    }
    expect(calls).toHaveLength(INTERNAL_FAILURE_LIMIT);
    // Each wait doubles: 20, 40, 80, 160 ms.
    for (let i = 1; i < calls.length; i++) expect(calls[i] - calls[i - 1]).toBeGreaterThanOrEqual(20 * 2 ** (i - 1) - 5);
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "DEAD", attempts: INTERNAL_FAILURE_LIMIT, lockedBy: null, lockedUntil: null });
    expect(job.lastError).toContain("cannot parse");
    expect(dead).toEqual([{ jobId: id, reason: expect.any(String), tries: INTERNAL_FAILURE_LIMIT }]);
    // The reason is shown to people: it keeps the kind of fault, not the data it was about.
    expect(dead[0].reason).toMatch(/^Error: cannot parse/);
    expect(dead[0].reason).not.toContain("sk-live");
  });

  it("counts only failures in a row: a handler that records progress resets the count", async () => {
    const id = await db.$transaction((tx) => enqueue(tx, flakyJob, { payload: {} }));
    let calls = 0;
    const worker = startWorker({
      pollMs: 5,
      internalRetryMs: 5,
      log: () => {},
      handlers: {
        flaky: async (job, workerId) => {
          calls++;
          // Every third run makes progress and asks to run again; the others throw.
          if (calls % 3 === 0) {
            await db.$transaction((tx) => finishJob(tx, job.id, workerId, { retryAt: new Date(), lastError: "progress" }));
            return;
          }
          if (calls >= 4 * INTERNAL_FAILURE_LIMIT) {
            await db.$transaction((tx) => finishJob(tx, job.id, workerId, null));
            return;
          }
          throw new Error("transient");
        },
      },
    });
    try {
      await until(async () => ["DONE", "DEAD"].includes((await db.job.findUniqueOrThrow({ where: { id } })).status), 10_000);
    } finally {
      await worker.stop();
    }
    expect((await db.job.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
    expect(calls).toBe(4 * INTERNAL_FAILURE_LIMIT);
  });
});

describe("a handler stopped by a database outage", () => {
  it("is run again at once, and the outage does not count towards the failures that make a job DEAD", async () => {
    const id = await db.$transaction((tx) => enqueue(tx, outageJob, { payload: {} }));
    const attemptsSeen: number[] = [];
    const worker = startWorker({
      pollMs: 5,
      log: () => {},
      handlers: {
        outage: async (job: ClaimedJob, workerId: string) => {
          attemptsSeen.push(job.attempts);
          // As Prisma reports a server that closed the connection; twice the failure limit.
          if (attemptsSeen.length <= 2 * INTERNAL_FAILURE_LIMIT)
            throw Object.assign(new Error("Server has closed the connection."), { code: "P1017" });
          await db.$transaction((tx) => finishJob(tx, job.id, workerId, null));
        },
      },
    });
    try {
      await until(async () => ["DONE", "DEAD"].includes((await db.job.findUniqueOrThrow({ where: { id } })).status), 10_000);
    } finally {
      await worker.stop();
    }
    expect((await db.job.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
    expect(attemptsSeen).toEqual(Array.from({ length: 2 * INTERNAL_FAILURE_LIMIT + 1 }, () => 1));
  });
});

describe("shortReason", () => {
  it("keeps the kind of fault and leaves out quoted text, URLs and token-like words", () => {
    expect(shortReason(new TypeError("Cannot read properties of null (reading 'type')"))).toBe(
      "TypeError: Cannot read properties of null (reading …)",
    );
    expect(shortReason(new Error("fetch https://user:pw@example.com/x?k=1 failed\nat line 2"))).toBe("Error: fetch … failed");
    expect(shortReason(new Error("bad key sk_live_4eC39HqLyjWDarjtT1zdp7dc here"))).toBe("Error: bad key … here");
    expect(shortReason("plain")).toBe("Error: plain");
    expect(shortReason(new Error("x".repeat(500))).length).toBeLessThanOrEqual(120);
  });
});
