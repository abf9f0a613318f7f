import type { ActionDefinition, SummaryContext } from "@/lib/actions/action-definition";
import { sourceProperties } from "@/lib/actions/value-source";
import { checkPropertyValue, findProperty, optionLabel, writableIssue } from "@/lib/crm/property-definitions";
import { setPropertyConfigSchema, type SetPropertyConfig } from "./set-property-config";

const describe = (config: SetPropertyConfig, context: SummaryContext) => {
  const v = config.value;
  return v.type === "STATIC"
    ? `"${optionLabel(context.property?.(config.property), v.value)}"`
    : v.type === "PROPERTY"
      ? `the ${context.property?.(v.property)?.label ?? v.property} property`
      : v.type === "TRIGGER"
        ? `webhook ${v.path}`
        : `${context.actionName(v.actionId)} → ${v.output}`;
};

export const setPropertyDefinition: ActionDefinition<SetPropertyConfig> = {
  type: "SET_PROPERTY",
  label: "Set property value",
  group: "Record",
  description: "Set a property of the enrolled record from a value, another property, the webhook trigger or an earlier action's output.",
  configSchema: setPropertyConfigSchema,
  defaultConfig: () => ({ property: "", value: { type: "STATIC", value: "" } }),
  outputs: () => [],
  properties: (config) => [config.property, ...sourceProperties([config.value])],
  propertyIssues: (config, { definitions, objectLabel }) => {
    const writable = writableIssue(definitions, config.property, objectLabel);
    if (writable) return [{ path: "property", message: writable }];
    const definition = findProperty(definitions, config.property);
    const checked = definition && config.value.type === "STATIC" ? checkPropertyValue(definition, config.value.value) : null;
    return checked && !checked.ok ? [{ path: "value.value", message: checked.message }] : [];
  },
  summary: (config, context) =>
    config.property
      ? `Set ${context.property?.(config.property)?.label ?? config.property} to ${describe(config, context)}`
      : "Choose a property",
  // A failed one can run again, e.g. after the value's source was fixed.
  run: { retryNow: "failed", runningLabel: "Running", retryNote: "Running it again; the result appears here when it finishes." },
};
