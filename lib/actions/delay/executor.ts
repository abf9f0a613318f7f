import type { ActionExecutor } from "@/lib/actions/action-executor";
import { delayMs, type DelayConfig } from "./delay-config";

// A delay is not a wait inside a worker: the step succeeds at once and the next step's job
// is written with a later runAt, so the wait is durable and holds no worker slot.
export const delayExecutor: ActionExecutor<DelayConfig> = {
  lane: "default",
  destination: () => null,
  needsHistory: () => false,
  execute: async (config) => ({ outcome: "SUCCESS", outputs: {}, nextStepDelayMs: delayMs(config), request: null, response: null, durationMs: 0 }),
};
