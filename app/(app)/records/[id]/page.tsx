import { getTranslations } from "next-intl/server";
import { RecordDetailPage } from "@/components/records/record-detail-page";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.record");
  return { title: t("title") };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RecordDetailPage id={id} />;
}
