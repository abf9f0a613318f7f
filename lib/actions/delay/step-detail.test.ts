import { describe, expect, it } from "vitest";
import { delayPhase, type DelayStepDetail } from "./step-detail";

// How the run page words a Delay step (components/actions/delay/delay-step.tsx draws it).

const NOW = Date.parse("2026-03-05T16:05:00Z");
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();
const hour = (waitUntil: string | null): DelayStepDetail => ({ amount: 1, unit: "HOURS", waitUntil });

describe("a Delay step on the run page", () => {
  it("tells a delay that waits from one that waited, one that ended the run, one not run yet and one that failed", () => {
    expect(delayPhase({ status: "SUCCEEDED" }, hour(at(59)), NOW)).toEqual({ phase: "waiting", until: at(59) });
    expect(delayPhase({ status: "SUCCEEDED" }, hour(at(-1)), NOW)).toEqual({ phase: "waited", until: at(-1) });
    expect(delayPhase({ status: "SUCCEEDED" }, hour(null), NOW)).toEqual({ phase: "noWait" });
    expect(delayPhase({ status: "SUCCEEDED" }, null, NOW)).toEqual({ phase: "noWait" });
    expect(delayPhase({ status: "PENDING" }, hour(null), NOW)).toEqual({ phase: "pending" });
    expect(delayPhase({ status: "RUNNING" }, hour(null), NOW)).toEqual({ phase: "pending" });
    expect(delayPhase({ status: "FAILED" }, hour(null), NOW)).toEqual({ phase: "failed" });
    // The step after it has started: the wait is over even if this browser's clock is behind.
    expect(delayPhase({ status: "SUCCEEDED" }, hour(at(1)), NOW, { status: "RUNNING", attempts: [] })).toEqual({
      phase: "waited",
      until: at(1),
    });
    expect(delayPhase({ status: "SUCCEEDED" }, hour(at(1)), NOW, { status: "PENDING", attempts: [{}] })).toEqual({
      phase: "waited",
      until: at(1),
    });
    expect(delayPhase({ status: "SUCCEEDED" }, hour(at(1)), NOW, { status: "PENDING", attempts: [] })).toEqual({
      phase: "waiting",
      until: at(1),
    });
  });
});
