import type { WorkflowAction } from "@/lib/workflows/workflow-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueue, findQueuedJob, notifyEnqueued, setJobRunAt } from "@/lib/jobs/job-queue";
import { MIN_RETRY_INTERVAL_MS } from "@/lib/jobs/retry-schedule";
import { runStepJobKind, stepJob } from "./runner";
import { readActionsSnapshot } from "./actions-snapshot";

/**
 * "Retry now": sends the enrollment's failed or waiting step again through the durable
 * runner, as a new attempt under the same delivery id. A step waiting for its next retry
 * is moved up to now; a failed step (and its enrollment) becomes active again, and its
 * 3-day retry window and count of attempts start over from this replay.
 *
 * Pressing it again and again must not hammer the receiver: "now" is never sooner than
 * MIN_RETRY_INTERVAL_MS after the step's last attempt ended, as for automatic retries. The
 * answer says when the attempt is due (`runAt`).
 */
export async function retryNow(enrollmentId: string): Promise<{
  enrollmentId: string;
  actionId: string;
  runAt: string;
  about: { action: Pick<WorkflowAction, "type" | "name"> | null; recordId: number; recordName: string | null };
}> {
  const enrollment = await db.enrollment.findUnique({
    where: { id: enrollmentId },
    include: {
      steps: { where: { status: { in: ["FAILED", "RETRY_SCHEDULED"] } }, orderBy: { startedAt: "desc" }, take: 1 },
      record: { select: { displayName: true } },
    },
  });
  if (!enrollment) throw AppError.of("NOT_FOUND.enrollment", { id: enrollmentId });
  // A cancelled run stays ended: someone stopped it on purpose. Enrolling the record again starts a new run.
  if (enrollment.status === "CANCELLED") {
    throw AppError.of("RUN_CANCELLED");
  }
  const step = enrollment.steps[0];
  if (!step) {
    throw AppError.of("NOTHING_TO_RETRY");
  }
  const action = readActionsSnapshot(enrollment.actionsSnapshot).find((a) => a.id === step.actionId);
  const runAt = await db.$transaction(async (tx) => {
    // The queued job first, then the last attempt. On PostgreSQL (READ COMMITTED) each query sees
    // what was committed before it began, and the runner commits an attempt together with its
    // job's next time: read the other way round, the attempt could be the one before and the job
    // the one after that commit, and a job just put off for a minute was moved up to run at once,
    // right after the attempt this did not see. In this order a commit in between only makes the
    // attempt read newer (a later `due`); a job being sent is not queued (ALREADY_RUNNING below).
    const queued = await findQueuedJob(tx, step.id);
    const last = await tx.deliveryAttempt.findFirst({
      where: { stepId: step.id },
      orderBy: { attempt: "desc" },
      select: { attempt: true, startedAt: true, durationMs: true },
    });
    const now = Date.now();
    const due = new Date(Math.max(now, last ? last.startedAt.getTime() + last.durationMs + MIN_RETRY_INTERVAL_MS : now));
    if (queued) {
      // Moved up, never put off: a retry already due sooner stays as it is.
      if (queued.runAt <= due) return queued.runAt;
      await setJobRunAt(tx, queued.id, due);
      return due;
    }
    if (step.status === "RETRY_SCHEDULED") {
      throw AppError.of("ALREADY_RUNNING");
    }
    if (!action) throw AppError.of("ACTION_MISSING", { actionId: step.actionId });
    await tx.enrollmentStep.update({ where: { id: step.id }, data: { status: "RETRY_SCHEDULED", finishedAt: null, firstFailedAt: null } });
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "ACTIVE", error: null, finishedAt: null } });
    await enqueue(tx, runStepJobKind, stepJob(step.id, action, due, last?.attempt ?? 0));
    return due;
  });
  notifyEnqueued();
  // `about` names the step and record for the audit log entry; the route does not send it.
  const about = {
    action: action ? { type: action.type, name: action.name } : null,
    recordId: enrollment.recordId,
    recordName: enrollment.record.displayName || null,
  };
  return { enrollmentId, actionId: step.actionId, runAt: runAt.toISOString(), about };
}
