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

/** Header names an answer may not set (lower case), and why, as the message says. */
const RESERVED_HEADERS: Record<string, string> = {
  "content-length": "the listener frames the answer itself",
  "transfer-encoding": "the listener frames the answer itself",
  connection: "the listener frames the answer itself",
  "keep-alive": "the listener frames the answer itself",
  upgrade: "the listener frames the answer itself",
  te: "the listener frames the answer itself",
  trailer: "the listener frames the answer itself",
  "proxy-connection": "the listener frames the answer itself",
  "content-type": "set it with the Content type field",
  "content-security-policy": "the inspector always sends its own, so a browser opening the URL runs nothing",
  "x-content-type-options": "the inspector always sends its own, so a browser opening the URL runs nothing",
  // A browser applies these to every port of localhost, the app's own included.
  "set-cookie": "a browser would apply it to every port of localhost, Hookflow's own included",
  "strict-transport-security": "a browser would apply it to every port of localhost, Hookflow's own included",
  "clear-site-data": "a browser would apply it to every port of localhost, Hookflow's own included",
  "alt-svc": "a browser would apply it to every port of localhost, Hookflow's own included",
};

/** Why an answer may not set this header, or null when it may. */
function reservedHeaderReason(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.startsWith("x-hookflow-")) return "X-Hookflow- headers are the inspector's own";
  return Object.hasOwn(RESERVED_HEADERS, lower) ? RESERVED_HEADERS[lower] : null;
}

const answerHeaderSchema = z.strictObject({
  name: z
    .string({ error: "A header name must be text." })
    .trim()
    .min(1, "A header name must not be empty.")
    .max(MAX_HEADER_NAME_CHARS, `A header name must be at most ${MAX_HEADER_NAME_CHARS} characters.`)
    .refine(
      (name) => HEADER_NAME.test(name),
      "A header name may hold only letters, digits and !#$%&'*+-.^_`|~ (no spaces or colons), such as Retry-After.",
    )
    .superRefine((name, ctx) => {
      const reason = reservedHeaderReason(name);
      if (reason) ctx.addIssue({ code: "custom", message: `${name} cannot be set here: ${reason}.` });
    }),
  value: z
    .string({ error: "A header value must be text." })
    .trim()
    .max(MAX_HEADER_VALUE_CHARS, `A header value must be at most ${MAX_HEADER_VALUE_CHARS} characters.`)
    .refine(
      (value) => HEADER_VALUE.test(value),
      "A header value may hold printable ASCII characters, spaces and tabs only (no line breaks, NUL or other control characters).",
    ),
});
export type AnswerHeader = z.infer<typeof answerHeaderSchema>;

const answerFields = {
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
  headers: z
    .array(answerHeaderSchema, { error: "headers must be a list of {name, value}." })
    .max(MAX_ANSWER_HEADERS, `An answer may set at most ${MAX_ANSWER_HEADERS} headers.`)
    .default([]),
  delayMs: z
    .number({ error: "delayMs must be a number of milliseconds." })
    .int("delayMs must be a whole number of milliseconds.")
    .min(0, `The delay must be between 0 and ${MAX_DELAY_MS / 1000} seconds.`)
    .max(MAX_DELAY_MS, `The delay must be between 0 and ${MAX_DELAY_MS / 1000} seconds.`)
    .default(0),
};

function refineAnswer(value: { contentType: string; body: string; headers: AnswerHeader[] }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  value.headers.forEach((header, index) => {
    const lower = header.name.toLowerCase();
    if (seen.has(lower))
      ctx.addIssue({ code: "custom", path: ["headers", index, "name"], message: `${header.name} is set twice; keep one.` });
    seen.add(lower);
  });
  if (!value.body.trim() || !/\bjson\b/i.test(value.contentType)) return;
  try {
    JSON.parse(value.body);
  } catch {
    ctx.addIssue({ code: "custom", path: ["body"], message: "body is not valid JSON; fix it or choose another content type." });
  }
}

/** One answer of a capture URL. An empty body means the default JSON receipt. */
export const captureUrlAnswerSchema = z.strictObject(answerFields).superRefine(refineAnswer);
export type CaptureUrlAnswer = z.output<typeof captureUrlAnswerSchema>;

const answersSchema = z
  .array(captureUrlAnswerSchema, { error: "responses must be a list of answers." })
  .min(1, "responses needs at least one answer.")
  .max(MAX_ANSWERS, `A capture URL has at most ${MAX_ANSWERS} answers in its sequence.`);

export const updateCaptureUrlSchema = z
  .strictObject({
    name: nameSchema.optional(),
    /** One answer to every request. */
    response: captureUrlAnswerSchema.optional(),
    /** A sequence: the n-th request gets the n-th answer, then the last repeats. */
    responses: answersSchema.optional(),
  })
  .refine((value) => !(value.response && value.responses), "Send response (one answer) or responses (a sequence), not both.")
  .refine(
    (value) => value.name !== undefined || value.response !== undefined || value.responses !== undefined,
    "Send name, response or responses.",
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
