"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { useGrantableRoles } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { newInvitationSchema } from "@/lib/auth/account-schemas";
import type { Role } from "@/lib/auth/roles";
import { accountsApi, type CreatedInvitation } from "@/lib/client/accounts-api";
import { useFormat } from "@/lib/client/use-format";
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
  const t = useTranslations("settings.users.inviteDialog");
  const common = useTranslations("settings.common");
  const format = useFormat();
  const roleName = useRoleName();
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
    detailsMessage: common("fixField"),
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
      title={created ? t("createdTitle") : t("title")}
      description={
        created
          ? t("createdDescription", {
              role: roleName(created.role),
              hasEmail: created.email ? "yes" : "no",
              email: created.email ?? "",
            })
          : t("description")
      }
    >
      {created ? (
        <div className="form">
          <OneTimeValue
            id="invitation-link"
            label={t("link")}
            value={created.url}
            warning={t.rich("warning", {
              date: format.dateTime(created.expiresAt),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          />
          <div className="dialog-footer">
            <Button variant="primary" onClick={() => close(false)}>
              {t("done")}
            </Button>
          </div>
        </div>
      ) : (
        <SchemaForm
          form={form}
          onSubmit={(event) => form.submit(event, { role, email })}
          onCancel={() => close(false)}
          submitLabel={t("submit")}
        >
          <SelectField
            label={t("role")}
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            error={form.errors.role}
            options={roles.map((value) => ({ value, label: roleName(value) }))}
            hint={t("roleHint")}
          />
          <TextField
            label={t("email")}
            name="email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.errors.email}
            hint={t("emailHint")}
            maxLength={320}
            autoComplete="off"
          />
        </SchemaForm>
      )}
    </ModalDialog>
  );
}
