import type { Metadata } from "next";
import { Suspense } from "react";
import { InspectorPage } from "@/components/inspector/inspector-page";
import { LoadingState } from "@/components/ui/loading-state";

export const metadata: Metadata = { title: "Request inspector" };

export default function Page() {
  // The chosen capture URL lives in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense
      fallback={
        <div className="page">
          <LoadingState label="Loading the request inspector…" />
        </div>
      }
    >
      <InspectorPage />
    </Suspense>
  );
}
