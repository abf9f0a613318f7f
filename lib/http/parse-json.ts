import { refuseNul } from "@/lib/db/nul-characters";
import { AppError } from "@/lib/errors";

// JSON from requests is hostile until parsed. JSON.parse itself copes with deep nesting, but
// what comes after does not: Prisma's JSON serializer and JSON.stringify recurse, and a body
// nested a few thousand levels deep overflows the stack (a 500). So the text is scanned first,
// outside strings, for its nesting depth and its number of object keys, which costs one pass
// over the characters and no allocation; only then is it parsed. Parsed objects have no
// prototype, so keys such as "constructor" or "toString" are ordinary own keys that no lookup
// can confuse with Object.prototype's, and a "__proto__" key is refused (as Fastify's
// secure-json-parse does by default): it could only be meant to reach a prototype, and Prisma
// drops such a key when storing JSON anyway. A key or string holding U+0000 (NUL) is refused too:
// PostgreSQL's text cannot store it, so it would fail there later (lib/db/nul-characters.ts).

/** Deepest nesting of objects and arrays accepted (a workflow with its trigger sample stays far below). */
export const MAX_JSON_DEPTH = 100;
/** Most object keys accepted in one document, counted over all its objects. */
export const MAX_JSON_KEYS = 20_000;

export type JsonLimits = { maxDepth: number; maxKeys: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

/** Throws a 400 (too deep) or 413 (too many keys) before anything parses the text. */
function checkJsonLimits(text: string, { maxDepth, maxKeys }: JsonLimits = { maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_JSON_KEYS }): void {
  let depth = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: escapes (\" and \\ included) take the next character with them.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) {
        throw AppError.of("JSON_TOO_DEEP", { max: String(maxDepth) });
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    } else if (c === COLON) {
      // Outside strings a colon only ever separates a key from its value.
      if (++keys > maxKeys) {
        throw AppError.of("JSON_TOO_MANY_KEYS", { max: String(maxKeys) });
      }
    }
  }
}

/** Gives every object in a parsed document a null prototype; refuses "__proto__" keys. */
function withoutPrototypes(root: unknown): unknown {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === "object") pending.push(item);
      continue;
    }
    // JSON.parse makes "__proto__" an own key (it does not set the prototype), but any later
    // assignment or Object.assign of it would.
    if (Object.hasOwn(value, "__proto__")) {
      throw AppError.of("FORBIDDEN_KEY.json");
    }
    Object.setPrototypeOf(value, null);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") pending.push(child);
    }
  }
  return root;
}

/**
 * Parses request JSON within limits: 400 MALFORMED_JSON, 400 JSON_TOO_DEEP, 413 JSON_TOO_MANY_KEYS,
 * 400 FORBIDDEN_KEY ("__proto__"), 400 NUL_CHARACTER (a U+0000 in a key or string). Objects in the
 * result have no prototype.
 */
export function parseJson(text: string, limits: JsonLimits = { maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_JSON_KEYS }): unknown {
  checkJsonLimits(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own words (English) stay in the sentence: they say where the JSON broke.
    throw AppError.of("MALFORMED_JSON", { reason: (error as Error).message.slice(0, 200) });
  }
  withoutPrototypes(value);
  // JSON text can only carry a NUL as the escape \u0000 (a raw one is malformed), so a document
  // without that text has none and is not walked again.
  if (text.includes("\\u0000")) refuseNul(value, "json");
  return value;
}
