import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AttemptOutcome, EnrollmentStatus, StepStatus } from "./run-history-api";
import styles from "./run-history.module.css";

const ENROLLMENT: Record<EnrollmentStatus, { tone: BadgeTone; label: string; title: string }> = {
  ACTIVE: { tone: "info", label: "Active", title: "The run is in progress or waiting for a retry" },
  COMPLETED: { tone: "success", label: "Completed", title: "Every action finished" },
  FAILED: { tone: "danger", label: "Failed", title: "An action failed and will not be retried" },
  CANCELLED: { tone: "muted", label: "Cancelled", title: "Someone cancelled or unenrolled the run; nothing more runs" },
};

export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const s = ENROLLMENT[status] ?? { tone: "neutral" as const, label: status, title: status };
  return (
    <Badge tone={s.tone} title={s.title}>
      <span className={status === "ACTIVE" ? `badge-dot ${styles.pulse}` : "badge-dot"} aria-hidden />
      {s.label}
    </Badge>
  );
}

const STEP: Record<StepStatus, { tone: BadgeTone; label: string }> = {
  PENDING: { tone: "muted", label: "Pending" },
  RUNNING: { tone: "info", label: "Sending" },
  RETRY_SCHEDULED: { tone: "warning", label: "Retry scheduled" },
  SUCCEEDED: { tone: "success", label: "Succeeded" },
  FAILED: { tone: "danger", label: "Failed" },
  CANCELLED: { tone: "muted", label: "Cancelled" },
};

/** A step's status; `override` words it where the step's type or a wait changes its meaning ("Waiting", "Running"). */
export function StepStatusBadge({ status, override }: { status: StepStatus; override?: { tone: BadgeTone; label: string } }) {
  const s = override ?? STEP[status] ?? { tone: "neutral" as const, label: status };
  return (
    <Badge tone={s.tone}>
      <span className="badge-dot" aria-hidden />
      {s.label}
    </Badge>
  );
}

const OUTCOME: Record<AttemptOutcome, { tone: BadgeTone; label: string; title: string }> = {
  SUCCESS: { tone: "success", label: "Success", title: "The endpoint accepted the delivery" },
  RETRYABLE: { tone: "warning", label: "Retryable", title: "Failed; Hookflow retries it later" },
  FINAL: { tone: "danger", label: "Final failure", title: "Failed; not retried" },
};

export function OutcomeBadge({ outcome }: { outcome: AttemptOutcome }) {
  const s = OUTCOME[outcome] ?? { tone: "neutral" as const, label: outcome, title: outcome };
  return (
    <Badge tone={s.tone} title={s.title}>
      {s.label}
    </Badge>
  );
}
