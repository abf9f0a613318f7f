import type { ActionExecutor } from "@/lib/actions/action-executor";
import { ActionConfigError, resolveSource } from "@/lib/actions/run-context";
import { setRecordProperty } from "@/lib/crm/record-lookup";
import type { SetPropertyConfig } from "./set-property-config";

const asPropertyValue = (value: unknown) => (typeof value === "string" ? value : value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));

export const setPropertyExecutor: ActionExecutor<SetPropertyConfig> = {
  lane: "default",
  destination: () => null,
  needsHistory: () => false,
  async execute(config, context, { deliveryId }) {
    const started = performance.now();
    try {
      const value = asPropertyValue(resolveSource(config.value, context));
      // Setting the same value again (a re-run after a crash) adds a version, changes nothing else.
      await setRecordProperty(context.record.id, config.property, value, { type: "WORKFLOW", id: deliveryId });
      return { outcome: "SUCCESS", outputs: {}, request: null, response: null, durationMs: performance.now() - started };
    } catch (error) {
      if (error instanceof ActionConfigError) return { outcome: "FINAL", error: error.message, request: null, response: null, durationMs: performance.now() - started };
      throw error;
    }
  },
};
