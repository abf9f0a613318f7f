import type { Locale } from "../locales";
import enAccounts from "./en/accounts.json";
import enApiErrors from "./en/apiErrors.json";
import enActions from "./en/actions.json";
import enActionTypes from "./en/actionTypes.json";
import enAuth from "./en/auth.json";
import enCrm from "./en/crm.json";
import enEditor from "./en/editor.json";
import enExchange from "./en/exchange.json";
import enInspector from "./en/inspector.json";
import enPickers from "./en/pickers.json";
import enRecords from "./en/records.json";
import enRuns from "./en/runs.json";
import enSendWebhook from "./en/sendWebhook.json";
import enSettings from "./en/settings.json";
import enShell from "./en/shell.json";
import enTrigger from "./en/trigger.json";
import enUi from "./en/ui.json";
import enValidation from "./en/validation.json";
import enWorkflows from "./en/workflows.json";
import koAccounts from "./ko/accounts.json";
import koApiErrors from "./ko/apiErrors.json";
import koActions from "./ko/actions.json";
import koActionTypes from "./ko/actionTypes.json";
import koAuth from "./ko/auth.json";
import koCrm from "./ko/crm.json";
import koEditor from "./ko/editor.json";
import koExchange from "./ko/exchange.json";
import koInspector from "./ko/inspector.json";
import koPickers from "./ko/pickers.json";
import koRecords from "./ko/records.json";
import koRuns from "./ko/runs.json";
import koSendWebhook from "./ko/sendWebhook.json";
import koSettings from "./ko/settings.json";
import koShell from "./ko/shell.json";
import koTrigger from "./ko/trigger.json";
import koUi from "./ko/ui.json";
import koValidation from "./ko/validation.json";
import koWorkflows from "./ko/workflows.json";

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: {
    accounts: enAccounts,
    apiErrors: enApiErrors,
    actions: enActions,
    actionTypes: enActionTypes,
    auth: enAuth,
    crm: enCrm,
    editor: enEditor,
    exchange: enExchange,
    inspector: enInspector,
    pickers: enPickers,
    records: enRecords,
    runs: enRuns,
    sendWebhook: enSendWebhook,
    settings: enSettings,
    shell: enShell,
    trigger: enTrigger,
    ui: enUi,
    validation: enValidation,
    workflows: enWorkflows,
  },
  ko: {
    accounts: koAccounts,
    apiErrors: koApiErrors,
    actions: koActions,
    actionTypes: koActionTypes,
    auth: koAuth,
    crm: koCrm,
    editor: koEditor,
    exchange: koExchange,
    inspector: koInspector,
    pickers: koPickers,
    records: koRecords,
    runs: koRuns,
    sendWebhook: koSendWebhook,
    settings: koSettings,
    shell: koShell,
    trigger: koTrigger,
    ui: koUi,
    validation: koValidation,
    workflows: koWorkflows,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];
