"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { TextField } from "@/components/ui/text-field";
import { ApiError, errorMessage } from "@/lib/client/api-fetch";
import { fieldErrors, type FieldErrors } from "@/lib/client/field-errors";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { workflowNameSchema, type WorkflowSummary } from "@/lib/workflows/workflow-schema";

type Target = Pick<WorkflowSummary, "id" | "name" | "revision">;

export function RenameWorkflowDialog({ workflow, onClose }: { workflow: Target | null; onClose: () => void }) {
  return (
    <ModalDialog open={workflow !== null} onOpenChange={(open) => !open && onClose()} title="Rename workflow">
      {/* Keyed so each opening starts from that workflow's current name. */}
      {workflow && <RenameForm key={workflow.id} workflow={workflow} onClose={onClose} />}
    </ModalDialog>
  );
}

function RenameForm({ workflow, onClose }: { workflow: Target; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(workflow.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const rename = useMutation({
    mutationFn: (newName: string) => workflowsApi.update(workflow.id, { revision: workflow.revision, name: newName }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.workflow(updated.id), updated);
      queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "REVISION_CONFLICT") {
        // Someone saved the workflow meanwhile: reload so the next try uses the new revision.
        queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
        setFormError("This workflow was changed by someone else while you were editing. Close this dialog and try the rename again.");
        return;
      }
      setErrors(fieldErrors(error));
      setFormError(errorMessage(error));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = workflowNameSchema.safeParse(name);
    if (!parsed.success) {
      setErrors({ name: fieldErrors(parsed.error)._ ?? "Enter a name." });
      return;
    }
    setErrors({});
    setFormError(null);
    if (parsed.data === workflow.name) {
      onClose();
      return;
    }
    rename.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      {formError && <FormError message={formError} />}
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        maxLength={200}
        autoComplete="off"
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog-footer">
        <Button onClick={onClose} disabled={rename.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={rename.isPending}>
          Save name
        </Button>
      </div>
    </form>
  );
}
