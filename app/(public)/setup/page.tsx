import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { needsSetup } from "@/lib/auth/setup";
import { AccountHeading } from "../account-heading";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Create the owner account" };

// First start only: once the owner exists, this page is sign-in's.
export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  return (
    <>
      <AccountHeading title="Create the owner account">
        Welcome to Hookflow. This first account owns the install: it can invite the rest of the team, manage apps, secrets and API tokens,
        and sign in from now on.
      </AccountHeading>
      <SetupForm />
    </>
  );
}
