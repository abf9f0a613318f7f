"use client";

import { accountsApi } from "@/lib/client/accounts-api";
import { NewAccountForm } from "../new-account-form";

export function SetupForm() {
  return <NewAccountForm submitLabel="Create account" send={accountsApi.setup} />;
}
