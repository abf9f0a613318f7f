"use client";

import { CalendarClock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/client/use-format";
import type { EnrollmentStep } from "./run-history-api";
import { FromNow } from "./step-parts";
import styles from "./step-card.module.css";

type Schedule = NonNullable<EnrollmentStep["retrySchedule"]>;

/**
 * A waiting delivery's schedule, as the runner's policy plans it (lib/jobs/retry-schedule.ts
 * computes it on the server): the next attempt, the attempts planned after it if it fails too,
 * and when Hookflow gives up. Later times carry jitter, so they read "about".
 */
export function RetrySchedule({ schedule, now, title }: { schedule: Schedule; now: number; title: string }) {
  const t = useTranslations("runs.retrySchedule");
  // The user's time zone, named once above the times (they are all in it).
  const format = useFormat();
  const [next, ...later] = schedule.planned;
  const headingId = `retry-schedule-${title.replace(/\W+/g, "-")}`;
  return (
    <section className={styles.schedule} aria-labelledby={headingId}>
      <h5 id={headingId} className={styles.scheduleTitle}>
        <CalendarClock aria-hidden size={16} />
        {t.rich("title", { timeZone: format.timeZone, muted: (chunks) => <span className="muted">{chunks}</span> })}
      </h5>
      <dl className={styles.scheduleFacts}>
        <div>
          <dt>{t("nextAttempt")}</dt>
          <dd>
            {t.rich("attemptAt", {
              attempt: next.attempt,
              when: format.dateTime(next.at),
              time: (chunks) => <time dateTime={next.at}>{chunks}</time>,
            })}
            <FromNow value={next.at} now={now} />
          </dd>
        </div>
        <div>
          <dt>{t("givesUp")}</dt>
          <dd>
            <time dateTime={schedule.giveUpAt}>{format.dateTime(schedule.giveUpAt)}</time>
            <FromNow value={schedule.giveUpAt} now={now} />
            <span className="muted"> · {t("giveUpNote")}</span>
          </dd>
        </div>
      </dl>
      {later.length > 0 && (
        <details className={styles.schedulePlanned}>
          <summary>{t("morePlanned", { count: later.length })}</summary>
          <ol aria-label={t("plannedAfter", { attempt: next.attempt })}>
            {later.map((p) => (
              <li key={p.attempt}>
                {t.rich("plannedAttempt", {
                  attempt: p.attempt,
                  when: format.dateTime(p.at),
                  number: (chunks) => <span className={styles.attemptNumber}>{chunks}</span>,
                  time: (chunks) => <time dateTime={p.at}>{chunks}</time>,
                })}
                <FromNow value={p.at} now={now} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
