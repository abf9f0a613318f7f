"use client";

import { Check, ChevronDown, Search } from "lucide-react";
import { Popover } from "radix-ui";
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTriggerSample } from "@/components/trigger/trigger-sample-context";
import type { ValueSource } from "@/lib/actions/value-source";
import { leafPaths } from "@/lib/webhooks/json-path";
import type { ActionPanelProps } from "../action-panel-props";
import type { PropertyNamesQuery } from "@/components/actions/use-property-names";
import styles from "./picker.module.css";

export type PickedSource = Extract<ValueSource, { type: "PROPERTY" | "OUTPUT" | "TRIGGER" }>;

type Props = {
  value: PickedSource;
  onChange: (source: PickedSource) => void;
  /** Names the trigger button for assistive tech, e.g. "Property of row 2". */
  label: string;
  properties: PropertyNamesQuery;
  objectLabel: string;
  earlierOutputs: ActionPanelProps<unknown>["earlierOutputs"];
  /** Names an action that is not among the earlier ones (it runs later, or was deleted). */
  actionName?: ActionPanelProps<unknown>["actionName"];
  /** The workflow is started by an incoming webhook: its payload's fields can be used too (typed as a dot path). */
  webhookTrigger?: boolean;
  invalid?: boolean;
  describedBy?: string;
  onBlur?: () => void;
};

const PROPERTY_NAME = /^[A-Za-z0-9_.-]{1,200}$/;

function sourceLabel(source: PickedSource, earlierOutputs: Props["earlierOutputs"], actionName?: Props["actionName"]): string {
  if (source.type === "PROPERTY") return source.property;
  // The value's own name first: a narrow picker cuts the end off.
  if (source.type === "TRIGGER") return `${source.path} (webhook trigger)`;
  // Never the action's id: an action that is not earlier (deleted, or running later) by its name, if it still has one.
  const action = earlierOutputs.find((a) => a.actionId === source.actionId);
  return `${source.output} (output of ${action?.actionName ?? actionName?.(source.actionId) ?? "a removed action"})`;
}

