"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { z } from "zod";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { useGrantableRoles } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { SchemaForm } from "@/components/ui/schema-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { newApiTokenSchema } from "@/lib/auth/account-schemas";
import type { Role } from "@/lib/auth/roles";
import { accountsApi, type CreatedToken } from "@/lib/client/accounts-api";
import { useFormat } from "@/lib/client/use-format";
import { OneTimeValue } from "./one-time-value";
import styles from "./create-token-dialog.module.css";
import { queryKeys } from "@/lib/client/query-keys";

// The server's rules (newApiTokenSchema), with the days field's text made a number first, or
// nothing when empty; the server checks again and its messages land next to the fields.
function tokenFormSchema(wholeDays: string) {
  return newApiTokenSchema.extend({
    expiresInDays: z
      .string()
      .trim()
      .transform((days) => (days === "" ? undefined : Number(days)))
      .pipe(z.number(wholeDays).optional())
      .pipe(newApiTokenSchema.shape.expiresInDays),
  });
}

/** Create an API token: a name, a role no higher than mine, an optional lifetime; the value is shown here once. */
export function CreateTokenDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("settings.tokens.createDialog");
  const common = useTranslations("settings.common");
  const format = useFormat();
  const roleName = useRoleName();
  const wholeDays = t("wholeDays");
  const schema = useMemo(() => tokenFormSchema(wholeDays), [wholeDays]);
  const queryClient = useQueryClient();
  const roles = useGrantableRoles();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("EDITOR");
  const [days, setDays] = useState("");
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const form = useSchemaForm({
    schema,
    mutationFn: accountsApi.createToken,
    // The result holds the token's value; it lives in this dialog's state only.
    gcTime: 0,
    onSuccess: (token) => {
      queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
      setCreated(token);
    },
    detailsMessage: common("fixFields"),
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
      title={created ? t("createdTitle") : t("title")}
      description={
        created
          ? t("createdDescription", {
              name: created.name,
              role: roleName(created.role),
              expires: created.expiresAt ? "yes" : "no",
              date: created.expiresAt ? format.dateTime(created.expiresAt) : "",
            })
          : t("description")
      }
    >
      {created ? (
        <div className="form">
          <OneTimeValue
            id="api-token-value"
            label={t("token")}
            value={created.token}
            warning={t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}
          />
          <div className="field">
            <span className="field-label">{t("usage")}</span>
            <code className={styles.usage}>{t("usageCommand", { token: created.token, url: `${origin}/api/workflows` })}</code>
          </div>
          <div className="dialog-footer">
            <Button variant="primary" onClick={() => close(false)}>
              {t("done")}
            </Button>
          </div>
        </div>
      ) : (
        <SchemaForm
          form={form}
          onSubmit={(event) => form.submit(event, { name, role, expiresInDays: days })}
          onCancel={() => close(false)}
          submitLabel={t("submit")}
          autoComplete="off"
        >
          <TextField
            label={t("name")}
            name="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.errors.name}
            hint={t("nameHint")}
            placeholder={t("namePlaceholder")}
            maxLength={100}
            autoFocus
          />
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
            label={t("expiresInDays")}
            name="expires-in-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            error={form.errors.expiresInDays}
            hint={t("expiresHint")}
          />
        </SchemaForm>
      )}
    </ModalDialog>
  );
}
