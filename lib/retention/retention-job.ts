import { z } from "zod";
import { db } from "@/lib/db";
import { defineJob, type PayloadOf } from "@/lib/jobs/job-catalog";
import { ensureJob, finishJob } from "@/lib/jobs/job-queue";
import { type JobHandler, shortReason } from "@/lib/jobs/worker";
import { type SweepResult, sweepRetention } from "./retention-sweep";

// The retention sweep runs as a job of the durable queue, so with any number of worker
// processes exactly one sweep runs at a time, a sweep cut short by a crash is taken over when
// its lease runs out, and nothing else is needed to schedule it. There is one retention job,
// for ever: a row with a fixed id that every worker writes at start unless it exists
// (ensureJob: a duplicate insert is skipped, so two workers starting together still make one),
// and that each run queues again for its next time instead of ending.
//
// A timer in every worker would also work, guarded by the queue, but would need its own
// "who sweeps now" lock and its own record of the last sweep; the queue has both already.

export const retentionJobKind = defineJob({ kind: "retention", payload: z.object({}), lanes: ["default"] });
type RetentionPayload = PayloadOf<typeof retentionJobKind>;

/** The retention job's fixed id: there is never more than one. */
export const RETENTION_JOB_ID = "retention-sweep";
/** Time between sweeps. */
export const RETENTION_INTERVAL_MS = 60 * 60_000;
/** Time to the next sweep when one stopped with more to delete, or failed. */
const RETENTION_SOON_MS = 60_000;
/** The first sweep after a worker created the job: once the start has settled. */
const FIRST_SWEEP_DELAY_MS = 60_000;

/**
 * At worker start: makes sure the retention job exists, due a minute from now when it is new.
 * One that is queued keeps its time; one that ended (DEAD after failing again and again, which
 * its handler avoids) is queued again, so a restart always brings the sweep back.
 */
export async function scheduleRetention(now = new Date()): Promise<void> {
  await ensureJob(retentionJobKind, { id: RETENTION_JOB_ID, payload: {}, runAt: new Date(now.getTime() + FIRST_SWEEP_DELAY_MS) });
}

/**
 * Runs one sweep and queues the job again: in an hour, or in a minute when the sweep had more to
 * delete than it takes at once. A failed sweep (the database busy or gone) is logged and tried
 * again in a minute, never given up: the job must not end.
 */
export function retentionJob(
  log: (message: string) => void = (m) => console.log(`[hookflow retention] ${m}`),
): JobHandler<RetentionPayload> {
  return async (job, workerId) => {
    let result: SweepResult | null = null;
    let failure: string | null = null;
    try {
      result = await sweepRetention();
    } catch (error) {
      failure = shortReason(error);
      log(`the sweep failed, trying again in a minute: ${failure}`);
    }
    if (result) {
      const counts = Object.entries(result.deleted).filter(([, n]) => n > 0);
      if (counts.length)
        log(`deleted ${counts.map(([table, n]) => `${n} ${table}`).join(", ")}${result.unfinished ? "; more next minute" : ""}`);
    }
    const wait = failure || result?.unfinished ? RETENTION_SOON_MS : RETENTION_INTERVAL_MS;
    await db.$transaction((tx) => finishJob(tx, job.id, workerId, { retryAt: new Date(Date.now() + wait), lastError: failure }));
  };
}
