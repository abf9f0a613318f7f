"use client";

import { Hourglass } from "lucide-react";
import type { StepBodyProps, StepTiming } from "@/components/actions/action-view";
import type { EnrollmentStep } from "@/components/run-history/run-history-api";
import { FromNow, Problem, Until } from "@/components/run-history/step-parts";
import { delayLength, delayPhase, type DelayStepDetail } from "@/lib/actions/delay/step-detail";
import styles from "@/components/run-history/step-card.module.css";

/** How long the Delay waits and until when; a wait that ended the run at once says so. */
export function DelayStep({ step, detail, now, next }: StepBodyProps<DelayStepDetail>) {
  const length = detail ? delayLength(detail.amount, detail.unit) : null;
  const phase = delayPhase(step, detail, now, next);
  switch (phase.phase) {
    case "waiting":
      return (
        <p className={styles.wait}>
          <Hourglass aria-hidden size={16} className={styles.waitIcon} />
          <span>
            {length ? `Waits ${length}` : "Waits"} · until <Until value={phase.until} now={now} />
            <FromNow value={phase.until} now={now} />
          </span>
        </p>
      );
    case "waited":
      return (
        <p className={`${styles.wait} ${styles.waitDone}`}>
          <Hourglass aria-hidden size={16} className={styles.waitIcon} />
          <span>
            {length ? `Waited ${length}` : "Waited"} · until <Until value={phase.until} now={now} />
          </span>
        </p>
      );
    case "noWait":
      return (
        <p className={`${styles.wait} ${styles.waitDone}`}>
          <Hourglass aria-hidden size={16} className={styles.waitIcon} />
          <span>
            {length ? `Wait ${length}` : "Wait"} ·{" "}
            <span className="muted">no step comes after it, so the run ended here without waiting.</span>
          </span>
        </p>
      );
    case "failed":
      return <Problem title="The wait did not start.">{step.error ?? step.attempts.at(-1)?.error}</Problem>;
    case "pending":
      return <p className="muted">{length ? `Starting a wait of ${length}…` : "Starting the wait…"}</p>;
  }
}

/** A Delay's step is done at once; its wait ends later, and that is when it "finishes" for people. */
export function delayStepTiming(step: EnrollmentStep, detail: DelayStepDetail | null, now: number, next?: EnrollmentStep): StepTiming {
  const phase = delayPhase(step, detail, now, next);
  if (phase.phase === "waiting") return { badge: { tone: "info", label: "Waiting" }, finishedAt: null };
  return { finishedAt: phase.phase === "waited" ? phase.until : step.finishedAt };
}
