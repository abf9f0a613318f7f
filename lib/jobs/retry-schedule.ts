import { type RunError, runError } from "@/lib/i18n/run-errors";

// Retry schedule of webhook deliveries, as HubSpot's: the first retry one minute after a
// failure, intervals growing from there but never more than 8 hours apart, nothing later
// than 3 days after the first failure. Jitter spreads retries of many deliveries that
// failed together so they do not all return at once.
//
// A client of other people's servers also behaves whatever they answer: attempts of one
// delivery are never closer than MIN_RETRY_INTERVAL_MS (a 429 with "Retry-After: 0" or a
// date in the past included), a receiver that keeps answering 429 gets no faster retries
// than the normal schedule's from the NORMAL_BACKOFF_FROM_FAILURE-th failure on, and a
// delivery makes at most MAX_DELIVERY_ATTEMPTS attempts.

export const FIRST_RETRY_MS = 60_000;
export const MAX_INTERVAL_MS = 8 * 60 * 60_000;
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60_000;
/** No retry of a delivery starts sooner than this after its previous attempt ended ("Retry now" included). */
export const MIN_RETRY_INTERVAL_MS = 1_000;
/** From this consecutive failure on, a 429's Retry-After may lengthen the normal delay but not shorten it. */
export const NORMAL_BACKOFF_FROM_FAILURE = 3;
/** Attempts of one delivery (first try included) before it fails; the normal schedule makes about 20 in 3 days. */
export const MAX_DELIVERY_ATTEMPTS = 25;

/** Delay before retry number `retry` (1 = the first retry), for a random draw in [0, 1). */
export function retryDelayMs(retry: number, random = Math.random()): number {
  const base = FIRST_RETRY_MS * 2 ** Math.max(0, retry - 1);
  if (base >= MAX_INTERVAL_MS) return Math.round(MAX_INTERVAL_MS * (0.9 + 0.1 * random));
  return Math.round(Math.min(MAX_INTERVAL_MS, base * (1 + 0.25 * random)));
}

export type RetryPlan = { retryAt: Date; giveUp?: undefined } | { retryAt?: undefined; giveUp: RunError };

/**
 * What to do after failed attempt number `failures` (1-based count of consecutive failures
 * so far, this one included), ending at `now`: when to try again, or why not (a sentence
 * for the person reading the run). `retryAfterMs`, from a 429's Retry-After, replaces the
 * computed delay for the first failures and can only lengthen it after that.
 */
export function planRetry(options: {
  now: Date;
  firstFailedAt: Date;
  failures: number;
  retryAfterMs?: number | null;
  random?: number;
}): RetryPlan {
  if (options.failures >= MAX_DELIVERY_ATTEMPTS) {
    return { giveUp: runError("gaveUp.attempts", { failures: options.failures }) };
  }
  const normal = retryDelayMs(options.failures, options.random);
  const asked = options.retryAfterMs ?? null;
  let delay = normal;
  if (asked !== null && !Number.isNaN(asked)) delay = options.failures >= NORMAL_BACKOFF_FROM_FAILURE ? Math.max(asked, normal) : asked;
  delay = Math.max(delay, MIN_RETRY_INTERVAL_MS);
  const at = options.now.getTime() + delay;
  if (at > options.firstFailedAt.getTime() + RETRY_WINDOW_MS) {
    if (asked !== null && asked > normal) {
      return { giveUp: runError("gaveUp.retryAfter") };
    }
    return { giveUp: runError("gaveUp.window") };
  }
  return { retryAt: new Date(at) };
}

/**
 * Retry-After of a 429, in milliseconds. A number is milliseconds, as the reference reads
 * it; an HTTP date is turned into the time left until then (0 once it has passed: the
 * floor in planRetry still applies). Unusable values give null; numbers too large to
 * represent give MAX_SAFE_INTEGER (far past any retry window).
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(Number.MAX_SAFE_INTEGER, Math.round(Number(text)));
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, date - now.getTime());
}

/** The attempts still planned for a delivery waiting for a retry, and when Hookflow stops trying. */
export type RetrySchedule = {
  /** Planned attempts, the next one first: its number (1 = the first try) and when it runs. */
  planned: { attempt: number; at: Date }[];
  /** No attempt starts later than this: 3 days after the first failure. */
  giveUpAt: Date;
};

/**
 * The rest of a waiting delivery's schedule as planRetry, the policy the runner follows, would
 * make it if every attempt from the next one failed at once: the next attempt (its known time, a
 * 429's Retry-After included), then each retry after it, up to the 3-day window and
 * MAX_DELIVERY_ATTEMPTS. The jitter is taken at its middle, so times after the next one are
 * about right (within an eighth of each interval), not exact. `failures`: failures in a row so
 * far (this round's attempts, as the runner counts them); `nextAttempt`: the number of the next attempt.
 */
export function retrySchedule(options: { nextAttemptAt: Date; firstFailedAt: Date; failures: number; nextAttempt: number }): RetrySchedule {
  const giveUpAt = new Date(options.firstFailedAt.getTime() + RETRY_WINDOW_MS);
  const planned = [{ attempt: options.nextAttempt, at: options.nextAttemptAt }];
  let failures = options.failures + 1;
  for (;;) {
    const previous = planned[planned.length - 1];
    const plan = planRetry({ now: previous.at, firstFailedAt: options.firstFailedAt, failures, random: 0.5 });
    if (!plan.retryAt) break;
    planned.push({ attempt: previous.attempt + 1, at: plan.retryAt });
    failures++;
  }
  return { planned, giveUpAt };
}
