import type { ActionDefinition } from "@/lib/actions/action-definition";
import { sourceProperties } from "@/lib/actions/value-source";
import { sendWebhookConfigSchema, type SendWebhookConfig } from "./send-webhook-config";

export const sendWebhookDefinition: ActionDefinition<SendWebhookConfig> = {
  type: "SEND_WEBHOOK",
  label: "Send a webhook",
  group: "Data ops",
  description: "Send record data to an outside system over HTTPS and use its answer in later steps.",
  configSchema: sendWebhookConfigSchema,
  defaultConfig: () => ({
    method: "POST",
    webhookUrl: "",
    authentication: { type: "NONE" },
    body: { type: "ALL_PROPERTIES" },
    queryParams: [],
    outputs: [],
  }),
  outputs: (config) => config.outputs.map(({ name, type }) => ({ name, type })),
  summary: (config) => `${config.method} ${config.webhookUrl || "(no URL yet)"}`,
  properties: (config) =>
    sourceProperties([...(config.body.type === "CUSTOM" ? config.body.fields : []), ...config.queryParams].map((row) => row.source)),
  references: ({ authentication: auth }) =>
    auth.type === "SIGNATURE"
      ? [{ kind: "app", id: auth.appId, path: "authentication.appId" }]
      : auth.type === "API_KEY"
        ? [{ kind: "secret", name: auth.secretName, path: "authentication.secretName" }]
        : [],
  test: { explains: "Sends the request once, with the settings above (saved or not)" },
  run: { retryNow: "delivery", runningLabel: "Sending", retryNote: "Sent again; the new attempt appears below when it finishes." },
};
