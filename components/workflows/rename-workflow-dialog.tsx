"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { SchemaForm } from "@/components/ui/schema-form";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { workflowNameSchema, type WorkflowSummary } from "@/lib/workflows/workflow-schema";

type Target = Pick<WorkflowSummary, "id" | "name" | "revision">;

const renameSchema = z.object({ name: workflowNameSchema });

export function RenameWorkflowDialog({ workflow, onClose }: { workflow: Target | null; onClose: () => void }) {
  const t = useTranslations("workflows.rename");
  return (
    <ModalDialog open={workflow !== null} onOpenChange={(open) => !open && onClose()} title={t("title")}>
      {/* Keyed so each opening starts from that workflow's current name. */}
      {workflow && <RenameForm key={workflow.id} workflow={workflow} onClose={onClose} />}
    </ModalDialog>
  );
}

function RenameForm({ workflow, onClose }: { workflow: Target; onClose: () => void }) {
  const t = useTranslations("workflows.rename");
  const queryClient = useQueryClient();
  const [name, setName] = useState(workflow.name);
  const form = useSchemaForm({
    schema: renameSchema,
    mutationFn: ({ name: newName }) => workflowsApi.update(workflow.id, { revision: workflow.revision, name: newName }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.workflow(updated.id), updated);
      queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiRequestError && error.code === "REVISION_CONFLICT")) return undefined;
      // Someone saved the workflow meanwhile: reload so the next try uses the new revision.
      queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
      return { formError: t("conflict") };
    },
    // An unchanged name needs no request.
    onValid: (data) => {
      if (data.name !== workflow.name) return true;
      onClose();
      return false;
    },
    // A message from the last try (a conflict asks to close the dialog) stays when the name is refused.
    keepFormErrorOnInvalid: true,
  });

  return (
    <SchemaForm form={form} onSubmit={(event) => form.submit(event, { name })} onCancel={onClose} submitLabel={t("submit")}>
      <TextField
        label={t("name")}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={form.errors.name}
        maxLength={200}
        autoComplete="off"
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
      />
    </SchemaForm>
  );
}
