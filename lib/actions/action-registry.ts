import { z } from "zod";
import type { ActionDefinition } from "./action-definition";
import { delayDefinition } from "./delay/definition";
import { sendWebhookDefinition } from "./send-webhook/definition";
import { setPropertyDefinition } from "./set-property/definition";

// Isomorphic registry of action types. Executors (server) and panels (client) are
// keyed by the same ActionType with `satisfies Record<ActionType, ...>`, so adding a
// type here without its executor or panel is a type error.
export const ACTION_TYPES = ["SEND_WEBHOOK", "SET_PROPERTY", "DELAY"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const actionTypeSchema = z.enum(ACTION_TYPES, {
  error: () => `Action type must be one of: ${ACTION_TYPES.join(", ")}.`,
});

export const actionDefinitions = {
  SEND_WEBHOOK: sendWebhookDefinition,
  SET_PROPERTY: setPropertyDefinition,
  DELAY: delayDefinition,
} satisfies Record<ActionType, ActionDefinition<never> | ActionDefinition<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
