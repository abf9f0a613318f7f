"use client";

import { useTranslations } from "next-intl";
import { accountsApi } from "@/lib/client/accounts-api";
import { NewAccountForm } from "../new-account-form";

export function SetupForm() {
  const t = useTranslations("auth.setup");
  return <NewAccountForm submitLabel={t("submit")} send={accountsApi.setup} />;
}
