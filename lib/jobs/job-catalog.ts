import type { z } from "zod";
import type { Lane } from "./job-queue";

// The job catalog, as Trigger.dev's tasks and graphile-worker's task list: every kind of job
// is declared once with the schema of its payload, the lanes it runs in and what to do when
// its handler keeps failing. Jobs are written only through job-queue.ts, which takes a kind
// from here and checks the payload against its schema; a worker parses the payload of every
// job it claims with the same schema, and a job whose kind is not in the catalog or whose
// payload does not parse ends DEAD at once (see worker.ts). lib/jobs knows no kind itself:
// their owners declare them (the runner declares "run-step").

/** Failures in a row (claims without progress, see ClaimedJob.attempts) after which a job is DEAD. */
export const INTERNAL_FAILURE_LIMIT = 5;
/** Wait after the first such failure; it doubles with each one (1, 2, 4, 8 minutes). */
export const INTERNAL_RETRY_MS = 60_000;

/** What the worker does when the handler itself fails (a fault of ours, not a recorded outcome). */
export type RetryPolicy = {
  /** Failures in a row after which the job is DEAD. */
  failureLimit: number;
  /** Wait after the first failure; it doubles with each one. */
  retryMs: number;
};

export type JobKind<P = unknown> = {
  readonly kind: string;
  readonly payload: z.ZodType<P>;
  /** The lanes its jobs may run in; the first is the default. */
  readonly lanes: readonly [Lane, ...Lane[]];
  readonly retry: RetryPolicy;
};

export type PayloadOf<K> = K extends JobKind<infer P> ? P : never;

const catalog = new Map<string, JobKind<never>>();

export function defineJob<S extends z.ZodType>(definition: {
  kind: string;
  payload: S;
  lanes: readonly [Lane, ...Lane[]];
  retry?: Partial<RetryPolicy>;
}): JobKind<z.output<S>> {
  if (catalog.has(definition.kind)) throw new Error(`job kind "${definition.kind}" is defined twice`);
  const kind: JobKind<z.output<S>> = Object.freeze({
    kind: definition.kind,
    payload: definition.payload as z.ZodType<z.output<S>>,
    lanes: definition.lanes,
    retry: { failureLimit: INTERNAL_FAILURE_LIMIT, retryMs: INTERNAL_RETRY_MS, ...definition.retry },
  });
  catalog.set(kind.kind, kind as JobKind<never>);
  return kind;
}

/** The declared kind of that name, or undefined when no module of this process declared it. */
function jobKind(name: string): JobKind<unknown> | undefined {
  return catalog.get(name) as JobKind<unknown> | undefined;
}

/** Parses a stored payload with its kind's schema: the payload, or why the job cannot run. */
export function parsePayload(
  kindName: string,
  payload: unknown,
): { ok: true; kind: JobKind<unknown>; payload: unknown } | { ok: false; reason: string } {
  const kind = jobKind(kindName);
  if (!kind) return { ok: false, reason: `unknown job kind "${kindName}"` };
  const parsed = kind.payload.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ");
    return { ok: false, reason: `payload of a "${kindName}" job does not match its schema: ${issues}` };
  }
  return { ok: true, kind, payload: parsed.data };
}
