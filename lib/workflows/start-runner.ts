import { startWorker, type WorkerOptions } from "@/lib/jobs/worker";
import { runStepJob, STEP_JOB } from "./runner";

/** A worker that runs workflow steps: used in the web process and by `npm run worker`. */
export function startRunner(options: Omit<WorkerOptions, "handlers"> = {}) {
  return startWorker({ ...options, handlers: { [STEP_JOB]: runStepJob } });
}
