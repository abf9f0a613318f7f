import type { Locale } from "../locales";
import enAccounts from "./en/accounts.json" with { type: "json" };
import enApiErrors from "./en/apiErrors.json" with { type: "json" };
import enActions from "./en/actions.json" with { type: "json" };
import enActionTypes from "./en/actionTypes.json" with { type: "json" };
import enAuditSummaries from "./en/auditSummaries.json" with { type: "json" };
import enAuth from "./en/auth.json" with { type: "json" };
import enCrm from "./en/crm.json" with { type: "json" };
import enEditor from "./en/editor.json" with { type: "json" };
import enExchange from "./en/exchange.json" with { type: "json" };
import enInspector from "./en/inspector.json" with { type: "json" };
import enPickers from "./en/pickers.json" with { type: "json" };
import enRecords from "./en/records.json" with { type: "json" };
import enRuns from "./en/runs.json" with { type: "json" };
import enRunErrors from "./en/runErrors.json" with { type: "json" };
import enSendWebhook from "./en/sendWebhook.json" with { type: "json" };
import enSettings from "./en/settings.json" with { type: "json" };
import enShell from "./en/shell.json" with { type: "json" };
import enTrigger from "./en/trigger.json" with { type: "json" };
import enUi from "./en/ui.json" with { type: "json" };
import enValidation from "./en/validation.json" with { type: "json" };
import enWorkflows from "./en/workflows.json" with { type: "json" };
import koAccounts from "./ko/accounts.json" with { type: "json" };
import koApiErrors from "./ko/apiErrors.json" with { type: "json" };
import koActions from "./ko/actions.json" with { type: "json" };
import koActionTypes from "./ko/actionTypes.json" with { type: "json" };
import koAuditSummaries from "./ko/auditSummaries.json" with { type: "json" };
import koAuth from "./ko/auth.json" with { type: "json" };
import koCrm from "./ko/crm.json" with { type: "json" };
import koEditor from "./ko/editor.json" with { type: "json" };
import koExchange from "./ko/exchange.json" with { type: "json" };
import koInspector from "./ko/inspector.json" with { type: "json" };
import koPickers from "./ko/pickers.json" with { type: "json" };
import koRecords from "./ko/records.json" with { type: "json" };
import koRuns from "./ko/runs.json" with { type: "json" };
import koRunErrors from "./ko/runErrors.json" with { type: "json" };
import koSendWebhook from "./ko/sendWebhook.json" with { type: "json" };
import koSettings from "./ko/settings.json" with { type: "json" };
import koShell from "./ko/shell.json" with { type: "json" };
import koTrigger from "./ko/trigger.json" with { type: "json" };
import koUi from "./ko/ui.json" with { type: "json" };
import koValidation from "./ko/validation.json" with { type: "json" };
import koWorkflows from "./ko/workflows.json" with { type: "json" };

// The message catalogs, one JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json);
// lib/i18n/catalogs.test.ts checks that both languages have the same keys and the same ICU placeholders.
// A namespace is added here for both languages at once.

export const MESSAGES = {
  en: {
    accounts: enAccounts,
    apiErrors: enApiErrors,
    actions: enActions,
    actionTypes: enActionTypes,
    auditSummaries: enAuditSummaries,
    auth: enAuth,
    crm: enCrm,
    editor: enEditor,
    exchange: enExchange,
    inspector: enInspector,
    pickers: enPickers,
    records: enRecords,
    runs: enRuns,
    runErrors: enRunErrors,
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
    auditSummaries: koAuditSummaries,
    auth: koAuth,
    crm: koCrm,
    editor: koEditor,
    exchange: koExchange,
    inspector: koInspector,
    pickers: koPickers,
    records: koRecords,
    runs: koRuns,
    runErrors: koRunErrors,
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
