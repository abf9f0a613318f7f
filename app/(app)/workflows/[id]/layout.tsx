import type { ReactNode } from "react";
import { WorkflowLayout } from "@/components/workflow-editor/workflow-layout";

// Shared by the Editor (/workflows/:id) and History (/workflows/:id/history) tabs: the header and the draft live here.
export default async function Layout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const { id } = await params;
  return <WorkflowLayout id={id}>{children}</WorkflowLayout>;
}
