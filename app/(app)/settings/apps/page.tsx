import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { RoleGate } from "@/components/settings/role-gate";
import { AppsPage } from "@/components/settings/apps-page";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.apps");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("settings.pages.apps");
  return (
    <RoleGate needed="EDITOR" title={t("gate")}>
      <AppsPage />
    </RoleGate>
  );
}
