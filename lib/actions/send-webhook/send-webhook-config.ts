import { z } from "zod";
import { keyedSourceSchema, refineUniqueKeys } from "@/lib/actions/value-source";
import { SECRET_NAME_PATTERN } from "@/lib/secrets/secret-schemas";

// Send a webhook: the configuration shared by the API, the editor panel and the executor.

const webhookUrlSchema = z
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

const ALTERNATIVES = "Use a header such as Authorization or X-Api-Key, or send the key as a query parameter.";

/** Why an API key cannot be sent under this name (null when it can); also checked at send time, for configs saved before. */
export function apiKeyNameProblem(keyName: string, location: "HEADER" | "QUERY_PARAM"): string | null {
  if (!HEADER_NAME_TOKEN.test(keyName)) {
    return location === "HEADER"
      ? "The API key name must be a valid header name: letters, digits and !#$%&'*+-.^_`|~ only, no spaces or colons."
      : "The API key name may only use letters, digits and !#$%&'*+-.^_`|~ (no spaces).";
  }
  if (location !== "HEADER") return null;
  const lower = keyName.toLowerCase();
  if ((TRANSPORT_HEADERS as readonly string[]).includes(lower) || lower.startsWith("proxy-")) {
    return `"${keyName}" cannot be used as the API key header: the HTTP connection sets or removes it, so the key would not arrive. ${ALTERNATIVES}`;
  }
  if ((HOOKFLOW_HEADERS as readonly string[]).includes(lower)) {
    return `"${keyName}" cannot be used as the API key header: Hookflow sets it itself on every request. ${ALTERNATIVES}`;
  }
  return null;
}

const webhookAuthenticationSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("NONE") }),
    z.strictObject({
      type: z.literal("SIGNATURE"),
      appId: z.coerce.number({ error: "Choose an app." }).int().positive("Choose an app."),
    }),
    z
      .strictObject({
        type: z.literal("API_KEY"),
        secretName: z.string().regex(SECRET_NAME_PATTERN, "Choose a secret."),
        keyName: z.string().trim().min(1, "Enter the API key name.").max(200, "The API key name is limited to 200 characters."),
        location: z.enum(["HEADER", "QUERY_PARAM"], { error: () => "location must be HEADER or QUERY_PARAM." }),
      })
      .superRefine((auth, ctx) => {
        const problem = apiKeyNameProblem(auth.keyName, auth.location);
        if (problem) ctx.addIssue({ code: "custom", path: ["keyName"], message: problem });
      }),
  ],
  { error: () => "authentication.type must be NONE, SIGNATURE or API_KEY." },
);
export type WebhookAuthentication = z.infer<typeof webhookAuthenticationSchema>;

const webhookBodySchema = z.discriminatedUnion(
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
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "Output names start with a letter and use letters, digits and underscores.")
    // Outputs are kept as JSON objects keyed by name, where "__proto__" is not reliably a key
    // (assigning it changes an object's prototype instead, and the database client does that).
    .refine((name) => name !== "__proto__", 'An output cannot be named "__proto__"; choose another name, such as "proto".'),
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
        ctx.addIssue({
          code: "custom",
          path: ["outputs", index, "name"],
          message: `The output name "${output.name}" is used more than once.`,
        });
      }
      names.add(output.name);
    });
  });
export type SendWebhookConfig = z.infer<typeof sendWebhookConfigSchema>;
