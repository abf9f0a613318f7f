import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AttemptOutcome, EnrollmentStatus, StepStatus } from "./run-history-api";
import styles from "./run-history.module.css";

const ENROLLMENT: Record<EnrollmentStatus, { tone: BadgeTone; key: "active" | "completed" | "failed" | "cancelled" }> = {
  ACTIVE: { tone: "info", key: "active" },
  COMPLETED: { tone: "success", key: "completed" },
  FAILED: { tone: "danger", key: "failed" },
  CANCELLED: { tone: "muted", key: "cancelled" },
};

export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const t = useTranslations("runs.badges.enrollment");
  const known = ENROLLMENT[status];
  const s = known
    ? { tone: known.tone, label: t(`${known.key}.label`), title: t(`${known.key}.title`) }
    : { tone: "neutral" as const, label: status, title: status };
  return (
    <Badge tone={s.tone} title={s.title}>
      <span className={status === "ACTIVE" ? `badge-dot ${styles.pulse}` : "badge-dot"} aria-hidden />
      {s.label}
    </Badge>
  );
}

const STEP: Record<StepStatus, { tone: BadgeTone; key: "pending" | "running" | "retryScheduled" | "succeeded" | "failed" | "cancelled" }> =
  {
    PENDING: { tone: "muted", key: "pending" },
    RUNNING: { tone: "info", key: "running" },
    RETRY_SCHEDULED: { tone: "warning", key: "retryScheduled" },
    SUCCEEDED: { tone: "success", key: "succeeded" },
    FAILED: { tone: "danger", key: "failed" },
    CANCELLED: { tone: "muted", key: "cancelled" },
  };

/** A step's status; `override` words it where the step's type or a wait changes its meaning ("Waiting", "Running"). */
export function StepStatusBadge({ status, override }: { status: StepStatus; override?: { tone: BadgeTone; label: string } }) {
  const t = useTranslations("runs.badges.step");
  const known = STEP[status];
  const s = override ?? (known ? { tone: known.tone, label: t(known.key) } : { tone: "neutral" as const, label: status });
  return (
    <Badge tone={s.tone}>
      <span className="badge-dot" aria-hidden />
      {s.label}
    </Badge>
  );
}

const OUTCOME: Record<AttemptOutcome, { tone: BadgeTone; key: "success" | "retryable" | "final" }> = {
  SUCCESS: { tone: "success", key: "success" },
  RETRYABLE: { tone: "warning", key: "retryable" },
  FINAL: { tone: "danger", key: "final" },
};

export function OutcomeBadge({ outcome }: { outcome: AttemptOutcome }) {
  const t = useTranslations("runs.badges.outcome");
  const known = OUTCOME[outcome];
  const s = known
    ? { tone: known.tone, label: t(`${known.key}.label`), title: t(`${known.key}.title`) }
    : { tone: "neutral" as const, label: outcome, title: outcome };
  return (
    <Badge tone={s.tone} title={s.title}>
      {s.label}
    </Badge>
  );
}
