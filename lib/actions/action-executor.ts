import type { Lane } from "@/lib/jobs/job-queue";
import type { RunContext } from "@/lib/actions/run-context";
import type { RunError } from "@/lib/i18n/run-errors";
import type { IncomingResponse, OutgoingRequest } from "@/lib/webhooks/guarded-request";

/** What running an action once produced. Executors return this; they never throw for an outcome. */
export type ExecutionResult = {
  outcome: "SUCCESS" | "RETRYABLE" | "FINAL";
  outputs?: Record<string, unknown>;
  /** Why it failed: its runErrors key and params, and the English the run keeps (lib/i18n/run-errors.ts). */
  error?: RunError;
  retryAfterMs?: number | null;
  /** Run the next step only after this long (the Delay action). */
  nextStepDelayMs?: number;
  request: OutgoingRequest | null;
  response: IncomingResponse | null;
  durationMs: number;
};

/** What describing a step of a run may use (GET /api/enrollments/:id). */
/** An action of the run's snapshot by id (its type and own name); null once gone. */
export type StepDescriptionActionOf = (actionId: string) => { type: string; name: string | null } | null;

type StepDescriptionInput<Config> = {
  config: Config;
  step: { status: string; deliveryId: string; finishedAt: Date | null };
  recordId: number;
  /** Whether another step of the run comes after this one. */
  follows: boolean;
  /** An action of the run's snapshot by id (its type and own name), for the run page to name in the viewer's language; null once gone. */
  actionOf: StepDescriptionActionOf;
};

/** The server-only half of an action type. `Detail` is what the run page is told about a step of it. */
export type ActionExecutor<Config, Detail = null> = {
  lane: Lane;
  /** Key for per-destination limits (the webhook's host), or null. */
  destination: (config: Config) => string | null;
  /** Whether the run needs the record's property history (loading it costs a query). */
  needsHistory: (config: Config) => boolean;
  execute: (config: Config, context: RunContext, options: { deliveryId: string; now: Date }) => Promise<ExecutionResult>;
  /** What the run page shows of a step besides its attempts (components/actions/<type>/ draws it); absent: nothing. */
  describeStep?: (input: StepDescriptionInput<Config>) => Detail | Promise<Detail>;
};
