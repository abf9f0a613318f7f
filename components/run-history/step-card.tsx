"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, Hourglass, RotateCw } from "lucide-react";
import { useState, type ReactNode } from "react";
import type { BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/ui/form-error";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDuration } from "@/components/webhook-exchange/exchange-view";
import { actionDefinitions } from "@/lib/actions/action-registry";
import { errorMessage } from "@/lib/client/api-fetch";
import { formatDateTime, formatRelative } from "@/lib/client/format";
import { AttemptItem } from "./attempt-item";
import { runHistoryApi, runHistoryKeys, type DeliveryAttempt, type EnrollmentStep } from "./run-history-api";
import { StepStatusBadge } from "./status-badges";
import { delayLength, delayPhase, formatTimeLeft, formatUntil, heldByDelay, stepKind, type DelayPhase, type StepKind } from "./step-kinds";

function typeLabel(type: string): string {
  return (actionDefinitions as Record<string, { label?: string }>)[type]?.label ?? type;
}

/** A moment as a time (today) or date and time, with the exact time on hover and in the datetime attribute. */
function Until({ value, now }: { value: string; now: number }) {
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatUntil(value, now)}
    </time>
  );
}

/** "(in 1 hour)" for a time ahead; "(5 minutes ago)" for one past; nothing when it is about now. */
function FromNow({ value, now }: { value: string; now: number }) {
  const label = new Date(value).getTime() > now ? formatTimeLeft(value, now) : formatRelative(value, now);
  return !label || label === "just now" ? null : <span className="muted"> ({label})</span>;
}

function Problem({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="step-problem" role="note">
      <CircleAlert aria-hidden size={18} className="step-problem-icon" />
      <div>
        <p className="step-problem-title">{title}</p>
        {children && <p>{children}</p>}
      </div>
    </div>
  );
}

/** The line of a step that has not started because the Delay before it still waits. */
function HeldLine({ due, delayName, now }: { due: string; delayName: string | null; now: number }) {
  return (
    <p className="step-wait">
      <Hourglass aria-hidden size={16} className="step-wait-icon" />
      <span>
        Waits for {delayName ? `the delay “${delayName}”` : "the delay"} to end · starts at <Until value={due} now={now} />
        <FromNow value={due} now={now} />
      </span>
    </p>
  );
}

function DelayBody({ step, phase, now }: { step: EnrollmentStep; phase: DelayPhase; now: number }) {
  const length = step.delay ? delayLength(step.delay.amount, step.delay.unit) : null;
  switch (phase.phase) {
    case "waiting":
      return (
        <p className="step-wait">
          <Hourglass aria-hidden size={16} className="step-wait-icon" />
          <span>
            {length ? `Waits ${length}` : "Waits"} · until <Until value={phase.until} now={now} />
            <FromNow value={phase.until} now={now} />
          </span>
        </p>
      );
    case "waited":
      return (
        <p className="step-wait step-wait-done">
          <Hourglass aria-hidden size={16} className="step-wait-icon" />
          <span>
            {length ? `Waited ${length}` : "Waited"} · until <Until value={phase.until} now={now} />
          </span>
        </p>
      );
    case "noWait":
      return (
        <p className="step-wait step-wait-done">
          <Hourglass aria-hidden size={16} className="step-wait-icon" />
          <span>
            {length ? `Wait ${length}` : "Wait"} · <span className="muted">no step comes after it, so the run ended here without waiting.</span>
          </span>
        </p>
      );
    case "failed":
      return <Problem title="The wait did not start.">{step.error ?? step.attempts.at(-1)?.error}</Problem>;
    case "pending":
      return <p className="muted">{length ? `Starting a wait of ${length}…` : "Starting the wait…"}</p>;
  }
}

