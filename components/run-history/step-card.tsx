"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/ui/form-error";
import { RelativeTime } from "@/components/ui/relative-time";
import { actionDefinitions } from "@/lib/actions/action-registry";
import { errorMessage } from "@/lib/client/api-fetch";
import { AttemptItem } from "./attempt-item";
import { runHistoryApi, runHistoryKeys, type EnrollmentStep } from "./run-history-api";
import { StepStatusBadge } from "./status-badges";

function typeLabel(type: string): string {
  return (actionDefinitions as Record<string, { label?: string }>)[type]?.label ?? type;
}

/** One action of the run: its delivery id, status, every attempt (newest first) and "Retry now". */
export function StepCard({ enrollmentId, step, index, actionName }: { enrollmentId: string; step: EnrollmentStep; index: number; actionName: string | null }) {
  const queryClient = useQueryClient();
  // Attempts a person opened or closed by hand; the others follow "newest open, older closed",
  // so when a retry lands the new attempt opens and the previous one folds away.
  const [toggled, setToggled] = useState<Record<number, boolean>>({});
  const retry = useMutation({
    // The attempt count when pressed: the note below stays until a newer attempt arrives.
    mutationFn: (_attemptsBefore: number) => runHistoryApi.retry(enrollmentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: runHistoryKeys.all }),
  });
  const canRetry = step.status === "FAILED" || step.status === "RETRY_SCHEDULED";
  const attempts = [...step.attempts].sort((a, b) => b.attempt - a.attempt);
  const title = actionName || typeLabel(step.actionType);
  const headingId = `step-${step.actionId}`;

  return (
    <section className="card card-flush step-card" aria-labelledby={headingId}>
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
            <span>
              Started <RelativeTime value={step.startedAt} />
            </span>
            {step.finishedAt && (
              <>
                <span aria-hidden>·</span>
                <span>
                  Finished <RelativeTime value={step.finishedAt} />
                </span>
              </>
            )}
          </div>
        </div>
        <div className="step-tools">
          <StepStatusBadge status={step.status} />
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
        <div className="step-delivery">
          <span className="step-delivery-label" id={`${headingId}-delivery`}>
            Delivery ID
          </span>
          <code className="step-delivery-id" aria-labelledby={`${headingId}-delivery`}>
            {step.deliveryId}
          </code>
          <CopyButton text={step.deliveryId} label="Copy" />
        </div>

        {retry.isError && (
          <div id={`${headingId}-retry-error`}>
            <FormError message={errorMessage(retry.error)} />
          </div>
        )}
        {retry.isSuccess && retry.variables === step.attempts.length && (
          <p className="muted step-retry-note" role="status">
            Sent again; the new attempt appears below when it finishes.
          </p>
        )}
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
      </div>
    </section>
  );
}
