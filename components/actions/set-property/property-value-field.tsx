"use client";

import { useTimeZone, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/client/format";
import type { PropertyDefinition } from "@/lib/crm/property-definitions";

type Props = {
  /** The property being set; undefined while none is chosen (or it does not exist). */
  definition: PropertyDefinition | undefined;
  value: string;
  error?: string;
  onChange: (value: string) => void;
};

/** A fixed value for a property, with the control its type calls for: options as a select, a date picker, a number. */
export function PropertyValueField({ definition, value, error, onChange }: Props) {
  const t = useTranslations("actions.setProperty");
  // The user's time zone (their setting, else the browser's), as every date on the pages uses.
  const timeZone = useTimeZone() ?? "UTC";
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
          hint={t("timeZone", { zone: timeZone })}
          value={toZonedInputValue(value, timeZone)}
          error={error}
          // The input's wall-clock time in the user's zone as an instant, so the workflow sets the same moment wherever it runs.
          onChange={(event) => onChange(event.target.value ? fromZonedInputValue(event.target.value, timeZone) : "")}
        />
      );
    case "number":
      return <TextField label={label} inputMode="decimal" value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
    default:
      return <TextField label={label} value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
  }
}
