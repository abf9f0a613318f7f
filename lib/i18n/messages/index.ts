import type { Locale } from "../locales";
import enActions from "./en/actions.json";
import enExchange from "./en/exchange.json";
import enSendWebhook from "./en/sendWebhook.json";
import enShell from "./en/shell.json";
import koActions from "./ko/actions.json";
import koExchange from "./ko/exchange.json";
import koSendWebhook from "./ko/sendWebhook.json";
import koShell from "./ko/shell.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: { shell: enShell, sendWebhook: enSendWebhook, actions: enActions, exchange: enExchange },
  ko: { shell: koShell, sendWebhook: koSendWebhook, actions: koActions, exchange: koExchange },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
