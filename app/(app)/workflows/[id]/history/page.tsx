import type { Metadata } from "next";
import { Suspense } from "react";
import { RunHistoryPage } from "@/components/run-history/run-history-page";
import { LoadingState } from "@/components/ui/loading-state";

export const metadata: Metadata = { title: "Run history" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The status filter lives in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense fallback={<LoadingState label="Loading runs…" />}>
      <RunHistoryPage workflowId={id} />
    </Suspense>
  );
}
