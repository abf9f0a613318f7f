import type { Metadata } from "next";
import { Suspense } from "react";
import { RunsPage } from "@/components/runs/runs-page";
import { LoadingState } from "@/components/ui/loading-state";

export const metadata: Metadata = { title: "Runs" };

export default function Page() {
  // The filters live in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense
      fallback={
        <div className="page">
          <LoadingState label="Loading runs…" />
        </div>
      }
    >
      <RunsPage />
    </Suspense>
  );
}
