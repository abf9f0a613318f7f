import { z } from "zod";
import { customIssue, message } from "@/lib/i18n/validation";

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
  .string(message("inspector.nameText"))
  .trim()
  .min(1, message("inspector.nameEmpty"))
  .max(80, message("inspector.nameTooLong", { max: 80 }));

export const createCaptureUrlSchema = z.strictObject({ name: nameSchema.optional() });
export type CreateCaptureUrlInput = z.infer<typeof createCaptureUrlSchema>;

/** Answers of one capture URL: the n-th request gets the n-th, then the last repeats. */
export const MAX_ANSWERS = 10;
/** Headers one answer may add. */
export const MAX_ANSWER_HEADERS = 20;
const MAX_HEADER_NAME_CHARS = 100;
const MAX_HEADER_VALUE_CHARS = 2000;
/** Up to 40 s, past the 30-second response timeout of webhooks, so a timeout can be tried. */
export const MAX_DELAY_MS = 40_000;

const HEADER_NAME = new RegExp(`^${TOKEN}$`);
// Visible ASCII, space and tab: never CR, LF, NUL or another control character, which could
// split the answer or be refused by the listener; nothing past ASCII, which headers carry as bytes.
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

/** Why an answer may not set a header (the message says it: validation.inspector.headerReserved). */
type ReservedReason = "framing" | "contentType" | "security" | "browser" | "inspector";

/** Header names an answer may not set (lower case), and why. */
const RESERVED_HEADERS: Record<string, ReservedReason> = {
  "content-length": "framing",
  "transfer-encoding": "framing",
  connection: "framing",
  "keep-alive": "framing",
  upgrade: "framing",
  te: "framing",
  trailer: "framing",
  "proxy-connection": "framing",
  "content-type": "contentType",
  "content-security-policy": "security",
  "x-content-type-options": "security",
  // A browser applies these to every port of localhost, the app's own included.
  "set-cookie": "browser",
  "strict-transport-security": "browser",
  "clear-site-data": "browser",
  "alt-svc": "browser",
};

/** Why an answer may not set this header, or null when it may. */
function reservedHeaderReason(name: string): ReservedReason | null {
  const lower = name.toLowerCase();
  if (lower.startsWith("x-hookflow-")) return "inspector";
  return Object.hasOwn(RESERVED_HEADERS, lower) ? RESERVED_HEADERS[lower] : null;
}

const answerHeaderSchema = z.strictObject({
  name: z
    .string(message("inspector.headerNameText"))
    .trim()
    .min(1, message("inspector.headerNameEmpty"))
    .max(MAX_HEADER_NAME_CHARS, message("inspector.headerNameTooLong", { max: MAX_HEADER_NAME_CHARS }))
    .refine((name) => HEADER_NAME.test(name), message("inspector.headerNamePattern"))
    .superRefine((name, ctx) => {
      const reason = reservedHeaderReason(name);
      if (reason) ctx.addIssue(customIssue("inspector.headerReserved", { headerName: name, reason }));
    }),
  value: z
    .string(message("inspector.headerValueText"))
    .trim()
    .max(MAX_HEADER_VALUE_CHARS, message("inspector.headerValueTooLong", { max: MAX_HEADER_VALUE_CHARS }))
    .refine((value) => HEADER_VALUE.test(value), message("inspector.headerValuePattern")),
});
export type AnswerHeader = z.infer<typeof answerHeaderSchema>;

