import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { RoleGate } from "@/components/settings/role-gate";
import { SecretsPage } from "@/components/settings/secrets-page";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.secrets");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("settings.pages.secrets");
  return (
    <RoleGate needed="EDITOR" title={t("gate")}>
      <SecretsPage />
    </RoleGate>
  );
}
