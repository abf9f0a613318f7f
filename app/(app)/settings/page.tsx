import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { roleAtLeast } from "@/lib/auth/roles";

// Settings opens on its first page the user may use: Apps from Editor up, the request inspector
// for a Viewer (Apps would only say it is closed to them).
export default async function SettingsPage() {
  const actor = await currentActor();
  redirect(actor && roleAtLeast(actor.role, "EDITOR") ? "/settings/apps" : "/settings/inspector");
}
