"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { TextField } from "@/components/ui/text-field";
import { createAppSchema, type AppWithSecret } from "@/lib/apps/app-schemas";
import { ApiError, errorMessage } from "@/lib/client/api-fetch";
import { appsApi } from "@/lib/client/apps-api";
import { fieldErrors, type FieldErrors } from "@/lib/client/field-errors";
import { queryKeys } from "@/lib/client/query-keys";

export function CreateAppDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: (app: AppWithSecret) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: appsApi.create,
    // Drop the finished mutation (its variables or result hold the secret) from the cache at once.
    gcTime: 0,
    onSuccess: (app) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.apps });
      close(false);
      onCreated(app);
    },
    onError: (error) => {
      setErrors(fieldErrors(error));
      setFormError(error instanceof ApiError && error.details.length ? "Fix the highlighted field and try again." : errorMessage(error));
    },
  });

  function close(next: boolean) {
    if (!next) {
      setName("");
      setErrors({});
      setFormError(null);
      // The mutation result holds the secret; do not keep it around.
      create.reset();
    }
    onOpenChange(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createAppSchema.safeParse({ name });
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
      title="Create app"
      description="An app's client secret signs webhook requests (X-HubSpot-Signature v2 and v3), so receivers can check they came from Hookflow."
    >
      <form onSubmit={submit} noValidate className="form">
        {formError && <FormError message={formError} />}
        <TextField
          label="App name"
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          placeholder="e.g. Billing integration"
          maxLength={100}
          autoComplete="off"
          autoFocus
        />
        <div className="dialog-footer">
          <Button onClick={() => close(false)} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            Create app
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
