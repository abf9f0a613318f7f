import { describe, expect, it } from "vitest";
import type { EnrollmentStep } from "@/components/run-history/run-history-api";
import { delayLength, delayPhase, formatTimeLeft, formatUntil, heldByDelay, stepKind } from "@/components/run-history/step-kinds";

// The run page's wording per step type (components/run-history/step-kinds.ts). Kept here because
// Vitest collects lib/, app/ and scripts/ only; the pages themselves are covered by e2e/run-history.spec.ts.

const NOW = Date.parse("2026-03-05T16:05:00Z");
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function step(overrides: Partial<EnrollmentStep>): EnrollmentStep {
  return {
    actionId: "a",
    actionType: "SEND_WEBHOOK",
    status: "PENDING",
    deliveryId: "d",
    outputs: null,
    error: null,
    startedAt: at(-1),
    finishedAt: null,
    dueAt: null,
    delay: null,
    setProperty: null,
    attempts: [],
    ...overrides,
  };
}

describe("run page step wording", () => {
  it("draws each action type its own way; unknown types as deliveries", () => {
    expect(stepKind("SEND_WEBHOOK")).toBe("webhook");
    expect(stepKind("SET_PROPERTY")).toBe("setProperty");
    expect(stepKind("DELAY")).toBe("delay");
    expect(stepKind("SOMETHING_NEW")).toBe("webhook");
  });

  it("says how long a delay is", () => {
    expect(delayLength(1, "HOURS")).toBe("1 hour");
    expect(delayLength(90, "MINUTES")).toBe("90 minutes");
    expect(delayLength(1, "MINUTES")).toBe("1 minute");
    expect(delayLength(2, "DAYS")).toBe("2 days");
  });

  it("tells a delay that waits from one that waited, one that ended the run, one not run yet and one that failed", () => {
    const delay = (status: EnrollmentStep["status"], waitUntil: string | null) => step({ actionType: "DELAY", status, delay: { amount: 1, unit: "HOURS", waitUntil } });
    expect(delayPhase(delay("SUCCEEDED", at(59)), NOW)).toEqual({ phase: "waiting", until: at(59) });
    expect(delayPhase(delay("SUCCEEDED", at(-1)), NOW)).toEqual({ phase: "waited", until: at(-1) });
    expect(delayPhase(delay("SUCCEEDED", null), NOW)).toEqual({ phase: "noWait" });
    expect(delayPhase(delay("PENDING", null), NOW)).toEqual({ phase: "pending" });
    expect(delayPhase(delay("RUNNING", null), NOW)).toEqual({ phase: "pending" });
    expect(delayPhase(delay("FAILED", null), NOW)).toEqual({ phase: "failed" });
    // The step after it has started: the wait is over even if this browser's clock is behind.
    expect(delayPhase(delay("SUCCEEDED", at(1)), NOW, step({ status: "RUNNING" }))).toEqual({ phase: "waited", until: at(1) });
    expect(delayPhase(delay("SUCCEEDED", at(1)), NOW, step({ status: "PENDING" }))).toEqual({ phase: "waiting", until: at(1) });
  });

  it("holds the step after a delay until the wait ends, by its own due time or else the delay's end", () => {
    const delay = step({ actionType: "DELAY", status: "SUCCEEDED", delay: { amount: 1, unit: "HOURS", waitUntil: at(60) } });
    expect(heldByDelay(step({ dueAt: at(60) }), delay, NOW)).toBe(at(60));
    expect(heldByDelay(step({}), delay, NOW)).toBe(at(60));
    // Due now: it is about to run, not held.
    expect(heldByDelay(step({ dueAt: at(-0.1) }), delay, NOW)).toBeNull();
    // Started, or not behind a delay.
    expect(heldByDelay(step({ status: "RUNNING", dueAt: at(60) }), delay, NOW)).toBeNull();
    expect(heldByDelay(step({ dueAt: at(60) }), step({ status: "SUCCEEDED" }), NOW)).toBeNull();
    expect(heldByDelay(step({ dueAt: at(60) }), undefined, NOW)).toBeNull();
  });

  it("gives the end of a wait as a time today, with the date on another day", () => {
    const today = formatUntil(at(60), NOW, "en-GB");
    expect(today).toMatch(/^\d{2}:\d{2}$/);
    expect(formatUntil(at(3 * 24 * 60), NOW, "en-GB")).toMatch(/2026.*\d{2}:\d{2}/);
  });

  it("says how long is left, rounded to the unit it shows", () => {
    expect(formatTimeLeft(at(59.9), NOW, "en")).toBe("in 1 hour");
    expect(formatTimeLeft(at(45), NOW, "en")).toBe("in 45 minutes");
    expect(formatTimeLeft(at(1), NOW, "en")).toBe("in 1 minute");
    expect(formatTimeLeft(at(26 * 60), NOW, "en")).toBe("in 26 hours");
    expect(formatTimeLeft(at(3 * 24 * 60), NOW, "en")).toBe("in 3 days");
    expect(formatTimeLeft(at(0.2), NOW, "en")).toBeNull();
    expect(formatTimeLeft(at(-5), NOW, "en")).toBeNull();
  });
});
