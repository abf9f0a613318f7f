import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { RoleGate } from "@/components/settings/role-gate";
import { TokensPage } from "@/components/settings/tokens-page";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.tokens");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("settings.pages.tokens");
  return (
    <RoleGate needed="ADMIN" title={t("gate")}>
      <TokensPage />
    </RoleGate>
  );
}
