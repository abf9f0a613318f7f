import type { ActionDefinition, ActionText } from "@/lib/actions/action-definition";
import { sourceProperties } from "@/lib/actions/value-source";
import { sendWebhookConfigSchema, type SendWebhookConfig } from "./send-webhook-config";

export const sendWebhookDefinition: ActionDefinition<SendWebhookConfig> = {
  type: "SEND_WEBHOOK",
  group: "dataOps",
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
  summary: ({ method, webhookUrl }): ActionText =>
    webhookUrl
      ? { key: "SEND_WEBHOOK.summary", values: { verb: method, url: webhookUrl } }
      : { key: "SEND_WEBHOOK.summaryNoUrl", values: { verb: method } },
  properties: (config) =>
    sourceProperties([...(config.body.type === "CUSTOM" ? config.body.fields : []), ...config.queryParams].map((row) => row.source)),
  references: ({ authentication: auth }) =>
    auth.type === "SIGNATURE"
      ? [{ kind: "app", id: auth.appId, path: "authentication.appId" }]
      : auth.type === "API_KEY"
        ? [{ kind: "secret", name: auth.secretName, path: "authentication.secretName" }]
        : [],
  test: true,
  run: { retryNow: "delivery" },
};
