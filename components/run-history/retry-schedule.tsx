"use client";

import { CalendarClock } from "lucide-react";
import { formatDateTime } from "@/lib/client/format";
import type { EnrollmentStep } from "./run-history-api";
import { FromNow } from "./step-parts";
import styles from "./step-card.module.css";

type Schedule = NonNullable<EnrollmentStep["retrySchedule"]>;

// The viewer's time zone, named once above the times (they are all in it).
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A waiting delivery's schedule, as the runner's policy plans it (lib/jobs/retry-schedule.ts
 * computes it on the server): the next attempt, the attempts planned after it if it fails too,
 * and when Hookflow gives up. Later times carry jitter, so they read "about".
 */
export function RetrySchedule({ schedule, now, title }: { schedule: Schedule; now: number; title: string }) {
  const [next, ...later] = schedule.planned;
  const headingId = `retry-schedule-${title.replace(/\W+/g, "-")}`;
  return (
    <section className={styles.schedule} aria-labelledby={headingId}>
      <h5 id={headingId} className={styles.scheduleTitle}>
        <CalendarClock aria-hidden size={16} />
        Retry schedule <span className="muted">· times in {timeZone()}</span>
      </h5>
      <dl className={styles.scheduleFacts}>
        <div>
          <dt>Next attempt</dt>
          <dd>
            Attempt {next.attempt} at <time dateTime={next.at}>{formatDateTime(next.at)}</time>
            <FromNow value={next.at} now={now} />
          </dd>
        </div>
        <div>
          <dt>Gives up</dt>
          <dd>
            <time dateTime={schedule.giveUpAt}>{formatDateTime(schedule.giveUpAt)}</time>
            <FromNow value={schedule.giveUpAt} now={now} />
            <span className="muted"> · 3 days after the first failure; no attempt starts later</span>
          </dd>
        </div>
      </dl>
      {later.length > 0 && (
        <details className={styles.schedulePlanned}>
          <summary>
            {later.length} more {later.length === 1 ? "attempt" : "attempts"} planned if it keeps failing
          </summary>
          <ol aria-label={`Attempts planned after attempt ${next.attempt}`}>
            {later.map((p) => (
              <li key={p.attempt}>
                <span className={styles.attemptNumber}>Attempt {p.attempt}</span> about <time dateTime={p.at}>{formatDateTime(p.at)}</time>
                <FromNow value={p.at} now={now} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
