import { englishCatalog, type Leaves, type MessageParams } from "@/lib/i18n/english-catalog";
import enAccounts from "@/lib/i18n/messages/en/accounts.json" with { type: "json" };
import enAuditSummaries from "@/lib/i18n/messages/en/auditSummaries.json" with { type: "json" };
import { describeAnswers } from "@/lib/inspector/describe-answers";
import { actionDisplayName, type NamedAction } from "@/lib/actions/action-names";
import { presentSummaryParams, type SummaryParamPresenters } from "./summary-params";

// What an audit entry says, named by a key of the auditSummaries catalog
// (lib/i18n/messages/<locale>/auditSummaries.json) with its params, as API errors are
// (lib/i18n/api-errors.ts). The entry keeps the en catalog's text as `summary`, which the API
// answers as it always did, and the key and params beside it, from which the Audit log page shows
// the summary in the user's language (components/settings/use-audit-summary.ts).
//
// Params are strings and numbers only: names quoted verbatim, numbers meant to be printed as
// written (ids, revisions) as strings, an optional part as a "yes"/"no" select, a role as its
// value ("ADMIN"), a moment as ISO; the last two are worded per language (./summary-params.ts).

/** A message of the auditSummaries catalog: "workflow.created", "user.roleChanged"… */
export type AuditSummaryKey = Leaves<typeof enAuditSummaries>;

/** An entry's summary: its catalog key and params, and the English text they make. */
export type AuditSummary = { key: AuditSummaryKey; params: MessageParams; text: string };

const english = englishCatalog(enAuditSummaries);

/** The server's English for presented params: a role's name, a day in UTC (YYYY-MM-DD), answers as "429 then 200". */
const ENGLISH: SummaryParamPresenters = {
  role: (role) => enAccounts.roles[role],
  day: (iso) => new Date(iso).toISOString().slice(0, 10),
  answers: (answers) => describeAnswers(answers),
};

export function auditSummary(key: AuditSummaryKey, params: MessageParams = {}): AuditSummary {
  return { key, params, text: english(key, presentSummaryParams(params, ENGLISH)) };
}

/** The params of an optional part: `{ [flag]: "yes", ...values }` when there is a value, else `{ [flag]: "no" }`. */
export function optionalPart(flag: string, values: Record<string, string | null | undefined>): MessageParams {
  const present = Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return present.length ? { [flag]: "yes", ...Object.fromEntries(present) } : { [flag]: "no" };
}

/**
 * An action as summaries name it: its name; else its type's label, which the reader's language words
 * (actionType, lib/i18n/localize-params.ts); or "a removed action" when the workflow no longer has it.
 */
export function actionParams(action: Pick<NamedAction, "type" | "name"> | null): MessageParams {
  if (!action) return { actionKind: "removed" };
  const name = action.name?.trim();
  if (name) return { actionKind: "named", actionName: name };
  return { actionKind: "unnamed", actionType: action.type, actionLabel: actionDisplayName(action) };
}

/** A record as summaries name it: its id, and its name when it has one ("record 5 (Ada Lovelace)"). */
export function recordParams(recordId: number, name: string | null): MessageParams {
  return { recordId: String(recordId), ...optionalPart("named", { recordName: name }) };
}
