"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Hourglass, RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { viewOf } from "@/components/actions/action-views";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { RelativeTime } from "@/components/ui/relative-time";
import { definitionOf } from "@/lib/actions/action-registry";
import type { RunStepBehaviour } from "@/lib/actions/action-definition";
import { DeliveryStepBody } from "./delivery-step-body";
import { runHistoryApi, runHistoryKeys, type EnrollmentStep } from "./run-history-api";
import { StepStatusBadge } from "./status-badges";
import { FromNow, Until } from "./step-parts";
import { heldUntil } from "./step-timing";
import { useActionTypeText } from "@/components/actions/use-action-type-text";
import styles from "./step-card.module.css";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { useErrorText } from "@/lib/client/error-text";

// A type that no longer exists is drawn as a delivery, which shows everything recorded, and is not retried from here.
const unknownType: RunStepBehaviour = { retryNow: "never" };

/** The line of a step that has not started because the step before it (a Delay) still holds it. */
function HeldLine({ due, holder, now }: { due: string; holder: string; now: number }) {
  const t = useTranslations("runs.step");
  return (
    <p className={styles.wait}>
      <Hourglass aria-hidden size={16} className={styles.waitIcon} />
      <span>
        {t.rich("held", { holder, until: () => <Until value={due} now={now} /> })}
        <FromNow value={due} now={now} />
      </span>
    </p>
  );
}

/**
 * One action of the run: its name, type, status and times, "Retry now" where its type allows,
 * and its body as its type draws it (components/actions/<type>/view.ts): a delivery's attempts,
 * what a Set property value step wrote, how long a Delay waits.
 */
export function StepCard({
  enrollmentId,
  step,
  index,
  actionName,
  previous,
  previousName,
  next,
  now,
}: {
  enrollmentId: string;
  step: EnrollmentStep;
  index: number;
  actionName: string | null;
  /** The step before this one, to tell whether it holds this one. */
  previous?: EnrollmentStep;
  previousName?: string | null;
  /** The step after this one: when it has started, a Delay's wait is over. */
  next?: EnrollmentStep;
  now: number;
}) {
  const errorText = useErrorText();
  const t = useTranslations("runs.step");
  const queryClient = useQueryClient();
  // Retry now needs an Editor; below it the button stays, disabled, with the reason beside it.
  const editor = useRoleGuard("EDITOR");
  const retry = useMutation({
    // The attempt count when pressed: the note below stays until a newer attempt arrives.
    mutationFn: (_attemptsBefore: number) => runHistoryApi.retry(enrollmentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: runHistoryKeys.all }),
  });
  const text = useActionTypeText();
  const definition = definitionOf(step.actionType);
  const typeLabel = text.label(step.actionType);
  const behaviour = definition?.run ?? unknownType;
  const view = viewOf(step.actionType);
  const StepBody = view?.StepBody ?? DeliveryStepBody;
  const timing = view?.stepTiming?.(step, step.detail, now, next) ?? { finishedAt: step.finishedAt };
  const heldDue = heldUntil(step, previous, now);
  const canRetry =
    behaviour.retryNow === "delivery"
      ? step.status === "FAILED" || step.status === "RETRY_SCHEDULED"
      : behaviour.retryNow === "failed" && step.status === "FAILED";
  const attempts = [...step.attempts].sort((a, b) => b.attempt - a.attempt);
  const title = actionName || typeLabel;
  // The step row is written when the run reaches the step (for a step behind a Delay, when the wait
  // began); it started when its first attempt ran.
  const startedAt = attempts.at(-1)?.startedAt ?? step.startedAt;
  const headingId = `step-${step.actionId}`;
  const badge = heldDue
    ? { tone: "muted" as const, label: t("scheduled") }
    : timing.badge
      ? { tone: timing.badge.tone, label: text.text(timing.badge.label) }
      : step.status === "RUNNING"
        ? { tone: "info" as const, label: text.runningLabel(step.actionType) || t("running") }
        : undefined;
  const feedback = (
    <>
      {retry.isError && (
        <div id={`${headingId}-retry-error`}>
          <FormError message={errorText(retry.error)} />
        </div>
      )}
      {retry.isSuccess && retry.variables === step.attempts.length && (
        <p className={`muted ${styles.retryNote}`} role="status">
          {text.retryNote(step.actionType)}
        </p>
      )}
    </>
  );
  let holder = "";
  if (heldDue && previous) {
    const noun = text.holdsNoun(previous.actionType);
    const previousLabel = text.label(previous.actionType);
    holder =
      previousName && previousName !== previousLabel
        ? t("holderNamed", { noun: noun ?? "", name: previousName })
        : t("holder", { noun: noun ?? "" });
  }

  return (
    <section className="card card-flush" aria-labelledby={headingId} data-step-type={step.actionType}>
      <div className={styles.header}>
        <div>
          <h4 id={headingId} className={styles.title}>
            <span className={styles.index}>{index + 1}</span>
            {title}
          </h4>
          <div className={styles.meta}>
            {title !== typeLabel && (
              <>
                <span>{typeLabel}</span>
                <span aria-hidden>·</span>
              </>
            )}
            {heldDue ? (
              <span>{t("notStarted")}</span>
            ) : (
              <span>
                {t.rich(step.status === "PENDING" && attempts.length === 0 ? "queued" : "started", {
                  time: () => <RelativeTime value={startedAt} />,
                })}
              </span>
            )}
            {timing.finishedAt && (
              <>
                <span aria-hidden>·</span>
                <span>{t.rich("finished", { time: () => <RelativeTime value={timing.finishedAt} /> })}</span>
              </>
            )}
          </div>
        </div>
        <div className={styles.tools}>
          <StepStatusBadge status={step.status} override={badge} />
          {canRetry && (
            <Button
              variant="primary"
              size="sm"
              loading={retry.isPending}
              icon={<RotateCw className="btn-icon" aria-hidden />}
              onClick={() => retry.mutate(step.attempts.length)}
              aria-describedby={retry.isError ? `${headingId}-retry-error` : undefined}
              {...editor.control}
            >
              {t("retryNow")}
            </Button>
          )}
          {canRetry && editor.note}
        </div>
      </div>

      <div className={styles.body}>
        {heldDue ? (
          <HeldLine due={heldDue} holder={holder} now={now} />
        ) : (
          <StepBody step={step} detail={step.detail} attempts={attempts} title={title} feedback={feedback} now={now} next={next} />
        )}
      </div>
    </section>
  );
}
