"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("settings.secrets.addDialog");
  const common = useTranslations("settings.common");
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
            errors: { name: t("conflict", { name: name.trim() }) },
            formError: null,
          }
        : undefined,
    detailsMessage: common("fixFields"),
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
    <ModalDialog open={open} onOpenChange={close} dismissible={!form.isPending} title={t("title")} description={t("description")}>
      <SchemaForm
        form={form}
        onSubmit={(event) => form.submit(event, { name, value })}
        onCancel={() => close(false)}
        submitLabel={t("submit")}
        autoComplete="off"
      >
        <TextField
          label={t("name")}
          name="secret-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
          hint={t("nameHint")}
          placeholder={t("namePlaceholder")}
          maxLength={64}
          spellCheck={false}
          autoFocus
        />
        <SecretValueField value={value} onChange={setValue} error={form.errors.value} />
      </SchemaForm>
    </ModalDialog>
  );
}
