import { apiKeyNameIssue, type SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { ActionConfigError, type RunContext } from "@/lib/actions/run-context";
import { type RunError, redactRunError, runError, runErrorRef } from "@/lib/i18n/run-errors";
import { secretRedactor } from "@/lib/secrets/redact-secrets";
import { MASK } from "@/lib/webhooks/outgoing";
import { buildWebhookRequest, type Credentials } from "./build-request";
import { classifyResponse } from "@/lib/webhooks/classify-response";
import { extractOutputs, type OutputValue } from "./extract-outputs";
import { guardedRequest, type IncomingResponse, type OutgoingRequest, type RequestLimits } from "@/lib/webhooks/guarded-request";

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
      error: RunError;
      /** From a 429's Retry-After, in milliseconds. */
      retryAfterMs?: number | null;
    };

/** What a header value may hold when sent (Node refuses anything else): no line breaks or other control characters, nothing past Latin-1. */
const SENDABLE_HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Why the request cannot be sent as built (a config or stored value older checks let through); null when it can. */
function unsendable(config: SendWebhookConfig, request: OutgoingRequest): RunError | null {
  const auth = config.authentication;
  if (auth.type === "API_KEY" && auth.location === "HEADER") {
    const problem = apiKeyNameIssue(auth.keyName, auth.location);
    if (problem) return runError("config.apiKeyName", { problem: runErrorRef(`validation:${problem.code}`, problem.params) });
  }
  for (const [name, value] of Object.entries(request.headers)) {
    if (SENDABLE_HEADER_VALUE.test(value)) continue;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    const what = /[^\t\x20-\x7e\x80-\xff]/.test(value.replace(/[^\x00-\xff]/g, "")) ? "control" : "beyondLatin1";
    if (auth.type === "API_KEY" && auth.location === "HEADER" && name === auth.keyName) {
      return runError("config.secretHeader", { secret: auth.secretName, header: name, what });
    }
    return runError("config.header", { header: name, what });
  }
  return null;
}

export async function deliverWebhook(
  config: SendWebhookConfig,
  context: RunContext,
  options: { deliveryId: string; credentials: Credentials; now?: Date; limits?: Partial<RequestLimits> },
): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  let built: Awaited<ReturnType<typeof buildWebhookRequest>>;
  try {
    built = await buildWebhookRequest(config, context, { deliveryId: options.deliveryId, now, credentials: options.credentials });
  } catch (error) {
    if (error instanceof ActionConfigError) return { outcome: "FINAL", request: null, response: null, durationMs: 0, error: error.error };
    throw error;
  }
  const { request, secrets } = built;
  // Exactly the secrets this request sent (the API key, the app's client secret), however
  // short: the receiver was sent them, so masking them tells it nothing.
  const redactor = secretRedactor(
    secrets.map((value) => ({ name: "", value })),
    { minLength: 1, label: () => MASK },
  );
  const redactHeaders = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, redactor.header(k, v)]));
  // The copy that is shown and stored: the key's own place already masked, and the secrets wherever else they appear.
  const redacted: OutgoingRequest = {
    ...built.redacted,
    url: redactor.text(built.redacted.url),
    headers: redactHeaders(built.redacted.headers),
    ...(built.redacted.body !== undefined ? { body: redactor.text(built.redacted.body) } : {}),
  };

  const refused = unsendable(config, request);
  if (refused) return { outcome: "FINAL", request: redacted, response: null, durationMs: 0, error: refused };

  const result = await guardedRequest(request, options.limits);
  const scrub = redactor.text;

  if (!result.ok) {
    const outcome = result.failure.kind === "BLOCKED" ? "FINAL" : "RETRYABLE";
    return {
      outcome,
      request: redacted,
      response: null,
      durationMs: result.durationMs,
      error: redactRunError(result.failure.error, scrub),
    };
  }

  // A receiver may echo what it got (an API key in a header or the query, base64-encoded,
  // escaped in JSON): mask it there too. Outputs are read from this masked body, so they
  // (and their error messages, which quote values) cannot carry a secret either.
  const response: IncomingResponse = {
    ...result.response,
    body: scrub(result.response.body),
    headers: redactHeaders(result.response.headers),
  };
  const base = { request: redacted, response, durationMs: result.durationMs };

  const classified = classifyResponse(response, (status) => runError("response.refused", { status: String(status) }));
  if (classified.outcome !== "SUCCESS") return { ...base, ...classified };
  const extracted = extractOutputs(config.outputs, response.body);
  if (!extracted.ok) return { ...base, outcome: "FINAL", error: redactRunError(extracted.error, scrub) };
  return { ...base, outcome: "SUCCESS", outputs: extracted.values };
}
