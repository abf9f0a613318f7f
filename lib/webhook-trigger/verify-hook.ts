import { createHmac, timingSafeEqual } from "node:crypto";
import type { HookVerification } from "@/lib/workflows/workflow-schema";
import { AppError, type AppErrorKey } from "@/lib/errors";
import { HOOK_EVENT_ID_WINDOW_MS, type SeenKey } from "./seen-ids";

// Checks an incoming webhook against the trigger's verification setting. Two signature
// formats are accepted with the same stored secret, both signing a timestamp with the body so a
// captured request cannot be sent again later:
// - Hookflow's own, as Stripe does it: `X-Hookflow-Signature: t=<unix seconds>,v1=<hex>` where
//   hex is HMAC-SHA256(secret, "<t>.<raw body>"), keyed with the secret exactly as stored (what
//   `openssl dgst -sha256 -hmac "$SECRET"` does), whsec_ or not. Several v1= entries may be
//   sent (one per secret while rotating); one matching is enough.
// - Standard Webhooks: `webhook-id`, `webhook-timestamp` (seconds) and
//   `webhook-signature: v1,<base64 HMAC-SHA256(key, id.timestamp.body)>` (space-separated
//   list), where a `whsec_` secret is base64 for the key.
// Timestamps more than SIGNATURE_TOLERANCE_S away from now are refused. Inside that window a
// replay is caught by remembering what was accepted (lib/webhook-trigger/seen-ids.ts): the signature of a
// Hookflow-signed request until its timestamp leaves the window, a webhook-id for 7 days (it is
// the sender's idempotency key, the same across its retries).
// The first form, `X-Hookflow-Signature: sha256=<hex HMAC of the body>`, signed no timestamp, so
// one captured request could be replayed for ever: it is refused, with a message showing the new
// format.

export const SIGNATURE_TOLERANCE_S = 5 * 60;

/** Refused: why, in English (`problem`), and as the VERIFICATION_FAILED error the hook URL answers (its catalog key and params). */
export type VerifyResult = { problem: string; error: AppError } | { problem: null; seen: SeenKey[] };

function refused(key: Extract<AppErrorKey, `VERIFICATION_FAILED.${string}`>, params?: Record<string, string>): VerifyResult {
  const error = AppError.of(key, params);
  return { problem: error.message, error };
}

const HOOKFLOW_FORMAT = 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">';

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Standard Webhooks' key: a `whsec_` secret is base64 for the key bytes. */
const standardWebhooksKey = (secret: string) =>
  secret.startsWith("whsec_") ? Buffer.from(secret.slice(6), "base64") : Buffer.from(secret, "utf8");

const outsideTolerance = (seconds: number, now: Date) => Math.abs(now.getTime() / 1000 - seconds) > SIGNATURE_TOLERANCE_S;

/** The Hookflow signature header's value for a body: what a sender computes (and what tests sign with). */
export function hookflowSignature(secret: string, rawBody: string, timestampSeconds: number): string {
  const hex = createHmac("sha256", Buffer.from(secret, "utf8")).update(`${timestampSeconds}.${rawBody}`, "utf8").digest("hex");
  return `t=${timestampSeconds},v1=${hex}`;
}

function verifyHookflowSignature(header: string, secret: string, rawBody: string, now: Date): VerifyResult {
  if (/^\s*sha256=/i.test(header)) {
    return refused("VERIFICATION_FAILED.oldSignature", { format: HOOKFLOW_FORMAT });
  }
  const parts = header.split(",").map((part) => part.trim());
  const t = parts.find((part) => part.startsWith("t="))?.slice(2);
  const signatures = parts.filter((part) => part.startsWith("v1=")).map((part) => part.slice(3).toLowerCase());
  if (!t || !/^\d{1,12}$/.test(t) || signatures.length === 0) {
    return refused("VERIFICATION_FAILED.malformed", { format: HOOKFLOW_FORMAT });
  }
  const expected = hookflowSignature(secret, rawBody, Number(t)).slice(`t=${t},v1=`.length);
  if (!signatures.some((signature) => safeEqual(signature, expected))) {
    return refused("VERIFICATION_FAILED.mismatch", { format: HOOKFLOW_FORMAT });
  }
  if (outsideTolerance(Number(t), now)) {
    return refused("VERIFICATION_FAILED.stale", { t });
  }
  // The same signature again inside the window is the same request again.
  return { problem: null, seen: [{ kind: "SIGNATURE", value: expected, expiresAt: new Date((Number(t) + SIGNATURE_TOLERANCE_S) * 1000) }] };
}

/** `{ problem: null, seen }` when the request passes (seen: what to remember against replays); otherwise why not (safe to log and return). */
export function verifyHook(
  verification: HookVerification,
  secret: string | null,
  headers: Headers,
  rawBody: string,
  now = new Date(),
): VerifyResult {
  if (verification.type === "NONE") return { problem: null, seen: [] };
  if (secret === null) return refused("VERIFICATION_FAILED.secretGone", { secretName: verification.secretName });
  if (verification.type === "STATIC_HEADER") {
    const value = headers.get(verification.headerName);
    if (value === null) return refused("VERIFICATION_FAILED.headerMissing", { header: verification.headerName });
    return safeEqual(value, secret)
      ? { problem: null, seen: [] }
      : refused("VERIFICATION_FAILED.headerMismatch", { header: verification.headerName });
  }
  const ours = headers.get("x-hookflow-signature");
  if (ours !== null) return verifyHookflowSignature(ours, secret, rawBody, now);
  const id = headers.get("webhook-id");
  const timestamp = headers.get("webhook-timestamp");
  const signatures = headers.get("webhook-signature");
  if (id && timestamp && signatures) {
    const seconds = Number(timestamp);
    if (!/^\d{1,12}$/.test(timestamp) || outsideTolerance(seconds, now)) {
      return refused("VERIFICATION_FAILED.timestamp");
    }
    const expected = createHmac("sha256", standardWebhooksKey(secret)).update(`${id}.${timestamp}.${rawBody}`, "utf8").digest("base64");
    const match = signatures.split(" ").some((entry) => {
      const [version, value] = entry.split(",", 2);
      return version === "v1" && value !== undefined && safeEqual(value, expected);
    });
    if (!match) return refused("VERIFICATION_FAILED.webhookSignature");
    return { problem: null, seen: [{ kind: "WEBHOOK_ID", value: id, expiresAt: new Date(now.getTime() + HOOK_EVENT_ID_WINDOW_MS) }] };
  }
  return refused("VERIFICATION_FAILED.unsigned", { format: HOOKFLOW_FORMAT });
}
