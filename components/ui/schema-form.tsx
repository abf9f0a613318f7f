"use client";

import { useTranslations } from "next-intl";
import type { FormEvent, ReactNode } from "react";
import { Button } from "./button";
import { FormError } from "./form-error";

type Props = {
  /** What useSchemaForm returns (only the parts the form shows). */
  form: { formError: string | null; isPending: boolean };
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  submitLabel: string;
  autoComplete?: "off";
  children: ReactNode;
};

/** A dialog's form: the form-level error, the fields, then Cancel and the submit button. */
export function SchemaForm({ form, onSubmit, onCancel, submitLabel, autoComplete, children }: Props) {
  const t = useTranslations("ui");
  return (
    <form onSubmit={onSubmit} noValidate className="form" autoComplete={autoComplete}>
      {form.formError && <FormError message={form.formError} />}
      {children}
      <div className="dialog-footer">
        <Button onClick={onCancel} disabled={form.isPending}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant="primary" loading={form.isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