function samplePreview(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** A searchable list of the record's properties and earlier actions' outputs, in a popover. */
export function PropertyPicker({
  value,
  onChange,
  label,
  properties,
  objectLabel,
  earlierOutputs,
  actionName,
  webhookTrigger,
  invalid,
  describedBy,
  onBlur,
}: Props) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const listRef = useRef<HTMLDivElement>(null);
  const term = search.trim().toLowerCase();

  const propertyNames = useMemo(() => {
    const names = properties.data ?? [];
    return term ? names.filter((name) => name.toLowerCase().includes(term)) : names;
  }, [properties.data, term]);
  const outputGroups = earlierOutputs
    .map((action) => ({
      ...action,
      outputs: action.outputs.filter((o) => !term || o.name.toLowerCase().includes(term) || action.actionName.toLowerCase().includes(term)),
    }))
    .filter((action) => action.outputs.length > 0);
  // Properties set on other records but missing from the sample can still be typed in.
  const canUseTyped = term && PROPERTY_NAME.test(search.trim()) && !(properties.data ?? []).includes(search.trim());
  const triggerPath = search.trim();
  // The sample event's fields (from the trigger panel's "Use as sample"), picked instead of typed.
  const sample = useTriggerSample();
  const samplePaths = useMemo(() => (webhookTrigger && sample !== undefined ? leafPaths(sample) : []), [webhookTrigger, sample]);
  const shownSamplePaths = term ? samplePaths.filter((leaf) => leaf.path.toLowerCase().includes(term)) : samplePaths;
  const canUseTrigger =
    webhookTrigger && /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(triggerPath) && !samplePaths.some((leaf) => leaf.path === triggerPath);
  const empty = value.type === "PROPERTY" && value.property === "";

  const choose = (source: PickedSource) => {
    onChange(source);
    setOpen(false);
    setSearch("");
  };

  // Arrow keys move between the options (Tab works too).
  const onListKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const options = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-option]") ?? []);
    if (options.length === 0) return;
    event.preventDefault();
    const index = options.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === "ArrowDown" ? Math.min(index + 1, options.length - 1) : Math.max(index - 1, 0);
    options[index === -1 ? 0 : next].focus();
  };

  const isSelected = (source: PickedSource) => JSON.stringify(source) === JSON.stringify(value);

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        className={empty ? `input ${styles.trigger} ${styles.empty}` : `input ${styles.trigger}`}
        aria-label={`${label}: ${empty ? "Choose a property" : sourceLabel(value, earlierOutputs, actionName)}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onBlur={onBlur}
      >
        <span className={styles.value}>{empty ? "Choose a property" : sourceLabel(value, earlierOutputs, actionName)}</span>
        <ChevronDown aria-hidden size={16} className={styles.chevron} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.popover} align="start" sideOffset={4} collisionPadding={12} aria-label={label}>
          <div className={styles.search}>
            <Search aria-hidden size={16} />
            <input
              className={styles.searchInput}
              aria-label="Search properties"
              placeholder="Search properties"
              value={search}
              // biome-ignore lint/a11y/noAutofocus: the popover was just opened to search; focus belongs in its search box (Radix returns it to the trigger on close).
              autoFocus
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "ArrowDown") onListKeyDown(event);
                if (event.key === "Enter") {
                  event.preventDefault();
                  listRef.current?.querySelector<HTMLButtonElement>("button[data-option]")?.click();
                }
              }}
            />
          </div>
          {/* The short, specific lists first (the event's fields, earlier outputs); the record's many properties last. */}
          {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the option buttons inside; the list itself is not a control and takes no focus. */}
          <div className={styles.list} ref={listRef} onKeyDown={onListKeyDown}>
            {webhookTrigger && (
              // biome-ignore lint/a11y/useSemanticElements: a labelled group of option buttons in a popover, not form fields; a fieldset's legend and border do not fit.
              <div role="group" aria-label="Webhook trigger">
                <p className={styles.groupTitle} aria-hidden>
                  Webhook trigger
                </p>
                {shownSamplePaths.map((leaf) => {
                  const source: PickedSource = { type: "TRIGGER", path: leaf.path };
                  return (
                    <button
                      type="button"
                      key={leaf.path}
                      data-option
                      className={styles.option}
                      aria-pressed={isSelected(source)}
                      onClick={() => choose(source)}
                    >
                      <span>{leaf.path}</span>
                      <span className={styles.optionMeta} aria-hidden>
                        {samplePreview(leaf.value)}
                      </span>
                    </button>
                  );
                })}
                {canUseTrigger ? (
                  <button
                    type="button"
                    data-option
                    className={styles.option}
                    onClick={() => choose({ type: "TRIGGER", path: triggerPath })}
                  >
                    <span>
                      Use payload field <strong>{triggerPath}</strong>
                    </span>
                  </button>
                ) : (
                  shownSamplePaths.length === 0 && (
                    <p className={styles.note}>
                      {samplePaths.length ? "No matching sample fields; type" : "Type"} a field of the incoming payload, e.g. order.id.
                    </p>
                  )
                )}
              </div>
            )}
            {outputGroups.map((action) => (
              // biome-ignore lint/a11y/useSemanticElements: a labelled group of option buttons in a popover, not form fields; a fieldset's legend and border do not fit.
              <div role="group" key={action.actionId} aria-label={`Outputs of ${action.actionName}`}>
                <p className={styles.groupTitle} aria-hidden>
                  Outputs of {action.actionName}
                </p>
                {action.outputs.map((output) => {
                  const source: PickedSource = { type: "OUTPUT", actionId: action.actionId, output: output.name };
                  return (
                    <button
                      type="button"
                      key={output.name}
                      data-option
                      className={styles.option}
                      aria-pressed={isSelected(source)}
                      onClick={() => choose(source)}
                    >
                      <span>{output.name}</span>
                      <span className={styles.optionMeta}>{output.type.toLowerCase()}</span>
                    </button>
                  );
                })}
              </div>
            ))}
            {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of option buttons in a popover, not form fields; a fieldset's legend and border do not fit. */}
            <div role="group" aria-label={`${objectLabel} properties`}>
              <p className={styles.groupTitle} aria-hidden>
                {objectLabel} properties
              </p>
              {properties.isPending && <p className={styles.note}>Loading properties…</p>}
              {properties.isError && <p className={styles.note}>Could not load the properties; type a property name to use it.</p>}
              {properties.data && propertyNames.length === 0 && !canUseTyped && <p className={styles.note}>No matching properties.</p>}
              {propertyNames.map((name) => {
                const source: PickedSource = { type: "PROPERTY", property: name };
                return (
                  <button
                    type="button"
                    key={name}
                    data-option
                    className={styles.option}
                    aria-pressed={isSelected(source)}
                    onClick={() => choose(source)}
                  >
                    <span>{name}</span>
                    {isSelected(source) && <Check aria-hidden size={14} />}
                  </button>
                );
              })}
              {canUseTyped && (
                <button
                  type="button"
                  data-option
                  className={styles.option}
                  onClick={() => choose({ type: "PROPERTY", property: search.trim() })}
                >
                  <span>
                    Use property <strong>{search.trim()}</strong>
                  </span>
                </button>
              )}
            </div>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
