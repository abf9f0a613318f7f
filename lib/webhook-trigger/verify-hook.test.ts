import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hookflowSignature, SIGNATURE_TOLERANCE_S, verifyHook } from "./verify-hook";

const HMAC = { type: "HMAC_SHA256", secretName: "S" } as const;
const SECRET = "whsec_c2VjcmV0LWtleQ==";
const BODY = '{"contact":{"email":"ada@analytical-engines.example"}}';
const NOW = new Date("2026-12-02T12:00:00Z");
const T = Math.floor(NOW.getTime() / 1000);
const hasOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"]);
    return true;
  } catch {
    return false;
  }
})();
const verify = (headers: Record<string, string>, body = BODY, now = NOW) => verifyHook(HMAC, SECRET, new Headers(headers), body, now);

describe("X-Hookflow-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t.body)>", () => {
  it.skipIf(!hasOpenssl)("matches what openssl computes, keyed with the secret as stored (whsec_ included)", () => {
    const hex = execFileSync("openssl", ["dgst", "-sha256", "-hmac", SECRET], { input: `${T}.${BODY}` })
      .toString()
      .trim()
      .replace(/^.*= /, "");
    expect(hookflowSignature(SECRET, BODY, T)).toBe(`t=${T},v1=${hex}`);
    expect(verify({ "x-hookflow-signature": `t=${T},v1=${hex}` })).toEqual({
      problem: null,
      seen: [{ kind: "SIGNATURE", value: hex, expiresAt: new Date((T + SIGNATURE_TOLERANCE_S) * 1000) }],
    });
  });

  it("accepts any matching v1 among several, spaces and upper-case hex", () => {
    const hex = hookflowSignature(SECRET, BODY, T).split("v1=")[1];
    expect(verify({ "x-hookflow-signature": ` t=${T}, v1=${"0".repeat(64)}, v1=${hex.toUpperCase()} ` }).problem).toBeNull();
  });

  it("refuses timestamps more than 5 minutes away, either way", () => {
    for (const t of [T - SIGNATURE_TOLERANCE_S - 1, T + SIGNATURE_TOLERANCE_S + 1]) {
      expect(verify({ "x-hookflow-signature": hookflowSignature(SECRET, BODY, t) }).problem).toMatch(/more than 5 minutes away/);
    }
    expect(verify({ "x-hookflow-signature": hookflowSignature(SECRET, BODY, T - SIGNATURE_TOLERANCE_S) }).problem).toBeNull();
  });

  it("refuses the old body-only form, naming the new one", () => {
    expect(verify({ "x-hookflow-signature": "sha256=abc" }).problem).toMatch(
      /old body-only form .* X-Hookflow-Signature: t=<unix seconds>,v1=/,
    );
  });

  it("refuses malformed values and another body", () => {
    for (const value of ["", "t=,v1=ab", `t=${T}`, "v1=ab", `t=12.5,v1=ab`, `t=${T}x,v1=ab`]) {
      expect(verify({ "x-hookflow-signature": value }).problem, value).toMatch(/malformed/);
    }
    expect(verify({ "x-hookflow-signature": hookflowSignature(SECRET, BODY, T) }, `${BODY} `).problem).toMatch(/does not match/);
  });
});

describe("Standard Webhooks", () => {
  it("remembers the webhook-id for a week", async () => {
    const { createHmac } = await import("node:crypto");
    const signature = createHmac("sha256", Buffer.from("secret-key")).update(`msg_1.${T}.${BODY}`).digest("base64");
    const result = verify({ "webhook-id": "msg_1", "webhook-timestamp": String(T), "webhook-signature": `v1,${signature}` });
    expect(result).toEqual({
      problem: null,
      seen: [{ kind: "WEBHOOK_ID", value: "msg_1", expiresAt: new Date(NOW.getTime() + 7 * 24 * 3600 * 1000) }],
    });
    expect(verify({ "webhook-id": "msg_1", "webhook-timestamp": `${T}.0`, "webhook-signature": `v1,${signature}` }).problem).toMatch(
      /webhook-timestamp/,
    );
  });
});
