import type { ActionText, OutputType, SummaryContext } from "@/lib/actions/action-definition";
import { actionDefinitions } from "@/lib/actions/action-registry";
import { definedOutputs, outputReferenceIssues } from "@/lib/actions/output-references";
import type { ApiRequestError } from "@/lib/client/api-fetch";
import { englishIssueText, type IssueText, zodIssueLike } from "@/lib/client/issue-text";
import type { PropertyCheck } from "@/lib/actions/action-definition";
import { actionPropertyIssues, triggerPropertyIssues } from "@/lib/workflows/property-issues";
import { workflowActionSchema, workflowTriggerSchema } from "@/lib/workflows/workflow-schema";
import type { DraftAction } from "./draft-reducer";

/** Messages for one action: "name", config paths ("webhookUrl", "body.fields.0.key"), or "_" for the action as a whole. */
export type ActionErrors = Record<string, string>;
export type ErrorsByAction = Record<string, ActionErrors>;
/** Messages for the trigger, by path inside it ("recordMatch.payloadPath", "verification.secretName"); "_" for the trigger as a whole. */
export type TriggerErrors = Record<string, string>;

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Maps an action-relative path ("config.webhookUrl") to the key the panel and name field use. */
function actionKey(path: string): string {
  if (path === "config") return "_";
  if (path.startsWith("config.")) return path.slice("config.".length);
  if (path === "name") return "name";
  return "_";
}

/** The shared schema's verdict on one action, as the editor shows it; `text` shows each issue (useIssueText: in the user's language). */
export function validateAction(action: DraftAction, nextId: string | null = null, text: IssueText = englishIssueText): ActionErrors {
  const parsed = workflowActionSchema.safeParse({ ...action, nextId });
  const errors: ActionErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    errors[actionKey(issue.path.map(String).join("."))] ??= sentence(text(zodIssueLike(issue)));
  }
  return errors;
}

/**
 * Output values that will not resolve when the workflow runs (the action they read was deleted or
 * runs later, or no longer has that output), by action id and config path: the API's save rule,
 * checked on the draft as it is, so the action is flagged as soon as an edit breaks it.
 */
export function outputReferenceErrors(actions: DraftAction[], text: IssueText = englishIssueText): ErrorsByAction {
  const out: ErrorsByAction = {};
  for (const issue of outputReferenceIssues(actions)) {
    const messages = out[issue.actionId] ?? {};
    out[issue.actionId] = messages;
    messages[actionKey(issue.path.map(String).join("."))] ??= text(issue);
  }
  return out;
}

/**
 * Every action's schema errors, the output values that will not resolve, and (once the object type's
 * properties are loaded) the properties set that do not exist or do not take the value: what stops a save.
 */
export function validateActions(actions: DraftAction[], properties?: PropertyCheck, text: IssueText = englishIssueText): ErrorsByAction {
  const out: ErrorsByAction = {};
  const references = outputReferenceErrors(actions, text);
  const propertyErrors: ActionErrors[] = actions.map(() => ({}));
  for (const issue of properties ? actionPropertyIssues(actions, properties) : []) {
    const [, index, ...path] = issue.path.split(".");
    propertyErrors[Number(index)][actionKey(path.join("."))] ??= text(issue);
  }
  actions.forEach((action, index) => {
    const errors = { ...propertyErrors[index], ...references[action.id], ...validateAction(action, actions[index + 1]?.id ?? null, text) };
    if (Object.keys(errors).length) out[action.id] = errors;
  });
  return out;
}

/** The shared schema's verdict on the trigger, and its record matching's properties once loaded, as the trigger panel shows them. */
export function validateTrigger(trigger: unknown, properties?: PropertyCheck, text: IssueText = englishIssueText): TriggerErrors {
  const parsed = workflowTriggerSchema.safeParse(trigger);
  const errors: TriggerErrors = {};
  if (parsed.success) {
    for (const issue of properties ? triggerPropertyIssues(parsed.data, properties) : []) {
      errors[issue.path.slice("trigger.".length)] ??= text(issue);
    }
    return errors;
  }
  for (const issue of parsed.error.issues) errors[issue.path.map(String).join(".") || "_"] ??= sentence(text(zodIssueLike(issue)));
  return errors;
}

/**
 * API details ("actions.2.config.webhookUrl") by action id, and the trigger's ("trigger.recordMatch") by path; `idAt` names the action the index refers to
 * (the array that was sent, or the saved one). Details that name no action are returned as `general`.
 */
export function apiErrorsByAction(error: ApiRequestError, idAt: (index: number) => string | undefined, text: IssueText = englishIssueText) {
  // Keyed by action ids and field paths, which come from the workflow: no prototype to collide with.
  const byAction: ErrorsByAction = Object.create(null);
  const trigger: TriggerErrors = Object.create(null);
  const general: string[] = [];
  for (const detail of error.details) {
    const inTrigger = /^(?:body[./])?trigger(?:[./](.*))?$/.exec(detail.path);
    if (inTrigger) {
      trigger[(inTrigger[1] ?? "").replace(/\//g, ".") || "_"] ??= sentence(text(detail));
      continue;
    }
    const match = /^(?:body[./])?actions[./](\d+)(?:[./](.*))?$/.exec(detail.path);
    const id = match ? idAt(Number(match[1])) : undefined;
    if (!match || !id) {
      general.push(sentence(text(detail)));
      continue;
    }
    const key = actionKey((match[2] ?? "").replace(/\//g, "."));
    const messages = byAction[id] ?? Object.create(null);
    byAction[id] = messages;
    messages[key] ??= sentence(text(detail));
  }
  return { byAction, trigger, general };
}

/** An action's outputs from its definition; an unfinished config has none yet. */
export function actionOutputs(action: DraftAction): { name: string; type: OutputType }[] {
  return definedOutputs(action);
}

/**
 * The node's line, to translate (useActionTypeText().text); `context` (summaryContext of the draft's
 * actions) names the actions a config refers to. Null when an unfinished config has none.
 */
export function actionSummary(action: DraftAction, context: SummaryContext): ActionText | null {
  try {
    return actionDefinitions[action.type].summary(action.config as never, context);
  } catch {
    return null;
  }
}
