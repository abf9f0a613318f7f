import { englishCatalog, type Leaves, type MessageParams } from "./english-catalog";
import enApiErrors from "./messages/en/apiErrors.json" with { type: "json" };

// The top-level sentence of an API error, named by a key of the `apiErrors` catalog
// (lib/i18n/messages/<locale>/apiErrors.json): the error's code, then the use when one code has
// several ("CONFLICT.secretName"). The server's English is the en catalog's text with the error's
// params (AppError.of), so the API answers what it always did; the body also carries the key and
// params, and the UI shows the sentence in the user's language (lib/client/error-text.ts).

/** A message of the apiErrors catalog: "PROPERTY_IN_USE", "CONFLICT.secretName"… */
export type ApiErrorKey = Leaves<typeof enApiErrors>;
/** Values for a message's ICU placeholders. Numbers meant to be printed as written are passed as strings. */
export type ApiErrorParams = MessageParams;

const english = englishCatalog(enApiErrors);

/** The en catalog's text for a key, with its params: what the API answers as `message`. */
export function englishApiError(key: ApiErrorKey, params?: ApiErrorParams): string {
  return english(key, params);
}

/** The error code a key belongs to: its first segment. */
export function apiErrorCode(key: ApiErrorKey): string {
  return key.split(".")[0];
}

/** Every key of the apiErrors catalog (for tests). */
export function apiErrorKeys(tree: Record<string, unknown> = enApiErrors, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : apiErrorKeys(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}
