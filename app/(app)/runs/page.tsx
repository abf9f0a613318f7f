import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { RunsPage } from "@/components/runs/runs-page";
import { LoadingState } from "@/components/ui/loading-state";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.runs");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("ui.pages.runs");
  // The filters live in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense
      fallback={
        <div className="page">
          <LoadingState label={t("loading")} />
        </div>
      }
    >
      <RunsPage />
    </Suspense>
  );
}
