import { parseRetryAfter } from "@/lib/jobs/retry-schedule";
import type { IncomingResponse } from "./guarded-request";

// How Hookflow reads any endpoint's answer, for every action type that calls out over HTTPS:
// 2xx succeeded; 429 and 5xx are retried (429 after its Retry-After, within the retry policy's
// bounds); redirects are not followed; any other status is a final refusal.

export type ResponseOutcome =
  | { outcome: "SUCCESS" }
  | { outcome: "RETRYABLE" | "FINAL"; error: string /** From a 429's Retry-After, in milliseconds. */; retryAfterMs?: number | null };

/**
 * The outcome of a response; `refusal` words the final refusal of a 4xx (the caller knows what
 * was sent). A numeric Retry-After is milliseconds, as HubSpot's webhooks read it, unless the
 * receiver is known to follow HTTP (seconds), as Slack does.
 */
export function classifyResponse(
  response: IncomingResponse,
  refusal: (status: number) => string,
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
      error: `The endpoint is rate limiting requests (429)${retryAfterMs !== null ? `; it asked to retry after ${waitInWords(retryAfterMs)}` : ""}.`,
    };
  }
  if (status >= 500) return { outcome: "RETRYABLE", error: `The endpoint failed with ${status}; Hookflow will retry.` };
  if (status >= 300 && status < 400) {
    return {
      outcome: "FINAL",
      error: `The endpoint answered with a redirect (${status}); redirects are not followed. Use the final URL${response.headers.location ? ` (${response.headers.location})` : ""} as the webhook URL.`,
    };
  }
  return { outcome: "FINAL", error: refusal(status) };
}

/** A wait as a person reads it: "30 s", "15 min", "6 h", "3 days". */
function waitInWords(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 2 * 3600) return `${Math.round(s / 60)} min`;
  if (s < 2 * 86_400) return `${Math.round(s / 3600)} h`;
  return s > 365 * 86_400 ? "more than a year" : `${Math.round(s / 86_400)} days`;
}
