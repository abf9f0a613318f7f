"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SchemaForm } from "@/components/ui/schema-form";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import type { ObjectType } from "@/lib/crm/object-types";
import { createWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { useObjectTypeOptions } from "./object-type-options";

export function CreateWorkflowDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("workflows.create");
  const objectTypeOptions = useObjectTypeOptions();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [objectType, setObjectType] = useState<ObjectType>("contact");
  const form = useSchemaForm({
    schema: createWorkflowSchema,
    mutationFn: workflowsApi.create,
    onSuccess: (workflow) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
      queryClient.setQueryData(queryKeys.workflow(workflow.id), workflow);
      close(false);
    },
    detailsMessage: t("fixFields"),
  });

  function close(next: boolean) {
    if (!next) {
      setName("");
      setObjectType("contact");
      form.reset();
    }
    onOpenChange(next);
  }

  return (
    <ModalDialog open={open} onOpenChange={close} dismissible={!form.isPending} title={t("title")} description={t("description")}>
      <SchemaForm
        form={form}
        onSubmit={(event) => form.submit(event, { name, objectType })}
        onCancel={() => close(false)}
        submitLabel={t("submit")}
      >
        <TextField
          label={t("name")}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
          placeholder={t("namePlaceholder")}
          maxLength={200}
          autoComplete="off"
          autoFocus
        />
        <SelectField
          label={t("objectType")}
          name="objectType"
          value={objectType}
          onChange={(e) => setObjectType(e.target.value as ObjectType)}
          options={objectTypeOptions}
          error={form.errors.objectType}
          hint={t("objectTypeHint")}
        />
      </SchemaForm>
    </ModalDialog>
  );
}
