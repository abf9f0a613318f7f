import type { ActionExecutor } from "@/lib/actions/action-executor";
import { delayMs, type DelayConfig } from "./delay-config";
import type { DelayStepDetail } from "./step-detail";

// A delay is not a wait inside a worker: the step succeeds at once and the next step's job
// is written with a later runAt, so the wait is durable and holds no worker slot.
export const delayExecutor: ActionExecutor<DelayConfig, DelayStepDetail> = {
  lane: "default",
  destination: () => null,
  needsHistory: () => false,
  execute: async (config) => ({
    outcome: "SUCCESS",
    outputs: {},
    nextStepDelayMs: delayMs(config),
    request: null,
    response: null,
    durationMs: 0,
  }),
  // The runner writes the next step due finishedAt + the delay, in the same transaction as this
  // step's success. With no step after it, the run ends there and nothing waits.
  describeStep: ({ config, step, follows }) => ({
    amount: config.amount,
    unit: config.unit,
    waitUntil:
      step.status === "SUCCEEDED" && step.finishedAt && follows
        ? new Date(step.finishedAt.getTime() + delayMs(config)).toISOString()
        : null,
  }),
};
