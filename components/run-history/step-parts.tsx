"use client";

import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { useFormat } from "@/lib/client/use-format";
import { useRunErrorText } from "@/lib/client/run-error-text";
import type { DeliveryAttempt } from "./run-history-api";
import { StepStatusBadge } from "./status-badges";
import { formatUntil } from "./step-timing";
import styles from "./step-card.module.css";

// Pieces the step views of every action type draw with (components/actions/<type>/).

/** A moment as a time (today) or date and time, with the exact time on hover and in the datetime attribute. */
export function Until({ value, now }: { value: string; now: number }) {
  const format = useFormat();
  return (
    <time dateTime={value} title={format.dateTime(value)}>
      {formatUntil(value, now, format)}
    </time>
  );
}

/** "(in 1 hour)" for a time ahead; "(5 minutes ago)" for one past; nothing when it is about now. */
export function FromNow({ value, now }: { value: string; now: number }) {
  const format = useFormat();
  const ahead = new Date(value).getTime() > now;
  const label = ahead ? format.timeLeft(value, now) : format.relative(value, now);
  return !label || label === format.relative(now, now) ? null : <span className="muted"> ({label})</span>;
}

export function Problem({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.problem} role="note">
      <CircleAlert aria-hidden size={18} className={styles.problemIcon} />
      <div>
        <p className={styles.problemTitle}>{title}</p>
        {children && <p>{children}</p>}
      </div>
    </div>
  );
}

/**
 * The tries of a step that is not a delivery (e.g. a Set property value run again with Retry now),
 * newest first. `shownError`: the English of the error shown above them, not repeated under a try.
 */
export function TryList({ attempts, title, shownError }: { attempts: DeliveryAttempt[]; title: string; shownError: string | null }) {
  const t = useTranslations("runs.tries");
  const format = useFormat();
  const runErrorText = useRunErrorText();
  return (
    <div className={styles.tries}>
      <h5 className={styles.triesLabel}>{t("title")}</h5>
      <ol className={styles.tryList} aria-label={t("of", { title })}>
        {attempts.map((a) => (
          <li key={a.attempt} className={styles.try}>
            <span className={styles.attemptNumber}>{t("try", { attempt: a.attempt })}</span>
            <StepStatusBadge status={a.outcome === "SUCCESS" ? "SUCCEEDED" : "FAILED"} />
            <span className={`${styles.attemptMeta} mono`}>{format.duration(a.durationMs)}</span>
            <span className={styles.attemptMeta}>
              <RelativeTime value={a.startedAt} />
            </span>
            {/* The error shown above is not repeated under every try that had it. */}
            {a.error && a.error !== shownError && <span className={styles.tryError}>{runErrorText(a)}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
