import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/api-error";

export type EnrollmentStatus = "ACTIVE" | "COMPLETED" | "FAILED";

/** One enrollment with every step and every attempt, as GET /api/enrollments/:id returns it. */
export async function getEnrollment(id: string) {
  const row = await db.enrollment.findUnique({
    where: { id },
    include: { steps: { orderBy: { startedAt: "asc" }, include: { attempts: { orderBy: { attempt: "asc" } } } } },
  });
  if (!row) throw ApiError.notFound(`Enrollment ${id}`);
  return {
    id: row.id,
    workflowId: row.workflowId,
    recordId: row.recordId,
    status: row.status as EnrollmentStatus,
    error: row.error,
    outputs: row.outputs,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    steps: row.steps.map((step) => ({
      actionId: step.actionId,
      actionType: step.actionType,
      status: step.status,
      deliveryId: step.deliveryId,
      outputs: step.outputs,
      error: step.error,
      startedAt: step.startedAt.toISOString(),
      finishedAt: step.finishedAt?.toISOString() ?? null,
      attempts: step.attempts.map((a) => ({
        attempt: a.attempt,
        outcome: a.outcome,
        startedAt: a.startedAt.toISOString(),
        durationMs: a.durationMs,
        request: a.request,
        response: a.response,
        error: a.error,
        nextAttemptAt: a.nextAttemptAt?.toISOString() ?? null,
      })),
    })),
  };
}
