import type { Metadata } from "next";
import { RoleGate } from "@/components/settings/role-gate";
import { TokensPage } from "@/components/settings/tokens-page";

export const metadata: Metadata = { title: "API tokens" };

export default function Page() {
  return (
    <RoleGate needed="ADMIN" title="API tokens">
      <TokensPage />
    </RoleGate>
  );
}
