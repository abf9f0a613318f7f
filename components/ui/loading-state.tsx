import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import styles from "./loading-state.module.css";

/** Placeholder rows shaped like the table that is loading, so the page does not jump. */
export function LoadingState({ label, rows = 5 }: { label?: string; rows?: number }) {
  const t = useTranslations("ui");
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <div className={styles.label}>
        <LoaderCircle aria-hidden size={16} className="spin" />
        {label ?? t("loading")}
      </div>
      <div className="skeleton-rows" aria-hidden>
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows, never reordered.
          <div key={i} className={styles.row}>
            <span className={styles.skeleton} style={{ width: `${28 + ((i * 17) % 20)}%` }} />
            <span className={styles.skeleton} style={{ width: "14%" }} />
            <span className={styles.skeleton} style={{ width: "10%" }} />
            <span className={styles.skeleton} style={{ width: "16%" }} />
          </div>
        ))}
      </div>
    </div>
  );
}
