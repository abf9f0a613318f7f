import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { parseRetryAfter } from "@/lib/jobs/retry-schedule";
import { ActionConfigError, type RunContext } from "@/lib/actions/run-context";
import { buildWebhookRequest, scrubSecrets, type Credentials } from "./build-request";
import { extractOutputs, type OutputValue } from "./extract-outputs";
import { guardedRequest, type IncomingResponse, type OutgoingRequest, type RequestLimits } from "./guarded-request";

// build request → sign → guard URL → send → classify → extract outputs.
// Never throws for a delivery outcome: the Test button shows the result, the runner
// stores it as an attempt and schedules the retry when it is retryable.

export type DeliveryResult =
  | { outcome: "SUCCESS"; request: OutgoingRequest; response: IncomingResponse; durationMs: number; outputs: Record<string, OutputValue> }
  | {
      outcome: "RETRYABLE" | "FINAL";
      request: OutgoingRequest | null;
      response: IncomingResponse | null;
      durationMs: number;
      error: string;
      /** From a 429's Retry-After, in milliseconds. */
      retryAfterMs?: number | null;
    };

export async function deliverWebhook(
  config: SendWebhookConfig,
  context: RunContext,
  options: { deliveryId: string; credentials: Credentials; now?: Date; limits?: Partial<RequestLimits> },
): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  let built;
  try {
    built = await buildWebhookRequest(config, context, { deliveryId: options.deliveryId, now, credentials: options.credentials });
  } catch (error) {
    if (error instanceof ActionConfigError) return { outcome: "FINAL", request: null, response: null, durationMs: 0, error: error.message };
    throw error;
  }
  const { request, redacted, secrets } = built;
  const result = await guardedRequest(request, options.limits);
  const scrub = (text: string) => scrubSecrets(text, secrets);

  if (!result.ok) {
    const outcome = result.failure.kind === "BLOCKED" ? "FINAL" : "RETRYABLE";
    return { outcome, request: redacted, response: null, durationMs: result.durationMs, error: scrub(result.failure.message) };
  }

  // A receiver may echo what it got (an API key in a header or the query): mask it there too.
  const response: IncomingResponse = {
    ...result.response,
    body: scrub(result.response.body),
    headers: Object.fromEntries(Object.entries(result.response.headers).map(([k, v]) => [k, scrub(v)])),
  };
  const { status } = response;
  const base = { request: redacted, response, durationMs: result.durationMs };

  if (status >= 200 && status < 300) {
    const extracted = extractOutputs(config.outputs, result.response.body);
    if (!extracted.ok) return { ...base, outcome: "FINAL", error: extracted.message };
    return { ...base, outcome: "SUCCESS", outputs: extracted.values };
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers["retry-after"], new Date());
    return { ...base, outcome: "RETRYABLE", retryAfterMs, error: `The endpoint is rate limiting requests (429)${retryAfterMs !== null ? `; it asked to retry after ${Math.ceil(retryAfterMs / 1000)} s` : ""}.` };
  }
  if (status >= 500) return { ...base, outcome: "RETRYABLE", error: `The endpoint failed with ${status}; Hookflow will retry.` };
  if (status >= 300 && status < 400) {
    return { ...base, outcome: "FINAL", error: `The endpoint answered with a redirect (${status}); redirects are not followed. Use the final URL${response.headers.location ? ` (${response.headers.location})` : ""} as the webhook URL.` };
  }
  return { ...base, outcome: "FINAL", error: `The endpoint refused the request with ${status}; it is not retried. Check the URL, authentication and body.` };
}
