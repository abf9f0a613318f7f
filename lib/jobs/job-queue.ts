import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The durable queue: jobs are rows of the app database, enqueued in the same transaction
// as the change that causes them. A worker claims due jobs with a lease; while it works it
// renews the lease; when it dies the lease runs out and another worker claims the job
// again. Claims are compare-and-set updates, correct with any number of processes on
// SQLite (one writer at a time) and PostgreSQL alike.

export type Lane = "webhook" | "default";
export type Tx = Prisma.TransactionClient;

/**
 * `attempts`: claims of the job since it last made progress, this one included. Every claim
 * counts it up; a handler that records progress and asks to run again (finishJob with a
 * retry time) sets it back to 0, so a job that keeps failing before any progress is seen as
 * such and the worker can give up on it (see INTERNAL_FAILURE_LIMIT in worker.ts).
 */
export type ClaimedJob = { id: string; lane: Lane; kind: string; payload: unknown; destination: string | null; attempts: number };

// How long a claim holds before another worker may take the job over; tests shorten it.
export const LEASE_MS = config().leaseMs;

/** Wakes workers of this process after a commit that enqueued jobs (others find them by polling). */
export const queueEvents = new EventEmitter();
queueEvents.setMaxListeners(100);
export const notifyEnqueued = () => queueEvents.emit("enqueued");

export async function enqueue(
  tx: Tx,
  job: { lane: Lane; kind: string; payload: Prisma.InputJsonValue; destination?: string | null; runAt?: Date },
): Promise<string> {
  const row = await tx.job.create({
    data: { lane: job.lane, kind: job.kind, payload: job.payload, destination: job.destination ?? null, runAt: job.runAt ?? new Date() },
    select: { id: true },
  });
  return row.id;
}

/**
 * Claims up to `limit` due jobs of a lane for `workerId`. A destination already running
 * `perDestination` jobs (in any process) is skipped, so a slow endpoint holds only its own
 * slots and other destinations keep moving.
 */
export async function claimJobs(options: { lane: Lane; workerId: string; limit: number; perDestination: number; now?: Date }): Promise<ClaimedJob[]> {
  const now = options.now ?? new Date();
  if (options.limit <= 0) return [];
  return db.$transaction(async (tx) => {
    const busy = await tx.job.groupBy({
      by: ["destination"],
      where: { lane: options.lane, status: "RUNNING", lockedUntil: { gt: now }, destination: { not: null } },
      _count: { _all: true },
    });
    const running = new Map(busy.map((b) => [b.destination as string, b._count._all]));
    const saturated = [...running].filter(([, n]) => n >= options.perDestination).map(([d]) => d);
    const expired: Prisma.JobWhereInput = {
      // A lease that ran out: its worker died or hung. Never our own: a job this worker
      // still runs (its renewal merely late) must not be started a second time.
      status: "RUNNING",
      lockedUntil: { lt: now },
      lockedBy: { not: options.workerId },
    };
    const queued: Prisma.JobWhereInput = { status: "QUEUED", runAt: { lte: now } };
    const skip = saturated.length ? { NOT: { destination: { in: saturated } } } : {};
    const select = { id: true, destination: true } as const;
    // Two queries rather than one with OR: each walks the (lane, status, runAt) index in
    // order and stops at the limit, where the OR made SQLite sort every due job each time.
    const take = options.limit * 4;
    const candidates = [
      ...(await tx.job.findMany({ where: { lane: options.lane, ...expired, ...skip }, orderBy: { lockedUntil: "asc" }, take, select })),
      ...(await tx.job.findMany({ where: { lane: options.lane, ...queued, ...skip }, orderBy: { runAt: "asc" }, take, select })),
    ];
    const chosen: string[] = [];
    for (const job of candidates) {
      if (chosen.length >= options.limit) break;
      if (job.destination) {
        const count = running.get(job.destination) ?? 0;
        if (count >= options.perDestination) continue;
        running.set(job.destination, count + 1);
      }
      chosen.push(job.id);
    }
    if (!chosen.length) return [];
    // One compare-and-set for the batch: the due conditions are checked again in the update,
    // so a job another process claimed since the read is skipped, and the new lease time
    // tells which rows this claim took.
    const lease = new Date(now.getTime() + LEASE_MS);
    await tx.job.updateMany({
      where: { id: { in: chosen }, OR: [expired, queued] },
      data: { status: "RUNNING", lockedBy: options.workerId, lockedUntil: lease, attempts: { increment: 1 } },
    });
    const claimed = await tx.job.findMany({
      where: { id: { in: chosen }, lockedBy: options.workerId, lockedUntil: lease, status: "RUNNING" },
      orderBy: { runAt: "asc" },
      select: { id: true, lane: true, kind: true, payload: true, destination: true, attempts: true },
    });
    return claimed.map((job) => ({ ...job, lane: job.lane as Lane }));
  });
}

/** Extends the lease of a job this worker holds; false when it lost the job. */
export async function renewLease(jobId: string, workerId: string): Promise<boolean> {
  const result = await db.job.updateMany({
    where: { id: jobId, lockedBy: workerId, status: "RUNNING" },
    data: { lockedUntil: new Date(Date.now() + LEASE_MS) },
  });
  return result.count === 1;
}

/**
 * Marks the job done, or re-queues it for `retryAt` after the handler made progress (its
 * count of claims without progress starts over), inside the caller's transaction, if this
 * worker still holds it.
 */
export async function finishJob(tx: Tx, jobId: string, workerId: string, next: { retryAt: Date; lastError: string } | null): Promise<boolean> {
  const result = await tx.job.updateMany({
    where: { id: jobId, lockedBy: workerId, status: "RUNNING" },
    data: next
      ? { status: "QUEUED", runAt: next.retryAt, lockedBy: null, lockedUntil: null, lastError: next.lastError, attempts: 0 }
      : { status: "DONE", lockedBy: null, lockedUntil: null },
  });
  return result.count === 1;
}

/**
 * After a failure of the handler itself (not a recorded outcome), if this worker still holds
 * the job: re-queues it for `retryAt` keeping its count of claims without progress, or with
 * `retryAt` null marks it DEAD, never to be claimed again.
 */
export async function failJob(tx: Tx, jobId: string, workerId: string, next: { retryAt: Date | null; lastError: string }): Promise<boolean> {
  const result = await tx.job.updateMany({
    where: { id: jobId, lockedBy: workerId, status: "RUNNING" },
    data: { status: next.retryAt ? "QUEUED" : "DEAD", runAt: next.retryAt ?? undefined, lockedBy: null, lockedUntil: null, lastError: next.lastError },
  });
  return result.count === 1;
}

/** Gives back the jobs a stopping worker holds, so another claims them at once. */
export async function releaseJobs(workerId: string): Promise<number> {
  const result = await db.job.updateMany({
    where: { lockedBy: workerId, status: "RUNNING" },
    data: { status: "QUEUED", lockedBy: null, lockedUntil: null },
  });
  return result.count;
}

export const newWorkerId = () => `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
