"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut, MonitorX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { useCurrentUser } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { accountsApi } from "@/lib/client/accounts-api";
import { useErrorText } from "@/lib/client/error-text";
import { PreferencesSection } from "./preferences-section";
import styles from "./profile-page.module.css";

/** Each role's key in the auth.profile.roleDescriptions messages. */
const ROLE_DESCRIPTIONS = {
  VIEWER: "viewer",
  EDITOR: "editor",
  ADMIN: "admin",
  OWNER: "owner",
} as const;

// A full page load after signing out: the signed-in pages' data (in memory and in the query
// cache) goes with it, and the sign-in page is rendered fresh.
const toSignIn = () => window.location.assign("/sign-in");

export function ProfilePage() {
  const errorText = useErrorText();
  const t = useTranslations("auth.profile");
  const roleName = useRoleName();
  const user = useCurrentUser();
  const [confirmingAll, setConfirmingAll] = useState(false);
  const signOut = useMutation({ mutationFn: accountsApi.signOut, onSuccess: toSignIn });
  const signOutAll = useMutation({ mutationFn: accountsApi.signOutEverywhere, onSuccess: toSignIn });

  return (
    <div className="page">
      <PageHeader title={t("title")} description={t("description")} />
      <section className="card" aria-labelledby="profile-account">
        <h2 id="profile-account" className="section-title">
          {t("account")}
        </h2>
        <dl className={styles.facts}>
          <dt>{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt>{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt>{t("role")}</dt>
          <dd>
            <strong>{roleName(user.role)}</strong>{" "}
            <span className="muted">{t("roleDescription", { description: t(`roleDescriptions.${ROLE_DESCRIPTIONS[user.role]}`) })}</span>
          </dd>
        </dl>
        <p className="field-hint">{t("namesAndRoles")}</p>
      </section>

      <PreferencesSection />

      <section className="card" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions" className="section-title">
          {t("sessions")}
        </h2>
        <p className={styles.text}>{t("sessionsText")}</p>
        {signOut.error && <FormError message={errorText(signOut.error)} />}
        <div className={styles.actions}>
          <Button
            icon={<LogOut className="btn-icon" aria-hidden />}
            loading={signOut.isPending || signOut.isSuccess}
            onClick={() => signOut.mutate()}
          >
            {t("signOut")}
          </Button>
          <Button variant="danger" icon={<MonitorX className="btn-icon" aria-hidden />} onClick={() => setConfirmingAll(true)}>
            {t("signOutAll")}
          </Button>
        </div>
      </section>

      <ConfirmDialog
        open={confirmingAll}
        onOpenChange={(open) => {
          if (!open) {
            setConfirmingAll(false);
            signOutAll.reset();
          }
        }}
        title={t("confirmTitle")}
        description={t("confirmDescription")}
        confirmLabel={t("confirmLabel")}
        destructive
        pending={signOutAll.isPending || signOutAll.isSuccess}
        error={signOutAll.error ? errorText(signOutAll.error) : null}
        onConfirm={() => signOutAll.mutate()}
      />
    </div>
  );
}
