import { getTranslations } from "next-intl/server";
import { WorkflowsPage } from "@/components/workflows/workflows-page";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.workflows");
  return { title: t("title") };
}

export default function Page() {
  return <WorkflowsPage />;
}
