import { sendWebhookConfigSchema, type SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";

/** The shared schema's verdict on a draft, as path → first message ("body.fields.0.key"). */
export function configErrors(config: SendWebhookConfig): Record<string, string> {
  const parsed = sendWebhookConfigSchema.safeParse(config);
  const out: Record<string, string> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    out[path] ??= issue.message;
  }
  return out;
}
