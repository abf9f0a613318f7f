import type { ActionDefinition } from "@/lib/actions/action-definition";
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
};
