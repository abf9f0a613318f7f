import type { Metadata } from "next";
import { WorkflowDetailPage } from "@/components/workflows/workflow-detail-page";

export const metadata: Metadata = { title: "Workflow" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkflowDetailPage id={id} />;
}
