import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { RecordsPage } from "@/components/records/records-page";
import { LoadingState } from "@/components/ui/loading-state";

export async function generateMetadata() {
  const t = await getTranslations("ui.pages.records");
  return { title: t("title") };
}

export default function Page() {
  const t = useTranslations("ui.pages.records");
  // RecordsPage reads the URL's search params, which are only known in the browser for a static page.
  return (
    <Suspense
      fallback={
        <div className="page">
          <LoadingState label={t("loading")} />
        </div>
      }
    >
      <RecordsPage />
    </Suspense>
  );
}
