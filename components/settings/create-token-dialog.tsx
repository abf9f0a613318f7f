"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { useGrantableRoles } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { newApiTokenSchema } from "@/lib/auth/account-schemas";
import { type Role, roleName } from "@/lib/auth/roles";
import { accountsApi, type CreatedToken } from "@/lib/client/accounts-api";
import { formatDateTime } from "@/lib/client/format";
import { OneTimeValue } from "./one-time-value";
import styles from "./create-token-dialog.module.css";
import { queryKeys } from "@/lib/client/query-keys";

// The server's rules (newApiTokenSchema), with the days field's text made a number first, or
// nothing when empty; the server checks again and its messages land next to the fields.
const tokenFormSchema = newApiTokenSchema.extend({
  expiresInDays: z
    .string()
    .trim()
    .transform((days) => (days === "" ? undefined : Number(days)))
    .pipe(z.number("Enter a whole number of days, or leave it empty.").optional())
    .pipe(newApiTokenSchema.shape.expiresInDays),
});

/** Create an API token: a name, a role no higher than mine, an optional lifetime; the value is shown here once. */
export function CreateTokenDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const roles = useGrantableRoles();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("EDITOR");
  const [days, setDays] = useState("");
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const form = useSchemaForm({
    schema: tokenFormSchema,
    mutationFn: accountsApi.createToken,
    // The result holds the token's value; it lives in this dialog's state only.
    gcTime: 0,
    onSuccess: (token) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
      setCreated(token);
    },
    detailsMessage: "Fix the highlighted fields and try again.",
  });

  function close(next: boolean) {
    if (!next) {
      setName("");
      setRole("EDITOR");
      setDays("");
      setCreated(null);
      form.reset();
    }
    onOpenChange(next);
  }

  const origin = typeof window === "undefined" ? "" : window.location.origin;

  return (
    <ModalDialog
      open={open}
      onOpenChange={close}
      dismissible={!form.isPending}
      width="md"
      title={created ? "API token created" : "Create API token"}
      description={
        created
          ? `${created.name} acts as ${roleName(created.role)} on every /api route, ${created.expiresAt ? `until ${formatDateTime(created.expiresAt)}` : "until you revoke it"}.`
          : "Scripts and other systems call the Hookflow API with a token instead of a password. It acts with the role you give it (never above yours), and stops at once when revoked."
      }
    >
      {created ? (
        <div className="form">
          <OneTimeValue
            id="api-token-value"
            label="Token"
            value={created.token}
            warning={
              <>
                Copy the token now and keep it where your script reads its secrets. <strong>It will not be shown again.</strong> If you lose
                it, revoke it and create another.
              </>
            }
          />
          <div className="field">
            <span className="field-label">Use it like this</span>
            <code className={styles.usage}>
              curl -H &quot;Authorization: Bearer {created.token}&quot; {origin}/api/workflows
            </code>
          </div>
          <div className="dialog-footer">
            <Button variant="primary" onClick={() => close(false)}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <SchemaForm
          form={form}
          onSubmit={(event) => form.submit(event, { name, role, expiresInDays: days })}
          onCancel={() => close(false)}
          submitLabel="Create token"
          autoComplete="off"
        >
          <TextField
            label="Name"
            name="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.errors.name}
            hint="What uses it, so you know which to revoke later."
            placeholder="CRM sync"
            maxLength={100}
            autoFocus
          />
          <SelectField
            label="Role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            error={form.errors.role}
            options={roles.map((value) => ({ value, label: roleName(value) }))}
            hint="Give it the lowest role that does the job: Viewer to read, Editor to enroll records and change workflows."
          />
          <TextField
            label="Expires in days (optional)"
            name="expires-in-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            error={form.errors.expiresInDays}
            hint="1 to 3650. Leave it empty for a token that works until revoked."
          />
        </SchemaForm>
      )}
    </ModalDialog>
  );
}
