"use client";

import { useTranslations } from "next-intl";
import { useObjectTypeLabel, usePropertyTypeLabel } from "@/components/crm/use-crm-labels";
import { PropertyPicker, type PickedSource, ValuePicker } from "@/components/pickers/value-pickers";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { setPropertyDefinition } from "@/lib/actions/set-property/definition";
import type { SetPropertyConfig } from "@/lib/actions/set-property/set-property-config";
import { useIssueText } from "@/lib/client/issue-text";
import { findProperty } from "@/lib/crm/property-definitions";
import type { ActionPanelProps } from "../action-panel-props";
import { usePropertyDefinitions } from "../use-property-definitions";
import { PropertyValueField } from "./property-value-field";

/** "Set property value": which property of the enrolled record, and the value it gets. */
export function SetPropertyPanel({ workflow, action, onChange, errors, earlierOutputs, actionName }: ActionPanelProps<SetPropertyConfig>) {
  const t = useTranslations("actions.setProperty");
  const issueText = useIssueText();
  const objectTypeLabel = useObjectTypeLabel();
  const typeLabel = usePropertyTypeLabel();
  const config = action.config;
  const properties = usePropertyDefinitions(workflow.objectType);
  const objectLabel = objectTypeLabel(workflow.objectType).singular;
  const definition = findProperty(properties.data ?? [], config.property);
  // The property's own checks (it exists, a workflow may set it, a fixed value fits its type), as soon as there is something to check.
  const live = properties.data
    ? Object.fromEntries(
        setPropertyDefinition.propertyIssues!(config, { definitions: properties.data, objectLabel }).map((issue) => [
          issue.path,
          issueText(issue),
        ]),
      )
    : {};
  const shown = { ...errors, ...(config.property ? live : {}) };
  const kind = config.value.type === "STATIC" ? "STATIC" : "PICKED";
  const webhookTrigger = workflow.trigger.type === "WEBHOOK";
  const sourceKinds = [
    { value: "STATIC", label: t("fixedValue") },
    { value: "PICKED", label: webhookTrigger ? t("pickedWebhook") : t("picked") },
  ];
  const valueError = shown["value.property"] ?? shown["value.value"] ?? shown.value;

  return (
    <div className="form">
      <Field
        label={t("propertyToSet")}
        hint={
          definition
            ? t("hintDefinition", { type: typeLabel(definition.type), name: definition.name })
            : t("hintNone", { object: objectLabel.toLowerCase() })
        }
        error={shown.property}
      >
        {(control) => (
          <PropertyPicker
            id={control.id}
            label={t("propertyToSet")}
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
        label={t("setItTo")}
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
          label={t("valueFrom")}
          hint={definition && definition.type !== "string" ? t("checked", { label: definition.label, type: definition.type }) : undefined}
          error={valueError}
        >
          {(control) => (
            <ValuePicker
              label={t("valueFrom")}
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
