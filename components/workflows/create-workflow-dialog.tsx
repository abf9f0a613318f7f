"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ApiError, errorMessage } from "@/lib/client/api-fetch";
import { fieldErrors, type FieldErrors } from "@/lib/client/field-errors";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import type { ObjectType } from "@/lib/crm/object-types";
import { createWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { objectTypeOptions } from "./object-type-options";

export function CreateWorkflowDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [objectType, setObjectType] = useState<ObjectType>("contact");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: workflowsApi.create,
    onSuccess: (workflow) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
      queryClient.setQueryData(queryKeys.workflow(workflow.id), workflow);
      close(false);
    },
    onError: (error) => {
      setErrors(fieldErrors(error));
      setFormError(error instanceof ApiError && error.details.length ? "Fix the highlighted fields and try again." : errorMessage(error));
    },
  });

  function close(next: boolean) {
    if (!next) {
      setName("");
      setObjectType("contact");
      setErrors({});
      setFormError(null);
      create.reset();
    }
    onOpenChange(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createWorkflowSchema.safeParse({ name, objectType });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    create.mutate(parsed.data);
  }

  return (
    <ModalDialog
      open={open}
      onOpenChange={close}
      dismissible={!create.isPending}
      title="Create workflow"
      description="Pick the kind of record the workflow enrolls. You add actions such as Send a webhook next."
    >
      <form onSubmit={submit} noValidate className="form">
        {formError && <FormError message={formError} />}
        <TextField
          label="Name"
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          placeholder="e.g. Send new leads to the billing system"
          maxLength={200}
          autoComplete="off"
          autoFocus
        />
        <SelectField
          label="Object type"
          name="objectType"
          value={objectType}
          onChange={(e) => setObjectType(e.target.value as ObjectType)}
          options={objectTypeOptions}
          error={errors.objectType}
          hint="Records of this type can be enrolled. It cannot be changed later."
        />
        <div className="dialog-footer">
          <Button onClick={() => close(false)} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            Create workflow
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
