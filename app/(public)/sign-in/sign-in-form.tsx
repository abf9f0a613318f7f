"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { accountsApi } from "@/lib/client/accounts-api";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { useErrorText } from "@/lib/client/error-text";
import styles from "../account-form.module.css";

export function SignInForm({ returnPath }: { returnPath: string }) {
  const errorText = useErrorText();
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const signIn = useMutation({
    mutationFn: accountsApi.signIn,
    // The password is in the mutation's variables; keep it no longer than the request.
    gcTime: 0,
    onSuccess: () => router.replace(returnPath),
    onError: (error) => {
      // A wrong password is typed again; the email stays.
      if (error instanceof ApiRequestError && error.code === "BAD_CREDENTIALS") setPassword("");
    },
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = { email: email.trim() ? undefined : t("enterEmail"), password: password ? undefined : t("enterPassword") };
    setMissing(next);
    if (next.email || next.password) return;
    signIn.mutate({ email: email.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      {signIn.error && <FormError message={errorText(signIn.error)} />}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={missing.email}
        autoComplete="username"
        maxLength={320}
        autoFocus
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={missing.password}
        autoComplete="current-password"
        maxLength={256}
      />
      <Button type="submit" variant="primary" loading={signIn.isPending || signIn.isSuccess} className={styles.submit}>
        {t("submit")}
      </Button>
      <p className="field-hint">{t("forgot")}</p>
    </form>
  );
}
