import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "./button";
import styles from "./error-state.module.css";
import { useErrorText } from "@/lib/client/error-text";

/** A failed load: what went wrong, and a way to try again. */
export function ErrorState({ title, error, onRetry }: { title?: string; error: unknown; onRetry?: () => void }) {
  const errorText = useErrorText();
  const t = useTranslations("ui.error");
  return (
    <div className="error-state" role="alert">
      <TriangleAlert aria-hidden className={styles.icon} />
      <div>
        <p className={styles.title}>{title ?? t("title")}</p>
        <p className={styles.text}>{errorText(error)}</p>
        {onRetry && (
          <Button size="sm" onClick={onRetry} className={styles.retry}>
            {t("retry")}
          </Button>
        )}
      </div>
    </div>
  );
}
