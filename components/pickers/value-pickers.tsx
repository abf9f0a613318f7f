"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ActionPanelProps } from "@/components/actions/action-panel-props";
import type { PropertyDefinitionsQuery } from "@/components/actions/use-property-definitions";
import { useTriggerSample } from "@/components/trigger/trigger-sample-context";
import type { ValueSource } from "@/lib/actions/value-source";
import { findProperty, type PropertyDefinition } from "@/lib/crm/property-definitions";
import { leafPaths } from "@/lib/webhooks/json-path";
import { type PickerGroup, type PickerOption, SourcePicker } from "./source-picker";

// The editor's pickers, all one SourcePicker: ValuePicker for where a value comes from (a record
// property, a webhook trigger field, an earlier action's output), PropertyPicker for a property itself.

export type PickedSource = Extract<ValueSource, { type: "PROPERTY" | "OUTPUT" | "TRIGGER" }>;

const TRIGGER_PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
type PickersT = ReturnType<typeof useTranslations<"pickers">>;

function samplePreview(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** A property's options, by label; `loading` and `failed` notes while the query is not done. */
function propertyGroup<S>(
  t: PickersT,
  properties: PropertyDefinitionsQuery,
  title: string,
  source: (definition: PropertyDefinition) => S,
  keep: (definition: PropertyDefinition) => boolean = () => true,
): PickerGroup<S> {
  const options: PickerOption<S>[] = (properties.data ?? [])
    .filter(keep)
    .toSorted((a, b) => a.label.localeCompare(b.label))
    .map((definition) => ({ key: definition.name, label: definition.label, secondary: definition.name, source: source(definition) }));
  return {
    title,
    options,
    status: properties.isPending ? t("loadingProperties") : properties.isError ? t("propertiesFailed") : undefined,
  };
}

/** The sample event's fields, and a typed dot path when it is none of them. */
function triggerGroup<S>(t: PickersT, samplePaths: { path: string; value: unknown }[], source: (path: string) => S): PickerGroup<S> {
  return {
    title: t("webhookTrigger"),
    options: samplePaths.map((leaf) => ({
      key: leaf.path,
      label: leaf.path,
      secondary: samplePreview(leaf.value),
      source: source(leaf.path),
    })),
    typed: (term) =>
      TRIGGER_PATH.test(term)
        ? {
            source: source(term),
            text: t.rich("usePayloadField", { term, strong: (chunks) => <strong>{chunks}</strong> }),
          }
        : null,
    hint: t("payloadFieldHint"),
  };
}

/** How a chosen property reads: its label, or its internal name when it has no definition (yet). */
const propertyText = (properties: PropertyDefinitionsQuery, name: string) => findProperty(properties.data ?? [], name)?.label ?? name;

type ValuePickerProps = {
  value: PickedSource;
  onChange: (source: PickedSource) => void;
  /** Names the button for assistive tech, e.g. "Property of row 2". */
  label: string;
  placeholder?: string;
  properties: PropertyDefinitionsQuery;
  objectLabel: string;
  /** Earlier actions' outputs; none where outputs cannot be used (a Slack message). */
  earlierOutputs?: ActionPanelProps<unknown>["earlierOutputs"];
  /** Names an action that is not among the earlier ones (it runs later, or was deleted). */
  actionName?: ActionPanelProps<unknown>["actionName"];
  /** The workflow is started by an incoming webhook: its payload's fields can be used too. */
  webhookTrigger?: boolean;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
  onBlur?: () => void;
};

/** Where a value comes from: a property of the record, a field of the webhook trigger, or an earlier output. */
export function ValuePicker({
  value,
  onChange,
  label,
  placeholder,
  properties,
  objectLabel,
  earlierOutputs = [],
  actionName,
  webhookTrigger,
  id,
  invalid,
  describedBy,
  onBlur,
}: ValuePickerProps) {
  const t = useTranslations("pickers");
  // The sample event's fields (from the trigger panel's "Use as sample"), picked instead of typed.
  const sample = useTriggerSample();
  const samplePaths = useMemo(() => (webhookTrigger && sample !== undefined ? leafPaths(sample) : []), [webhookTrigger, sample]);

  // The short, specific lists first (the event's fields, earlier outputs); the record's many properties last.
  const groups: PickerGroup<PickedSource>[] = [
    ...(webhookTrigger ? [triggerGroup<PickedSource>(t, samplePaths, (path) => ({ type: "TRIGGER", path }))] : []),
    ...earlierOutputs.map((action) => ({
      title: t("outputsOf", { actionName: action.actionName }),
      options: action.outputs.map((output) => ({
        key: output.name,
        label: output.name,
        secondary: output.type.toLowerCase(),
        source: { type: "OUTPUT" as const, actionId: action.actionId, output: output.name },
      })),
    })),
    propertyGroup(t, properties, t("objectProperties", { object: objectLabel }), (definition) => ({
      type: "PROPERTY" as const,
      property: definition.name,
    })),
  ];

  const display = (() => {
    switch (value.type) {
      case "PROPERTY":
        return value.property === "" ? null : propertyText(properties, value.property);
      // The value's own name first: a narrow picker cuts the end off.
      case "TRIGGER":
        return t("triggerValue", { path: value.path });
      case "OUTPUT": {
        // Never the action's id: an action that is not earlier (deleted, or running later) by its name, if it still has one.
        const action = earlierOutputs.find((a) => a.actionId === value.actionId);
        return t("outputValue", {
          output: value.output,
          actionName: action?.actionName ?? actionName?.(value.actionId) ?? t("removedAction"),
        });
      }
    }
  })();

  return (
    <SourcePicker
      label={label}
      display={display}
      placeholder={placeholder ?? t("chooseValue")}
      groups={groups}
      isSelected={(source) => JSON.stringify(source) === JSON.stringify(value)}
      onChange={onChange}
      id={id}
      invalid={invalid}
      describedBy={describedBy}
      onBlur={onBlur}
    />
  );
}

type PropertyPickerProps = {
  /** The chosen property's internal name; "" when none is chosen. */
  value: string;
  onChange: (name: string) => void;
  label: string;
  properties: PropertyDefinitionsQuery;
  objectLabel: string;
  /** Only properties a workflow can set (not Hookflow's own: record id, create and last-modified dates). */
  writable?: boolean;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
};

/** A property of the record itself: the one to set, to match on, or to insert. */
export function PropertyPicker({
  value,
  onChange,
  label,
  properties,
  objectLabel,
  writable,
  id,
  invalid,
  describedBy,
}: PropertyPickerProps) {
  const t = useTranslations("pickers");
  return (
    <SourcePicker
      label={label}
      display={value === "" ? null : propertyText(properties, value)}
      placeholder={t("chooseProperty")}
      groups={[
        propertyGroup(
          t,
          properties,
          t("objectProperties", { object: objectLabel }),
          (definition) => definition.name,
          (d) => !writable || !d.readOnly,
        ),
      ]}
      isSelected={(name) => name === value}
      onChange={onChange}
      footer={{ href: "/settings/properties", text: t("manageProperties") }}
      id={id}
      invalid={invalid}
      describedBy={describedBy}
    />
  );
}

type TriggerFieldPickerProps = {
  /** The chosen dot path; "" when none is chosen. */
  value: string;
  onChange: (path: string) => void;
  label: string;
  /** The trigger's sample event, whose fields are offered; undefined when there is none (a path is typed). */
  sample: unknown;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
};

/** A field of the incoming webhook's payload, from the sample event or typed as a dot path. */
export function TriggerFieldPicker({ value, onChange, label, sample, id, invalid, describedBy }: TriggerFieldPickerProps) {
  const t = useTranslations("pickers");
  const samplePaths = useMemo(() => (sample === undefined ? [] : leafPaths(sample)), [sample]);
  return (
    <SourcePicker
      label={label}
      display={value === "" ? null : value}
      placeholder={t("choosePayloadField")}
      groups={[triggerGroup(t, samplePaths, (path) => path)]}
      isSelected={(path) => path === value}
      onChange={onChange}
      id={id}
      invalid={invalid}
      describedBy={describedBy}
    />
  );
}
