"use client";

import { useTranslations } from "next-intl";
import { accountsApi } from "@/lib/client/accounts-api";
import { NewAccountForm } from "../../new-account-form";

export function AcceptInvitationForm({ token, email }: { token: string; email: string | null }) {
  const t = useTranslations("auth.invite");
  return <NewAccountForm submitLabel={t("submit")} lockedEmail={email} send={(account) => accountsApi.acceptInvitation(token, account)} />;
}
