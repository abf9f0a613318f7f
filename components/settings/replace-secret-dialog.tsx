"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";
import { replaceSecretSchema } from "@/lib/secrets/secret-schemas";
import { SecretValueField } from "./secret-value-field";

/** Rotation: a new value under the same name, so the workflows that use the secret send it from now on. */
export function ReplaceSecretDialog({
  secret,
  onClose,
  onReplaced,
}: {
  secret: { name: string; usedBy: { name: string }[] } | null;
  onClose: () => void;
  onReplaced: (name: string) => void;
}) {
  const t = useTranslations("settings.secrets.replaceDialog");
  const common = useTranslations("settings.common");
  const queryClient = useQueryClient();
  const [value, setValue] = useState("");
  const name = secret?.name ?? "";
  const form = useSchemaForm({
    schema: replaceSecretSchema,
    mutationFn: (input) => secretsApi.replace(name, input),
    // As when adding: the value must not stay in the mutation cache.
    gcTime: 0,
    onSuccess: (replaced) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.secrets });
      close(false);
      onReplaced(replaced.name);
    },
    detailsMessage: common("fixField"),
  });

  function close(next: boolean) {
    if (!next) {
      setValue("");
      form.reset();
      onClose();
    }
  }

  const users = secret?.usedBy ?? [];
  return (
    <ModalDialog
      open={secret !== null}
      onOpenChange={close}
      dismissible={!form.isPending}
      title={t("title", { name })}
      description={users.length > 0 ? t("descriptionUsed", { names: users.map((w) => w.name).join(", ") }) : t("descriptionUnused")}
    >
      <SchemaForm
        form={form}
        onSubmit={(event) => form.submit(event, { value })}
        onCancel={() => close(false)}
        submitLabel={t("submit")}
        autoComplete="off"
      >
        <SecretValueField label={t("newValue")} value={value} onChange={setValue} error={form.errors.value} autoFocus />
      </SchemaForm>
    </ModalDialog>
  );
}
