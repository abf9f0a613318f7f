import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/client/use-format";
import { actorParams } from "./actor-params";
import type { EnrollmentDetail } from "./run-history-api";
import styles from "./run-history.module.css";

type Item = EnrollmentDetail["history"][number];

/** "Enrolled by Ada", "Retried by Ada via the API token CRM sync", "Started by the webhook trigger". */
function useDescribe(): (item: Item) => string {
  const t = useTranslations("runs.activity");
  return (item) => {
    // "via the API token …" is worded here, in the user's language, from the actor's parts.
    const { name: actor, via, tokenName } = actorParams(item.actor, item.actorLabel);
    switch (item.action) {
      case "webhook.received":
        return t("webhook");
      case "enrollment.created":
        return t("enrolled", { actor, via, tokenName });
      case "enrollment.retried":
        return t("retried", { actor, via, tokenName });
      case "enrollment.cancelled":
        return t("cancelled", { actor, via, tokenName });
      default:
        return t("other", { event: item.action, actor, via, tokenName });
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
