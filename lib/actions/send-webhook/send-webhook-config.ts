import { z } from "zod";
import { keyedSourceSchema, refineUniqueKeys } from "@/lib/actions/value-source";
import { SECRET_NAME_PATTERN } from "@/lib/secrets/secret-schemas";

// Send a webhook: the configuration shared by the API, the editor panel and the executor.

export const webhookUrlSchema = z
  .string({ error: "webhookUrl is required." })
  .trim()
  .min(1, "Enter the webhook URL.")
  .max(2048, "The webhook URL is limited to 2048 characters.")
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a full URL, like https://api.example.com/hooks." });
      return;
    }
    if (url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: "The webhook URL must use https:// (plain http is not allowed)." });
    } else if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Put credentials in an API key secret, not in the URL." });
    }
  });

export const webhookAuthenticationSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("NONE") }),
    z.strictObject({
      type: z.literal("SIGNATURE"),
      appId: z.coerce.number({ error: "Choose an app." }).int().positive("Choose an app."),
    }),
    z.strictObject({
      type: z.literal("API_KEY"),
      secretName: z.string().regex(SECRET_NAME_PATTERN, "Choose a secret."),
      keyName: z
        .string()
        .trim()
        .min(1, "Enter the API key name.")
        .max(200, "The API key name is limited to 200 characters.")
        .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "The API key name may not contain spaces or special characters."),
      location: z.enum(["HEADER", "QUERY_PARAM"], { error: () => "location must be HEADER or QUERY_PARAM." }),
    }),
  ],
  { error: () => "authentication.type must be NONE, SIGNATURE or API_KEY." },
);
export type WebhookAuthentication = z.infer<typeof webhookAuthenticationSchema>;

export const webhookBodySchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("ALL_PROPERTIES") }),
    z.strictObject({ type: z.literal("CUSTOM"), fields: z.array(keyedSourceSchema).max(100, "At most 100 body fields.") }),
  ],
  { error: () => "body.type must be ALL_PROPERTIES or CUSTOM." },
);

export const OUTPUT_TYPES = ["STRING", "NUMBER", "BOOLEAN", "DATETIME"] as const;

export const webhookOutputSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "Output names start with a letter and use letters, digits and underscores."),
  // Dot path into the JSON response; array indexes as numbers (e.g. items.0.id).
  path: z.string().trim().min(1, "Choose a response field."),
  type: z.enum(OUTPUT_TYPES, { error: () => "Output type must be STRING, NUMBER, BOOLEAN or DATETIME." }),
});
export type WebhookOutput = z.infer<typeof webhookOutputSchema>;

export const sendWebhookConfigSchema = z
  .strictObject({
    method: z.enum(["POST", "GET"], { error: () => "method must be POST or GET." }),
    webhookUrl: webhookUrlSchema,
    authentication: webhookAuthenticationSchema.default({ type: "NONE" }),
    body: webhookBodySchema.default({ type: "ALL_PROPERTIES" }),
    queryParams: z.array(keyedSourceSchema).max(100, "At most 100 query parameters.").default([]),
    outputs: z.array(webhookOutputSchema).max(50, "At most 50 outputs.").default([]),
  })
  .superRefine((config, ctx) => {
    if (config.body.type === "CUSTOM") refineUniqueKeys(config.body.fields, ctx, "body.fields");
    refineUniqueKeys(config.queryParams, ctx, "queryParams");
    const names = new Set<string>();
    config.outputs.forEach((output, index) => {
      if (names.has(output.name)) {
        ctx.addIssue({ code: "custom", path: ["outputs", index, "name"], message: `The output name "${output.name}" is used more than once.` });
      }
      names.add(output.name);
    });
  });
export type SendWebhookConfig = z.infer<typeof sendWebhookConfigSchema>;
