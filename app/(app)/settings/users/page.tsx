import type { Metadata } from "next";
import { RoleGate } from "@/components/settings/role-gate";
import { UsersPage } from "@/components/settings/users-page";

export const metadata: Metadata = { title: "Users" };

export default function Page() {
  return (
    <RoleGate needed="ADMIN" title="Users">
      <UsersPage />
    </RoleGate>
  );
}
