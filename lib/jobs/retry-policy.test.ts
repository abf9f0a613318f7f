import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_DELIVERY_ATTEMPTS,
  MIN_RETRY_INTERVAL_MS,
  NORMAL_BACKOFF_FROM_FAILURE,
  parseRetryAfter,
  planRetry,
  RETRY_WINDOW_MS,
  retryDelayMs,
} from "./retry-schedule";

// Whatever a receiver answers, one delivery's attempts stay polite: at least a floor apart,
// bounded in number, all within 3 days of the first failure. The answers go through the
// same functions the delivery path uses: parseRetryAfter (lib/actions/send-webhook/deliver-webhook.ts
// reads a 429's header with it) and the policy the runner calls to plan the next attempt.

type RetryAfter = { type: "none" } | { type: "text"; text: string } | { type: "date"; offsetMs: number };
type Answer = { kind: "429"; retryAfter: RetryAfter; durationMs: number } | { kind: "5xx" | "timeout" | "connection"; durationMs: number };

const retryAfter: fc.Arbitrary<RetryAfter> = fc.oneof(
  fc.constant({ type: "none" as const }),
  fc
    .constantFrom(
      "0",
      "00",
      "-1",
      "-5000",
      "0.4",
      " 0 ",
      "1",
      "999",
      "1000",
      "1e3",
      "Infinity",
      "NaN",
      "9".repeat(30),
      "9".repeat(400),
      "soon",
      "",
    )
    .map((text) => ({ type: "text" as const, text })),
  fc
    .oneof(fc.nat({ max: 10 * RETRY_WINDOW_MS }), fc.nat(), fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String))
    .map((n) => ({ type: "text" as const, text: String(n) })),
  fc.string({ maxLength: 30 }).map((text) => ({ type: "text" as const, text })),
  // HTTP dates relative to the moment of the answer: long past, just past, now, future, far beyond the window.
  fc.integer({ min: -100 * RETRY_WINDOW_MS, max: 3 * RETRY_WINDOW_MS }).map((offsetMs) => ({ type: "date" as const, offsetMs })),
  fc.integer({ min: -5_000, max: 5_000 }).map((offsetMs) => ({ type: "date" as const, offsetMs })),
);

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ kind: fc.constant("429" as const), retryAfter, durationMs: fc.integer({ min: 0, max: 2_000 }) }),
  fc.record({ kind: fc.constant("5xx" as const), durationMs: fc.integer({ min: 0, max: 30_000 }) }),
  fc.record({ kind: fc.constant("timeout" as const), durationMs: fc.integer({ min: 30_000, max: 33_000 }) }),
  fc.record({ kind: fc.constant("connection" as const), durationMs: fc.integer({ min: 0, max: 3_000 }) }),
);

function header(value: RetryAfter, at: number): string | null {
  if (value.type === "none") return null;
  if (value.type === "text") return value.text;
  return new Date(at + value.offsetMs).toUTCString();
}

type Attempt = { startedAt: number; endedAt: number; failures: number; nextAt: number | null; giveUp?: string; normalDelay: number };

/** Plays the answers (cycling) against the policy until it gives up; a runaway loop stops at 10,000 attempts. */
function play(start: number, answers: Answer[], randoms: number[], lagMs: number[]) {
  const attempts: Attempt[] = [];
  let startedAt = start;
  let firstFailedAt: number | null = null;
  for (let i = 0; i < 10_000; i++) {
    const a = answers[i % answers.length];
    const random = randoms[i % randoms.length];
    const endedAt = startedAt + a.durationMs;
    firstFailedAt ??= endedAt;
    const failures = i + 1;
    const retryAfterMs = a.kind === "429" ? parseRetryAfter(header(a.retryAfter, endedAt), new Date(endedAt)) : null;
    const plan = planRetry({ now: new Date(endedAt), firstFailedAt: new Date(firstFailedAt), failures, retryAfterMs, random });
    const next = plan.retryAt;
    attempts.push({
      startedAt,
      endedAt,
      failures,
      nextAt: next?.getTime() ?? null,
      giveUp: plan.giveUp?.text,
      normalDelay: retryDelayMs(failures, random),
    });
    if (!next) break;
    // The runner claims a due job a little after its time, never before.
    startedAt = next.getTime() + lagMs[i % lagMs.length];
  }
  return { attempts, firstFailedAt: firstFailedAt! };
}

describe("retry policy, for any answers of a receiver", () => {
  it("keeps one delivery's attempts at least the floor apart, bounded in number, within 3 days of the first failure", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2001-01-01T00:00:00Z"), max: new Date("2090-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.array(answer, { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 5 }),
        (start, answers, randoms, lag) => {
          const { attempts, firstFailedAt } = play(start.getTime(), answers, randoms, lag);
          expect(attempts.length).toBeLessThanOrEqual(MAX_DELIVERY_ATTEMPTS);
          for (let i = 0; i + 1 < attempts.length; i++) {
            const { endedAt, nextAt, failures, normalDelay } = attempts[i];
            // Planned from the end of the attempt, so start to start is longer still.
            expect(nextAt! - endedAt).toBeGreaterThanOrEqual(MIN_RETRY_INTERVAL_MS);
            expect(attempts[i + 1].startedAt - attempts[i].startedAt).toBeGreaterThanOrEqual(MIN_RETRY_INTERVAL_MS);
            expect(nextAt!).toBeLessThanOrEqual(firstFailedAt + RETRY_WINDOW_MS);
            // A receiver that keeps refusing gets no faster retries than the normal schedule's.
            if (failures >= NORMAL_BACKOFF_FROM_FAILURE) expect(nextAt! - endedAt).toBeGreaterThanOrEqual(normalDelay);
          }
          expect(attempts.at(-1)!.nextAt).toBeNull();
          expect(attempts.at(-1)!.giveUp).toMatch(/^Gave up/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
