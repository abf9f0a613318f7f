import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeaders, signatureV2, signatureV3 } from "./signature";

const clientSecret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";

describe("request signatures", () => {
  it("matches HubSpot's published v2 vectors for POST with a body and GET without", () => {
    expect(
      signatureV2({ clientSecret, method: "POST", url: "https://www.example.com/webhook_uri", body: '{"example_field":"example_value"}' }),
    ).toBe("9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900");
    expect(signatureV2({ clientSecret, method: "GET", url: "https://www.example.com/webhook_uri", body: "" })).toBe(
      "eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e",
    );
  });

  it("computes v3 as base64 HMAC-SHA256 over method, url, body and timestamp", () => {
    const input = { clientSecret, method: "post", url: "https://www.example.com/webhook_uri?a=1", body: "{}" };
    const expected = createHmac("sha256", clientSecret)
      .update("POSThttps://www.example.com/webhook_uri?a=1{}1700000000000")
      .digest("base64");
    expect(signatureV3(input, 1_700_000_000_000)).toBe(expected);
    expect(signatureHeaders(input, 1_700_000_000_000)).toEqual({
      "X-HubSpot-Signature": signatureV2(input),
      "X-HubSpot-Signature-Version": "v2",
      "X-HubSpot-Signature-v3": expected,
      "X-HubSpot-Request-Timestamp": "1700000000000",
    });
  });
});
