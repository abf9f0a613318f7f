import type { Metadata } from "next";
import { AuditLogPage } from "@/components/settings/audit-log-page";
import { RoleGate } from "@/components/settings/role-gate";

export const metadata: Metadata = { title: "Audit log" };

export default function Page() {
  return (
    <RoleGate needed="ADMIN" title="The audit log">
      <AuditLogPage />
    </RoleGate>
  );
}
