import type { Metadata } from "next";
import { RoleGate } from "@/components/settings/role-gate";
import { SecretsPage } from "@/components/settings/secrets-page";

export const metadata: Metadata = { title: "Secrets" };

export default function Page() {
  return (
    <RoleGate needed="EDITOR" title="Secrets">
      <SecretsPage />
    </RoleGate>
  );
}
