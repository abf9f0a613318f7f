import { getTranslations } from "next-intl/server";
import { TriggerEventsPage } from "@/components/trigger/trigger-events-page";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.triggerEvents");
  return { title: t("title") };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TriggerEventsPage workflowId={id} />;
}
