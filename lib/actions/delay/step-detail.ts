import type { DelayConfig } from "./delay-config";

// What the run page is told about a Delay step, and the pure rules it draws it by (isomorphic,
// so the wording is tested without a browser; components/actions/delay/delay-step.tsx draws it).

/** The configured wait and when it ends: null until the step ran, and when no step follows (the run ends there). */
export type DelayStepDetail = { amount: number; unit: DelayConfig["unit"]; waitUntil: string | null };

// Its length ("1 hour", "90 minutes") is worded by the actionTypes catalog: DELAY.length.

/** Where a Delay step is: not run yet, waiting until a time, done waiting, ended the run at once (nothing after it), or failed. */
export type DelayPhase =
  | { phase: "pending" }
  | { phase: "waiting"; until: string }
  | { phase: "waited"; until: string }
  | { phase: "noWait" }
  | { phase: "failed" };

type StepState = { status: string; attempts: unknown[] };

/** `next` is the step after the delay: once it has started the wait is over, whatever this browser's clock says. */
export function delayPhase(step: { status: string }, detail: DelayStepDetail | null, now: number, next?: StepState): DelayPhase {
  if (step.status === "FAILED") return { phase: "failed" };
  if (step.status !== "SUCCEEDED") return { phase: "pending" };
  const until = detail?.waitUntil;
  if (!until) return { phase: "noWait" };
  const nextStarted = !!next && (next.status !== "PENDING" || next.attempts.length > 0);
  return Date.parse(until) > now && !nextStarted ? { phase: "waiting", until } : { phase: "waited", until };
}
