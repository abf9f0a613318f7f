import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AuditLogPage } from "@/components/settings/audit-log-page";
import { RoleGate } from "@/components/settings/role-gate";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.auditLog");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("settings.pages.auditLog");
  return (
    <RoleGate needed="ADMIN" title={t("gate")}>
      <AuditLogPage />
    </RoleGate>
  );
}
