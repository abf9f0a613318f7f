import type { Locale } from "../locales";
import enAuth from "./en/auth.json";
import enShell from "./en/shell.json";
import koAuth from "./ko/auth.json";
import koShell from "./ko/shell.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: { shell: enShell, auth: enAuth },
  ko: { shell: koShell, auth: koAuth },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
