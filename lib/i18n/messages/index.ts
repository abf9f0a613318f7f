import type { Locale } from "../locales";
import enActions from "./en/actions.json";
import enExchange from "./en/exchange.json";
import enInspector from "./en/inspector.json";
import enRecords from "./en/records.json";
import enRuns from "./en/runs.json";
import enSendWebhook from "./en/sendWebhook.json";
import enShell from "./en/shell.json";
import koActions from "./ko/actions.json";
import koExchange from "./ko/exchange.json";
import koInspector from "./ko/inspector.json";
import koRecords from "./ko/records.json";
import koRuns from "./ko/runs.json";
import koSendWebhook from "./ko/sendWebhook.json";
import koShell from "./ko/shell.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: {
    actions: enActions,
    exchange: enExchange,
    inspector: enInspector,
    records: enRecords,
    runs: enRuns,
    sendWebhook: enSendWebhook,
    shell: enShell,
  },
  ko: {
    actions: koActions,
    exchange: koExchange,
    inspector: koInspector,
    records: koRecords,
    runs: koRuns,
    sendWebhook: koSendWebhook,
    shell: koShell,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
