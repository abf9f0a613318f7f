"use client";

import { accountsApi } from "@/lib/client/accounts-api";
import { NewAccountForm } from "../../new-account-form";

export function AcceptInvitationForm({ token, email }: { token: string; email: string | null }) {
  return (
    <NewAccountForm
      submitLabel="Create account and join"
      lockedEmail={email}
      send={(account) => accountsApi.acceptInvitation(token, account)}
    />
  );
}
