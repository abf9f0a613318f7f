import type { Metadata } from "next";
import { RunDetailPage } from "@/components/run-history/run-detail-page";

export const metadata: Metadata = { title: "Run" };

export default async function Page({ params }: { params: Promise<{ id: string; enrollmentId: string }> }) {
  const { id, enrollmentId } = await params;
  return <RunDetailPage workflowId={id} enrollmentId={enrollmentId} />;
}
