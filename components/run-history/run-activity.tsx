import { formatDateTime, formatRelative } from "@/lib/client/format";
import type { EnrollmentDetail } from "./run-history-api";
import styles from "./run-history.module.css";

type Item = EnrollmentDetail["history"][number];

/** "Enrolled by Ada", "Retried by Ada via the API token CRM sync", "Started by the webhook trigger". */
function describe(item: Item): string {
  switch (item.action) {
    case "webhook.received":
      return "Started by the webhook trigger";
    case "enrollment.created":
      return `Enrolled by ${item.actorLabel}`;
    case "enrollment.retried":
      return `Retried by ${item.actorLabel}`;
    case "enrollment.cancelled":
      return `Cancelled by ${item.actorLabel}`;
    default:
      return `${item.action} by ${item.actorLabel}`;
  }
}

/**
 * Who started the run and who pressed Retry now, and how (as a person or through an API token),
 * oldest first. Runs from before the audit log have no lines, and show none.
 */
export function RunActivity({ history, now }: { history: Item[]; now: number }) {
  if (history.length === 0) return null;
  return (
    <ul className={styles.activity} aria-label="Who started, retried and cancelled this run">
      {history.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in time order; an item never moves.
        <li key={i}>
          {describe(item)} <span className="muted">·</span>{" "}
          <time className="muted" dateTime={item.at} title={formatDateTime(item.at)}>
            {formatRelative(item.at, now)}
          </time>
        </li>
      ))}
    </ul>
  );
}
