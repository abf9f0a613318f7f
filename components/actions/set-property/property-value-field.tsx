"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { PropertyDefinition } from "@/lib/crm/property-definitions";

type Props = {
  /** The property being set; undefined while none is chosen (or it does not exist). */
  definition: PropertyDefinition | undefined;
  value: string;
  error?: string;
  onChange: (value: string) => void;
};

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant ("2026-12-31T08:30:00.000Z", or milliseconds) as a datetime-local input shows it, in the browser's time zone. */
function localInputValue(value: string): string {
  const date = new Date(/^-?\d+$/.test(value) ? Number(value) : value);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A fixed value for a property, with the control its type calls for: options as a select, a date picker, a number. */
export function PropertyValueField({ definition, value, error, onChange }: Props) {
  const t = useTranslations("actions.setProperty");
  const label = t("value");
  switch (definition?.type) {
    case "enumeration":
    case "bool": {
      const options =
        definition.type === "bool"
          ? [
              { value: "true", label: t("yes") },
              { value: "false", label: t("no") },
            ]
          : (definition.options ?? []);
      return (
        <SelectField
          label={label}
          options={[{ value: "", label: t("clear") }, ...options]}
          value={value}
          error={error}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    }
    case "date":
      return <TextField label={label} type="date" value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
    case "datetime":
      return (
        <TextField
          label={label}
          type="datetime-local"
          hint={t("timeZone", { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
          value={localInputValue(value)}
          error={error}
          // The input's local time as an instant, so the workflow sets the same moment wherever it runs.
          onChange={(event) => onChange(event.target.value ? new Date(event.target.value).toISOString() : "")}
        />
      );
    case "number":
      return <TextField label={label} inputMode="decimal" value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
    default:
      return <TextField label={label} value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
  }
}
