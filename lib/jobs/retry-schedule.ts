// Retry schedule of webhook deliveries, as HubSpot's: the first retry one minute after a
// failure, intervals growing from there but never more than 8 hours apart, nothing later
// than 3 days after the first failure. Jitter spreads retries of many deliveries that
// failed together so they do not all return at once.

export const FIRST_RETRY_MS = 60_000;
export const MAX_INTERVAL_MS = 8 * 60 * 60_000;
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60_000;

/** Delay before retry number `retry` (1 = the first retry), for a random draw in [0, 1). */
export function retryDelayMs(retry: number, random = Math.random()): number {
  const base = FIRST_RETRY_MS * 2 ** Math.max(0, retry - 1);
  if (base >= MAX_INTERVAL_MS) return Math.round(MAX_INTERVAL_MS * (0.9 + 0.1 * random));
  return Math.round(Math.min(MAX_INTERVAL_MS, base * (1 + 0.25 * random)));
}

/**
 * When to try again after failed attempt number `retry` (1-based count of failures so far),
 * or null when the 3-day window is over. `retryAfterMs`, from a 429's Retry-After, replaces
 * the computed delay.
 */
export function nextAttemptAt(options: {
  now: Date;
  firstFailedAt: Date;
  failures: number;
  retryAfterMs?: number | null;
  random?: number;
}): Date | null {
  const delay = options.retryAfterMs ?? retryDelayMs(options.failures, options.random);
  const at = options.now.getTime() + delay;
  if (at > options.firstFailedAt.getTime() + RETRY_WINDOW_MS) return null;
  return new Date(at);
}

/**
 * Retry-After of a 429, in milliseconds. A number is milliseconds, as the reference reads
 * it; an HTTP date is turned into the time left until then. Unusable values give null.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text));
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, date - now.getTime());
}
