import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseKind } from "@/lib/db/database-url";
import { insertRows, jsonParam } from "@/lib/db/insert-rows";
import type { JobKind } from "./job-catalog";
import { JOBS_CHANNEL } from "./job-wakeups";

// The durable queue: jobs are rows of the app database, enqueued in the same transaction
// as the change that causes them. A worker claims due jobs with a lease; while it works it
// renews the lease; when it dies the lease runs out and another worker claims the job
// again. Claims are compare-and-set updates, correct with any number of processes on
// SQLite (one writer at a time) and PostgreSQL alike.
//
// This module is the only code that reads or writes the Job table (a test greps for any
// other): enqueue/enqueueMany take a kind from the catalog (job-catalog.ts) and check the
// payload with its schema; complete/reschedule/fail take the caller's transaction so a job's
// fate commits together with the state change it belongs to.

export type Lane = "webhook" | "default";
export type Tx = Prisma.TransactionClient;

/**
 * `attempts`: claims of the job since it last made progress, this one included. Every claim
 * counts it up; a handler that records progress and asks to run again (finishJob with a
 * retry time) sets it back to 0, so a job that keeps failing before any progress is seen as
 * such and the worker can give up on it (see INTERNAL_FAILURE_LIMIT in worker.ts).
 */
/** `key`: what the job is about, as its owner keyed it (the run-step kind: the step id), readable even when the payload is not. */
export type ClaimedJob<P = unknown> = {
  id: string;
  lane: Lane;
  kind: string;
  payload: P;
  destination: string | null;
  attempts: number;
  key: string | null;
};

// How long a claim holds before another worker may take the job over; tests shorten it.
export const LEASE_MS = config().leaseMs;

/** Wakes workers of this process after a commit that enqueued jobs (other processes: job-wakeups.ts). */
export const queueEvents = new EventEmitter();
queueEvents.setMaxListeners(100);
export const notifyEnqueued = () => queueEvents.emit("enqueued");

/**
 * A job to write: its kind's payload, and optionally its lane (one the kind declares; the
 * first by default), destination host (per-destination limits), due time and `key`, the
 * caller's handle to find the job again (stored in the Job.stepId column).
 */
export type NewJob<P> = { id?: string; payload: P; lane?: Lane; destination?: string | null; runAt?: Date; key?: string | null };

const JOB_COLUMNS = ["id", "lane", "kind", "payload", "stepId", "destination", "status", "runAt", "attempts", "createdAt", "updatedAt"];

/**
 * Writes jobs of one kind in the caller's transaction as one multi-row INSERT (createMany
 * costs several times more per row, see insert-rows.ts; the runner writes a batch per
 * commit). Every payload is checked with the kind's schema first: a bad one throws and
 * nothing is written. Call notifyEnqueued() after the commit to wake this process's workers.
 */
export async function enqueueMany<P>(tx: Tx, kind: JobKind<P>, jobs: NewJob<P>[]): Promise<string[]> {
  if (!jobs.length) return [];
  const now = new Date();
  const rows = jobs.map((job) => jobRow(kind, job, now));
  await insertRows(tx, "Job", JOB_COLUMNS, rows);
  if (rows.some((row) => (row[7] as Date) <= now)) await notifyOtherProcesses(tx);
  return rows.map((row) => row[0] as string);
}

/**
 * On PostgreSQL, wakes the workers of every process (job-wakeups.ts) when the caller's
 * transaction commits; nothing is sent if it rolls back. SQLite's other processes poll.
 */
