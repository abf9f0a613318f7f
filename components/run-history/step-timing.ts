import { definitionOf } from "@/lib/actions/action-registry";
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

/** The time of day when it falls on the viewer's today, else the date and time: "5:05 PM", "Mar 5, 2026, 5:05 PM". */
export function formatUntil(iso: string, now: number, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/**
 * "in 1 hour", "in 45 minutes", "in 3 days"; null under a minute. Rounded to the unit shown, so a
 * wait of an hour that began a moment ago reads "in 1 hour", not "in 60 minutes".
 */
export function formatTimeLeft(iso: string, now: number, locale?: string): string | null {
  const ms = new Date(iso).getTime() - now;
  if (!(ms >= 30_000)) return null;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return rtf.format(minutes, "minute");
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return rtf.format(hours, "hour");
  return rtf.format(Math.round(ms / 86_400_000), "day");
}
