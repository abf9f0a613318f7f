import type { Metadata } from "next";
import { RoleGate } from "@/components/settings/role-gate";
import { AppsPage } from "@/components/settings/apps-page";

export const metadata: Metadata = { title: "Apps" };

export default function Page() {
  return (
    <RoleGate needed="EDITOR" title="Apps">
      <AppsPage />
    </RoleGate>
  );
}