const answerFields = {
  status: z
    .number(message("inspector.statusNumber"))
    .int(message("inspector.statusWhole"))
    .min(200, message("inspector.statusRange"))
    .max(599, message("inspector.statusRange")),
  contentType: z
    .string(message("inspector.contentTypeText"))
    .trim()
    .min(1, message("inspector.contentTypeEmpty"))
    .max(MAX_CONTENT_TYPE_CHARS, message("inspector.contentTypeTooLong", { max: MAX_CONTENT_TYPE_CHARS }))
    .refine(isMediaType, message("inspector.contentTypePattern")),
  body: z
    .string(message("inspector.bodyText"))
    .max(MAX_RESPONSE_BODY_CHARS, message("inspector.bodyTooLong", { kib: MAX_RESPONSE_BODY_CHARS / 1024 })),
  headers: z
    .array(answerHeaderSchema, message("inspector.headersList"))
    .max(MAX_ANSWER_HEADERS, message("inspector.headersMax", { max: MAX_ANSWER_HEADERS }))
    .default([]),
  delayMs: z
    .number(message("inspector.delayNumber"))
    .int(message("inspector.delayWhole"))
    .min(0, message("inspector.delayRange", { max: MAX_DELAY_MS / 1000 }))
    .max(MAX_DELAY_MS, message("inspector.delayRange", { max: MAX_DELAY_MS / 1000 }))
    .default(0),
};

function refineAnswer(value: { contentType: string; body: string; headers: AnswerHeader[] }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  value.headers.forEach((header, index) => {
    const lower = header.name.toLowerCase();
    if (seen.has(lower)) ctx.addIssue(customIssue("inspector.headerTwice", { headerName: header.name }, ["headers", index, "name"]));
    seen.add(lower);
  });
  if (!value.body.trim() || !/\bjson\b/i.test(value.contentType)) return;
  try {
    JSON.parse(value.body);
  } catch {
    ctx.addIssue(customIssue("inspector.bodyJson", undefined, ["body"]));
  }
}

/** One answer of a capture URL. An empty body means the default JSON receipt. */
export const captureUrlAnswerSchema = z.strictObject(answerFields).superRefine(refineAnswer);
export type CaptureUrlAnswer = z.output<typeof captureUrlAnswerSchema>;

const answersSchema = z
  .array(captureUrlAnswerSchema, message("inspector.responsesList"))
  .min(1, message("inspector.responsesEmpty"))
  .max(MAX_ANSWERS, message("inspector.responsesMax", { max: MAX_ANSWERS }));

export const updateCaptureUrlSchema = z
  .strictObject({
    name: nameSchema.optional(),
    /** One answer to every request. */
    response: captureUrlAnswerSchema.optional(),
    /** A sequence: the n-th request gets the n-th answer, then the last repeats. */
    responses: answersSchema.optional(),
  })
  .refine((value) => !(value.response && value.responses), message("inspector.responseOrResponses"))
  .refine(
    (value) => value.name !== undefined || value.response !== undefined || value.responses !== undefined,
    message("inspector.nothingToChange"),
  );
export type UpdateCaptureUrlInput = z.input<typeof updateCaptureUrlSchema>;

/** The settings dialog's fields: the name and the answers (sent as an UpdateCaptureUrlInput). */
export const captureUrlSettingsSchema = z.strictObject({ name: nameSchema, responses: answersSchema });
export type CaptureUrlSettingsInput = z.output<typeof captureUrlSettingsSchema>;

/** A capture URL as the API answers it (stored as the InspectorBin model: renaming the table needs a migration). */
export type CaptureUrlSummary = {
  id: string;
  name: string;
  url: string;
  /** The first answer (the only one unless there is a sequence). */
  response: CaptureUrlAnswer;
  /** Every answer: the n-th request gets the n-th, then the last repeats. */
  responses: CaptureUrlAnswer[];
  /** Where the sequence stands: requests answered since it was set or reset, and the answer the next one gets (1-based). */
  sequence: { answered: number; nextAnswer: number };
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
  /** What was answered besides the status: the headers chosen (Content-Type first), the delay, and which answer of the sequence. */
  response: { headers: [string, string][]; delayMs: number; answerNumber: number | null };
  body: string;
  bodyEncoding: "utf8" | "base64";
  bodyTruncated: boolean;
  remoteAddress: string | null;
};

export type InspectorStatus = { enabled: boolean; running: boolean; origin: string; error: string | null };
