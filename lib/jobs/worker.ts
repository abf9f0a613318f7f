import { db } from "@/lib/db";
import { claimJobs, finishJob, LEASE_MS, newWorkerId, queueEvents, releaseJobs, renewLease, type ClaimedJob, type Lane } from "./job-queue";

// A worker runs each lane as its own loop with its own concurrency, so webhook deliveries
// (slow, remote) never hold up default work, and claimJobs caps every destination host.

export type JobHandler = (job: ClaimedJob, workerId: string) => Promise<void>;

export type WorkerOptions = {
  handlers: Record<string, JobHandler>;
  lanes?: Partial<Record<Lane, number>>;
  perDestination?: number;
  pollMs?: number;
  log?: (message: string) => void;
};

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export type Worker = { id: string; stop: () => Promise<void>; idle: () => boolean };

export function startWorker(options: WorkerOptions): Worker {
  const id = newWorkerId();
  const log = options.log ?? ((m: string) => console.log(`[hookflow worker] ${m}`));
  const lanes: Record<Lane, number> = {
    webhook: options.lanes?.webhook ?? envInt("HOOKFLOW_WEBHOOK_CONCURRENCY", 64),
    default: options.lanes?.default ?? envInt("HOOKFLOW_DEFAULT_CONCURRENCY", 4),
  };
  const perDestination = options.perDestination ?? envInt("HOOKFLOW_PER_DESTINATION_CONCURRENCY", 16);
  const pollMs = options.pollMs ?? 250;
  let stopping = false;
  const inFlight = new Set<Promise<void>>();
  const busy: Record<Lane, number> = { webhook: 0, default: 0 };
  const wakers = new Set<() => void>();
  const wakeAll = () => wakers.forEach((w) => w());
  queueEvents.on("enqueued", wakeAll);

  async function runJob(job: ClaimedJob) {
    const renew = setInterval(() => void renewLease(job.id, id).catch(() => {}), LEASE_MS / 3);
    try {
      const handler = options.handlers[job.kind];
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(job, id);
    } catch (error) {
      // A fault of ours, not a delivery outcome: try the job again in a minute.
      log(`job ${job.id} (${job.kind}) failed: ${(error as Error).message}`);
      await db.$transaction((tx) => finishJob(tx, job.id, id, { retryAt: new Date(Date.now() + 60_000), lastError: (error as Error).message.slice(0, 500) })).catch(() => {});
    } finally {
      clearInterval(renew);
    }
  }

  async function laneLoop(lane: Lane) {
    const limit = lanes[lane];
    // Claim in batches: a claim costs the same few queries for one job or thirty, so while
    // work is in flight wait until a quarter of the lane is free before claiming again.
    const batch = Math.max(1, Math.floor(limit / 4));
    while (!stopping) {
      let claimed: ClaimedJob[] = [];
      const free = limit - busy[lane];
      if (free >= batch || (free > 0 && busy[lane] === 0)) {
        try {
          claimed = await claimJobs({ lane, workerId: id, limit: Math.min(free, 32), perDestination });
        } catch (error) {
          log(`claiming ${lane} jobs failed: ${(error as Error).message}`);
        }
      }
      for (const job of claimed) {
        busy[lane]++;
        const run = runJob(job).finally(() => {
          busy[lane]--;
          inFlight.delete(run);
          wakeAll();
        });
        inFlight.add(run);
      }
      if (claimed.length === 0 || limit - busy[lane] < batch) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pollMs);
          function done() {
            clearTimeout(timer);
            wakers.delete(done);
            resolve();
          }
          wakers.add(done);
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
      await Promise.all(loops);
      // Let calls in flight finish (their results are recorded), up to a grace period;
      // anything still running is handed back for another worker.
      const grace = new Promise((resolve) => setTimeout(resolve, envInt("HOOKFLOW_SHUTDOWN_GRACE_MS", 10_000)).unref());
      await Promise.race([Promise.all(inFlight), grace]);
      const released = await releaseJobs(id);
      if (released) log(`released ${released} job(s) on shutdown`);
    },
  };
}
