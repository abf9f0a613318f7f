import type { ActionDefinition } from "@/lib/actions/action-definition";
import { setPropertyConfigSchema, type SetPropertyConfig } from "./set-property-config";

const describe = (config: SetPropertyConfig) => {
  const v = config.value;
  return v.type === "STATIC" ? `"${v.value}"` : v.type === "PROPERTY" ? `the ${v.property} property` : v.type === "TRIGGER" ? `webhook ${v.path}` : `${v.actionId} → ${v.output}`;
};

export const setPropertyDefinition: ActionDefinition<SetPropertyConfig> = {
  type: "SET_PROPERTY",
  label: "Set property value",
  group: "Record",
  description: "Set a property of the enrolled record from a value, another property, the webhook trigger or an earlier action's output.",
  configSchema: setPropertyConfigSchema,
  defaultConfig: () => ({ property: "", value: { type: "STATIC", value: "" } }),
  outputs: () => [],
  summary: (config) => (config.property ? `Set ${config.property} to ${describe(config)}` : "Choose a property"),
};
