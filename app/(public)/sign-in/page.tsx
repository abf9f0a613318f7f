import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { sessionActor } from "@/lib/auth/actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { needsSetup } from "@/lib/auth/setup";
import { PAGE_HEADERS } from "@/lib/http/page-headers";
import { AccountHeading } from "../account-heading";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnPath = safeReturnPath(typeof next === "string" ? next : null);
  if (await needsSetup()) redirect("/setup");
  // Someone already signed in (a bookmark, the Back button) goes where they were heading.
  const requestHeaders = await headers();
  if (await sessionActor(requestHeaders, requestHeaders.get(PAGE_HEADERS.https) === "1")) redirect(returnPath);
  return (
    <>
      <AccountHeading title="Sign in">Sign in with the email and password of your Hookflow account.</AccountHeading>
      <SignInForm returnPath={returnPath} />
    </>
  );
}
