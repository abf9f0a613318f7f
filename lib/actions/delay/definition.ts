import type { ActionDefinition } from "@/lib/actions/action-definition";
import { delayConfigSchema, type DelayConfig } from "./delay-config";

export const delayDefinition: ActionDefinition<DelayConfig> = {
  type: "DELAY",
  group: "flow",
  configSchema: delayConfigSchema,
  defaultConfig: () => ({ amount: 1, unit: "HOURS" }),
  outputs: () => [],
  summary: ({ amount, unit }) => ({ key: "DELAY.summary", values: { amount, unit } }),
  // It fails only when its record or action is gone, which running it again does not change.
  run: { retryNow: "never", holdsNext: true },
};
