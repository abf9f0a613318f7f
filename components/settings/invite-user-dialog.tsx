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
import { newInvitationSchema } from "@/lib/auth/account-schemas";
import { type Role, roleName } from "@/lib/auth/roles";
import { accountsApi, type CreatedInvitation } from "@/lib/client/accounts-api";
import { formatDateTime } from "@/lib/client/format";
import { OneTimeValue } from "./one-time-value";
import { queryKeys } from "@/lib/client/query-keys";

// The server's rules (newInvitationSchema), where an empty email field means "anyone with the link".
const inviteFormSchema = newInvitationSchema.extend({
  email: z
    .string()
    .trim()
    .transform((email) => email || undefined)
    .pipe(newInvitationSchema.shape.email),
});

/**
 * Invite someone: a role (none above the inviter's) and, optionally, the email the account must
 * use. The answer's link is shown here once; closing the dialog forgets it.
 */
export function InviteUserDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const roles = useGrantableRoles();
  const [role, setRole] = useState<Role>("EDITOR");
  const [email, setEmail] = useState("");
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useSchemaForm({
    schema: inviteFormSchema,
    mutationFn: accountsApi.invite,
    // The result holds the link; it lives in this dialog's state only.
    gcTime: 0,
    onSuccess: (invitation) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.users });
      setCreated(invitation);
    },
    detailsMessage: "Fix the highlighted field and try again.",
  });

  function close(next: boolean) {
    if (!next) {
      setRole("EDITOR");
      setEmail("");
      setCreated(null);
      form.reset();
    }
    onOpenChange(next);
  }

  return (
    <ModalDialog
      open={open}
      onOpenChange={close}
      dismissible={!form.isPending}
      width="md"
      title={created ? "Invitation link created" : "Invite user"}
      description={
        created
          ? `Send this link to the person you invite, as ${roleName(created.role)}${created.email ? ` with the email ${created.email}` : ""}. It works once.`
          : "Hookflow sends no email: you get a one-time link to pass on. It is valid for 7 days and works once."
      }
    >
      {created ? (
        <div className="form">
          <OneTimeValue
            id="invitation-link"
            label="Invitation link"
            value={created.url}
            warning={
              <>
                Copy the link now. <strong>It will not be shown again.</strong> Valid until {formatDateTime(created.expiresAt)}; withdraw it
                from the list of open invitations if it goes to the wrong person.
              </>
            }
          />
          <div className="dialog-footer">
            <Button variant="primary" onClick={() => close(false)}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <SchemaForm
          form={form}
          onSubmit={(event) => form.submit(event, { role, email })}
          onCancel={() => close(false)}
          submitLabel="Create link"
        >
          <SelectField
            label="Role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            error={form.errors.role}
            options={roles.map((value) => ({ value, label: roleName(value) }))}
            hint="Viewers read; Editors build, test and run workflows; Admins also manage users, apps, secrets and tokens."
          />
          <TextField
            label="Email (optional)"
            name="email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.errors.email}
            hint="When set, the account must use this address. Leave it empty to let the person enter their own."
            maxLength={320}
            autoComplete="off"
          />
        </SchemaForm>
      )}
    </ModalDialog>
  );
}
