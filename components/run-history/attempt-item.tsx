"use client";

import { ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { ExchangeView, HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { RelativeTime } from "@/components/ui/relative-time";
import { useFormat } from "@/lib/client/use-format";
import { useRunErrorText } from "@/lib/client/run-error-text";
import type { DeliveryAttempt } from "./run-history-api";
import { OutcomeBadge } from "./status-badges";
import styles from "./step-card.module.css";

function useNextRetryLabel(): (at: string) => string {
  const t = useTranslations("runs.attempt");
  const format = useFormat();
  return (at) => {
    // A retry whose time has passed is waiting for the runner to pick it up.
    const ms = new Date(at).getTime() - Date.now();
    if (ms <= 0) return t("retryDue");
    return ms < 45_000 ? t("nextRetrySoon") : t("nextRetry", { when: format.relative(at) });
  };
}

/** One delivery attempt: a summary line that opens to the full Response / Request exchange. */
export function AttemptItem({
  attempt,
  open,
  onOpenChange,
  waiting,
}: {
  attempt: DeliveryAttempt;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The step waits for the retry this attempt scheduled; an older attempt's next time is history. */
  waiting: boolean;
}) {
  const nextAttemptAt = waiting ? attempt.nextAttemptAt : null;
  const setOpen = onOpenChange;
  const t = useTranslations("runs.attempt");
  const format = useFormat();
  const nextRetryLabel = useNextRetryLabel();
  const error = useRunErrorText()(attempt);
  const id = useId();
  return (
    <li className={styles.attempt} data-testid={`attempt-${attempt.attempt}`}>
      <h5 className={styles.attemptHeading}>
        <button type="button" className={styles.attemptToggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <ChevronRight aria-hidden size={16} className="xv-chevron" />
          <span className={styles.attemptNumber}>{t("attempt", { attempt: attempt.attempt })}</span>
          <OutcomeBadge outcome={attempt.outcome} />
          {attempt.response ? (
            <HttpStatus status={attempt.response.status} />
          ) : (
            <span className={styles.attemptNoResponse}>{t("noResponse")}</span>
          )}
          <span className={`${styles.attemptMeta} mono`}>{format.duration(attempt.durationMs)}</span>
          <span className={styles.attemptMeta}>
            <RelativeTime value={attempt.startedAt} />
          </span>
          {nextAttemptAt && <span className={`${styles.attemptMeta} ${styles.attemptNext}`}>{nextRetryLabel(nextAttemptAt)}</span>}
        </button>
      </h5>
      {!open && error && <p className={styles.attemptErrorLine}>{error}</p>}
      <div id={id} hidden={!open} className={styles.attemptBody}>
        {open && (
          <ExchangeView
            request={attempt.request}
            response={attempt.response}
            error={error}
            durationMs={attempt.durationMs}
            nextAttemptAt={nextAttemptAt}
          />
        )}
      </div>
    </li>
  );
}
