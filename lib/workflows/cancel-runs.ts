import { actorLabel } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { endQueuedJobsOf, lockJobsOf, type Tx } from "@/lib/jobs/job-queue";

/** Who cancels runs: a person, or a person through an API token (the route's actor). */
type Canceller = Parameters<typeof actorLabel>[0];

/** A run that was cancelled, with the names its audit log entry reads by. */
type CancelledRun = { enrollmentId: string; workflowName: string; recordId: number; recordName: string | null };

/**
 * Cancels active runs: each becomes CANCELLED (finishedAt: when; cancelledBy: who, as the audit
 * log names them in English, and cancelledByName and cancelledByToken: the parts, which the UI words
 * in the viewer's language), its unfinished steps CANCELLED, and its queued jobs (a scheduled retry, a step
 * behind a Delay, a step not started) end. An attempt already being sent finishes and is recorded
 * (the runner sees the step cancelled and schedules nothing after it). Returns the runs cancelled:
 * those of `ids` still ACTIVE when the transaction ran.
 *
 * The order matters on PostgreSQL: the runs' jobs are locked first, as the runner locks the jobs
 * whose outcome it records (heldJobs), so a commit of the runner in between is waited for and the
 * statements after the lock see its new step and job; the same order on both sides, no deadlock.
 */
async function cancelRunsById(ids: string[], by: Canceller): Promise<CancelledRun[]> {
  if (!ids.length) return [];
  const now = new Date();
  const cancelledBy = actorLabel(by);
  const tokenName = by.kind === "token" ? by.tokenName.slice(0, 200) : null;
  const cancelled = await db.$transaction(async (tx) => {
    await lockJobsOf(tx, await stepIdsOf(tx, ids));
    const runs = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Enrollment" SET status = 'CANCELLED', "finishedAt" = ${now}, "cancelledBy" = ${cancelledBy.slice(0, 200)},
        "cancelledByName" = ${by.name.slice(0, 200)}, "cancelledByToken" = ${tokenName}, error = NULL, "errorKey" = NULL, "errorParams" = NULL
      WHERE id IN (${Prisma.join(ids)}) AND status = 'ACTIVE'
      RETURNING id`;
    const runIds = runs.map((run) => run.id);
    if (!runIds.length) return [];
    await tx.enrollmentStep.updateMany({
      where: { enrollmentId: { in: runIds }, status: { notIn: ["SUCCEEDED", "FAILED", "CANCELLED"] } },
      data: { status: "CANCELLED", finishedAt: now },
    });
    await endQueuedJobsOf(tx, await stepIdsOf(tx, runIds), `The run was cancelled by ${cancelledBy}.`);
    return runIds;
  });
  if (!cancelled.length) return [];
  const rows = await db.enrollment.findMany({
    where: { id: { in: cancelled } },
    select: { id: true, recordId: true, workflow: { select: { name: true } }, record: { select: { displayName: true } } },
  });
  return rows.map((row) => ({
    enrollmentId: row.id,
    workflowName: row.workflow.name,
    recordId: row.recordId,
    recordName: row.record.displayName || null,
  }));
}

const stepIdsOf = async (tx: Tx, enrollmentIds: string[]) =>
  (await tx.enrollmentStep.findMany({ where: { enrollmentId: { in: enrollmentIds } }, select: { id: true } })).map((step) => step.id);

/** "Cancel run": one active run. 404 when there is no such run, 409 NOT_ACTIVE when it has ended. */
export async function cancelRun(enrollmentId: string, by: Canceller): Promise<CancelledRun> {
  const [cancelled] = await cancelRunsById([enrollmentId], by);
  if (cancelled) return cancelled;
  const run = await db.enrollment.findUnique({ where: { id: enrollmentId }, select: { status: true } });
  if (!run) throw AppError.of("NOT_FOUND.enrollment", { id: enrollmentId });
  throw AppError.of("NOT_ACTIVE", { status: run.status.toLowerCase() });
}

/**
 * "Unenroll" (HubSpot's word): ends every active run of a record in a workflow. 404 for an unknown
 * workflow, 409 NOT_ENROLLED when the record has no active run in it.
 */
export async function unenroll(workflowId: string, recordId: number, by: Canceller): Promise<CancelledRun[]> {
  const workflow = await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } });
  if (!workflow) throw AppError.of("NOT_FOUND.workflow", { id: workflowId });
  const active = await db.enrollment.findMany({ where: { workflowId, recordId, status: "ACTIVE" }, select: { id: true } });
  const cancelled = await cancelRunsById(
    active.map((run) => run.id),
    by,
  );
  if (!cancelled.length) throw AppError.of("NOT_ENROLLED", { recordId });
  return cancelled;
}
