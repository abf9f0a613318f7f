import { describe, expect, it } from "vitest";
import type { EnrollmentStep } from "@/components/run-history/run-history-api";
import { formatTimeLeft, formatUntil, heldUntil } from "@/components/run-history/step-timing";

// The run page's timing words (components/run-history/step-timing.ts). Kept here because Vitest
// collects lib/, app/ and scripts/ only; the pages themselves are covered by e2e/run-history.spec.ts.
// A Delay's own wording is tested with it (lib/actions/delay/step-detail.test.ts).

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
    detail: null,
    retrySchedule: null,
    attempts: [],
    ...overrides,
  };
}

describe("run page step wording", () => {
  it("holds the step after one whose type holds the next (a Delay) until its own job is due", () => {
    const delay = step({ actionType: "DELAY", status: "SUCCEEDED", detail: { amount: 1, unit: "HOURS", waitUntil: at(60) } });
    expect(heldUntil(step({ dueAt: at(60) }), delay, NOW)).toBe(at(60));
    // Due now: it is about to run, not held; no job queued: nothing to wait for.
    expect(heldUntil(step({ dueAt: at(-0.1) }), delay, NOW)).toBeNull();
    expect(heldUntil(step({}), delay, NOW)).toBeNull();
    // Started; behind a Delay that has not finished; behind a type that does not hold (a retry's due time is not a wait).
    expect(heldUntil(step({ status: "RUNNING", dueAt: at(60) }), delay, NOW)).toBeNull();
    expect(heldUntil(step({ dueAt: at(60) }), { ...delay, status: "RUNNING" }, NOW)).toBeNull();
    expect(heldUntil(step({ dueAt: at(60) }), step({ status: "SUCCEEDED" }), NOW)).toBeNull();
    expect(heldUntil(step({ dueAt: at(60) }), undefined, NOW)).toBeNull();
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
