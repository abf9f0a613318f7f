import { shortReason, startWorker, type WorkerOptions } from "@/lib/jobs/worker";
import { retentionJob, retentionJobKind, scheduleRetention } from "@/lib/retention/retention-job";
import { runStepJob, runStepJobKind } from "./runner";

/**
 * A worker that runs workflow steps and the retention sweep: used in the web process and by
 * `npm run worker`. Each start makes sure the one retention job exists (lib/retention).
 */
export function startRunner(options: Omit<WorkerOptions, "handlers"> = {}) {
  // The kinds are declared in the job catalog by their modules, so the worker can parse their payloads.
  const worker = startWorker({
    ...options,
    handlers: { [runStepJobKind.kind]: runStepJob, [retentionJobKind.kind]: retentionJob(options.log) },
  });
  const log = options.log ?? ((m: string) => console.log(`[hookflow worker] ${m}`));
  scheduleRetention().catch((error) => log(`scheduling the retention sweep failed: ${shortReason(error)}`));
  return worker;
}
