import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  const t = useTranslations("auth.notFound");
  return (
    <div className="page">
      <EmptyState
        title={t("title")}
        action={
          <Link href="/workflows" className={buttonClassName("primary")}>
            {t("goToWorkflows")}
          </Link>
        }
      >
        {t("message")}
      </EmptyState>
    </div>
  );
}
