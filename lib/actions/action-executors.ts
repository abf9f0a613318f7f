import type { ActionExecutor } from "./action-executor";
import type { ActionType } from "./action-registry";
import { delayExecutor } from "./delay/executor";
import { sendSlackMessageExecutor } from "./send-slack-message/executor";
import { sendWebhookExecutor } from "./send-webhook/executor";
import { setPropertyExecutor } from "./set-property/executor";

// Server-only executors, one per action type; a type without one does not compile.
export const actionExecutors = {
  SEND_WEBHOOK: sendWebhookExecutor,
  SET_PROPERTY: setPropertyExecutor,
  DELAY: delayExecutor,
  SEND_SLACK_MESSAGE: sendSlackMessageExecutor,
} satisfies Record<ActionType, ActionExecutor<never, unknown>>;

/** The executor of a type read from storage; undefined for a type that no longer exists. */
export function executorOf(type: string): ActionExecutor<unknown, unknown> | undefined {
  return Object.hasOwn(actionExecutors, type) ? (actionExecutors[type as ActionType] as ActionExecutor<unknown, unknown>) : undefined;
}
