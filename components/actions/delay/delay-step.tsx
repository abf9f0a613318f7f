"use client";

import { Hourglass } from "lucide-react";
import { useTranslations } from "next-intl";
import type { StepBodyProps, StepTiming } from "@/components/actions/action-view";
import type { EnrollmentStep } from "@/components/run-history/run-history-api";
import { FromNow, Problem, Until } from "@/components/run-history/step-parts";
import { delayPhase, type DelayStepDetail } from "@/lib/actions/delay/step-detail";
import { useRunErrorText } from "@/lib/client/run-error-text";
import styles from "@/components/run-history/step-card.module.css";

/** How long the Delay waits and until when; a wait that ended the run at once says so. */
export function DelayStep({ step, detail, now, next }: StepBodyProps<DelayStepDetail>) {
  const t = useTranslations("actions.delay.step");
  const tType = useTranslations("actionTypes.DELAY");
  const length = detail ? tType("length", { amount: detail.amount, unit: detail.unit }) : null;
  const phase = delayPhase(step, detail, now, next);
  const runErrorText = useRunErrorText();
  const failure = runErrorText(step) ?? (step.attempts.length ? runErrorText(step.attempts[step.attempts.length - 1]) : null);
  switch (phase.phase) {
    case "waiting":
      return (
        <p className={styles.wait}>
          <Hourglass aria-hidden size={16} className={styles.waitIcon} />
          <span>
            {t.rich(length ? "waitingFor" : "waiting", { length: length ?? "", until: () => <Until value={phase.until} now={now} /> })}
            <FromNow value={phase.until} now={now} />
          </span>
        </p>
      );
    case "waited":
      return (
        <p className={`${styles.wait} ${styles.waitDone}`}>
          <Hourglass aria-hidden size={16} className={styles.waitIcon} />
          <span>
            {t.rich(length ? "waitedFor" : "waited", { length: length ?? "", until: () => <Until value={phase.until} now={now} /> })}
          </span>
        </p>
      );
    case "noWait":
      return (
        <p className={`${styles.wait} ${styles.waitDone}`}>
          <Hourglass aria-hidden size={16} className={styles.waitIcon} />
          <span>
            {length ? t("waitLength", { length }) : t("wait")} · <span className="muted">{t("noWait")}</span>
          </span>
        </p>
      );
    case "failed":
      return <Problem title={t("failed")}>{failure}</Problem>;
    case "pending":
      return <p className="muted">{length ? t("startingLength", { length }) : t("starting")}</p>;
  }
}

/** A Delay's step is done at once; its wait ends later, and that is when it "finishes" for people. */
export function delayStepTiming(step: EnrollmentStep, detail: DelayStepDetail | null, now: number, next?: EnrollmentStep): StepTiming {
  const phase = delayPhase(step, detail, now, next);
  if (phase.phase === "waiting") return { badge: { tone: "info", label: { key: "DELAY.waitingBadge" } }, finishedAt: null };
  return { finishedAt: phase.phase === "waited" ? phase.until : step.finishedAt };
}
