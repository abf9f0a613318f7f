import type { Locale } from "../locales";
import enShell from "./en/shell.json";
import koShell from "./ko/shell.json";
import enTrigger from "./en/trigger.json";
import koTrigger from "./ko/trigger.json";
import enEditor from "./en/editor.json";
import koEditor from "./ko/editor.json";
import enPickers from "./en/pickers.json";
import koPickers from "./ko/pickers.json";
import enWorkflows from "./en/workflows.json";
import koWorkflows from "./ko/workflows.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: { shell: enShell, trigger: enTrigger, editor: enEditor, pickers: enPickers, workflows: enWorkflows },
  ko: { shell: koShell, trigger: koTrigger, editor: koEditor, pickers: koPickers, workflows: koWorkflows },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
