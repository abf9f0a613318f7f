import type { DelayUnit, EnrollmentStep } from "./run-history-api";

// What the run page says about a step depends on its action type: a webhook is a delivery with
// attempts, a Set property value step is a write to the record, and a Delay is a wait that
// holds the step after it. Pure helpers, so the wording is tested without a browser.

export type StepKind = "webhook" | "setProperty" | "delay";

/** How the page draws a step. Unknown types fall back to the delivery view, which shows everything recorded. */
export function stepKind(actionType: string): StepKind {
  return actionType === "DELAY" ? "delay" : actionType === "SET_PROPERTY" ? "setProperty" : "webhook";
}

const UNIT_WORDS: Record<DelayUnit, [string, string]> = { MINUTES: ["minute", "minutes"], HOURS: ["hour", "hours"], DAYS: ["day", "days"] };

/** "1 hour", "90 minutes", "2 days". */
export function delayLength(amount: number, unit: DelayUnit): string {
  const words = UNIT_WORDS[unit] ?? [unit.toLowerCase(), unit.toLowerCase()];
  return `${amount} ${amount === 1 ? words[0] : words[1]}`;
}

const toMs = (iso: string) => new Date(iso).getTime();

/** Where a Delay step is: not run yet, waiting until a time, done waiting, ended the run at once (nothing after it), or failed. */
export type DelayPhase = { phase: "pending" } | { phase: "waiting"; until: string } | { phase: "waited"; until: string } | { phase: "noWait" } | { phase: "failed" };

/** Whether a step has begun: it ran at least once or is past waiting in the queue. */
const hasStarted = (step: Pick<EnrollmentStep, "status" | "attempts">) => step.status !== "PENDING" || step.attempts.length > 0;

/** `next` is the step after the delay: once it has started the wait is over, whatever this browser's clock says. */
export function delayPhase(step: Pick<EnrollmentStep, "status" | "delay">, now: number, next?: Pick<EnrollmentStep, "status" | "attempts">): DelayPhase {
  if (step.status === "FAILED") return { phase: "failed" };
  if (step.status !== "SUCCEEDED") return { phase: "pending" };
  const until = step.delay?.waitUntil;
  if (!until) return { phase: "noWait" };
  return toMs(until) > now && !(next && hasStarted(next)) ? { phase: "waiting", until } : { phase: "waited", until };
}

/**
 * A step that has not started because the Delay before it still waits: when it is due, else null.
 * Its own queued job says when; the delay's end is the fallback.
 */
export function heldByDelay(step: Pick<EnrollmentStep, "status" | "attempts" | "dueAt">, previous: Pick<EnrollmentStep, "actionType" | "status" | "delay"> | undefined, now: number): string | null {
  if (hasStarted(step)) return null;
  if (!previous || previous.actionType !== "DELAY" || previous.status !== "SUCCEEDED") return null;
  const due = step.dueAt ?? previous.delay?.waitUntil ?? null;
  return due && toMs(due) > now ? due : null;
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
