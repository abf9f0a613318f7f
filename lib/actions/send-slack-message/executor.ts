import type { ActionExecutor, ExecutionResult } from "@/lib/actions/action-executor";
import { ActionConfigError } from "@/lib/actions/run-context";
import { type RunError, redactRunError, runError } from "@/lib/i18n/run-errors";
import { secretRedactor } from "@/lib/secrets/redact-secrets";
import { secretValue } from "@/lib/secrets/secrets";
import { DELIVERY_ID_HEADER, MASK, USER_AGENT } from "@/lib/webhooks/outgoing";
import { classifyResponse } from "@/lib/webhooks/classify-response";
import { guardedRequest, type IncomingResponse, type OutgoingRequest } from "@/lib/webhooks/guarded-request";
import { renderMessage } from "./message-template";
import type { SendSlackMessageConfig } from "./send-slack-message-config";

// Posts {"text": …} to a Slack incoming webhook through the same guarded client as Send a
// webhook: public addresses only, time limits, bounded response. The webhook URL is the
// credential, so it is read from the secret at send time and masked wherever it is shown or
// stored (the request, and a response that echoes it).

/** Slack's short error answers that the runErrors message slack.refusedMeaning explains to the person fixing the workflow. */
const SLACK_ERRORS = new Set([
  "no_service",
  "no_team",
  "channel_not_found",
  "channel_is_archived",
  "action_prohibited",
  "posting_to_general_channel_denied",
  "invalid_payload",
  "no_text",
  "too_many_attachments",
]);

function refusal(status: number, response: IncomingResponse, secretName: string): RunError {
  const code = /^[a-z_]{1,64}$/.test(response.body.trim()) ? response.body.trim() : null;
  const fix = String(status === 403 || status === 404 || code === "no_service");
  const params = { status: String(status), fix, secret: secretName };
  if (!code) return runError("slack.refused", params);
  return SLACK_ERRORS.has(code)
    ? runError("slack.refusedMeaning", { ...params, code, meaning: code })
    : runError("slack.refusedCode", { ...params, code });
}

export const sendSlackMessageExecutor: ActionExecutor<SendSlackMessageConfig> = {
  lane: "webhook",
  // One secret is one Slack webhook (one channel), which Slack rate-limits on its own.
  destination: (config) => `slack:${config.secretName}`,
  needsHistory: () => false,
  async execute(config, context, { deliveryId }): Promise<ExecutionResult> {
    const failed = (error: RunError): ExecutionResult => ({ outcome: "FINAL", error, request: null, response: null, durationMs: 0 });
    const url = await secretValue(config.secretName);
    if (url === null) return failed(runError("slack.secretMissing", { secret: config.secretName }));
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = new URL("invalid:");
    }
    if (parsed.protocol !== "https:") {
      return failed(runError("slack.secretNotHttps", { secret: config.secretName }));
    }
    let text: string;
    try {
      text = renderMessage(config.text, context);
    } catch (error) {
      if (error instanceof ActionConfigError) return failed(error.error);
      throw error;
    }

    const request: OutgoingRequest = {
      method: "POST",
      url: parsed.href,
      headers: { "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT, [DELIVERY_ID_HEADER]: deliveryId },
      body: JSON.stringify({ text }),
    };
    // The whole URL, and its path and query on their own (a receiver may echo either).
    const parts = [parsed.href, url.trim(), parsed.pathname + parsed.search, parsed.pathname].filter((part) => part.length >= 8);
    const redactor = secretRedactor(
      parts.map((value) => ({ name: "", value })),
      { minLength: 8, label: () => MASK },
    );
    const shown: OutgoingRequest = { ...request, url: `${parsed.origin}/${MASK}` };

    const result = await guardedRequest(request);
    if (!result.ok) {
      return {
        outcome: result.failure.kind === "BLOCKED" ? "FINAL" : "RETRYABLE",
        error: redactRunError(result.failure.error, redactor.text),
        request: shown,
        response: null,
        durationMs: result.durationMs,
      };
    }
    const response: IncomingResponse = {
      ...result.response,
      body: redactor.text(result.response.body),
      headers: Object.fromEntries(Object.entries(result.response.headers).map(([name, value]) => [name, redactor.header(name, value)])),
    };
    // Slack's Retry-After is in seconds, as HTTP has it.
    const classified = classifyResponse(response, (status) => refusal(status, response, config.secretName), { retryAfterSeconds: true });
    return { ...classified, outputs: {}, request: shown, response, durationMs: result.durationMs };
  },
};
