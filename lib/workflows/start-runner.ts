import { startWorker, type WorkerOptions } from "@/lib/jobs/worker";
import { runStepJob, runStepJobKind } from "./runner";

/** A worker that runs workflow steps: used in the web process and by `npm run worker`. */
export function startRunner(options: Omit<WorkerOptions, "handlers"> = {}) {
  // The kind is declared in the job catalog by runner.ts, so the worker can parse its payloads.
  return startWorker({ ...options, handlers: { [runStepJobKind.kind]: runStepJob } });
}
