"use client";

import type { ComponentType } from "react";
import type { ActionType } from "@/lib/actions/action-registry";
import type { ActionPanelProps } from "./action-panel-props";
import { DelayPanel } from "./delay/delay-panel";
import { SendWebhookPanel } from "./send-webhook/send-webhook-panel";
import { SetPropertyPanel } from "./set-property/set-property-panel";

// Client half of the action registry: the editor renders actionPanels[action.type].
export const actionPanels = {
  SEND_WEBHOOK: SendWebhookPanel,
  SET_PROPERTY: SetPropertyPanel,
  DELAY: DelayPanel,
} satisfies Record<ActionType, ComponentType<ActionPanelProps<any>>>; // eslint-disable-line @typescript-eslint/no-explicit-any
