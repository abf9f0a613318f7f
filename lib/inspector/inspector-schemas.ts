import { z } from "zod";

// Shapes of the request inspector's API, shared by the route handlers and the page.

const MAX_RESPONSE_BODY_CHARS = 64 * 1024;

/** A content type is sent as a header value: kept short. */
const MAX_CONTENT_TYPE_CHARS = 200;

// RFC 9110 media type: type "/" subtype *( OWS ";" OWS name "=" ( token / quoted-string ) ),
// in printable ASCII only, so it can always be sent as a header (no CR, LF, NUL or other controls).
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\t \\x21-\\x7e])*"';
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED}))*$`);

/** Whether a content type can be answered as is: a well-formed media type that is a valid header value. */
export function isMediaType(value: string): boolean {
  return value.length <= MAX_CONTENT_TYPE_CHARS && MEDIA_TYPE.test(value);
}

const nameSchema = z
  .string({ error: "name must be text." })
  .trim()
  .min(1, "name must not be empty.")
  .max(80, "name must be at most 80 characters.");

export const createCaptureUrlSchema = z.strictObject({ name: nameSchema.optional() });
export type CreateCaptureUrlInput = z.infer<typeof createCaptureUrlSchema>;

const responseFields = {
  status: z
    .number({ error: "status must be a number." })
    .int("status must be a whole number.")
    .min(200, "status must be between 200 and 599.")
    .max(599, "status must be between 200 and 599."),
  contentType: z
    .string({ error: "The content type must be text." })
    .trim()
    .min(1, "The content type must not be empty.")
    .max(MAX_CONTENT_TYPE_CHARS, `The content type must be at most ${MAX_CONTENT_TYPE_CHARS} characters.`)
    .refine(
      isMediaType,
      "The content type must be a media type such as application/json or text/plain; charset=utf-8 (plain ASCII, no line breaks or control characters).",
    ),
  body: z
    .string({ error: "body must be text." })
    .max(MAX_RESPONSE_BODY_CHARS, `body must be at most ${MAX_RESPONSE_BODY_CHARS / 1024} KiB.`),
};

function refineJsonBody(value: { contentType: string; body: string }, ctx: z.RefinementCtx) {
  if (!value.body.trim() || !/\bjson\b/i.test(value.contentType)) return;
  try {
    JSON.parse(value.body);
  } catch {
    ctx.addIssue({ code: "custom", path: ["body"], message: "body is not valid JSON; fix it or choose another content type." });
  }
}

/** What a capture URL answers. An empty body means the default JSON receipt. */
const captureUrlResponseSchema = z.strictObject(responseFields).superRefine(refineJsonBody);

export const updateCaptureUrlSchema = z
  .strictObject({ name: nameSchema.optional(), response: captureUrlResponseSchema.optional() })
  .refine((value) => value.name !== undefined || value.response !== undefined, "Send name, response or both.");
export type UpdateCaptureUrlInput = z.infer<typeof updateCaptureUrlSchema>;

/** The settings dialog's fields, flat: name and response together (sent as an UpdateCaptureUrlInput). */
export const captureUrlSettingsSchema = z.strictObject({ name: nameSchema, ...responseFields }).superRefine(refineJsonBody);
export type CaptureUrlSettingsInput = z.infer<typeof captureUrlSettingsSchema>;

/** A capture URL as the API answers it (stored as the InspectorBin model: renaming the table needs a migration). */
export type CaptureUrlSummary = {
  id: string;
  name: string;
  url: string;
  response: { status: number; contentType: string; body: string };
  captureCount: number;
  lastCaptureAt: string | null;
  createdAt: string;
};

export type CaptureSummary = {
  id: number;
  method: string;
  path: string;
  query: string;
  contentType: string | null;
  bodyBytes: number;
  responseStatus: number;
  receivedAt: string;
};

export type CaptureDetail = CaptureSummary & {
  headers: [string, string][];
  body: string;
  bodyEncoding: "utf8" | "base64";
  bodyTruncated: boolean;
  remoteAddress: string | null;
};

export type InspectorStatus = { enabled: boolean; running: boolean; origin: string; error: string | null };
