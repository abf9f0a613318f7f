import type { ActionExecutor, ExecutionResult } from "@/lib/actions/action-executor";
import { ActionConfigError } from "@/lib/actions/run-context";
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

/** What Slack's short error answers mean for the person fixing the workflow. */
const SLACK_ERRORS: Record<string, string> = {
  no_service: "the webhook URL was revoked or is wrong",
  no_team: "the Slack workspace no longer exists",
  channel_not_found: "the channel no longer exists",
  channel_is_archived: "the channel is archived",
  action_prohibited: "an admin restricted posting to this channel",
  posting_to_general_channel_denied: "only admins may post to this channel",
  invalid_payload: "Slack could not read the message",
  no_text: "the message is empty",
  too_many_attachments: "the message is too large",
};

function refusal(status: number, response: IncomingResponse, secretName: string): string {
  const code = /^[a-z_]{1,64}$/.test(response.body.trim()) ? response.body.trim() : null;
  const meaning = code ? SLACK_ERRORS[code] : null;
  const why = code ? ` (${code}${meaning ? `: ${meaning}` : ""})` : "";
  const fix =
    status === 403 || status === 404 || code === "no_service" ? ` Put a current Slack webhook URL in the secret "${secretName}".` : "";
  return `Slack refused the message with ${status}${why}; it is not retried.${fix}`;
}

export const sendSlackMessageExecutor: ActionExecutor<SendSlackMessageConfig> = {
  lane: "webhook",
  // One secret is one Slack webhook (one channel), which Slack rate-limits on its own.
  destination: (config) => `slack:${config.secretName}`,
  needsHistory: () => false,
  async execute(config, context, { deliveryId }): Promise<ExecutionResult> {
    const failed = (error: string): ExecutionResult => ({ outcome: "FINAL", error, request: null, response: null, durationMs: 0 });
    const url = await secretValue(config.secretName);
    if (url === null) return failed(`The secret "${config.secretName}" does not exist; add it in Settings → Secrets.`);
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = new URL("invalid:");
    }
    if (parsed.protocol !== "https:") {
      return failed(
        `The secret "${config.secretName}" does not hold an https:// URL; put the Slack incoming-webhook URL in it (https://hooks.slack.com/services/…).`,
      );
    }
    let text: string;
    try {
      text = renderMessage(config.text, context);
    } catch (error) {
      if (error instanceof ActionConfigError) return failed(error.message);
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
        error: redactor.text(result.failure.message),
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
