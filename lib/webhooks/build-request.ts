import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { resolveSource, ActionConfigError, type RunContext } from "@/lib/actions/run-context";
import type { KeyedSource } from "@/lib/actions/value-source";
import { allPropertiesPayload } from "@/lib/crm/payloads";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import packageJson from "@/package.json";
import type { OutgoingRequest } from "./guarded-request";
import { signatureHeaders } from "./signature";

// Turns a Send-a-webhook config and the enrolled record into the exact request to send,
// plus a copy with the API key masked for everything that is stored or shown.
//
// Missing values: see run-context.ts (a property with no value is sent as "").

export const USER_AGENT = `Hookflow/${packageJson.version} (+https://github.com/hookflow; workflow webhooks)`;
export const DELIVERY_ID_HEADER = "X-Hookflow-Delivery-Id";
export const MASK = "********";


export type Credentials = {
  appClientSecret(appId: number): Promise<string | null>;
  secretValue(name: string): Promise<string | null>;
};

export type BuiltRequest = {
  request: OutgoingRequest;
  /** The same request with secret values masked: what is stored, logged and returned. */
  redacted: OutgoingRequest;
  /** Secret values to scrub from any text (error messages, echoed bodies). */
  secrets: string[];
};

const asQueryValue = (value: unknown) => (typeof value === "string" ? value : value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));

function resolveFields(rows: KeyedSource[], context: RunContext) {
  return rows.map((row) => [row.key, resolveSource(row.source, context)] as const);
}

export async function buildWebhookRequest(
  config: SendWebhookConfig,
  context: RunContext,
  options: { deliveryId: string; now: Date; credentials: Credentials },
): Promise<BuiltRequest> {
  const url = new URL(config.webhookUrl);
  const headers: Record<string, string> = {
    "User-Agent": USER_AGENT,
    Accept: "application/json, */*;q=0.5",
    [DELIVERY_ID_HEADER]: options.deliveryId,
  };
  let body: string | undefined;

  if (config.method === "GET") {
    // Parameters already in the URL are kept, in order; ours follow.
    for (const [key, value] of resolveFields(config.queryParams, context)) url.searchParams.append(key, asQueryValue(value));
  } else {
    const payload =
      config.body.type === "ALL_PROPERTIES" ? allPropertiesPayload(context.record) : Object.fromEntries(resolveFields(config.body.fields, context));
    body = JSON.stringify(payload);
    headers["Content-Type"] = "application/json";
  }

  const secrets: string[] = [];
  let maskedKey: { name: string; location: "HEADER" | "QUERY_PARAM" } | null = null;
  const auth = config.authentication;
  if (auth.type === "API_KEY") {
    const value = await options.credentials.secretValue(auth.secretName);
    if (value === null) throw new ActionConfigError(`The secret "${auth.secretName}" does not exist; add it in Settings → Secrets or choose another.`);
    secrets.push(value);
    maskedKey = { name: auth.keyName, location: auth.location };
    if (auth.location === "HEADER") headers[auth.keyName] = value;
    else url.searchParams.append(auth.keyName, value);
  }

  const finalUrl = url.toString();
  if (auth.type === "SIGNATURE") {
    const clientSecret = await options.credentials.appClientSecret(auth.appId);
    if (clientSecret === null) throw new ActionConfigError(`App ${auth.appId} no longer exists; choose another app for the request signature.`);
    Object.assign(headers, signatureHeaders({ clientSecret, method: config.method, url: finalUrl, body: body ?? "" }, options.now.getTime()));
  }

  const request: OutgoingRequest = { method: config.method, url: finalUrl, headers, ...(body !== undefined ? { body } : {}) };
  return { request, redacted: redactRequest(request, maskedKey), secrets };
}

function redactRequest(request: OutgoingRequest, key: { name: string; location: "HEADER" | "QUERY_PARAM" } | null): OutgoingRequest {
  if (!key) return request;
  if (key.location === "HEADER") return { ...request, headers: { ...request.headers, [key.name]: MASK } };
  const url = new URL(request.url);
  // Mask only the last occurrence: that is the one we appended.
  const values = url.searchParams.getAll(key.name);
  values[values.length - 1] = MASK;
  url.searchParams.delete(key.name);
  for (const value of values) url.searchParams.append(key.name, value);
  return { ...request, url: url.toString() };
}

/** Replaces every secret value (and its URL-encoded form) in a text with the mask. */
export function scrubSecrets(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ x: secret }).toString().slice(2)])) {
      out = out.split(form).join(MASK);
    }
  }
  return out;
}
