"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { SchemaForm } from "@/components/ui/schema-form";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";
import { createSecretSchema } from "@/lib/secrets/secret-schemas";
import { SecretValueField } from "./secret-value-field";

export function AddSecretDialog({
  open,
  onOpenChange,
  onAdded,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAdded?: (name: string) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const form = useSchemaForm({
    schema: createSecretSchema,
    mutationFn: secretsApi.create,
    // Drop the finished mutation (its variables or result hold the secret) from the cache at once.
    gcTime: 0,
    onSuccess: (secret) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.secrets });
      close(false);
      onAdded?.(secret.name);
    },
    onError: (error) =>
      error instanceof ApiRequestError && error.code === "CONFLICT"
        ? {
            errors: { name: `A secret named “${name.trim()}” already exists. Choose another name, or delete the old secret first.` },
            formError: null,
          }
        : undefined,
    detailsMessage: "Fix the highlighted fields and try again.",
  });

  function close(next: boolean) {
    if (!next) {
      // The value must not outlive the dialog: not in state, not in the mutation's remembered variables.
      setName("");
      setValue("");
      form.reset();
    }
    onOpenChange(next);
  }

  return (
    <ModalDialog
      open={open}
      onOpenChange={close}
      dismissible={!form.isPending}
      title="Add secret"
      description="Secrets are encrypted at rest and never shown again, not even to you. Use them as API keys in Send a webhook actions."
    >
      <SchemaForm
        form={form}
        onSubmit={(event) => form.submit(event, { name, value })}
        onCancel={() => close(false)}
        submitLabel="Save secret"
        autoComplete="off"
      >
        <TextField
          label="Name"
          name="secret-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
          hint="Start with a letter; then letters, digits and underscores only (up to 64). For example BILLING_API_KEY."
          placeholder="BILLING_API_KEY"
          maxLength={64}
          spellCheck={false}
          autoFocus
        />
        <SecretValueField value={value} onChange={setValue} error={form.errors.value} />
      </SchemaForm>
    </ModalDialog>
  );
}