/** The tries of a step that is not a delivery (a Set property value run again with Retry now), newest first. */
function TryList({ attempts, title, shownError }: { attempts: DeliveryAttempt[]; title: string; shownError: string | null }) {
  return (
    <div className="step-tries">
      <h5 className="step-tries-label">Tries</h5>
      <ol className="step-try-list" aria-label={`Tries of ${title}`}>
        {attempts.map((a) => (
          <li key={a.attempt} className="step-try">
            <span className="attempt-number">Try {a.attempt}</span>
            <StepStatusBadge status={a.outcome === "SUCCESS" ? "SUCCEEDED" : "FAILED"} />
            <span className="attempt-meta mono">{formatDuration(a.durationMs)}</span>
            <span className="attempt-meta">
              <RelativeTime value={a.startedAt} />
            </span>
            {/* The error shown above is not repeated under every try that had it. */}
            {a.error && a.error !== shownError && <span className="step-try-error">{a.error}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

function SetPropertyBody({ step, attempts, title, now }: { step: EnrollmentStep; attempts: DeliveryAttempt[]; title: string; now: number }) {
  const detail = step.setProperty;
  const property = detail?.property ?? null;
  const error = step.error ?? attempts[0]?.error ?? null;
  const at = step.finishedAt ?? attempts[0]?.startedAt ?? null;
  const facts = (
    <dl className="step-facts">
      {property && (
        <div>
          <dt>Property</dt>
          <dd className="mono">{property}</dd>
        </div>
      )}
      {step.status === "SUCCEEDED" && (
        <div>
          <dt>Value</dt>
          <dd className="mono step-fact-value">{detail?.value === null || detail?.value === undefined ? <span className="muted">not on record</span> : detail.value === "" ? <span className="muted">(empty)</span> : detail.value}</dd>
        </div>
      )}
      {detail?.source && (
        <div>
          <dt>From</dt>
          <dd>{detail.source}</dd>
        </div>
      )}
      {at && (step.status === "SUCCEEDED" || step.status === "FAILED") && (
        <div>
          <dt>{step.status === "SUCCEEDED" ? "Set at" : "Failed at"}</dt>
          <dd>
            <Until value={at} now={now} />
            <FromNow value={at} now={now} />
          </dd>
        </div>
      )}
    </dl>
  );
  return (
    <>
      {step.status === "FAILED" && <Problem title={property ? `Could not set ${property}` : "Could not set the property"}>{error}</Problem>}
      {(step.status === "PENDING" || step.status === "RUNNING" || step.status === "RETRY_SCHEDULED") && (
        <p className="muted">
          {property ? `Setting ${property}` : "Setting the property"}
          {attempts.length > 0 ? " again…" : "…"}
        </p>
      )}
      {facts}
      {attempts.length > 1 && <TryList attempts={attempts} title={title} shownError={step.status === "FAILED" ? error : null} />}
    </>
  );
}

function WebhookBody({ step, attempts, title, headingId, feedback }: { step: EnrollmentStep; attempts: DeliveryAttempt[]; title: string; headingId: string; feedback: ReactNode }) {
  // Attempts a person opened or closed by hand; the others follow "newest open, older closed",
  // so when a retry lands the new attempt opens and the previous one folds away.
  const [toggled, setToggled] = useState<Record<number, boolean>>({});
  return (
    <>
      <div className="step-delivery">
        <span className="step-delivery-label" id={`${headingId}-delivery`}>
          Delivery ID
        </span>
        <code className="step-delivery-id" aria-labelledby={`${headingId}-delivery`}>
          {step.deliveryId}
        </code>
        <CopyButton text={step.deliveryId} label="Copy" />
      </div>

      {feedback}
      {step.error && step.error !== attempts[0]?.error && (
        <p className="step-error" role="note">
          {step.error}
        </p>
      )}

      {attempts.length === 0 ? (
        <p className="muted">{step.status === "PENDING" || step.status === "RUNNING" ? "Sending the first attempt…" : "No attempts recorded."}</p>
      ) : (
        <>
          <h5 className="visually-hidden">Attempts</h5>
          <ol className="attempt-list" aria-label={`Attempts of ${title}`}>
            {attempts.map((attempt, i) => (
              <AttemptItem
                key={attempt.attempt}
                attempt={attempt}
                open={toggled[attempt.attempt] ?? i === 0}
                waiting={i === 0 && step.status === "RETRY_SCHEDULED"}
                onOpenChange={(open) => setToggled((t) => ({ ...t, [attempt.attempt]: open }))}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** The badge's words where the step's type or a wait changes what its status means. */
function badgeFor(step: EnrollmentStep, kind: StepKind, phase: DelayPhase | null, held: boolean): { tone: BadgeTone; label: string } | undefined {
  if (held) return { tone: "muted", label: "Scheduled" };
  if (phase?.phase === "waiting") return { tone: "info", label: "Waiting" };
  // "Sending" is a delivery's word.
  if (kind !== "webhook" && step.status === "RUNNING") return { tone: "info", label: "Running" };
  return undefined;
}

const RETRY_NOTE: Record<Exclude<StepKind, "delay">, string> = {
  webhook: "Sent again; the new attempt appears below when it finishes.",
  setProperty: "Running it again; the result appears here when it finishes.",
};

/**
 * One action of the run, drawn as its type needs: a webhook's delivery id, status, every attempt
 * (newest first) and "Retry now"; what a Set property value step wrote; how long a Delay waits.
 */
export function StepCard({ enrollmentId, step, index, actionName, previous, previousName, next, now }: {
  enrollmentId: string;
  step: EnrollmentStep;
  index: number;
  actionName: string | null;
  /** The step before this one, to tell whether a Delay holds this one. */
  previous?: EnrollmentStep;
  previousName?: string | null;
  /** The step after this one: when it has started, a Delay's wait is over. */
  next?: EnrollmentStep;
  now: number;
}) {
  const queryClient = useQueryClient();
  const retry = useMutation({
    // The attempt count when pressed: the note below stays until a newer attempt arrives.
    mutationFn: (_attemptsBefore: number) => runHistoryApi.retry(enrollmentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: runHistoryKeys.all }),
  });
  const kind = stepKind(step.actionType);
  const phase = kind === "delay" ? delayPhase(step, now, next) : null;
  const heldUntil = heldByDelay(step, previous, now);
  // Deliveries retry; a failed Set property value can run again (e.g. after its source was fixed).
  // A Delay fails only when its record or action is gone, which running it again does not change.
  const canRetry = kind === "webhook" ? step.status === "FAILED" || step.status === "RETRY_SCHEDULED" : kind === "setProperty" && step.status === "FAILED";
  const attempts = [...step.attempts].sort((a, b) => b.attempt - a.attempt);
  const title = actionName || typeLabel(step.actionType);
  // The step row is written when the run reaches the step (for a step behind a Delay, when the wait
  // began); it started when its first attempt ran.
  const startedAt = attempts.at(-1)?.startedAt ?? step.startedAt;
  const headingId = `step-${step.actionId}`;
  const delayName = previousName && previousName !== typeLabel("DELAY") ? previousName : null;
  // A Delay's step is done at once; its wait ends later, and that is when it "finishes" for people.
  const feedback = (
    <>
      {retry.isError && (
        <div id={`${headingId}-retry-error`}>
          <FormError message={errorMessage(retry.error)} />
        </div>
      )}
      {retry.isSuccess && retry.variables === step.attempts.length && (
        <p className="muted step-retry-note" role="status">
          {RETRY_NOTE[kind === "setProperty" ? "setProperty" : "webhook"]}
        </p>
      )}
    </>
  );
  const finishedAt = phase ? (phase.phase === "waiting" ? null : phase.phase === "waited" ? phase.until : step.finishedAt) : step.finishedAt;

  return (
    <section className="card card-flush step-card" aria-labelledby={headingId} data-step-type={step.actionType}>
      <div className="step-header">
        <div className="step-title-block">
          <h4 id={headingId} className="step-title">
            <span className="step-index">{index + 1}</span>
            {title}
          </h4>
          <div className="step-meta">
            {title !== typeLabel(step.actionType) && (
              <>
                <span>{typeLabel(step.actionType)}</span>
                <span aria-hidden>·</span>
              </>
            )}
            {heldUntil ? (
              <span>Not started yet</span>
            ) : (
              <span>
                {step.status === "PENDING" && attempts.length === 0 ? "Queued" : "Started"} <RelativeTime value={startedAt} />
              </span>
            )}
            {finishedAt && (
              <>
                <span aria-hidden>·</span>
                <span>
                  Finished <RelativeTime value={finishedAt} />
                </span>
              </>
            )}
          </div>
        </div>
        <div className="step-tools">
          <StepStatusBadge status={step.status} override={badgeFor(step, kind, phase, !!heldUntil)} />
          {canRetry && (
            <Button
              variant="primary"
              size="sm"
              loading={retry.isPending}
              icon={<RotateCw className="btn-icon" aria-hidden />}
              onClick={() => retry.mutate(step.attempts.length)}
              aria-describedby={retry.isError ? `${headingId}-retry-error` : undefined}
            >
              Retry now
            </Button>
          )}
        </div>
      </div>

      <div className="step-body">
        {heldUntil ? (
          <HeldLine due={heldUntil} delayName={delayName} now={now} />
        ) : kind === "delay" ? (
          <DelayBody step={step} phase={phase!} now={now} />
        ) : kind === "setProperty" ? (
          <>
            {feedback}
            <SetPropertyBody step={step} attempts={attempts} title={title} now={now} />
          </>
        ) : (
          <WebhookBody step={step} attempts={attempts} title={title} headingId={headingId} feedback={feedback} />
        )}
      </div>
    </section>
  );
}
