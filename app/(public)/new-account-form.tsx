"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { newUserSchema } from "@/lib/auth/account-schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import styles from "./account-form.module.css";

// The account form of setup and of an invitation: name, email, a password that follows the
// policy (shown before typing) and its confirmation, checked here with the server's own rules
// (newUserSchema); the server checks again and its messages land next to the fields.

type NewAccount = { name: string; email: string; password: string };

function accountFormSchema(passwordsDiffer: string) {
  return newUserSchema
    .extend({ confirm: z.string() })
    .refine((values) => values.password === values.confirm, {
      path: ["confirm"],
      message: passwordsDiffer,
    })
    .transform(({ confirm: _confirm, ...account }) => account);
}

export function NewAccountForm({
  submitLabel,
  send,
  lockedEmail,
}: {
  submitLabel: string;
  send: (account: NewAccount) => Promise<unknown>;
  /** An invitation made for one address: the account must use it. */
  lockedEmail?: string | null;
}) {
  const t = useTranslations("auth.newAccount");
  const router = useRouter();
  const passwordsDiffer = t("passwordsDiffer");
  const schema = useMemo(() => accountFormSchema(passwordsDiffer), [passwordsDiffer]);
  const [name, setName] = useState("");
  const [email, setEmail] = useState(lockedEmail ?? "");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const form = useSchemaForm({
    schema,
    mutationFn: send,
    // The password is in the mutation's variables; keep it no longer than the request.
    gcTime: 0,
    onSuccess: () => router.replace("/workflows"),
    detailsMessage: t("fixFields"),
  });

  return (
    <form onSubmit={(event) => form.submit(event, { name, email, password, confirm })} noValidate className="form">
      {form.formError && <FormError message={form.formError} />}
      <TextField
        label={t("name")}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={form.errors.name}
        autoComplete="name"
        maxLength={200}
        autoFocus
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={form.errors.email}
        autoComplete="email"
        maxLength={320}
        readOnly={Boolean(lockedEmail)}
        hint={lockedEmail ? t("lockedEmailHint") : undefined}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={form.errors.password}
        autoComplete="new-password"
        maxLength={256}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
      />
      <TextField
        label={t("confirmPassword")}
        name="confirm"
        type="password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={form.errors.confirm}
        autoComplete="new-password"
        maxLength={256}
      />
      <Button type="submit" variant="primary" loading={form.isPending} className={styles.submit}>
        {submitLabel}
      </Button>
    </form>
  );
}
