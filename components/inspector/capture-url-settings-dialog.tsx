"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { queryKeys } from "@/lib/client/query-keys";
import { inspectorApi, type CaptureUrl } from "@/lib/client/inspector-api";
import { captureUrlSettingsSchema, type CaptureUrlSettingsInput } from "@/lib/inspector/inspector-schemas";
import styles from "./inspector.module.css";

const CONTENT_TYPES = ["application/json", "text/plain", "application/xml", "text/html"];

type Props = { captureUrl: CaptureUrl; open: boolean; onOpenChange: (open: boolean) => void; onSaved: () => void };

/** Name a capture URL and choose what it answers: a status and, optionally, a body of your own. */
export function CaptureUrlSettingsDialog({ captureUrl, open, onOpenChange, onSaved }: Props) {
  const queryClient = useQueryClient();
  // Mounted per opening (see CaptureUrlView), so it starts from the saved values each time.
  const [values, setValues] = useState({
    name: captureUrl.name,
    status: String(captureUrl.response.status),
    contentType: captureUrl.response.contentType,
    body: captureUrl.response.body,
  });
  const form = useSchemaForm({
    schema: captureUrlSettingsSchema,
    mutationFn: ({ name, ...response }: CaptureUrlSettingsInput) => inspectorApi.update(captureUrl.id, { name, response }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: queryKeys.inspector, exact: true });
      close(false);
      onSaved();
    },
    detailsMessage: "Fix the highlighted fields and try again.",
  });

  function close(next: boolean) {
    if (!next) form.reset();
    onOpenChange(next);
  }
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  return (
    <ModalDialog
      open={open}
      onOpenChange={close}
      dismissible={!form.isPending}
      width="md"
      title="Capture URL settings"
      description="What the capture URL answers to every request. A Send a webhook action sees this answer, so you can try outputs, failures and retries."
    >
      <SchemaForm
        form={form}
        onSubmit={(event) => form.submit(event, { ...values, status: values.status.trim() === "" ? Number.NaN : Number(values.status) })}
        onCancel={() => close(false)}
        submitLabel="Save"
      >
        <TextField label="Name" value={values.name} onChange={set("name")} error={form.errors.name} maxLength={80} autoFocus />
        <div className={styles.responseRow}>
          <TextField
            label="Status"
            inputMode="numeric"
            value={values.status}
            onChange={set("status")}
            error={form.errors.status}
            hint="200–299 succeed; 429 and 5xx are retried; other codes fail the step."
          />
          <TextField
            label="Content type"
            list="inspector-content-types"
            value={values.contentType}
            onChange={set("contentType")}
            error={form.errors.contentType}
            spellCheck={false}
          />
          <datalist id="inspector-content-types">
            {CONTENT_TYPES.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </div>
        <Field
          label="Body"
          error={form.errors.body}
          hint={
            <>
              Leave empty to answer with a JSON receipt: <code className="mono">{'{"ok":true,"captureId":12,"method":"POST",…}'}</code>.
              Fields of a JSON body can be picked as outputs after a Test.
            </>
          }
        >
          {(control) => (
            <textarea
              {...control}
              className={`input mono ${styles.bodyInput}`}
              rows={8}
              value={values.body}
              onChange={set("body")}
              spellCheck={false}
              placeholder='{"plan": "pro", "seats": 5}'
            />
          )}
        </Field>
      </SchemaForm>
    </ModalDialog>
  );
}
