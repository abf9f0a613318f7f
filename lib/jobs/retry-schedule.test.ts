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
  retrySchedule,
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
      giveUp: expect.objectContaining({
        key: "gaveUp.retryAfter",
        text: "Gave up: the endpoint asked to wait past the end of the 3-day retry window.",
      }),
    });
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: 1, retryAfterMs: parseRetryAfter("9".repeat(400), t0) })).toEqual({
      giveUp: expect.objectContaining({ text: expect.stringMatching(/asked to wait past/) }),
    });
    expect(planRetry({ now: t0, firstFailedAt: t0, failures: MAX_DELIVERY_ATTEMPTS })).toEqual({
      giveUp: {
        key: "gaveUp.attempts",
        params: { failures: MAX_DELIVERY_ATTEMPTS },
        text: `Gave up after ${MAX_DELIVERY_ATTEMPTS} attempts, the most Hookflow makes for one delivery.`,
      },
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

describe("retrySchedule: what the run page shows of a waiting delivery", () => {
  it("starts at the known next attempt and follows planRetry, attempt by attempt, until the 3-day window ends", () => {
    // One failure at t0; the runner planned attempt 2 for t0 + 70 s (some jitter).
    const next = new Date(t0.getTime() + 70_000);
    const { planned, giveUpAt } = retrySchedule({ nextAttemptAt: next, firstFailedAt: t0, failures: 1, nextAttempt: 2 });
    expect(giveUpAt.toISOString()).toBe(new Date(t0.getTime() + RETRY_WINDOW_MS).toISOString());
    expect(planned[0]).toEqual({ attempt: 2, at: next });
    // Each later time is the policy's own answer for that failure (jitter at its middle).
    for (let i = 1; i < planned.length; i++) {
      const plan = planRetry({ now: planned[i - 1].at, firstFailedAt: t0, failures: i + 1, random: 0.5 });
      expect(plan.retryAt).toEqual(planned[i].at);
      expect(planned[i].attempt).toBe(planned[i - 1].attempt + 1);
      expect(planned[i].at.getTime() - planned[i - 1].at.getTime()).toBeLessThanOrEqual(MAX_INTERVAL_MS);
    }
    // Nothing past the window, and the policy plans nothing after the last one.
    const last = planned[planned.length - 1];
    expect(last.at.getTime()).toBeLessThanOrEqual(giveUpAt.getTime());
    expect(planRetry({ now: last.at, firstFailedAt: t0, failures: planned.length, random: 0.5 }).giveUp).toBeDefined();
    // About 20 attempts in 3 days, as the README says, and never more than the cap.
    expect(last.attempt).toBeGreaterThan(15);
    expect(last.attempt).toBeLessThanOrEqual(MAX_DELIVERY_ATTEMPTS);
  });

  it("plans fewer attempts the later it is in the window, and stops at MAX_DELIVERY_ATTEMPTS", () => {
    const late = new Date(t0.getTime() + RETRY_WINDOW_MS - 9 * 60 * 60_000);
    const fewer = retrySchedule({ nextAttemptAt: late, firstFailedAt: t0, failures: 15, nextAttempt: 16 });
    expect(fewer.planned.map((p) => p.attempt)).toEqual([16, 17]);
    const capped = retrySchedule({
      nextAttemptAt: new Date(t0.getTime() + 60_000),
      firstFailedAt: t0,
      failures: MAX_DELIVERY_ATTEMPTS - 2,
      nextAttempt: MAX_DELIVERY_ATTEMPTS - 1,
    });
    expect(capped.planned.map((p) => p.attempt)).toEqual([MAX_DELIVERY_ATTEMPTS - 1, MAX_DELIVERY_ATTEMPTS]);
  });
});
