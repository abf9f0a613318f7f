import { createHash, createHmac } from "node:crypto";

// HubSpot request signatures, so receivers can verify Hookflow's calls with the same code.
// v2: hex SHA-256 of clientSecret + method + url + body (body left out when empty).
// v3: base64 HMAC-SHA256 keyed by clientSecret over method + url + body + timestamp.

export type SignatureInput = { clientSecret: string; method: string; url: string; body: string };

export function signatureV2({ clientSecret, method, url, body }: SignatureInput): string {
  return createHash("sha256")
    .update(clientSecret + method.toUpperCase() + url + body, "utf8")
    .digest("hex");
}

export function signatureV3({ clientSecret, method, url, body }: SignatureInput, timestampMs: number): string {
  return createHmac("sha256", clientSecret)
    .update(method.toUpperCase() + url + body + String(timestampMs), "utf8")
    .digest("base64");
}

export function signatureHeaders(input: SignatureInput, timestampMs: number): Record<string, string> {
  return {
    "X-HubSpot-Signature": signatureV2(input),
    "X-HubSpot-Signature-Version": "v2",
    "X-HubSpot-Signature-v3": signatureV3(input, timestampMs),
    "X-HubSpot-Request-Timestamp": String(timestampMs),
  };
}
