import { getTranslations } from "next-intl/server";
import { WorkflowEditor } from "@/components/workflow-editor/workflow-editor";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.workflowEditor");
  return { title: t("title") };
}

export default function Page() {
  return <WorkflowEditor />;
}
