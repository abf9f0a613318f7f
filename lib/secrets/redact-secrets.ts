// Replaces secret values wherever a request or response shows them: deliveries (the
// secrets a request sent, echoed back by its receiver), the request inspector and incoming
// hook events (every stored secret, in data anyone could have sent). Each secret is looked
// for as sent raw; percent-encoded (query, form; either hex case); escaped in a JSON string
// (also with `\/` and `\uXXXX` escapes, as PHP and Python write them, and escaped twice:
// JSON inside a JSON string); and as base64 or base64url, padded or not. Bodies are searched
// byte for byte, so a secret inside binary or multipart data is caught as well. A `Basic`
// credential in a header is decoded and searched.

export type KnownSecret = { name: string; value: string };
export type Redactor = {
  text: (text: string) => string;
  bytes: (bytes: Buffer) => Buffer;
  header: (name: string, value: string) => string;
};

export type RedactorOptions = {
  /**
   * Values shorter than this are left alone. Where the data may come from anyone (the
   * inspector, hook events) a short value must not be redacted: whoever sent a list of
   * guesses would learn from the one replaced which value a secret has. Deliveries pass 1:
   * they redact the request's own secrets, which the receiver was sent anyway.
   */
  minLength?: number;
  /** What replaces a secret; `[secret NAME]` by default. */
  label?: (secret: KnownSecret) => string;
};

/**
 * The shortest stored secret the inspector and hook events redact: 12 characters, past
 * guessing by listing candidates (a 4-digit PIN is 10,000 lines; 12 characters of even
 * digits only are 10^12).
 */
export const MIN_REDACTED_SECRET_LENGTH = 12;

const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase());

function percentForms(value: string): string[] {
  const uri = encodeURIComponent(value);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  // RFC 3986 strict: encodeURIComponent leaves !'()* as they are; some encoders escape them.
  const strict = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const encodedSpaces = form.replaceAll("+", "%20");
  return [uri, form, strict, encodedSpaces].flatMap((f) => [f, lowerHex(f)]);
}

const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1);

function jsonForms(value: string): string[] {
  const plain = jsonEscape(value);
  const ascii = plain.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const once = [plain, ascii, ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`)].flatMap((f) => [
    f,
    f.replaceAll("/", "\\/"),
  ]);
  // Escaped twice: JSON inside a JSON string (an echo of the request as a string, a log line).
  return [...once, jsonEscape(plain)];
}

function base64Forms(value: string): string[] {
  const utf8 = Buffer.from(value, "utf8");
  const padded = utf8.toString("base64");
  const url = utf8.toString("base64url");
  return [padded, padded.replace(/=+$/, ""), url, url + "=".repeat((4 - (url.length % 4)) % 4)];
}

function forms(value: string): string[] {
  return [...new Set([value, ...percentForms(value), ...jsonForms(value), ...base64Forms(value)])].filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pass over the text: the longest form matching at a place wins, and a replacement is never searched again. */
function replacer(patterns: Map<string, string>): (text: string) => string {
  if (patterns.size === 0) return (text) => text;
  const ordered = [...patterns.keys()].sort((a, b) => b.length - a.length);
  const search = new RegExp(ordered.map(escapeRegExp).join("|"), "g");
  return (text) => text.replace(search, (found) => patterns.get(found) ?? found);
}

export function secretRedactor(secrets: readonly KnownSecret[], options: RedactorOptions = {}): Redactor {
  const minLength = Math.max(1, options.minLength ?? MIN_REDACTED_SECRET_LENGTH);
  const label = options.label ?? ((secret: KnownSecret) => `[secret ${secret.name}]`);
  const textPatterns = new Map<string, string>();
  for (const secret of secrets) {
    if (secret.value.length < minLength) continue;
    for (const form of forms(secret.value)) if (!textPatterns.has(form)) textPatterns.set(form, label(secret));
  }
  // Bytes are searched as latin1 text: one character per byte, so UTF-8 patterns match byte for byte.
  const bytePatterns = new Map(
    [...textPatterns].map(([form, text]) => [Buffer.from(form, "utf8").toString("latin1"), Buffer.from(text, "utf8").toString("latin1")]),
  );
  const text = replacer(textPatterns);
  const bytesText = replacer(bytePatterns);
  return {
    text,
    bytes: (bytes) => (bytePatterns.size ? Buffer.from(bytesText(bytes.toString("latin1")), "latin1") : bytes),
    // Any header: Authorization as sent, or a receiver's echo of it under another name.
    header: (_name, value) => {
      const basic = /^(Basic\s+)([A-Za-z0-9+/_-]+={0,2})\s*$/i.exec(value);
      if (basic && textPatterns.size) {
        const decoded = Buffer.from(basic[2], "base64").toString("utf8");
        const redacted = text(decoded);
        if (redacted !== decoded) return `${basic[1]}[base64 of "${redacted}"]`;
      }
      return text(value);
    },
  };
}
