"use client";

import { PropertyPicker, type PickedSource, ValuePicker } from "@/components/pickers/value-pickers";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { setPropertyDefinition } from "@/lib/actions/set-property/definition";
import type { SetPropertyConfig } from "@/lib/actions/set-property/set-property-config";
import { OBJECT_TYPE_LABELS } from "@/lib/crm/object-types";
import { findProperty, PROPERTY_TYPE_LABELS } from "@/lib/crm/property-definitions";
import type { ActionPanelProps } from "../action-panel-props";
import { usePropertyDefinitions } from "../use-property-definitions";
import { PropertyValueField } from "./property-value-field";

/** "Set property value": which property of the enrolled record, and the value it gets. */
export function SetPropertyPanel({ workflow, action, onChange, errors, earlierOutputs, actionName }: ActionPanelProps<SetPropertyConfig>) {
  const config = action.config;
  const properties = usePropertyDefinitions(workflow.objectType);
  const objectLabel = OBJECT_TYPE_LABELS[workflow.objectType].singular;
  const definition = findProperty(properties.data ?? [], config.property);
  // The property's own checks (it exists, a workflow may set it, a fixed value fits its type), as soon as there is something to check.
  const live = properties.data
    ? Object.fromEntries(
        setPropertyDefinition.propertyIssues!(config, { definitions: properties.data, objectLabel }).map((issue) => [
          issue.path,
          issue.message,
        ]),
      )
    : {};
  const shown = { ...errors, ...(config.property ? live : {}) };
  const kind = config.value.type === "STATIC" ? "STATIC" : "PICKED";
  const webhookTrigger = workflow.trigger.type === "WEBHOOK";
  const sourceKinds = [
    { value: "STATIC", label: "A fixed value" },
    { value: "PICKED", label: webhookTrigger ? "A property, webhook trigger field or earlier output" : "A property or an earlier output" },
  ];
  const valueError = shown["value.property"] ?? shown["value.value"] ?? shown.value;

  return (
    <div className="form">
      <Field
        label="Property to set"
        hint={
          definition
            ? `${PROPERTY_TYPE_LABELS[definition.type]} · ${definition.name}. Its history records the change with source Workflow.`
            : `A property of the enrolled ${objectLabel.toLowerCase()}. Its history records the change with source Workflow.`
        }
        error={shown.property}
      >
        {(control) => (
          <PropertyPicker
            id={control.id}
            label="Property to set"
            value={config.property}
            onChange={(property) => {
              // A fixed value made for another property's type rarely fits the new one: start it empty.
              const keep = findProperty(properties.data ?? [], property)?.type === definition?.type;
              onChange({ property, value: config.value.type === "STATIC" && !keep ? { type: "STATIC", value: "" } : config.value });
            }}
            properties={properties}
            objectLabel={objectLabel}
            writable
            invalid={control["aria-invalid"]}
            describedBy={control["aria-describedby"]}
          />
        )}
      </Field>
      <SelectField
        label="Set it to"
        options={sourceKinds}
        value={kind}
        onChange={(e) =>
          onChange({ ...config, value: e.target.value === "STATIC" ? { type: "STATIC", value: "" } : { type: "PROPERTY", property: "" } })
        }
      />
      {config.value.type === "STATIC" ? (
        <PropertyValueField
          definition={definition}
          value={config.value.value}
          error={valueError}
          onChange={(value) => onChange({ ...config, value: { type: "STATIC", value } })}
        />
      ) : (
        <Field
          label="Value from"
          hint={
            definition && definition.type !== "string"
              ? `Checked when the action runs: ${definition.label} takes ${typeNoun(definition.type)}.`
              : undefined
          }
          error={valueError}
        >
          {(control) => (
            <ValuePicker
              label="Value from"
              value={config.value as PickedSource}
              onChange={(source) => onChange({ ...config, value: source })}
              properties={properties}
              objectLabel={objectLabel}
              earlierOutputs={earlierOutputs}
              actionName={actionName}
              webhookTrigger={webhookTrigger}
              invalid={control["aria-invalid"]}
              id={control.id}
              describedBy={control["aria-describedby"]}
            />
          )}
        </Field>
      )}
    </div>
  );
}

function typeNoun(type: keyof typeof PROPERTY_TYPE_LABELS): string {
  switch (type) {
    case "string":
      return "any text";
    case "number":
      return "a number";
    case "date":
      return "a date";
    case "datetime":
      return "a date and time";
    case "enumeration":
      return "one of its options";
    case "bool":
      return "true or false";
  }
}
