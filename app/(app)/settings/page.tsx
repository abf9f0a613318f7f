import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { sessionActor } from "@/lib/auth/actor";
import { roleAtLeast } from "@/lib/auth/roles";
import { PAGE_HEADERS } from "@/lib/http/page-headers";

// Settings opens on its first page the user may use: Apps from Editor up, the request inspector
// for a Viewer (Apps would only say it is closed to them).
export default async function SettingsPage() {
  const requestHeaders = await headers();
  const actor = await sessionActor(requestHeaders, requestHeaders.get(PAGE_HEADERS.https) === "1");
  redirect(actor && roleAtLeast(actor.role, "EDITOR") ? "/settings/apps" : "/settings/inspector");
}
