import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { InspectorPage } from "@/components/inspector/inspector-page";
import { LoadingState } from "@/components/ui/loading-state";

export async function generateMetadata() {
  const t = await getTranslations("settings.pages.inspector");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("settings.pages.inspector");
  // The chosen capture URL lives in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense
      fallback={
        <div className="page">
          <LoadingState label={t("loading")} />
        </div>
      }
    >
      <InspectorPage />
    </Suspense>
  );
}
