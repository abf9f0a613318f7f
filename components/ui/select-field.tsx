import type { SelectHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field";

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> &
  Omit<FieldProps, "children"> & {
    options: readonly { value: string; label: string }[];
  };

/** A native select: keyboard, screen reader and autofill behaviour come for free. */
export function SelectField({ label, options, hint, error, className, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} className="input select" {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
