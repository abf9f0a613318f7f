import type { ActionDefinition, ActionText, SummaryContext } from "@/lib/actions/action-definition";
import { sourceProperties } from "@/lib/actions/value-source";
import { checkPropertyValue, findProperty, optionLabel, writableIssue } from "@/lib/crm/property-definitions";
import { setPropertyConfigSchema, type SetPropertyConfig } from "./set-property-config";

/** The value's source for SET_PROPERTY.summary: its kind, and what it quotes verbatim. */
const describe = (config: SetPropertyConfig, context: SummaryContext): Record<string, string> => {
  const v = config.value;
  return v.type === "STATIC"
    ? { source: "static", value: optionLabel(context.property?.(config.property), v.value) }
    : v.type === "PROPERTY"
      ? { source: "property", value: context.property?.(v.property)?.label ?? v.property }
      : v.type === "TRIGGER"
        ? { source: "trigger", value: v.path }
        : { source: "output", value: v.output, fromAction: context.actionName(v.actionId) };
};

export const setPropertyDefinition: ActionDefinition<SetPropertyConfig> = {
  type: "SET_PROPERTY",
  group: "record",
  configSchema: setPropertyConfigSchema,
  defaultConfig: () => ({ property: "", value: { type: "STATIC", value: "" } }),
  outputs: () => [],
  properties: (config) => [config.property, ...sourceProperties([config.value])],
  propertyIssues: (config, { definitions, objectLabel }) => {
    const writable = writableIssue(definitions, config.property, objectLabel);
    if (writable) return [{ path: "property", ...writable }];
    const definition = findProperty(definitions, config.property);
    const checked = definition && config.value.type === "STATIC" ? checkPropertyValue(definition, config.value.value) : null;
    return checked && !checked.ok ? [{ path: "value.value", message: checked.message, code: checked.code, params: checked.params }] : [];
  },
  summary: (config, context): ActionText =>
    config.property
      ? {
          key: "SET_PROPERTY.summary",
          values: { fromAction: "", ...describe(config, context), field: context.property?.(config.property)?.label ?? config.property },
        }
      : { key: "SET_PROPERTY.summaryNoField" },
  // A failed one can run again, e.g. after the value's source was fixed.
  run: { retryNow: "failed" },
};
