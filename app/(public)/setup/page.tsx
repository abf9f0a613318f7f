import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { needsSetup } from "@/lib/auth/setup";
import { AccountHeading } from "../account-heading";
import { SetupForm } from "./setup-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.setup");
  return { title: t("title") };
}

// First start only: once the owner exists, this page is sign-in's.
export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  const t = await getTranslations("auth.setup");
  return (
    <>
      <AccountHeading title={t("title")}>{t("lead")}</AccountHeading>
      <SetupForm />
    </>
  );
}
