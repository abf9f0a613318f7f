import type { z } from "zod";
import { englishCatalog, type Leaves, type MessageParams } from "./english-catalog";
import enValidation from "./messages/en/validation.json" with { type: "json" };

// Validation messages of the shared zod schemas, named by a stable key in the `validation` catalog
// (lib/i18n/messages/<locale>/validation.json). A schema names its message with `message(key)` (a
// check's or schema's error) or `customIssue(key, params)` (ctx.addIssue); the issue then carries the
// English text from the en catalog (what the API answers, unchanged) and its code and params, which
// `issueCode` reads back. zod's own messages (a missing field, a wrong type…) have keys too (`zod.*`),
// so the UI can show every issue in the user's language (lib/client/issue-text.ts).

/** A message of the validation catalog: "webhookUrl.https", "apiKey.headerReserved"… */
export type ValidationKey = Leaves<typeof enValidation>;
/** Values for a message's ICU placeholders. Numbers meant to be printed as written are passed as strings. */
export type ValidationParams = MessageParams;
/** What an issue or an API detail carries for the UI to translate. */
export type ValidationCode = { code: ValidationKey; params?: ValidationParams };

/** The own key a stamped zod issue carries its code under (kept by zod's finalizeIssue, which copies every own key). */
const STAMP = "validation";

const english = englishCatalog(enValidation);

/** The en catalog's text for a key, with its params: what the API answers. */
export function englishMessage(key: ValidationKey, params?: ValidationParams): string {
  return english(key, params);
}

/**
 * A schema's or check's error, named by key: `z.string(message("secret.nameRequired"))`,
 * `.min(1, message("webhookUrl.empty"))`, `.refine(ok, message("secret.valueBlank"))`.
 * zod calls the function with the raw issue while it finalizes it; the function stamps the code on it.
 */
export function message(key: ValidationKey, params?: ValidationParams) {
  return {
    error: (issue: object) => {
      (issue as Record<string, unknown>)[STAMP] = stamp(key, params);
      return englishMessage(key, params);
    },
  };
}

/** A custom issue for ctx.addIssue, named by key: `ctx.addIssue(customIssue("webhookUrl.https"))`. */
export function customIssue(key: ValidationKey, params?: ValidationParams, path?: PropertyKey[]) {
  return { code: "custom" as const, message: englishMessage(key, params), ...(path ? { path } : {}), [STAMP]: stamp(key, params) };
}

/** An issue of a nested parse raised again at another path (ctx.addIssue), keeping its message and code. */
export function reissue(issue: z.core.$ZodIssue, path: PropertyKey[]) {
  const code = issueCode(issue);
  return { code: "custom" as const, path, message: issue.message, ...(code ? { [STAMP]: code } : {}) };
}

function stamp(code: ValidationKey, params?: ValidationParams): ValidationCode {
  return params ? { code, params } : { code };
}

type AnyIssue = z.core.$ZodIssue | { code?: string; message: string; [key: string]: unknown };

/**
 * The code and params of a finalized zod issue: its stamp, else the `zod.*` key for zod's own message.
 * A custom issue without a stamp (its own English sentence) has none: the UI shows its message.
 */
export function issueCode(issue: AnyIssue): ValidationCode | undefined {
  const stamped = (issue as { [STAMP]?: ValidationCode })[STAMP];
  if (stamped) return stamped;
  const raw = issue as Record<string, unknown>;
  const text = (value: unknown) => (Array.isArray(value) ? value.map(String).join(", ") : String(value ?? ""));
  switch (raw.code) {
    case "invalid_type":
      return { code: "zod.invalidType", params: { expected: text(raw.expected) } };
    case "too_small":
    case "too_big": {
      const origin = raw.origin === "string" || raw.origin === "array" || raw.origin === "number" ? raw.origin : "other";
      const limit = raw.code === "too_small" ? raw.minimum : raw.maximum;
      const side = raw.code === "too_small" ? "tooSmall" : "tooBig";
      return { code: `zod.${side}.${origin}`, params: { limit: Number(limit), inclusive: raw.inclusive === false ? "no" : "yes" } };
    }
    case "invalid_format":
      return { code: "zod.invalidFormat", params: { format: text(raw.format) } };
    case "invalid_value":
      return { code: "zod.invalidValue", params: { values: text(raw.values) } };
    case "unrecognized_keys":
      return { code: "zod.unrecognizedKeys", params: { count: Array.isArray(raw.keys) ? raw.keys.length : 1, keys: text(raw.keys) } };
    case "not_multiple_of":
      return { code: "zod.notMultipleOf", params: { divisor: Number(raw.divisor) } };
    case "custom":
      return undefined;
    default:
      return { code: "zod.invalid" };
  }
}

/** Every key of the validation catalog (for tests). */
export function validationKeys(tree: Record<string, unknown> = enValidation, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : validationKeys(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}
