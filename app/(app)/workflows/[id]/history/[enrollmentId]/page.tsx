import { getTranslations } from "next-intl/server";
import { RunDetailPage } from "@/components/run-history/run-detail-page";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.run");
  return { title: t("title") };
}

export default async function Page({ params }: { params: Promise<{ id: string; enrollmentId: string }> }) {
  const { id, enrollmentId } = await params;
  return <RunDetailPage workflowId={id} enrollmentId={enrollmentId} />;
}
