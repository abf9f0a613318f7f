import { createTranslator } from "next-intl";

// What the API says in English for a namespace whose messages it names by key (validation issues,
// API errors): the en catalog's text with the params, so the catalog is the one source of the words.

/** The dotted paths to a catalog's messages: "webhookUrl.https", "CONFLICT.secretName"… */
export type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Values for a message's ICU placeholders. Numbers meant to be printed as written are passed as strings. */
export type MessageParams = Record<string, string | number>;

/** A formatter of one English catalog: (key, params) → its text. */
export function englishCatalog<T extends object>(messages: T): (key: Leaves<T>, params?: MessageParams) => string {
  const t = createTranslator({ locale: "en", messages: { catalog: messages } as never, namespace: "catalog" as never });
  return t as unknown as (key: Leaves<T>, params?: MessageParams) => string;
}
