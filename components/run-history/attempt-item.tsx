"use client";

import { ChevronRight } from "lucide-react";
import { useId } from "react";
import { ExchangeView, formatDuration, HttpStatus } from "@/components/webhook-exchange/exchange-view";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatRelative } from "@/lib/client/format";
import type { DeliveryAttempt } from "./run-history-api";
import { OutcomeBadge } from "./status-badges";

function nextRetryLabel(at: string): string {
  // A retry whose time has passed is waiting for the runner to pick it up.
  const ms = new Date(at).getTime() - Date.now();
  if (ms <= 0) return "Retry due now";
  return ms < 45_000 ? "Next retry in a few seconds" : `Next retry ${formatRelative(at)}`;
}

/** One delivery attempt: a summary line that opens to the full Response / Request exchange. */
export function AttemptItem({ attempt, open, onOpenChange, waiting }: {
  attempt: DeliveryAttempt;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The step waits for the retry this attempt scheduled; an older attempt's next time is history. */
  waiting: boolean;
}) {
  const nextAttemptAt = waiting ? attempt.nextAttemptAt : null;
  const setOpen = onOpenChange;
  const id = useId();
  return (
    <li className="attempt" data-testid={`attempt-${attempt.attempt}`}>
      <h5 className="attempt-heading">
        <button type="button" className="attempt-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <ChevronRight aria-hidden size={16} className="xv-chevron" />
          <span className="attempt-number">Attempt {attempt.attempt}</span>
          <OutcomeBadge outcome={attempt.outcome} />
          {attempt.response ? <HttpStatus status={attempt.response.status} /> : <span className="attempt-noresp">No response</span>}
          <span className="attempt-meta mono">{formatDuration(attempt.durationMs)}</span>
          <span className="attempt-meta">
            <RelativeTime value={attempt.startedAt} />
          </span>
          {nextAttemptAt && <span className="attempt-meta attempt-next">{nextRetryLabel(nextAttemptAt)}</span>}
        </button>
      </h5>
      {!open && attempt.error && <p className="attempt-error-line">{attempt.error}</p>}
      <div id={id} hidden={!open} className="attempt-body">
        {open && (
          <ExchangeView
            request={attempt.request}
            response={attempt.response}
            error={attempt.error}
            durationMs={attempt.durationMs}
            nextAttemptAt={nextAttemptAt}
          />
        )}
      </div>
    </li>
  );
}
