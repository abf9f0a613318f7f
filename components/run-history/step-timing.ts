import { definitionOf } from "@/lib/actions/action-registry";
import type { Format } from "@/lib/client/format";
import type { EnrollmentStep } from "./run-history-api";

// When a step of the run page starts and ends, as people read it. Pure helpers, so the wording is
// tested without a browser (lib/workflows/run-page-steps.test.ts).

/** Whether a step has begun: it ran at least once or is past waiting in the queue. */
const hasStarted = (step: Pick<EnrollmentStep, "status" | "attempts">) => step.status !== "PENDING" || step.attempts.length > 0;

/**
 * A step that has not started because the step before it holds it (a Delay still waits): when it
 * is due, else null. Its own queued job says when.
 */
export function heldUntil(
  step: Pick<EnrollmentStep, "status" | "attempts" | "dueAt">,
  previous: Pick<EnrollmentStep, "actionType" | "status"> | undefined,
  now: number,
): string | null {
  if (hasStarted(step) || !previous || previous.status !== "SUCCEEDED" || !definitionOf(previous.actionType)?.run.holdsNext) return null;
  return step.dueAt && Date.parse(step.dueAt) > now ? step.dueAt : null;
}

/**
 * The time of day when it falls on the viewer's today (in their time zone), else the date and
 * time: "5:05 PM", "Mar 5, 2026, 5:05 PM" ("오후 5:05", "2026. 3. 5. 오후 5:05" in Korean).
 */
export function formatUntil(iso: string, now: number, format: Format): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format.sameDay(date, now) ? format.time(date) : format.dateTime(date);
}
