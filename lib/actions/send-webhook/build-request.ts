import type { SendWebhookConfig } from "@/lib/actions/send-webhook/send-webhook-config";
import { resolveSource, ActionConfigError, type RunContext } from "@/lib/actions/run-context";
import type { KeyedSource } from "@/lib/actions/value-source";
import { allPropertiesPayload } from "@/lib/crm/payloads";
import { runError } from "@/lib/i18n/run-errors";
import type { OutgoingRequest } from "@/lib/webhooks/guarded-request";
import { DELIVERY_ID_HEADER, MASK, USER_AGENT } from "@/lib/webhooks/outgoing";
import { signatureHeaders } from "./signature";

// Turns a Send-a-webhook config and the enrolled record into the exact request to send,
// plus a copy with the API key masked for everything that is stored or shown.
//
// Missing values: see run-context.ts (a property with no value is sent as "").

export type Credentials = {
  appClientSecret(appId: number): Promise<string | null>;
  secretValue(name: string): Promise<string | null>;
};

export type BuiltRequest = {
  request: OutgoingRequest;
  /** The same request with secret values masked: what is stored, logged and returned. */
  redacted: OutgoingRequest;
  /** The secret values this request sends (API key, app client secret): redacted wherever the exchange is shown or stored. */
  secrets: string[];
};

const asQueryValue = (value: unknown) =>
  typeof value === "string" ? value : value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);

function resolveFields(rows: KeyedSource[], context: RunContext) {
  return rows.map((row) => [row.key, resolveSource(row.source, context)] as const);
}

export async function buildWebhookRequest(
  config: SendWebhookConfig,
  context: RunContext,
  options: { deliveryId: string; now: Date; credentials: Credentials },
): Promise<BuiltRequest> {
  const url = new URL(config.webhookUrl);
  // Header names are user input (the API key's name): without a prototype, "__proto__" is a header.
  const headers: Record<string, string> = Object.assign(Object.create(null), {
    "User-Agent": USER_AGENT,
    Accept: "application/json, */*;q=0.5",
    [DELIVERY_ID_HEADER]: options.deliveryId,
  });
  let body: string | undefined;

  if (config.method === "GET") {
    // Parameters already in the URL are kept, in order; ours follow.
    for (const [key, value] of resolveFields(config.queryParams, context)) url.searchParams.append(key, asQueryValue(value));
  } else {
    // Object.fromEntries defines each key: a "__proto__" key (refused at save since, but a config
    // saved before may hold one) is sent as that key, not turned into the payload's prototype.
    const payload =
      config.body.type === "ALL_PROPERTIES"
        ? allPropertiesPayload(context.record)
        : Object.fromEntries(resolveFields(config.body.fields, context));
    body = JSON.stringify(payload);
    headers["Content-Type"] = "application/json";
  }

  const secrets: string[] = [];
  let maskedKey: { name: string; location: "HEADER" | "QUERY_PARAM" } | null = null;
  const auth = config.authentication;
  if (auth.type === "API_KEY") {
    const value = await options.credentials.secretValue(auth.secretName);
    if (value === null) throw new ActionConfigError(runError("config.secretMissing", { secret: auth.secretName }));
    secrets.push(value);
    maskedKey = { name: auth.keyName, location: auth.location };
    if (auth.location === "HEADER") headers[auth.keyName] = value;
    else url.searchParams.append(auth.keyName, value);
  }

  const finalUrl = url.toString();
  if (auth.type === "SIGNATURE") {
    const clientSecret = await options.credentials.appClientSecret(auth.appId);
    if (clientSecret === null) throw new ActionConfigError(runError("config.appMissing", { appId: String(auth.appId) }));
    secrets.push(clientSecret);
    Object.assign(
      headers,
      signatureHeaders({ clientSecret, method: config.method, url: finalUrl, body: body ?? "" }, options.now.getTime()),
    );
  }

  const request: OutgoingRequest = { method: config.method, url: finalUrl, headers, ...(body !== undefined ? { body } : {}) };
  return { request, redacted: redactRequest(request, maskedKey), secrets };
}

function redactRequest(request: OutgoingRequest, key: { name: string; location: "HEADER" | "QUERY_PARAM" } | null): OutgoingRequest {
  if (!key) return request;
  if (key.location === "HEADER") return { ...request, headers: Object.assign(Object.create(null), request.headers, { [key.name]: MASK }) };
  const url = new URL(request.url);
  // Mask only the last occurrence: that is the one we appended.
  const values = url.searchParams.getAll(key.name);
  values[values.length - 1] = MASK;
  url.searchParams.delete(key.name);
  for (const value of values) url.searchParams.append(key.name, value);
  return { ...request, url: url.toString() };
}
