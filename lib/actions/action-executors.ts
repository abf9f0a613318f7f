import type { ActionExecutor } from "./action-executor";
import type { ActionType } from "./action-registry";
import { sendWebhookExecutor } from "./send-webhook/executor";

// Server-only executors, one per action type; a type without one does not compile.
export const actionExecutors = {
  SEND_WEBHOOK: sendWebhookExecutor,
} satisfies Record<ActionType, ActionExecutor<never>>;
