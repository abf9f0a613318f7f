import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { RunHistoryPage } from "@/components/run-history/run-history-page";
import { LoadingState } from "@/components/ui/loading-state";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.runHistory");
  return { title: t("title") };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("ui.pages.runHistory");
  // The status filter lives in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense fallback={<LoadingState label={t("loading")} />}>
      <RunHistoryPage workflowId={id} />
    </Suspense>
  );
}
