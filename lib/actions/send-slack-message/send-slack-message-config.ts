import { z } from "zod";
import { customIssue, message } from "@/lib/i18n/validation";
import { SECRET_NAME_PATTERN } from "@/lib/secrets/secret-schemas";
import { placeholderSource, placeholdersIn } from "./message-template";

/** Slack shows up to 40,000 characters of `text` and truncates beyond; a workflow message stays well under. */
const MAX_MESSAGE_LENGTH = 3000;

export const sendSlackMessageConfigSchema = z.strictObject({
  /**
   * The secret holding the Slack incoming-webhook URL (https://hooks.slack.com/services/…). The
   * URL is the credential: whoever has it can post to the channel, so it is stored as a secret,
   * never in the workflow.
   */
  secretName: z
    .string(message("slack.secret"))
    .trim()
    .min(1, message("slack.secret"))
    .regex(SECRET_NAME_PATTERN, message("slack.secretName")),
  text: z
    .string(message("slack.text"))
    .trim()
    .min(1, message("slack.text"))
    .max(MAX_MESSAGE_LENGTH, message("slack.textTooLong", { max: String(MAX_MESSAGE_LENGTH) }))
    .superRefine((text, ctx) => {
      for (const { inside } of placeholdersIn(text)) {
        const found = placeholderSource(inside);
        if ("problem" in found) ctx.addIssue(customIssue(found.problem.code, found.problem.params));
      }
    }),
});
export type SendSlackMessageConfig = z.infer<typeof sendSlackMessageConfigSchema>;
