"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { StepBodyProps } from "@/components/actions/action-view";
import { CopyButton } from "@/components/ui/copy-button";
import { useRunErrorText } from "@/lib/client/run-error-text";
import { AttemptItem } from "./attempt-item";
import { RetrySchedule } from "./retry-schedule";
import styles from "./step-card.module.css";

/**
 * The step of an action that delivers over HTTP (Send a webhook, Send a Slack message): its
 * delivery id and every attempt, newest first, each opening to the full request and response.
 */
export function DeliveryStepBody({ step, attempts, title, feedback, now }: StepBodyProps<unknown>) {
  // Attempts a person opened or closed by hand; the others follow "newest open, older closed",
  // so when a retry lands the new attempt opens and the previous one folds away.
  const [toggled, setToggled] = useState<Record<number, boolean>>({});
  const t = useTranslations("runs.delivery");
  const runErrorText = useRunErrorText();
  return (
    <>
      <div className={styles.delivery}>
        <span className={styles.deliveryLabel}>{t("deliveryId")}</span>
        <code>{step.deliveryId}</code>
        <CopyButton text={step.deliveryId} label={t("copy")} />
      </div>

      {feedback}
      {step.retrySchedule && <RetrySchedule schedule={step.retrySchedule} now={now} title={title} />}
      {/* The step's error is the newest attempt's, unless it says more (a give-up): shown once. */}
      {step.error && step.error !== attempts[0]?.error && (
        <p className={styles.error} role="note">
          {runErrorText(step)}
        </p>
      )}

      {attempts.length === 0 ? (
        <p className="muted">{step.status === "PENDING" || step.status === "RUNNING" ? t("sendingFirst") : t("noAttempts")}</p>
      ) : (
        <>
          <h5 className="visually-hidden">{t("attempts")}</h5>
          <ol className={styles.attempts} aria-label={t("attemptsOf", { title })}>
            {attempts.map((attempt, i) => (
              <AttemptItem
                key={attempt.attempt}
                attempt={attempt}
                open={toggled[attempt.attempt] ?? i === 0}
                waiting={i === 0 && step.status === "RETRY_SCHEDULED"}
                onOpenChange={(open) => setToggled((was) => ({ ...was, [attempt.attempt]: open }))}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
