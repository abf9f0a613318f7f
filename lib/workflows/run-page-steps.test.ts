import { describe, expect, it } from "vitest";
import type { EnrollmentStep } from "@/components/run-history/run-history-api";
import { formatUntil, heldUntil } from "@/components/run-history/step-timing";
import { createFormat } from "@/lib/client/format";

// The run page's timing words (components/run-history/step-timing.ts). Kept here because Vitest
// collects lib/, app/ and scripts/ only; the pages themselves are covered by e2e/run-history.spec.ts.
// A Delay's own wording is tested with it (lib/actions/delay/step-detail.test.ts).

const NOW = Date.parse("2026-03-05T16:05:00Z");
const en = (timeZone = "UTC") => createFormat({ locale: "en-GB", timeZone, justNow: "just now" });
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function step(overrides: Partial<EnrollmentStep>): EnrollmentStep {
  return {
    actionId: "a",
    actionType: "SEND_WEBHOOK",
    status: "PENDING",
    deliveryId: "d",
    outputs: null,
    error: null,
    errorKey: null,
    errorParams: null,
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
    expect(formatUntil(at(60), NOW, en())).toBe("17:05");
    expect(formatUntil(at(3 * 24 * 60), NOW, en())).toMatch(/2026.*\d{2}:\d{2}/);
    // 16:05 UTC is already tomorrow in Seoul (01:05); an hour later is the same day there.
    expect(formatUntil(at(60), NOW, en("Asia/Seoul"))).toBe("02:05");
    // In Seoul 01:05 on 6 March; eight hours before NOW (08:05 UTC) is 17:05 on 5 March there: another day.
    expect(formatUntil(at(-8 * 60), NOW, en("Asia/Seoul"))).toMatch(/5 Mar 2026.*17:05/);
  });

  it("says how long is left, rounded to the unit it shows", () => {
    expect(en().timeLeft(at(59.9), NOW)).toBe("in 1 hour");
    expect(en().timeLeft(at(45), NOW)).toBe("in 45 minutes");
    expect(en().timeLeft(at(1), NOW)).toBe("in 1 minute");
    expect(en().timeLeft(at(26 * 60), NOW)).toBe("in 26 hours");
    expect(en().timeLeft(at(3 * 24 * 60), NOW)).toBe("in 3 days");
    expect(en().timeLeft(at(0.2), NOW)).toBeNull();
    expect(en().timeLeft(at(-5), NOW)).toBeNull();
  });
});
