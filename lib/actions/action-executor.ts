import type { Lane } from "@/lib/jobs/job-queue";
import type { RunContext } from "@/lib/actions/run-context";
import type { IncomingResponse, OutgoingRequest } from "@/lib/webhooks/guarded-request";

/** What running an action once produced. Executors return this; they never throw for an outcome. */
export type ExecutionResult = {
  outcome: "SUCCESS" | "RETRYABLE" | "FINAL";
  outputs?: Record<string, unknown>;
  error?: string;
  retryAfterMs?: number | null;
  /** Run the next step only after this long (the Delay action). */
  nextStepDelayMs?: number;
  request: OutgoingRequest | null;
  response: IncomingResponse | null;
  durationMs: number;
};

/** The server-only half of an action type. */
export type ActionExecutor<Config> = {
  lane: Lane;
  /** Key for per-destination limits (the webhook's host), or null. */
  destination: (config: Config) => string | null;
  /** Whether the run needs the record's property history (loading it costs a query). */
  needsHistory: (config: Config) => boolean;
  execute: (config: Config, context: RunContext, options: { deliveryId: string; now: Date }) => Promise<ExecutionResult>;
};
