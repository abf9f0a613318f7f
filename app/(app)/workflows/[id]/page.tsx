import type { Metadata } from "next";
import { WorkflowEditor } from "@/components/workflow-editor/workflow-editor";

export const metadata: Metadata = { title: "Workflow editor" };

export default function Page() {
  return <WorkflowEditor />;
}
