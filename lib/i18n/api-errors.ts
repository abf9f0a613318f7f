import { createTranslator } from "next-intl";
import enApiErrors from "./messages/en/apiErrors.json";

// The top-level sentence of an API error, named by a key of the `apiErrors` catalog
// (lib/i18n/messages/<locale>/apiErrors.json): the error's code, then the use when one code has
// several ("CONFLICT.secretName"). The server's English is the en catalog's text with the error's
// params (AppError.of), so the API answers what it always did; the body also carries the key and
// params, and the UI shows the sentence in the user's language (lib/client/error-text.ts).

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A message of the apiErrors catalog: "PROPERTY_IN_USE", "CONFLICT.secretName"… */
export type ApiErrorKey = Leaves<typeof enApiErrors>;
/** Values for a message's ICU placeholders. Numbers meant to be printed as written are passed as strings. */
export type ApiErrorParams = Record<string, string | number>;

const english = createTranslator({ locale: "en", messages: { apiErrors: enApiErrors } as never, namespace: "apiErrors" as never });

/** The en catalog's text for a key, with its params: what the API answers as `message`. */
export function englishApiError(key: ApiErrorKey, params?: ApiErrorParams): string {
  return (english as unknown as (key: string, params?: ApiErrorParams) => string)(key, params);
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
