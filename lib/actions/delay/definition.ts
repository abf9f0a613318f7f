import type { ActionDefinition } from "@/lib/actions/action-definition";
import { delayConfigSchema, type DelayConfig } from "./delay-config";

export const delayDefinition: ActionDefinition<DelayConfig> = {
  type: "DELAY",
  label: "Delay",
  group: "Flow",
  description: "Wait a set time before the next action. The wait is stored, so it survives restarts.",
  configSchema: delayConfigSchema,
  defaultConfig: () => ({ amount: 1, unit: "HOURS" }),
  outputs: () => [],
  summary: (config) => `Wait ${config.amount} ${config.unit.toLowerCase().replace(/s$/, config.amount === 1 ? "" : "s")}`,
  // It fails only when its record or action is gone, which running it again does not change.
  run: {
    retryNow: "never",
    runningLabel: "Running",
    retryNote: "",
    holdsNext: { noun: "delay" },
  },
};
