import type { InputHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> &
  Omit<FieldProps, "children"> & {
    ref?: React.Ref<HTMLInputElement>;
  };

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} className="input" {...input} />}
    </Field>
  );
}
