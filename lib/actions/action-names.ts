import type { SummaryContext } from "./action-definition";
import { definitionOf } from "./action-registry";

// Action ids ("a-ba7q5xhq") are internal: they link a config to the action whose output it reads and
// key a run's outputs. Wherever an action is named to people (canvas, run history), it is by this name.

type NamedAction = { id: string; type: string; name?: string | null };

/** An action's own name, else its type's label ("Send a webhook"). */
export function actionDisplayName(action: Pick<NamedAction, "type" | "name">): string {
  return action.name?.trim() || definitionOf(action.type)?.label || action.type;
}

/** Names of the actions of one workflow (or one run's snapshot), for the summaries of their configs. */
export function summaryContext(actions: NamedAction[], property?: SummaryContext["property"]): SummaryContext {
  const names = new Map(actions.map((action) => [action.id, actionDisplayName(action)]));
  // An output of an action that was deleted since: still no id.
  return { actionName: (actionId) => names.get(actionId) ?? "a removed action", property };
}
