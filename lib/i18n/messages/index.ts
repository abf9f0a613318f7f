import type { Locale } from "../locales";
import enInspector from "./en/inspector.json";
import enRecords from "./en/records.json";
import enRuns from "./en/runs.json";
import enShell from "./en/shell.json";
import koInspector from "./ko/inspector.json";
import koRecords from "./ko/records.json";
import koRuns from "./ko/runs.json";
import koShell from "./ko/shell.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: { shell: enShell, runs: enRuns, records: enRecords, inspector: enInspector },
  ko: { shell: koShell, runs: koRuns, records: koRecords, inspector: koInspector },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
