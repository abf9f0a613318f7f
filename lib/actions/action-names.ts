import english from "@/lib/i18n/messages/en/actionTypes.json" with { type: "json" };
import { type RunErrorRef, runErrorRef } from "@/lib/i18n/run-errors";
import type { SummaryContext } from "./action-definition";
import { type ActionType, definitionOf } from "./action-registry";

// Action ids ("a-ba7q5xhq") are internal: they link a config to the action whose output it reads and
// key a run's outputs. Wherever an action is named to people (canvas, run history), it is by this name.

export type NamedAction = { id: string; type: string; name?: string | null };

/**
 * How an action without a name of its own is named: its type's label, and the name of an action that
 * is gone. The server (API errors, run details) names them in English, from the English catalog; the
 * UI passes the viewer's language (components/actions/use-action-type-text.ts).
 */
export type ActionNaming = { label: (type: string) => string; removed: string };

export const ENGLISH_NAMING: ActionNaming = {
  label: (type) => (definitionOf(type) ? english[type as ActionType].label : type),
  removed: english.removedAction,
};

/** An action's own name, else its type's label ("Send a webhook"). */
export function actionDisplayName(action: Pick<NamedAction, "type" | "name">, naming: ActionNaming = ENGLISH_NAMING): string {
  return action.name?.trim() || naming.label(action.type);
}

/** Names of the actions of one workflow (or one run's snapshot), for the summaries of their configs. */
export function summaryContext(
  actions: NamedAction[],
  property?: SummaryContext["property"],
  naming: ActionNaming = ENGLISH_NAMING,
): SummaryContext {
  const names = new Map(actions.map((action) => [action.id, actionDisplayName(action, naming)]));
  // An output of an action that was deleted since: still no id.
  return { actionName: (actionId) => names.get(actionId) ?? naming.removed, property };
}

/**
 * How a run error names an action of a run's snapshot: its own name, else its type's label (or "a
 * removed action") as a message of the actionTypes catalog, worded in the reader's language.
 */
export function actionNameParam(actions: NamedAction[], actionId: string): string | RunErrorRef {
  const action = actions.find((a) => a.id === actionId);
  if (!action) return runErrorRef("actionTypes:removedAction");
  const own = action.name?.trim();
  if (own) return own;
  return definitionOf(action.type) ? runErrorRef(`actionTypes:${action.type as ActionType}.label`) : action.type;
}
