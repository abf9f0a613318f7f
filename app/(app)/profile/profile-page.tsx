"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut, MonitorX } from "lucide-react";
import { useState } from "react";
import { useCurrentUser } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { roleName } from "@/lib/auth/roles";
import { accountsApi } from "@/lib/client/accounts-api";
import { errorMessage } from "@/lib/client/api-fetch";
import styles from "./profile-page.module.css";

const ROLE_DESCRIPTIONS = {
  VIEWER: "reads workflows, runs, records and captures; cannot Test or change anything.",
  EDITOR: "builds, tests, turns workflows on and off, enrolls records, retries runs and uses the request inspector.",
  ADMIN: "everything an Editor does, and manages users, apps, secrets and API tokens.",
  OWNER: "everything an Admin does; owns the install.",
} as const;

// A full page load after signing out: the signed-in pages' data (in memory and in the query
// cache) goes with it, and the sign-in page is rendered fresh.
const toSignIn = () => window.location.assign("/sign-in");

export function ProfilePage() {
  const user = useCurrentUser();
  const [confirmingAll, setConfirmingAll] = useState(false);
  const signOut = useMutation({ mutationFn: accountsApi.signOut, onSuccess: toSignIn });
  const signOutAll = useMutation({ mutationFn: accountsApi.signOutEverywhere, onSuccess: toSignIn });

  return (
    <div className="page">
      <PageHeader title="Profile" description="Your account on this Hookflow install." />
      <section className="card" aria-labelledby="profile-account">
        <h2 id="profile-account" className="section-title">
          Account
        </h2>
        <dl className={styles.facts}>
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Role</dt>
          <dd>
            <strong>{roleName(user.role)}</strong> <span className="muted">— {ROLE_DESCRIPTIONS[user.role]}</span>
          </dd>
        </dl>
        <p className="field-hint">An admin changes names and roles in Settings → Users.</p>
      </section>

      <section className="card" aria-labelledby="profile-sessions">
        <h2 id="profile-sessions" className="section-title">
          Sessions
        </h2>
        <p className={styles.text}>
          Sign out here, or everywhere you are signed in: every browser, including this one, goes back to the sign-in page. Do that when you
          signed in on a computer that is not yours, or think someone else can use your session.
        </p>
        {signOut.error && <FormError message={errorMessage(signOut.error)} />}
        <div className={styles.actions}>
          <Button
            icon={<LogOut className="btn-icon" aria-hidden />}
            loading={signOut.isPending || signOut.isSuccess}
            onClick={() => signOut.mutate()}
          >
            Sign out
          </Button>
          <Button variant="danger" icon={<MonitorX className="btn-icon" aria-hidden />} onClick={() => setConfirmingAll(true)}>
            Sign out of all sessions
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
        title="Sign out of all sessions?"
        description="Every browser signed in as you is signed out at once, this one included. API tokens you created keep working; revoke them in Settings → API tokens."
        confirmLabel="Sign out everywhere"
        destructive
        pending={signOutAll.isPending || signOutAll.isSuccess}
        error={signOutAll.error ? errorMessage(signOutAll.error) : null}
        onConfirm={() => signOutAll.mutate()}
      />
    </div>
  );
}
