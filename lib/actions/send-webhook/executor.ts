import type { ActionExecutor } from "@/lib/actions/action-executor";
import { appClientSecret } from "@/lib/apps/apps";
import { secretValue } from "@/lib/secrets/secrets";
import type { Credentials } from "./build-request";
import { deliverWebhook } from "./deliver-webhook";
import type { SendWebhookConfig } from "./send-webhook-config";

export const storedCredentials: Credentials = { appClientSecret, secretValue };

export const sendWebhookExecutor: ActionExecutor<SendWebhookConfig> = {
  lane: "webhook",
  destination: (config) => {
    try {
      return new URL(config.webhookUrl).host.toLowerCase();
    } catch {
      return null;
    }
  },
  // Only "all properties" sends history (in the contact profile); custom bodies use current values.
  needsHistory: (config) => config.method === "POST" && config.body.type === "ALL_PROPERTIES",
  execute: (config, context, { deliveryId, now }) => deliverWebhook(config, context, { deliveryId, now, credentials: storedCredentials }),
};
