import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/client/use-format";
import type { EnrollmentDetail } from "./run-history-api";
import styles from "./run-history.module.css";

type Item = EnrollmentDetail["history"][number];

/** "Enrolled by Ada", "Retried by Ada via the API token CRM sync", "Started by the webhook trigger". */
function useDescribe(): (item: Item) => string {
  const t = useTranslations("runs.activity");
  return (item) => {
    const actor = String(item.actorLabel);
    switch (item.action) {
      case "webhook.received":
        return t("webhook");
      case "enrollment.created":
        return t("enrolled", { actor });
      case "enrollment.retried":
        return t("retried", { actor });
      case "enrollment.cancelled":
        return t("cancelled", { actor });
      default:
        return t("other", { event: item.action, actor });
    }
  };
}

/**
 * Who started the run and who pressed Retry now, and how (as a person or through an API token),
 * oldest first. Runs from before the audit log have no lines, and show none.
 */
export function RunActivity({ history, now }: { history: Item[]; now: number }) {
  const t = useTranslations("runs.activity");
  const format = useFormat();
  const describe = useDescribe();
  if (history.length === 0) return null;
  return (
    <ul className={styles.activity} aria-label={t("label")}>
      {history.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in time order; an item never moves.
        <li key={i}>
          {describe(item)} <span className="muted">·</span>{" "}
          <time className="muted" dateTime={item.at} title={format.dateTime(item.at)}>
            {format.relative(item.at, now)}
          </time>
        </li>
      ))}
    </ul>
  );
}
