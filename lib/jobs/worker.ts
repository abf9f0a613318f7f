import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { isDatabaseUnavailable, whileDatabaseAway } from "@/lib/db/database-away";
import { onJobsEnqueuedAnywhere } from "./job-wakeups";
import { INTERNAL_FAILURE_LIMIT, INTERNAL_RETRY_MS, parsePayload } from "./job-catalog";
import {
  claimJobs,
  failJob,
  LEASE_MS,
  newWorkerId,
  queueEvents,
  releaseJobs,
  renewLease,
  type ClaimedJob,
  type Lane,
  type Tx,
} from "./job-queue";

// A worker runs each lane as its own loop with its own concurrency, so webhook deliveries
// (slow, remote) never hold up default work, and claimJobs caps every destination host.
//
// A handler that throws has hit a fault of ours (a delivery's outcome is recorded, never
// thrown). Such a job is tried again after growing waits, and after INTERNAL_FAILURE_LIMIT
// failures in a row it is marked DEAD instead of looping forever; the handler's `onDead`
// hook, in the same transaction, lets its owner (the runner) fail what the job was doing.
// The limit and the waits are the job kind's retry policy (job-catalog.ts).
//
// A claimed job's payload is parsed with its kind's schema before the handler sees it. A job
// whose kind is not in the catalog, or whose payload does not parse, can never run: it is
// marked DEAD at once, with the reason in lastError (countDeadJobs in job-queue.ts).

export { INTERNAL_FAILURE_LIMIT };

/** Why a job died, for people: `reason` names the fault without the data it was about. */
export type DeadJob = { reason: string; tries: number };

/** Runs a claimed job whose payload was parsed with its kind's schema. */
export type JobHandler<P = unknown> = ((job: ClaimedJob<P>, workerId: string) => Promise<void>) & {
  /** Called in the transaction that marks the job DEAD after its handler kept failing (not for a payload that does not parse). */
  onDead?: (tx: Tx, job: ClaimedJob<P>, dead: DeadJob) => Promise<void>;
  /** Called in the transaction that marks DEAD a job of this kind whose payload does not parse: only its key is known. */
  onCannotRun?: (tx: Tx, job: { id: string; key: string | null }, reason: string) => Promise<void>;
};

export type WorkerOptions = {
  /** By kind name; each handler takes its own kind's payload, parsed with its schema before the call. */
  // biome-ignore lint/suspicious/noExplicitAny: each handler keeps its own payload type; the worker parses the payload before the call.
  handlers: Record<string, JobHandler<any>>;
  lanes?: Partial<Record<Lane, number>>;
  perDestination?: number;
  pollMs?: number;
  /** First wait after a handler failed (the kind's retry.retryMs); tests shorten it. */
  internalRetryMs?: number;
  log?: (message: string) => void;
};

/**
 * A thrown error as a short reason a person may read: its kind and first line, with quoted
 * text, URLs and token-like words left out (they may be request data or a secret), capped.
 */
export function shortReason(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
  const line = text
    .split("\n")[0]
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, "…")
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "…")
    .replace(/\S*(?:[a-z]\S*\d|\d\S*[a-z])\S*/gi, (word) => (word.length >= 12 ? "…" : word))
    .trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

export type Worker = { id: string; stop: () => Promise<void>; idle: () => boolean };