async function notifyOtherProcesses(tx: Pick<Tx, "$executeRaw">): Promise<void> {
  if (databaseKind() === "postgresql") await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, '')`;
}

/** A job's row in JOB_COLUMNS order; throws when the lane or the payload is not the kind's. */
function jobRow<P>(kind: JobKind<P>, job: NewJob<P>, now: Date): unknown[] {
  const lane = job.lane ?? kind.lanes[0];
  if (!kind.lanes.includes(lane)) throw new Error(`a "${kind.kind}" job cannot run in the ${lane} lane`);
  const payload = kind.payload.parse(job.payload);
  return [
    job.id ?? randomUUID(),
    lane,
    kind.kind,
    jsonParam(payload),
    job.key ?? null,
    job.destination ?? null,
    "QUEUED",
    job.runAt ?? now,
    0,
    now,
    now,
  ];
}

/** Writes one job in the caller's transaction; see enqueueMany. */
export async function enqueue<P>(tx: Tx, kind: JobKind<P>, job: NewJob<P>): Promise<string> {
  return (await enqueueMany(tx, kind, [job]))[0];
}

/**
 * For a recurring job that must exist exactly once (the retention sweep): writes the job with
 * this fixed id unless a job with that id exists, and queues a job of that id that ended (DONE
 * or DEAD) again for `runAt`. Any number of processes may call it at the same moment: the
 * insert of all but one is skipped as a duplicate, so one row results. A job of that id that
 * is queued or running is left as it is (its due time included). Returns true when it wrote or
 * revived the job.
 */
export async function ensureJob<P>(kind: JobKind<P>, job: NewJob<P> & { id: string; runAt: Date }): Promise<boolean> {
  const now = new Date();
  const row = jobRow(kind, job, now);
  return db.$transaction(async (tx) => {
    if (await insertRows(tx, "Job", JOB_COLUMNS, [row], { skipDuplicates: true })) return true;
    const revived = await tx.job.updateMany({
      where: { id: job.id, kind: kind.kind, status: { in: ["DONE", "DEAD"] } },
      data: { status: "QUEUED", runAt: job.runAt, attempts: 0, lockedBy: null, lockedUntil: null },
    });
    return revived.count === 1;
  });
}

type ClaimOptions = {
  lane: Lane;
  workerId: string;
  limit: number;
  perDestination: number;
  /** Jobs this worker is running now: never claimed again, even when their lease ran out (a late renewal). */
  running?: string[];
  now?: Date;
};

/**
 * Claims up to `limit` due jobs of a lane for `workerId`: queued jobs that are due, and
 * running jobs whose lease ran out (their worker died, hung, or lost the database for
 * longer than the lease), but never one in `running`. A destination already running
 * `perDestination` jobs (in any process) is skipped, so a slow endpoint holds only its own
 * slots and other destinations keep moving.
 *
 * One statement on both databases picks and takes the jobs. Queued and expired jobs are picked
 * by two index walks that stop at the limit (Job_queued_due_idx, Job_running_lease_idx), never
 * a sort of all due work; per destination, candidates are ranked so the batch fills only the
 * slots left. The counts it reads must include every claim committed before it, in any process:
 * - SQLite: a writing statement takes the database's write lock before it reads, so claims of
 *   all processes take turns.
 * - PostgreSQL: claims of a lane take turns on a transaction-level advisory lock (without it,
 *   two workers reading the same counts at once could each fill a destination's slots); inside,
 *   FOR UPDATE SKIP LOCKED passes over rows other transactions hold (a job being finished or
 *   renewed) instead of waiting.
 */
export async function claimJobs(options: ClaimOptions): Promise<ClaimedJob[]> {
  if (options.limit <= 0) return [];
  const now = options.now ?? new Date();
  const lease = new Date(now.getTime() + LEASE_MS);
  const take = options.limit * 4;
  const postgresql = databaseKind() === "postgresql";
  const skipLocked = Prisma.raw(postgresql ? "FOR UPDATE SKIP LOCKED" : "");
  const notRunning = options.running?.length ? Prisma.sql`AND id NOT IN (${Prisma.join(options.running)})` : Prisma.empty;
  const claim = async (tx: Pick<Tx, "$queryRaw">) =>
    tx.$queryRaw<(Omit<ClaimedJob, "key" | "lane" | "attempts"> & { lane: string; stepId: string | null; attempts: number | bigint })[]>`
      WITH busy AS (
        SELECT destination, count(*) AS n FROM "Job"
        WHERE lane = ${options.lane} AND status = 'RUNNING' AND "lockedUntil" > ${now} AND destination IS NOT NULL
        GROUP BY destination
      ),
      saturated AS (SELECT destination FROM busy WHERE n >= ${options.perDestination}),
      expired AS (
        SELECT id, destination, "lockedUntil" AS due FROM "Job"
        WHERE lane = ${options.lane} AND status = 'RUNNING' AND "lockedUntil" < ${now} ${notRunning}
          AND (destination IS NULL OR destination NOT IN (SELECT destination FROM saturated))
        ORDER BY "lockedUntil" LIMIT ${take}
        ${skipLocked}
      ),
      queued AS (
        SELECT id, destination, "runAt" AS due FROM "Job"
        WHERE lane = ${options.lane} AND status = 'QUEUED' AND "runAt" <= ${now}
          AND (destination IS NULL OR destination NOT IN (SELECT destination FROM saturated))
        ORDER BY "runAt" LIMIT ${take}
        ${skipLocked}
      ),
      ranked AS (
        SELECT c.id, c.destination, c.due, c.source,
               row_number() OVER (PARTITION BY c.destination ORDER BY c.source, c.due) AS rank
        FROM (SELECT id, destination, due, 0 AS source FROM expired UNION ALL SELECT id, destination, due, 1 AS source FROM queued) c
      ),
      chosen AS (
        SELECT r.id FROM ranked r LEFT JOIN busy b ON b.destination = r.destination
        WHERE r.destination IS NULL OR coalesce(b.n, 0) + r.rank <= ${options.perDestination}
        ORDER BY r.source, r.due LIMIT ${options.limit}
      )
      UPDATE "Job"
      SET status = 'RUNNING', "lockedBy" = ${options.workerId}, "lockedUntil" = ${lease}, attempts = attempts + 1, "updatedAt" = ${now}
      WHERE id IN (SELECT id FROM chosen)
      RETURNING id, lane, kind, payload, destination, attempts, "stepId"`;
  const rows = postgresql
    ? await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`hookflow-claim:${options.lane}`}))`;
        return claim(tx);
      })
    : await claim(db);
  return rows.map(({ stepId, ...job }) => ({ ...job, lane: job.lane as Lane, attempts: Number(job.attempts), key: stepId }));
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
export async function finishJob(
  tx: Tx,
  jobId: string,
  workerId: string,
  next: { retryAt: Date; lastError: string | null } | null,
): Promise<boolean> {
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
 * `retryAt` null marks it DEAD, never to be claimed again. `uncounted`: the failure was not the
 * job's (the database went away), so this claim is taken off the count.
 */
export async function failJob(
  tx: Tx,
  jobId: string,
  workerId: string,
  next: { retryAt: Date | null; lastError: string; uncounted?: boolean },
): Promise<boolean> {
  const result = await tx.job.updateMany({
    where: { id: jobId, lockedBy: workerId, status: "RUNNING" },
    data: {
      status: next.retryAt ? "QUEUED" : "DEAD",
      runAt: next.retryAt ?? undefined,
      lockedBy: null,
      lockedUntil: null,
      lastError: next.lastError,
      ...(next.uncounted ? { attempts: { decrement: 1 } } : {}),
    },
  });
  return result.count === 1;
}

/**
 * Of these claims, the jobs their worker still holds (a worker whose lease ran out must not record
 * over the one that took over). On PostgreSQL the rows stay locked until the caller's transaction
 * ends, so a change that ends jobs of the same work (lockJobsOf and endQueuedJobsOf: a cancelled run) waits for the
 * outcome's commit and sees it, and locks in the same order (jobs first): no deadlock.
 */
export async function heldJobs(tx: Tx, claims: { id: string; workerId: string }[]): Promise<Set<string>> {
  if (!claims.length) return new Set();
  const claimedBy = new Map(claims.map((c) => [c.id, c.workerId]));
  const forUpdate = Prisma.raw(databaseKind() === "postgresql" ? "ORDER BY id FOR UPDATE" : "");
  const rows = await tx.$queryRaw<{ id: string; lockedBy: string | null }[]>`
    SELECT id, "lockedBy" FROM "Job" WHERE id IN (${Prisma.join([...claimedBy.keys()])}) AND status = 'RUNNING' ${forUpdate}`;
  return new Set(rows.filter((row) => row.lockedBy === claimedBy.get(row.id)).map((row) => row.id));
}

/** Marks jobs DONE; for jobs the caller holds (see heldJobs), in its transaction. */
export async function completeJobs(tx: Tx, jobIds: string[]): Promise<void> {
  if (jobIds.length)
    await tx.$executeRaw`
      UPDATE "Job" SET status = 'DONE', "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = ${new Date()}
      WHERE id IN (${Prisma.join(jobIds)})`;
}

/**
 * Re-queues a job the caller holds for `runAt` after its handler made progress (an outcome
 * was recorded), so its count of claims without progress starts over.
 */
export async function rescheduleJob(tx: Tx, jobId: string, next: { runAt: Date; lastError: string | null }): Promise<void> {
  await tx.job.update({
    where: { id: jobId },
    data: { status: "QUEUED", runAt: next.runAt, lockedBy: null, lockedUntil: null, lastError: next.lastError, attempts: 0 },
  });
}

/** The queued (not running) job written with this key, if any. */
export async function findQueuedJob(tx: Tx, key: string): Promise<{ id: string; runAt: Date } | null> {
  return tx.job.findFirst({ where: { stepId: key, status: "QUEUED" }, select: { id: true, runAt: true } });
}

/**
 * Locks the queued and running jobs with these keys until the caller's transaction ends
 * (PostgreSQL; SQLite transactions take turns anyway). Take it before changing the work they
 * belong to: a runner recording one of them (heldJobs) is waited for, so statements after this
 * one see its outcome and the jobs it queued, and the two lock in the same order.
 */
export async function lockJobsOf(tx: Tx, keys: string[]): Promise<void> {
  if (keys.length && databaseKind() === "postgresql")
    await tx.$queryRaw`
      SELECT id FROM "Job" WHERE "stepId" IN (${Prisma.join(keys)}) AND status IN ('QUEUED', 'RUNNING') ORDER BY id FOR UPDATE`;
}

/**
 * Ends the queued jobs with these keys (DONE, with `reason` as their last error), in the
 * caller's transaction; returns how many. A running job is left to its worker, which records its
 * outcome and queues nothing after it when its work was ended (see the runner).
 */
export async function endQueuedJobsOf(tx: Tx, keys: string[], reason: string): Promise<number> {
  if (!keys.length) return 0;
  return tx.$executeRaw`
    UPDATE "Job" SET status = 'DONE', "lastError" = ${reason}, "updatedAt" = ${new Date()}
    WHERE "stepId" IN (${Prisma.join(keys)}) AND status = 'QUEUED'`;
}

/** Moves a queued job's due time; false when it is no longer queued. */
export async function setJobRunAt(tx: Tx, jobId: string, runAt: Date): Promise<boolean> {
  const moved = (await tx.job.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { runAt } })).count === 1;
  if (moved && runAt <= new Date()) await notifyOtherProcesses(tx);
  return moved;
}

