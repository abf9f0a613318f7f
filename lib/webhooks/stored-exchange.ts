import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncomingResponse, OutgoingRequest } from "./guarded-request";

// A request and response as an attempt stored them (JSON columns), read back with their shape
// checked rather than cast. Header maps are kept as parsed: own keys, a "__proto__" header
// included, never copied key by key into an object where that name would mean something else.

type Json = Prisma.JsonValue | undefined;
const isObject = (value: Json): value is Prisma.JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

/** A stored name → value map of headers; empty if the value holds anything else. */
export function readHeaderMap(value: Json): Record<string, string> {
  return isObject(value) && Object.values(value).every((v) => typeof v === "string") ? (value as Record<string, string>) : {};
}

/** A stored outgoing request, or null (none was built, or the value is not one). */
export function readStoredRequest(value: Json): OutgoingRequest | null {
  if (!isObject(value) || (value.method !== "GET" && value.method !== "POST") || typeof value.url !== "string") return null;
  return {
    method: value.method,
    url: value.url,
    headers: readHeaderMap(value.headers),
    ...(typeof value.body === "string" ? { body: value.body } : {}),
  };
}

/** A stored response, or null (none was received, or the value is not one). */
export function readStoredResponse(value: Json): IncomingResponse | null {
  if (!isObject(value) || typeof value.status !== "number" || typeof value.body !== "string") return null;
  return {
    status: value.status,
    headers: readHeaderMap(value.headers),
    body: value.body,
    bodyBytes: typeof value.bodyBytes === "number" ? value.bodyBytes : value.body.length,
    bodyTruncated: value.bodyTruncated === true,
  };
}
