import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { until } from "@/test/wait-for";
import { defineJob } from "./job-catalog";
import { enqueue } from "./job-queue";
import { JOBS_CHANNEL } from "./job-wakeups";
import { startWorker, type Worker } from "./worker";

// PostgreSQL only (test/projects.ts): workers in other processes are woken by NOTIFY when an
// enqueue commits. Here the job is written without the in-process wake-up (notifyEnqueued),
// as another process would write it, and the worker polls only once a minute: only the
// notification can make it run within the test's time.
const wakeJob = defineJob({ kind: "wakeup-test", payload: z.object({}), lanes: ["default"] });
const POLL_MS = 60_000;

let worker: Worker | null = null;
afterEach(async () => {
  await worker?.stop();
  worker = null;
});

async function startIdleWorker(ran: string[]) {
  const logs: string[] = [];
  worker = startWorker({
    pollMs: POLL_MS,
    log: (m) => logs.push(m),
    handlers: {
      [wakeJob.kind]: async (job, workerId) => {
        ran.push(job.id);
        await db.job.updateMany({ where: { id: job.id, lockedBy: workerId }, data: { status: "DONE", lockedBy: null } });
      },
    },
  });
  // Listening (the admin view shows the LISTEN connection) and past its first, empty claim.
  await until(async () => (await listeners()).length === 1);
  await new Promise((r) => setTimeout(r, 300));
  return logs;
}

const listeners = () =>
  db.$queryRaw<
    { pid: number }[]
  >`SELECT pid FROM pg_stat_activity WHERE query = ${`LISTEN ${JOBS_CHANNEL}`} AND datname = current_database()`;

describe("wake-ups across processes on PostgreSQL", () => {
  it("runs a job another process enqueued as soon as its transaction commits, without waiting for a poll", async () => {
    const ran: string[] = [];
    await startIdleWorker(ran);
    const id = await db.$transaction(async (tx) => {
      const jobId = await enqueue(tx, wakeJob, { payload: {} });
      // Not before the commit: the notification is sent with it.
      await new Promise((r) => setTimeout(r, 300));
      expect(ran).toEqual([]);
      return jobId;
    });
    await until(() => ran.length === 1, 10_000);
    expect(ran).toEqual([id]);
  });

  it("sends nothing for a transaction that rolls back", async () => {
    const ran: string[] = [];
    await startIdleWorker(ran);
    const jobsBefore = await db.job.count({ where: { kind: wakeJob.kind } });
    const sentinel = new Error("roll back");
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(tx, wakeJob, { payload: {} });
        throw sentinel;
      }),
    ).rejects.toBe(sentinel);
    await new Promise((r) => setTimeout(r, 500));
    expect(ran).toEqual([]);
    expect(await db.job.count({ where: { kind: wakeJob.kind } })).toBe(jobsBefore);
  });

  it("listens again after its connection is cut, and catches up with what was enqueued meanwhile", async () => {
    const ran: string[] = [];
    const logs = await startIdleWorker(ran);
    const [before] = await listeners();
    // Cut the listening connection, as a server restart or a network fault would.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query("SELECT pg_terminate_backend($1)", [before.pid]);
    } finally {
      await admin.end();
    }
    // Enqueued while nobody listens: found by the catch-up wake-up after the reconnect.
    const missed = await db.$transaction((tx) => enqueue(tx, wakeJob, { payload: {} }));
    await until(async () => (await listeners()).some((l) => l.pid !== before.pid), 10_000);
    await until(() => ran.includes(missed), 10_000);
    expect(logs.some((m) => m.startsWith("listening for new jobs failed"))).toBe(true);
    // And notifications flow again.
    const next = await db.$transaction((tx) => enqueue(tx, wakeJob, { payload: {} }));
    await until(() => ran.includes(next), 10_000);
  });
});
