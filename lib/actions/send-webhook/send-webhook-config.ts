import { z } from "zod";
import { customIssue, message, type ValidationCode } from "@/lib/i18n/validation";
import { keyedSourceSchema, refineUniqueKeys } from "@/lib/actions/value-source";
import { SECRET_NAME_PATTERN } from "@/lib/secrets/secret-schemas";

// Send a webhook: the configuration shared by the API, the editor panel and the executor.

const webhookUrlSchema = z
  .string(message("webhookUrl.required"))
  .trim()
  .min(1, message("webhookUrl.empty"))
  .max(2048, message("webhookUrl.tooLong"))
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue(customIssue("webhookUrl.notUrl"));
      return;
    }
    if (url.protocol !== "https:") {
      ctx.addIssue(customIssue("webhookUrl.https"));
    } else if (url.username || url.password) {
      ctx.addIssue(customIssue("webhookUrl.credentials"));
    }
  });

/** An HTTP token (RFC 9110): what a header name may be made of. */
const HEADER_NAME_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Headers an API key cannot be sent in: the HTTP connection sets or strips them (framing,
 * hop-by-hop and proxy headers), so the key would be dropped or break the request.
 */
const TRANSPORT_HEADERS = [
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "keep-alive",
  "expect",
  "proxy-*",
] as const;

/**
 * Headers Hookflow sets on every request (what it is, the body's type, the delivery id
 * receivers de-duplicate by, the request signature): a key there would replace one of them.
 */
const HOOKFLOW_HEADERS = [
  "user-agent",
  "accept",
  "content-type",
  "x-hookflow-delivery-id",
  "x-hubspot-signature",
  "x-hubspot-signature-version",
  "x-hubspot-signature-v3",
  "x-hubspot-request-timestamp",
] as const;

/**
 * Why an API key cannot be sent under this name, as a validation message (null when it can); also
 * checked at send time, for configs saved before.
 */
export function apiKeyNameIssue(keyName: string, location: "HEADER" | "QUERY_PARAM"): ValidationCode | null {
  if (!HEADER_NAME_TOKEN.test(keyName)) return { code: location === "HEADER" ? "apiKey.headerNameInvalid" : "apiKey.queryNameInvalid" };
  if (location !== "HEADER") return null;
  const lower = keyName.toLowerCase();
  // Both messages end by naming the alternatives: a header such as Authorization or X-Api-Key, or a query parameter.
  if ((TRANSPORT_HEADERS as readonly string[]).includes(lower) || lower.startsWith("proxy-")) {
    return { code: "apiKey.headerTransport", params: { keyName } };
  }
  if ((HOOKFLOW_HEADERS as readonly string[]).includes(lower)) return { code: "apiKey.headerReserved", params: { keyName } };
  return null;
}

const webhookAuthenticationSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("NONE") }),
    z.strictObject({
      type: z.literal("SIGNATURE"),
      appId: z.coerce.number(message("sendWebhook.app")).int().positive(message("sendWebhook.app")),
    }),
    z
      .strictObject({
        type: z.literal("API_KEY"),
        secretName: z.string().regex(SECRET_NAME_PATTERN, message("apiKey.secret")),
        keyName: z.string().trim().min(1, message("apiKey.nameEmpty")).max(200, message("apiKey.nameTooLong")),
        location: z.enum(["HEADER", "QUERY_PARAM"], message("apiKey.location")),
      })
      .superRefine((auth, ctx) => {
        const problem = apiKeyNameIssue(auth.keyName, auth.location);
        if (problem) ctx.addIssue(customIssue(problem.code, problem.params, ["keyName"]));
      }),
  ],
  message("sendWebhook.authenticationType"),
);
export type WebhookAuthentication = z.infer<typeof webhookAuthenticationSchema>;

const webhookBodySchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("ALL_PROPERTIES") }),
    z.strictObject({ type: z.literal("CUSTOM"), fields: z.array(keyedSourceSchema).max(100, message("sendWebhook.bodyFieldsMax")) }),
  ],
  message("sendWebhook.bodyType"),
);

export const OUTPUT_TYPES = ["STRING", "NUMBER", "BOOLEAN", "DATETIME"] as const;

export const webhookOutputSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, message("sendWebhook.outputName"))
    // Outputs are kept as JSON objects keyed by name, where "__proto__" is not reliably a key
    // (assigning it changes an object's prototype instead, and the database client does that).
    .refine((name) => name !== "__proto__", message("sendWebhook.outputProto")),
  // Dot path into the JSON response; array indexes as numbers (e.g. items.0.id).
  path: z.string().trim().min(1, message("sendWebhook.outputPath")),
  type: z.enum(OUTPUT_TYPES, message("sendWebhook.outputType")),
});
export type WebhookOutput = z.infer<typeof webhookOutputSchema>;

export const sendWebhookConfigSchema = z
  .strictObject({
    method: z.enum(["POST", "GET"], message("sendWebhook.method")),
    webhookUrl: webhookUrlSchema,
    authentication: webhookAuthenticationSchema.default({ type: "NONE" }),
    body: webhookBodySchema.default({ type: "ALL_PROPERTIES" }),
    queryParams: z.array(keyedSourceSchema).max(100, message("sendWebhook.queryParamsMax")).default([]),
    outputs: z.array(webhookOutputSchema).max(50, message("sendWebhook.outputsMax")).default([]),
  })
  .superRefine((config, ctx) => {
    if (config.body.type === "CUSTOM") refineUniqueKeys(config.body.fields, ctx, "body.fields");
    refineUniqueKeys(config.queryParams, ctx, "queryParams");
    const names = new Set<string>();
    config.outputs.forEach((output, index) => {
      if (names.has(output.name)) {
        ctx.addIssue(customIssue("sendWebhook.outputDuplicate", { name: output.name }, ["outputs", index, "name"]));
      }
      names.add(output.name);
    });
  });
export type SendWebhookConfig = z.infer<typeof sendWebhookConfigSchema>;
