import { describe, expect, it } from "vitest";
import { runError } from "@/lib/i18n/run-errors";
import { classifyResponse } from "./classify-response";

const response = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: "",
  bodyBytes: 0,
  bodyTruncated: false,
});
const refusal = (status: number) => runError("response.refused", { status: String(status) });

describe("reading an endpoint's answer", () => {
  it("succeeds on 2xx, retries 429 and 5xx, refuses redirects and other statuses for good", () => {
    expect(classifyResponse(response(204), refusal)).toEqual({ outcome: "SUCCESS" });
    expect(classifyResponse(response(502), refusal).outcome).toBe("RETRYABLE");
    expect(classifyResponse(response(301, { location: "https://x.example/new" }), refusal)).toMatchObject({
      outcome: "FINAL",
      error: {
        key: "response.redirectTo",
        params: { status: "301", location: "https://x.example/new" },
        text: "The endpoint answered with a redirect (301); redirects are not followed. Use the final URL (https://x.example/new) as the webhook URL.",
      },
    });
    expect(classifyResponse(response(302), refusal)).toMatchObject({
      error: { text: "The endpoint answered with a redirect (302); redirects are not followed. Use the final URL as the webhook URL." },
    });
    expect(classifyResponse(response(503), refusal)).toMatchObject({
      error: { key: "response.serverError", params: { status: "503" }, text: "The endpoint failed with 503; Hookflow will retry." },
    });
    expect(classifyResponse(response(403), refusal)).toEqual({
      outcome: "FINAL",
      error: {
        key: "response.refused",
        params: { status: "403" },
        text: "The endpoint refused the request with 403; it is not retried. Check the URL, authentication and body.",
      },
    });
  });

  it("reads a numeric Retry-After as milliseconds (HubSpot's reading), or as seconds for receivers that follow HTTP; a date either way", () => {
    expect(classifyResponse(response(429, { "retry-after": "1500" }), refusal)).toMatchObject({ outcome: "RETRYABLE", retryAfterMs: 1500 });
    expect(classifyResponse(response(429, { "retry-after": "30" }), refusal, { retryAfterSeconds: true })).toMatchObject({
      retryAfterMs: 30_000,
      error: {
        key: "response.rateLimitedWait",
        params: { unit: "seconds", count: 30 },
        text: "The endpoint is rate limiting requests (429); it asked to retry after 30 s.",
      },
    });
    // The wait in words, as it always read: the catalog words the unit and count in each language.
    const waitOf = (ms: string) => classifyResponse(response(429, { "retry-after": ms }), refusal);
    expect(waitOf("900000")).toMatchObject({ error: { text: expect.stringMatching(/retry after 15 min\.$/) } });
    expect(waitOf(String(6 * 3_600_000))).toMatchObject({ error: { text: expect.stringMatching(/retry after 6 h\.$/) } });
    expect(waitOf(String(3 * 86_400_000))).toMatchObject({ error: { text: expect.stringMatching(/retry after 3 days\.$/) } });
    expect(waitOf(String(400 * 86_400_000))).toMatchObject({ error: { text: expect.stringMatching(/retry after more than a year\.$/) } });
    expect(classifyResponse(response(429), refusal)).toMatchObject({ error: { text: "The endpoint is rate limiting requests (429)." } });
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const dated = classifyResponse(response(429, { "retry-after": inAMinute }), refusal, { retryAfterSeconds: true });
    expect(dated.outcome === "RETRYABLE" && dated.retryAfterMs! > 50_000 && dated.retryAfterMs! <= 60_000).toBe(true);
    expect(classifyResponse(response(429), refusal)).toMatchObject({ outcome: "RETRYABLE", retryAfterMs: null });
  });
});
