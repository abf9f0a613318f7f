import type { Metadata } from "next";
import { RecordDetailPage } from "@/components/records/record-detail-page";

export const metadata: Metadata = { title: "Record" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RecordDetailPage id={id} />;
}
