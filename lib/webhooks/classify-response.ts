import { parseRetryAfter } from "@/lib/jobs/retry-schedule";
import { type RunError, runError } from "@/lib/i18n/run-errors";
import type { IncomingResponse } from "./guarded-request";

// How Hookflow reads any endpoint's answer, for every action type that calls out over HTTPS:
// 2xx succeeded; 429 and 5xx are retried (429 after its Retry-After, within the retry policy's
// bounds); redirects are not followed; any other status is a final refusal.

export type ResponseOutcome =
  | { outcome: "SUCCESS" }
  | { outcome: "RETRYABLE" | "FINAL"; error: RunError /** From a 429's Retry-After, in milliseconds. */; retryAfterMs?: number | null };

/**
 * The outcome of a response; `refusal` words the final refusal of a 4xx (the caller knows what
 * was sent). A numeric Retry-After is milliseconds, as HubSpot's webhooks read it, unless the
 * receiver is known to follow HTTP (seconds), as Slack does.
 */
export function classifyResponse(
  response: IncomingResponse,
  refusal: (status: number) => RunError,
  options: { retryAfterSeconds?: boolean } = {},
): ResponseOutcome {
  const { status } = response;
  if (status >= 200 && status < 300) return { outcome: "SUCCESS" };
  if (status === 429) {
    const header = response.headers["retry-after"];
    const asked = parseRetryAfter(header, new Date());
    const retryAfterMs =
      asked !== null && options.retryAfterSeconds && /^\s*\d/.test(header ?? "") ? Math.min(Number.MAX_SAFE_INTEGER, asked * 1000) : asked;
    return {
      outcome: "RETRYABLE",
      retryAfterMs,
      error: retryAfterMs !== null ? runError("response.rateLimitedWait", waitInWords(retryAfterMs)) : runError("response.rateLimited"),
    };
  }
  if (status >= 500) return { outcome: "RETRYABLE", error: runError("response.serverError", { status: String(status) }) };
  if (status >= 300 && status < 400) {
    const { location } = response.headers;
    return {
      outcome: "FINAL",
      error: location
        ? runError("response.redirectTo", { status: String(status), location })
        : runError("response.redirect", { status: String(status) }),
    };
  }
  return { outcome: "FINAL", error: refusal(status) };
}

/**
 * A wait as a person reads it, as the runErrors message words it from a unit and a count: "30 s",
 * "15 min", "6 h", "3 days" in English, "30초", "15분" in Korean.
 */
function waitInWords(ms: number): { unit: "seconds" | "minutes" | "hours" | "days" | "overAYear"; count: number } {
  const s = Math.ceil(ms / 1000);
  if (s < 120) return { unit: "seconds", count: s };
  if (s < 2 * 3600) return { unit: "minutes", count: Math.round(s / 60) };
  if (s < 2 * 86_400) return { unit: "hours", count: Math.round(s / 3600) };
  return s > 365 * 86_400 ? { unit: "overAYear", count: 0 } : { unit: "days", count: Math.round(s / 86_400) };
}
