import { z } from "zod";
import type { AnyActionDefinition } from "./action-definition";
import { delayDefinition } from "./delay/definition";
import { sendSlackMessageDefinition } from "./send-slack-message/definition";
import { sendWebhookDefinition } from "./send-webhook/definition";
import { setPropertyDefinition } from "./set-property/definition";

// The isomorphic registry of action types: one entry per type, its definition (lib/actions/<type>/).
// Executors (server, ./action-executors.ts) and views (client, components/actions/action-views.tsx)
// are keyed by the same ActionType with `satisfies Record<ActionType, …>`, so a type added here
// without its executor or view does not compile. Nothing else names a type.
export const actionDefinitions = {
  SEND_WEBHOOK: sendWebhookDefinition,
  SET_PROPERTY: setPropertyDefinition,
  DELAY: delayDefinition,
  SEND_SLACK_MESSAGE: sendSlackMessageDefinition,
} satisfies Record<string, AnyActionDefinition>;

export type ActionType = keyof typeof actionDefinitions;
export const ACTION_TYPES = Object.keys(actionDefinitions) as [ActionType, ...ActionType[]];

export const actionTypeSchema = z.enum(ACTION_TYPES, {
  error: () => `Action type must be one of: ${ACTION_TYPES.join(", ")}.`,
});

/** The definition of a type read from storage (a run's snapshot, a step row); undefined for a type that no longer exists. */
export function definitionOf(type: string): AnyActionDefinition | undefined {
  return Object.hasOwn(actionDefinitions, type) ? actionDefinitions[type as ActionType] : undefined;
}
