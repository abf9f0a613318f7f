"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SchemaForm } from "@/components/ui/schema-form";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { createAppSchema, type AppWithSecret } from "@/lib/apps/app-schemas";
import { appsApi } from "@/lib/client/apps-api";
import { queryKeys } from "@/lib/client/query-keys";

export function CreateAppDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (app: AppWithSecret) => void;
}) {
  const t = useTranslations("settings.apps.createDialog");
  const common = useTranslations("settings.common");
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const form = useSchemaForm({
    schema: createAppSchema,
    mutationFn: appsApi.create,
    // Drop the finished mutation (its variables or result hold the secret) from the cache at once.
    gcTime: 0,
    onSuccess: (app) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.apps });
      close(false);
      onCreated(app);
    },
    detailsMessage: common("fixField"),
  });

  function close(next: boolean) {
    if (!next) {
      setName("");
      // The mutation result holds the secret; do not keep it around.
      form.reset();
    }
    onOpenChange(next);
  }

  return (
    <ModalDialog open={open} onOpenChange={close} dismissible={!form.isPending} title={t("title")} description={t("description")}>
      <SchemaForm form={form} onSubmit={(event) => form.submit(event, { name })} onCancel={() => close(false)} submitLabel={t("submit")}>
        <TextField
          label={t("name")}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
          placeholder={t("namePlaceholder")}
          maxLength={100}
          autoComplete="off"
          autoFocus
        />
      </SchemaForm>
    </ModalDialog>
  );
}
