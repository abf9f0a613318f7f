import type { Locale } from "../locales";
import enAuth from "./en/auth.json";
import enSettings from "./en/settings.json";
import enShell from "./en/shell.json";
import enUi from "./en/ui.json";
import koAuth from "./ko/auth.json";
import koSettings from "./ko/settings.json";
import koShell from "./ko/shell.json";
import koUi from "./ko/ui.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: { shell: enShell, auth: enAuth, ui: enUi, settings: enSettings },
  ko: { shell: koShell, auth: koAuth, ui: koUi, settings: koSettings },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