/** When the queued jobs with these keys are due: the earliest per key. */
export async function queuedRunAt(keys: string[], client: Pick<Tx, "job"> = db): Promise<Map<string, Date>> {
  const due = new Map<string, Date>();
  if (!keys.length) return due;
  const rows = await client.job.findMany({
    where: { stepId: { in: keys }, status: "QUEUED" },
    select: { stepId: true, runAt: true },
    orderBy: { runAt: "asc" },
  });
  for (const row of rows) if (row.stepId && !due.has(row.stepId)) due.set(row.stepId, row.runAt);
  return due;
}

/** DEAD jobs (never claimed again; `lastError` says why), counted by kind. */
export async function countDeadJobs(): Promise<Record<string, number>> {
  const rows = await db.job.groupBy({ by: ["kind"], where: { status: "DEAD" }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.kind, row._count._all]));
}

/** The newest DEAD jobs, with why each died. */
export async function listDeadJobs(limit = 50): Promise<{ id: string; kind: string; lastError: string | null; updatedAt: Date }[]> {
  return db.job.findMany({
    where: { status: "DEAD" },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, kind: true, lastError: true, updatedAt: true },
  });
}

/**
 * Deletes up to `limit` jobs that ended (DONE, or DEAD) and have not changed since `before`;
 * returns how many. A queued or running job is never deleted, however old. For the retention
 * sweep (lib/retention), which calls it until it deletes fewer than `limit`.
 */
