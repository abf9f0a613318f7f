import { describe, expect, it } from "vitest";
import {
  FIRST_RETRY_MS,
  MAX_DELIVERY_ATTEMPTS,
  MAX_INTERVAL_MS,
  MIN_RETRY_INTERVAL_MS,
  parseRetryAfter,
  planRetry,
  RETRY_WINDOW_MS,
  retryDelayMs,
} from "./retry-schedule";

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
      const next = planRetry({ now, firstFailedAt: t0, failures, random: 0.5 }).retryAt;
      if (!next) break;
      attempts.push(next);
      now = next;
      failures++;
    }
    expect(attempts[0].getTime() - t0.getTime()).toBeGreaterThanOrEqual(FIRST_RETRY_MS);
    expect(attempts.at(-1)!.getTime() - t0.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(RETRY_WINDOW_MS - (attempts.at(-1)!.getTime() - t0.getTime())).toBeLessThan(MAX_INTERVAL_MS);
    expect(attempts.length).toBeGreaterThan(15);
    expect(attempts.length + 1).toBeLessThan(MAX_DELIVERY_ATTEMPTS);
  });

  it("uses a 429's Retry-After instead of the computed delay, but never sooner than the floor", () => {
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: 5000 }).retryAt?.getTime()).toBe(t0.getTime() + 5000);
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: 0 }).retryAt?.getTime()).toBe(
      t0.getTime() + MIN_RETRY_INTERVAL_MS,
    );
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 2, retryAfterMs: 10 }).retryAt?.getTime()).toBe(
      t0.getTime() + MIN_RETRY_INTERVAL_MS,
    );
  });

  it("from the third failure in a row, a Retry-After can lengthen the normal delay but not shorten it", () => {
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 3, retryAfterMs: 0, random: 0 }).retryAt?.getTime()).toBe(
      t0.getTime() + retryDelayMs(3, 0),
    );
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 3, retryAfterMs: 3_600_000, random: 0 }).retryAt?.getTime()).toBe(
      t0.getTime() + 3_600_000,
    );
  });

  it("gives up, saying why, on a Retry-After past the 3-day window and after the most attempts", () => {
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: RETRY_WINDOW_MS + 1 })).toEqual({
      giveUp: "Gave up: the endpoint asked to wait past the end of the 3-day retry window.",
    });
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: parseRetryAfter("9".repeat(400), t0) })).toEqual({
      giveUp: expect.stringMatching(/asked to wait past/),
    });
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: MAX_DELIVERY_ATTEMPTS })).toEqual({
      giveUp: `Gave up after ${MAX_DELIVERY_ATTEMPTS} attempts, the most Hookflow makes for one delivery.`,
    });
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: MAX_DELIVERY_ATTEMPTS - 1 }).retryAt).toBeInstanceOf(Date);
  });

  it("reads Retry-After as milliseconds or as an HTTP date", () => {
    expect(parseRetryAfter("1500", t0)).toBe(1500);
    expect(parseRetryAfter(new Date(t0.getTime() + 90_000).toUTCString(), t0)).toBe(90_000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:00 GMT", t0)).toBe(0);
    expect(parseRetryAfter("soon", t0)).toBeNull();
    expect(parseRetryAfter("-5", t0)).toBeNull();
    expect(parseRetryAfter("9".repeat(400), t0)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseRetryAfter(null, t0)).toBeNull();
  });
});
