import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { CurrentUserProvider } from "@/components/app-shell/current-user";
import { currentActor } from "@/lib/auth/current-actor";
import { needsSetup } from "@/lib/auth/setup";
import { signInPath } from "@/lib/auth/return-path";
import { PAGE_HEADERS } from "@/lib/http/page-headers";

// Every page in this group needs a signed-in user: without one, the browser goes to sign-in
// (or to setup on a new install) and comes back here afterwards. The proxy passes the path and
// whether the request came over HTTPS in headers it always sets itself.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const requestHeaders = await headers();
  const actor = await currentActor();
  if (actor?.kind !== "user") {
    redirect((await needsSetup()) ? "/setup" : signInPath(requestHeaders.get(PAGE_HEADERS.path) ?? "/"));
  }
  const user = {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    locale: actor.locale ?? null,
    timeZone: actor.timeZone ?? null,
  };
  return (
    <CurrentUserProvider user={user}>
      <AppShell user={user}>{children}</AppShell>
    </CurrentUserProvider>
  );
}