export function startWorker(options: WorkerOptions): Worker {
  const id = newWorkerId();
  const log = options.log ?? ((m: string) => console.log(`[hookflow worker] ${m}`));
  const lanes: Record<Lane, number> = {
    webhook: options.lanes?.webhook ?? config().webhookConcurrency,
    default: options.lanes?.default ?? config().defaultConcurrency,
  };
  const perDestination = options.perDestination ?? config().perDestinationConcurrency;
  const pollMs = options.pollMs ?? 250;
  let stopping = false;
  const inFlight = new Set<Promise<void>>();
  // Ids of the jobs this worker runs now: a claim never takes one of them back, even if its
  // lease ran out while the database was away (renewals failed), but a job of ours whose run
  // ended without recording it (the database was away then too) is claimed again.
  const runningIds = new Set<string>();
  const busy: Record<Lane, number> = { webhook: 0, default: 0 };
  // Each lane's loop sleeps between claims; new work wakes every lane, a finished job only its own.
  const wakers: Record<Lane, Set<() => void>> = { webhook: new Set(), default: new Set() };
  const wakeLane = (lane: Lane) => {
    for (const wake of wakers[lane]) wake();
  };
  const wakeAll = () => {
    wakeLane("webhook");
    wakeLane("default");
  };
  queueEvents.on("enqueued", wakeAll);
  const stopListening = onJobsEnqueuedAnywhere(wakeAll, log);

  async function runJob(job: ClaimedJob) {
    const renew = setInterval(() => void renewLease(job.id, id).catch(() => {}), LEASE_MS / 3);
    const handler = options.handlers[job.kind];
    const parsed = parsePayload(job.kind, job.payload);
    try {
      if (!parsed.ok) {
        await cannotRun(job, handler, parsed.reason);
        return;
      }
      job = { ...job, payload: parsed.payload };
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(job, id);
    } catch (error) {
      const policy = parsed.ok ? parsed.kind.retry : { failureLimit: INTERNAL_FAILURE_LIMIT, retryMs: INTERNAL_RETRY_MS };
      await whileDatabaseAway(() => handlerFailed(job, handler, error, policy), LEASE_MS).catch((e) =>
        log(`recording the failure of job ${job.id} failed: ${(e as Error).message}`),
      );
    } finally {
      clearInterval(renew);
    }
  }

  /** A job that can never run (unknown kind, payload not matching its schema): DEAD at once, no retries. */
  async function cannotRun(job: ClaimedJob, handler: JobHandler | undefined, reason: string) {
    const lastError = reason.slice(0, 500);
    log(`job ${job.id} (${job.kind}) cannot run and is now DEAD: ${lastError}`);
    await db.$transaction(async (tx) => {
      if (await failJob(tx, job.id, id, { retryAt: null, lastError }))
        await handler?.onCannotRun?.(tx, { id: job.id, key: job.key }, lastError);
    });
  }

  async function handlerFailed(
    job: ClaimedJob,
    handler: JobHandler | undefined,
    error: unknown,
    policy: { failureLimit: number; retryMs: number },
  ) {
    const lastError = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
    const tries = job.attempts;
    const limit = policy.failureLimit;
    if (isDatabaseUnavailable(error)) {
      // Not the job's fault: it runs again as soon as the database is back, and this claim does
      // not count towards the failures that would make it DEAD.
      log(`job ${job.id} (${job.kind}) stopped: the database is unavailable; it runs again when the database is back`);
      await db.$transaction((tx) => failJob(tx, job.id, id, { retryAt: new Date(), lastError, uncounted: true }));
      return;
    }
    if (tries < limit) {
      const retryAt = new Date(Date.now() + (options.internalRetryMs ?? policy.retryMs) * 2 ** (tries - 1));
      log(`job ${job.id} (${job.kind}) failed (${tries} of ${limit} in a row), trying again at ${retryAt.toISOString()}: ${lastError}`);
      await db.$transaction((tx) => failJob(tx, job.id, id, { retryAt, lastError }));
      return;
    }
    log(`job ${job.id} (${job.kind}) failed ${tries} times in a row and is now DEAD: ${lastError}`);
    const dead = { reason: shortReason(error), tries };
    try {
      await db.$transaction(async (tx) => {
        if (await failJob(tx, job.id, id, { retryAt: null, lastError })) await handler?.onDead?.(tx, job, dead);
      });
    } catch (hookError) {
      // The hook failed too: the job still ends, rather than come back for ever.
      log(`job ${job.id} (${job.kind}): onDead failed: ${(hookError as Error).message}`);
      await db.$transaction((tx) => failJob(tx, job.id, id, { retryAt: null, lastError }));
    }
  }

  async function laneLoop(lane: Lane) {
    const limit = lanes[lane];
    // Claim in batches: a claim costs the same few queries for one job or thirty, so while
    // work is in flight wait until a quarter of the lane is free before claiming again.
    const batch = Math.max(1, Math.floor(limit / 4));
    let failedClaims = 0;
    while (!stopping) {
      let claimed: ClaimedJob[] = [];
      const free = limit - busy[lane];
      if (free >= batch || (free > 0 && busy[lane] === 0)) {
        try {
          claimed = await claimJobs({ lane, workerId: id, limit: Math.min(free, 32), perDestination, running: [...runningIds] });
          if (failedClaims) log(`claiming ${lane} jobs works again, after ${failedClaims} failed tries`);
          failedClaims = 0;
        } catch (error) {
          // Once per outage, not at every poll.
          if (failedClaims++ === 0) log(`claiming ${lane} jobs failed: ${(error as Error).message}; trying again at every poll`);
        }
      }
      for (const job of claimed) {
        busy[lane]++;
        runningIds.add(job.id);
        const run = runJob(job).finally(() => {
          busy[lane]--;
          runningIds.delete(job.id);
          inFlight.delete(run);
          wakeLane(lane);
        });
        inFlight.add(run);
      }
      // stop() may have come while this claim ran: its wake-up found no sleeper.
      if (stopping) break;
      if (claimed.length === 0 || limit - busy[lane] < batch) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pollMs);
          function done() {
            clearTimeout(timer);
            wakers[lane].delete(done);
            resolve();
          }
          wakers[lane].add(done);
        });
      }
    }
  }

  const loops = (Object.keys(lanes) as Lane[]).map((lane) => laneLoop(lane));

  return {
    id,
    idle: () => inFlight.size === 0,
    async stop() {
      stopping = true;
      wakeAll();
      queueEvents.off("enqueued", wakeAll);
      stopListening();
      await Promise.all(loops);
      // Let calls in flight finish (their results are recorded), up to a grace period;
      // anything still running is handed back for another worker.
      const grace = new Promise((resolve) => setTimeout(resolve, config().shutdownGraceMs).unref());
      await Promise.race([Promise.all(inFlight), grace]);
      const released = await releaseJobs(id);
      if (released) log(`released ${released} job(s) on shutdown`);
    },
  };
}
