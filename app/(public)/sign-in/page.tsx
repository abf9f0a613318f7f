import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { sessionActor } from "@/lib/auth/actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { needsSetup } from "@/lib/auth/setup";
import { PAGE_HEADERS } from "@/lib/http/page-headers";
import { AccountHeading } from "../account-heading";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnPath = safeReturnPath(typeof next === "string" ? next : null);
  if (await needsSetup()) redirect("/setup");
  // Someone already signed in (a bookmark, the Back button) goes where they were heading.
  const requestHeaders = await headers();
  if (await sessionActor(requestHeaders, requestHeaders.get(PAGE_HEADERS.https) === "1")) redirect(returnPath);
  const t = await getTranslations("auth.signIn");
  return (
    <>
      <AccountHeading title={t("title")}>{t("lead")}</AccountHeading>
      <SignInForm returnPath={returnPath} />
    </>
  );
}
