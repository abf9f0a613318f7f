import { createHmac, timingSafeEqual } from "node:crypto";
import type { HookVerification } from "@/lib/workflows/workflow-schema";

// Checks an incoming webhook against the trigger's verification setting. Two signature
// formats are accepted with the same stored secret:
// - Hookflow's own: `X-Hookflow-Signature: sha256=<hex HMAC-SHA256(secret, rawBody)>`, keyed with
//   the secret exactly as stored (what `openssl dgst -sha256 -hmac "$SECRET"` does), whsec_ or not;
// - Standard Webhooks: `webhook-id`, `webhook-timestamp` (seconds) and
//   `webhook-signature: v1,<base64 HMAC-SHA256(key, id.timestamp.body)>` (space-separated
//   list), where a `whsec_` secret is base64 for the key; timestamps older or newer than
//   5 minutes are refused, against replays.

export const STANDARD_WEBHOOKS_TOLERANCE_S = 5 * 60;

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Standard Webhooks' key: a `whsec_` secret is base64 for the key bytes. */
const standardWebhooksKey = (secret: string) => (secret.startsWith("whsec_") ? Buffer.from(secret.slice(6), "base64") : Buffer.from(secret, "utf8"));

/** null when the request passes; otherwise why it does not (safe to log and return). */
export function verificationProblem(
  verification: HookVerification,
  secret: string | null,
  headers: Headers,
  rawBody: string,
  now = new Date(),
): string | null {
  if (verification.type === "NONE") return null;
  if (secret === null) return `The secret "${verification.secretName}" used to verify this webhook no longer exists.`;
  if (verification.type === "STATIC_HEADER") {
    const value = headers.get(verification.headerName);
    if (value === null) return `The ${verification.headerName} header is missing.`;
    return safeEqual(value, secret) ? null : `The ${verification.headerName} header does not match.`;
  }
  const ours = headers.get("x-hookflow-signature");
  if (ours !== null) {
    const expected = "sha256=" + createHmac("sha256", Buffer.from(secret, "utf8")).update(rawBody, "utf8").digest("hex");
    return safeEqual(ours.trim().toLowerCase(), expected) ? null : "The X-Hookflow-Signature does not match the body.";
  }
  const id = headers.get("webhook-id");
  const timestamp = headers.get("webhook-timestamp");
  const signatures = headers.get("webhook-signature");
  if (id && timestamp && signatures) {
    const seconds = Number(timestamp);
    if (!Number.isFinite(seconds) || Math.abs(now.getTime() / 1000 - seconds) > STANDARD_WEBHOOKS_TOLERANCE_S) {
      return "The webhook-timestamp is missing, malformed or more than 5 minutes away from now.";
    }
    const expected = createHmac("sha256", standardWebhooksKey(secret)).update(`${id}.${timestamp}.${rawBody}`, "utf8").digest("base64");
    const match = signatures.split(" ").some((entry) => {
      const [version, value] = entry.split(",", 2);
      return version === "v1" && value !== undefined && safeEqual(value, expected);
    });
    return match ? null : "The webhook-signature does not match the body.";
  }
  return "The request is not signed: send X-Hookflow-Signature (sha256=<hex HMAC of the body>) or the Standard Webhooks headers.";
}
