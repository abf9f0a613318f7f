"use client";

import { useId } from "react";
import type { SetPropertyConfig } from "@/lib/actions/set-property/set-property-config";
import { OBJECT_TYPE_LABELS } from "@/lib/crm/object-types";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionPanelProps } from "../action-panel-props";
import { PropertyPicker, type PickedSource } from "../send-webhook/property-picker";
import { usePropertyNames } from "../use-property-names";

/** "Set property value": which property of the enrolled record, and the value it gets. */
export function SetPropertyPanel({ workflow, action, onChange, errors, earlierOutputs, actionName }: ActionPanelProps<SetPropertyConfig>) {
  const config = action.config;
  const listId = useId();
  const properties = usePropertyNames(workflow.objectType);
  const objectLabel = OBJECT_TYPE_LABELS[workflow.objectType].singular.toLowerCase();
  const kind = config.value.type === "STATIC" ? "STATIC" : "PICKED";
  const webhookTrigger = workflow.trigger.type === "WEBHOOK";
  const sourceKinds = [
    { value: "STATIC", label: "A fixed value" },
    { value: "PICKED", label: webhookTrigger ? "A property, webhook trigger field or earlier output" : "A property or an earlier output" },
  ];

  return (
    <div className="form">
      <TextField
        label="Property to set"
        hint={`A property of the enrolled ${objectLabel}. Its history records the change with source Workflow.`}
        value={config.property}
        list={listId}
        autoComplete="off"
        error={errors.property}
        onChange={(e) => onChange({ ...config, property: e.target.value })}
      />
      <datalist id={listId}>
        {(properties.data ?? []).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <SelectField
        label="Set it to"
        options={sourceKinds}
        value={kind}
        onChange={(e) =>
          onChange({ ...config, value: e.target.value === "STATIC" ? { type: "STATIC", value: "" } : { type: "PROPERTY", property: "" } })
        }
      />
      {config.value.type === "STATIC" ? (
        <TextField
          label="Value"
          value={config.value.value}
          error={errors["value.value"] ?? errors.value}
          onChange={(e) => onChange({ ...config, value: { type: "STATIC", value: e.target.value } })}
        />
      ) : (
        <div className="field">
          <span className="field-label">Value from</span>
          <PropertyPicker
            label="Value from"
            value={config.value as PickedSource}
            onChange={(source) => onChange({ ...config, value: source })}
            properties={properties}
            objectLabel={objectLabel}
            earlierOutputs={earlierOutputs}
            actionName={actionName}
            webhookTrigger={webhookTrigger}
            invalid={Boolean(errors["value.property"] ?? errors.value)}
            describedBy={(errors["value.property"] ?? errors.value) ? `${listId}-value-error` : undefined}
          />
          {(errors["value.property"] ?? errors.value) && (
            <p className="field-error" id={`${listId}-value-error`}>
              {errors["value.property"] ?? errors.value}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
