import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordsPage } from "@/components/records/records-page";
import { LoadingState } from "@/components/ui/loading-state";

export const metadata: Metadata = { title: "Records" };

export default function Page() {
  // RecordsPage reads the URL's search params, which are only known in the browser for a static page.
  return (
    <Suspense
      fallback={
        <div className="page">
          <LoadingState label="Loading records…" />
        </div>
      }
    >
      <RecordsPage />
    </Suspense>
  );
}
