import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { fieldErrors, type FieldErrors } from "@/lib/client/field-errors";
import { useIssueText } from "@/lib/client/issue-text";
import { useErrorText } from "@/lib/client/error-text";

/** What a form shows after a failure: messages next to fields, and one above them. */
type FormErrors = { errors: FieldErrors; formError: string | null };

type SchemaFormOptions<S extends z.ZodType, TData> = Omit<UseMutationOptions<TData, Error, z.output<S>>, "onError"> & {
  /** Checked before anything is sent; its issues show next to their fields. */
  schema: S;
  /** Shown above the form when the API rejects particular fields; without it, the API's own message is. */
  detailsMessage?: string;
  /** A form's own reading of a failed request (a conflict, say): what to show, keys left out stay as they are; undefined for the usual reading. */
  onError?: (error: Error) => Partial<FormErrors> | undefined;
  /** Runs once the values pass the schema; return false to send nothing. */
  onValid?: (data: z.output<S>) => boolean;
  /** Keep the form-level message when the values fail the schema (it speaks of the dialog, not of the values). */
  keepFormErrorOnInvalid?: boolean;
};

/**
 * A form that checks its values with a zod schema, then sends them with a mutation: field errors from the
 * schema or the API's `details`, a form-level message from the API, and a reset for when the dialog closes.
 */
export function useSchemaForm<S extends z.ZodType, TData>({
  schema,
  detailsMessage,
  onError,
  onValid,
  keepFormErrorOnInvalid = false,
  ...mutationOptions
}: SchemaFormOptions<S, TData>) {
  const errorText = useErrorText();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const issueText = useIssueText();

  const mutation = useMutation({
    ...mutationOptions,
    onError: (error) => {
      const shown = onError?.(error) ?? {
        errors: fieldErrors(error, issueText),
        formError: detailsMessage && error instanceof ApiRequestError && error.details.length ? detailsMessage : errorText(error),
      };
      if (shown.errors !== undefined) setErrors(shown.errors);
      if (shown.formError !== undefined) setFormError(shown.formError);
    },
  });

  function submit(event: FormEvent, values: z.input<S>) {
    event.preventDefault();
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, issueText));
      if (!keepFormErrorOnInvalid) setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    if (onValid && !onValid(parsed.data)) return;
    mutation.mutate(parsed.data);
  }

  /** Clears the messages and forgets the mutation (its variables and result), e.g. when the dialog closes. */
  function reset() {
    setErrors({});
    setFormError(null);
    mutation.reset();
  }

  return { errors, formError, submit, reset, isPending: mutation.isPending };
}
