import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { RoleGate } from "@/components/settings/role-gate";
import { UsersPage } from "@/components/settings/users-page";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.users");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("settings.pages.users");
  return (
    <RoleGate needed="ADMIN" title={t("gate")}>
      <UsersPage />
    </RoleGate>
  );
}
