import type { ActionDefinition } from "@/lib/actions/action-definition";
import { placeholderSource, placeholdersIn } from "./message-template";
import { sendSlackMessageConfigSchema, type SendSlackMessageConfig } from "./send-slack-message-config";

const SUMMARY_LENGTH = 60;

export const sendSlackMessageDefinition: ActionDefinition<SendSlackMessageConfig> = {
  type: "SEND_SLACK_MESSAGE",
  label: "Send a Slack message",
  group: "Notifications",
  description: "Post a message with record data to a Slack channel through an incoming-webhook URL kept as a secret.",
  configSchema: sendSlackMessageConfigSchema,
  defaultConfig: () => ({ secretName: "", text: "New {{firstname}} {{lastname}} ({{email}})" }),
  outputs: () => [],
  summary: (config) => {
    const text = config.text.replace(/\s+/g, " ").trim();
    const shown = text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
    return config.secretName ? `Slack: “${shown}”` : "Choose the Slack webhook secret";
  },
  properties: (config) =>
    placeholdersIn(config.text).flatMap(({ inside }) => {
      const found = placeholderSource(inside);
      return "source" in found && found.source.type === "PROPERTY" ? [found.source.property] : [];
    }),
  references: (config) => [{ kind: "secret", name: config.secretName, path: "secretName" }],
  test: { explains: "Posts the message once, with the settings above (saved or not)" },
  run: { retryNow: "delivery", runningLabel: "Sending", retryNote: "Sent again; the new attempt appears below when it finishes." },
};
