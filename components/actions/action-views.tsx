"use client";

import type { ActionType } from "@/lib/actions/action-registry";
import type { AnyActionView } from "./action-view";
import { delayView } from "./delay/view";
import { sendSlackMessageView } from "./send-slack-message/view";
import { sendWebhookView } from "./send-webhook/view";
import { setPropertyView } from "./set-property/view";

// The client registry of action types: one entry per type, its view (components/actions/<type>/view.ts).
// Keyed by lib/actions/action-registry.ts's ActionType, so a type without a view does not compile.
export const actionViews = {
  SEND_WEBHOOK: sendWebhookView,
  SET_PROPERTY: setPropertyView,
  DELAY: delayView,
  SEND_SLACK_MESSAGE: sendSlackMessageView,
} satisfies Record<ActionType, AnyActionView>;

/** The view of a type read from storage (a run's step); undefined for a type that no longer exists. */
export function viewOf(type: string): AnyActionView | undefined {
  return Object.hasOwn(actionViews, type) ? actionViews[type as ActionType] : undefined;
}
