import { describe, expect, it } from "vitest";
import { classifyResponse } from "./classify-response";

const response = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: "",
  bodyBytes: 0,
  bodyTruncated: false,
});
const refusal = (status: number) => `refused ${status}`;

describe("reading an endpoint's answer", () => {
  it("succeeds on 2xx, retries 429 and 5xx, refuses redirects and other statuses for good", () => {
    expect(classifyResponse(response(204), refusal)).toEqual({ outcome: "SUCCESS" });
    expect(classifyResponse(response(502), refusal).outcome).toBe("RETRYABLE");
    expect(classifyResponse(response(301, { location: "https://x.example/new" }), refusal)).toMatchObject({
      outcome: "FINAL",
      error: expect.stringMatching(/redirect.*https:\/\/x.example\/new/),
    });
    expect(classifyResponse(response(403), refusal)).toEqual({ outcome: "FINAL", error: "refused 403" });
  });

  it("reads a numeric Retry-After as milliseconds (HubSpot's reading), or as seconds for receivers that follow HTTP; a date either way", () => {
    expect(classifyResponse(response(429, { "retry-after": "1500" }), refusal)).toMatchObject({ outcome: "RETRYABLE", retryAfterMs: 1500 });
    expect(classifyResponse(response(429, { "retry-after": "30" }), refusal, { retryAfterSeconds: true })).toMatchObject({
      retryAfterMs: 30_000,
      error: expect.stringMatching(/30 s/),
    });
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const dated = classifyResponse(response(429, { "retry-after": inAMinute }), refusal, { retryAfterSeconds: true });
    expect(dated.outcome === "RETRYABLE" && dated.retryAfterMs! > 50_000 && dated.retryAfterMs! <= 60_000).toBe(true);
    expect(classifyResponse(response(429), refusal)).toMatchObject({ outcome: "RETRYABLE", retryAfterMs: null });
  });
});
