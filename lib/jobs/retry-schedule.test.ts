import { describe, expect, it } from "vitest";
import { FIRST_RETRY_MS, MAX_INTERVAL_MS, nextAttemptAt, parseRetryAfter, RETRY_WINDOW_MS, retryDelayMs } from "./retry-schedule";

const t0 = new Date("2026-03-01T00:00:00Z");

describe("retry schedule", () => {
  it("waits one minute (plus jitter) before the first retry and grows from there", () => {
    expect(retryDelayMs(1, 0)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(1, 0.999)).toBeLessThan(FIRST_RETRY_MS * 1.25 + 1);
    expect(retryDelayMs(2, 0)).toBe(2 * FIRST_RETRY_MS);
    const delays = Array.from({ length: 12 }, (_, i) => retryDelayMs(i + 1, 0));
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] * 0.9);
  });

  it("never waits more than 8 hours between attempts, jitter included", () => {
    for (let retry = 1; retry < 60; retry++) {
      for (const r of [0, 0.5, 0.9999]) expect(retryDelayMs(retry, r)).toBeLessThanOrEqual(MAX_INTERVAL_MS);
    }
    expect(retryDelayMs(30, 0)).toBeGreaterThanOrEqual(MAX_INTERVAL_MS * 0.9);
  });

  it("stops 3 days after the first failure, and the whole schedule fits that window", () => {
    let now = t0;
    let failures = 1;
    const attempts: Date[] = [];
    for (;;) {
      const next = nextAttemptAt({ now, firstFailedAt: t0, failures, random: 0.5 });
      if (!next) break;
      attempts.push(next);
      now = next;
      failures++;
    }
    expect(attempts[0].getTime() - t0.getTime()).toBeGreaterThanOrEqual(FIRST_RETRY_MS);
    expect(attempts.at(-1)!.getTime() - t0.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(RETRY_WINDOW_MS - (attempts.at(-1)!.getTime() - t0.getTime())).toBeLessThan(MAX_INTERVAL_MS);
    expect(attempts.length).toBeGreaterThan(10);
  });

  it("uses a 429's Retry-After instead of the computed delay", () => {
    expect(nextAttemptAt({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: 5000 })?.getTime()).toBe(t0.getTime() + 5000);
    expect(nextAttemptAt({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: RETRY_WINDOW_MS + 1 })).toBeNull();
  });

  it("reads Retry-After as milliseconds or as an HTTP date", () => {
    expect(parseRetryAfter("1500", t0)).toBe(1500);
    expect(parseRetryAfter(new Date(t0.getTime() + 90_000).toUTCString(), t0)).toBe(90_000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:00 GMT", t0)).toBe(0);
    expect(parseRetryAfter("soon", t0)).toBeNull();
    expect(parseRetryAfter("-5", t0)).toBeNull();
    expect(parseRetryAfter(null, t0)).toBeNull();
  });
});
