import type { ActionDefinition } from "@/lib/actions/action-definition";
import { placeholderSource, placeholdersIn } from "./message-template";
import { sendSlackMessageConfigSchema, type SendSlackMessageConfig } from "./send-slack-message-config";

const SUMMARY_LENGTH = 60;

export const sendSlackMessageDefinition: ActionDefinition<SendSlackMessageConfig> = {
  type: "SEND_SLACK_MESSAGE",
  group: "notifications",
  configSchema: sendSlackMessageConfigSchema,
  defaultConfig: () => ({ secretName: "", text: "New {{firstname}} {{lastname}} ({{email}})" }),
  outputs: () => [],
  summary: (config) => {
    const text = config.text.replace(/\s+/g, " ").trim();
    const shown = text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
    return config.secretName
      ? { key: "SEND_SLACK_MESSAGE.summary", values: { text: shown } }
      : { key: "SEND_SLACK_MESSAGE.summaryNoSecret" };
  },
  properties: (config) =>
    placeholdersIn(config.text).flatMap(({ inside }) => {
      const found = placeholderSource(inside);
      return "source" in found && found.source.type === "PROPERTY" ? [found.source.property] : [];
    }),
  references: (config) => [{ kind: "secret", name: config.secretName, path: "secretName" }],
  test: true,
  run: { retryNow: "delivery" },
};
