import { getTranslations } from "next-intl/server";
import { PropertiesPage } from "@/components/settings/properties-page";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.properties");
  return { title: t("title") };
}

export default function Page() {
  return <PropertiesPage />;
}
