import type { ActionExecutor, StepDescriptionActionOf } from "@/lib/actions/action-executor";
import { ActionConfigError, resolveSource, valueAsText } from "@/lib/actions/run-context";
import type { ValueSource } from "@/lib/actions/value-source";
import { checkedPropertyValues } from "@/lib/crm/properties";
import { setRecordProperty } from "@/lib/crm/record-lookup";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type RunError, runError } from "@/lib/i18n/run-errors";
import type { ValidationKey } from "@/lib/i18n/validation";
import type { SetPropertyConfig } from "./set-property-config";
import type { SetPropertyStepDetail, SetPropertyStepSource } from "./step-detail";

/** Where the value is read from, for the run page to word; null for a fixed value. Action ids stay out. */
function valueSourceOf(source: ValueSource, actionOf: StepDescriptionActionOf): SetPropertyStepSource | null {
  switch (source.type) {
    case "STATIC":
      return null;
    case "PROPERTY":
      return { type: "PROPERTY", property: source.property };
    case "TRIGGER":
      return { type: "TRIGGER", path: source.path };
    case "OUTPUT":
      return { type: "OUTPUT", output: source.output, action: actionOf(source.actionId) };
  }
}

/**
 * A refusal of the value as a run error: a property's misfit (INVALID_PROPERTY_VALUE) is the
 * validation catalog's message its detail names; a U+0000 the record cannot hold has its own.
 */
function refusalOf(error: AppError): RunError {
  const detail = error.details?.[0];
  if (error.code === "INVALID_PROPERTY_VALUE" && detail?.code) {
    const refusal = runError(`validation:${detail.code as ValidationKey}`, detail.params);
    if (refusal.text === error.message) return refusal;
  }
  if (error.code === "NUL_CHARACTER" && detail?.path) {
    const refusal = runError("setProperty.nul", { path: detail.path });
    if (refusal.text === error.message) return refusal;
  }
  // A refusal with no message of its own in a catalog (none is known today): its English, shown as it is.
  return runError("untranslated", { text: error.message });
}

export const setPropertyExecutor: ActionExecutor<SetPropertyConfig, SetPropertyStepDetail> = {
  lane: "default",
  destination: () => null,
  needsHistory: () => false,
  async execute(config, context, { deliveryId }) {
    const started = performance.now();
    try {
      const given = valueAsText(resolveSource(config.value, context));
      // Checked again here: a value read from a property, the trigger or an output is known only now,
      // and a custom property's options may have changed since the workflow was saved.
      const values = await checkedPropertyValues(context.record.objectType, new Map([[config.property, given]]));
      // Setting the same value again (a re-run after a crash) adds a version, changes nothing else.
      await setRecordProperty(context.record.id, config.property, values.get(config.property)!, { type: "WORKFLOW", id: deliveryId });
      return { outcome: "SUCCESS", outputs: {}, request: null, response: null, durationMs: performance.now() - started };
    } catch (error) {
      // AppError: a value the property does not take (INVALID_PROPERTY_VALUE), or one the record cannot take
      // (U+0000, refused on both databases) from data stored before it was refused.
      if (error instanceof ActionConfigError || error instanceof AppError) {
        const refusal = error instanceof ActionConfigError ? error.error : refusalOf(error);
        return { outcome: "FINAL", error: refusal, request: null, response: null, durationMs: performance.now() - started };
      }
      throw error;
    }
  },
  // The record's history keeps the value under the step's delivery id; the newest version counts
  // (a re-run after a crash writes the same value again).
  async describeStep({ config, step, recordId, actionOf }) {
    const written = await db.propertyHistory.findFirst({
      where: { recordId, sourceType: "WORKFLOW", sourceId: step.deliveryId, name: config.property },
      select: { value: true },
      orderBy: { id: "desc" },
    });
    const value = written?.value ?? (step.status === "SUCCEEDED" && config.value.type === "STATIC" ? config.value.value : null);
    return { property: config.property, value, source: valueSourceOf(config.value, actionOf) };
  },
};
