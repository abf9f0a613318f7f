import { deleteAuditEntriesBefore } from "@/lib/audit/audit-log";
import { deleteExpiredAuthRows } from "@/lib/auth/auth";
import { deleteExpiredInvitations } from "@/lib/auth/invitations";
import { deleteEndedThrottles } from "@/lib/auth/sign-in-throttle";
import { config } from "@/lib/config";
import { deleteCapturesBefore } from "@/lib/inspector/inspector";
import { deleteFinishedJobs } from "@/lib/jobs/job-queue";
import { deleteHookEventsBefore } from "@/lib/webhook-trigger/hook-event-store";
import { deleteExpiredSeenIds } from "@/lib/webhook-trigger/seen-ids";
import { deleteFinishedRuns } from "@/lib/workflows/enrollments";

// One retention sweep (issue 12): deletes what is older than HOOKFLOW_RETENTION_DAYS (finished
// runs with their steps and attempts, ended jobs, hook events, inspector captures), audit
// entries older than HOOKFLOW_AUDIT_RETENTION_DAYS, and, whatever those say, what has expired
// and is never read again (remembered hook ids, sessions and one-time values, invitation links,
// ended sign-in throttle windows). Each table's delete lives in the module that owns the table;
// this module only decides the cut-offs and paces the batches.
//
// Deletes go in small batches (a bounded statement each, keys selected with a LIMIT), with a
// short pause after every full batch, so SQLite's one writer is never held for long and the
// runner's claims and commits go between them. A sweep stops a table after MAX_BATCHES full
// batches and says so (`unfinished`), so one sweep of a large backlog does not hold a worker
// slot for long; the retention job then runs again soon (retention-job.ts).

const DAY_MS = 86_400_000;
/** Rows per delete statement. */
const BATCH_SIZE = 500;
/** Runs per delete statement: each takes its steps and their attempts with it (a few to a few dozen rows). */
const RUN_BATCH_SIZE = 100;
/** Full batches per table in one sweep. */
const MAX_BATCHES = 200;
/** Pause after a full batch, for other writers. */
const PAUSE_MS = 20;

export type SweepOptions = {
  now?: Date;
  /** Days to keep runs, jobs, hook events and captures; null: forever. Default: HOOKFLOW_RETENTION_DAYS. */
  retentionDays?: number | null;
  /** Days to keep audit entries; null: forever. Default: HOOKFLOW_AUDIT_RETENTION_DAYS. */
  auditRetentionDays?: number | null;
  /** Rows per statement (runs: a fifth of it); tests make it small. */
  batchSize?: number;
  maxBatches?: number;
  pauseMs?: number;
};

export type SweepResult = {
  /** Rows deleted per table (runs counted as runs). */
  deleted: Record<RetentionTable, number>;
  /** A table had more to delete than one sweep takes: sweep again soon. */
  unfinished: boolean;
};

const TABLES = [
  "runs",
  "jobs",
  "hookEvents",
  "captures",
  "auditEntries",
  "hookSeenIds",
  "authRows",
  "invitations",
  "signInThrottles",
] as const;
type RetentionTable = (typeof TABLES)[number];

type Task = { table: RetentionTable; batch: number; deleteBatch: (limit: number) => Promise<number> };

export async function sweepRetention(options: SweepOptions = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const retentionDays = options.retentionDays === undefined ? config().retentionDays : options.retentionDays;
  const auditRetentionDays = options.auditRetentionDays === undefined ? config().auditRetentionDays : options.auditRetentionDays;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const runBatch = options.batchSize === undefined ? RUN_BATCH_SIZE : Math.max(1, Math.floor(batchSize / 5));
  const maxBatches = options.maxBatches ?? MAX_BATCHES;
  const pauseMs = options.pauseMs ?? PAUSE_MS;

  const tasks: Task[] = [
    { table: "hookSeenIds", batch: batchSize, deleteBatch: (limit) => deleteExpiredSeenIds(now, limit) },
    { table: "authRows", batch: batchSize, deleteBatch: (limit) => deleteExpiredAuthRows(now, limit) },
    { table: "invitations", batch: batchSize, deleteBatch: (limit) => deleteExpiredInvitations(now, limit) },
    { table: "signInThrottles", batch: batchSize, deleteBatch: (limit) => deleteEndedThrottles(now, limit) },
  ];
  if (retentionDays !== null) {
    const before = new Date(now.getTime() - retentionDays * DAY_MS);
    tasks.push(
      { table: "runs", batch: runBatch, deleteBatch: (limit) => deleteFinishedRuns(before, limit) },
      { table: "jobs", batch: batchSize, deleteBatch: (limit) => deleteFinishedJobs(before, limit) },
      { table: "hookEvents", batch: batchSize, deleteBatch: (limit) => deleteHookEventsBefore(before, limit) },
      { table: "captures", batch: batchSize, deleteBatch: (limit) => deleteCapturesBefore(before, limit) },
    );
  }
  if (auditRetentionDays !== null) {
    const before = new Date(now.getTime() - auditRetentionDays * DAY_MS);
    tasks.push({ table: "auditEntries", batch: batchSize, deleteBatch: (limit) => deleteAuditEntriesBefore(before, limit) });
  }

  const deleted = Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<RetentionTable, number>;
  let unfinished = false;
  for (const task of tasks) {
    for (let batches = 0; ; batches++) {
      if (batches === maxBatches) {
        unfinished = true;
        break;
      }
      const count = await task.deleteBatch(task.batch);
      deleted[task.table] += count;
      if (count < task.batch) break;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  return { deleted, unfinished };
}