export async function deleteFinishedJobs(before: Date, limit: number): Promise<number> {
  // Keys first, then a delete by key that checks the condition again: a bounded statement on
  // both providers (neither SQLite's nor PostgreSQL's DELETE takes a LIMIT). One status at a
  // time, so each read walks its own partial index (Job_done_idx, Job_dead_idx).
  const ids: string[] = [];
  for (const status of ["DONE", "DEAD"]) {
    if (ids.length >= limit) break;
    const rows = await db.job.findMany({
      where: { status, updatedAt: { lt: before } },
      orderBy: { updatedAt: "asc" },
      take: limit - ids.length,
      select: { id: true },
    });
    ids.push(...rows.map((row) => row.id));
  }
  if (!ids.length) return 0;
  return (await db.job.deleteMany({ where: { id: { in: ids }, status: { in: ["DONE", "DEAD"] }, updatedAt: { lt: before } } })).count;
}

/** Gives back the jobs a stopping worker holds, so another claims them at once. */
export async function releaseJobs(workerId: string): Promise<number> {
  const result = await db.job.updateMany({
    where: { lockedBy: workerId, status: "RUNNING" },
    data: { status: "QUEUED", lockedBy: null, lockedUntil: null },
  });
  // Another process's workers may take them over at once.
  if (result.count) await notifyOtherProcesses(db);
  return result.count;
}

export const newWorkerId = () => `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
