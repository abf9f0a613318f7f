import { z } from "zod";
import { actionDisplayName } from "@/lib/actions/action-names";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/api-error";
import type { WorkflowAction } from "./workflow-schema";

export type EnrollmentStatus = "ACTIVE" | "COMPLETED" | "FAILED";

/** One enrollment with every step and every attempt, as GET /api/enrollments/:id returns it. */
export async function getEnrollment(id: string) {
  const row = await db.enrollment.findUnique({
    where: { id },
    include: {
      record: { select: { id: true, displayName: true, objectType: true } },
      steps: { orderBy: { startedAt: "asc" }, include: { attempts: { orderBy: { attempt: "asc" } } } },
    },
  });
  if (!row) throw ApiError.notFound(`Enrollment ${id}`);
  const snapshot = (row.actionsSnapshot ?? []) as unknown as WorkflowAction[];
  return {
    id: row.id,
    workflowId: row.workflowId,
    recordId: row.recordId,
    record: row.record,
    status: row.status as EnrollmentStatus,
    error: row.error,
    outputs: row.outputs,
    // The run's own copy of its actions (the workflow may have changed or lost them since), named as
    // the editor names them: outputs and steps are keyed by action id, which people never see.
    // Configs stay out: the page needs names only.
    actions: snapshot.map((action) => ({ id: action.id, type: action.type, name: action.name ?? null, displayName: actionDisplayName(action) })),
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

export const enrollmentListQuerySchema = z.object({
  status: z.enum(["ACTIVE", "COMPLETED", "FAILED"], { error: () => "status must be ACTIVE, COMPLETED or FAILED." }).optional(),
  limit: z.coerce.number().int().min(1).max(200, "limit must be between 1 and 200.").default(50),
  // Id of the last enrollment of the previous page.
  cursor: z.string().min(1).optional(),
});

/** A workflow's enrollments, newest first, with the record's name and the step that failed or waits. */
export async function listEnrollments(workflowId: string, query: z.infer<typeof enrollmentListQuerySchema>) {
  if (!(await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } }))) throw ApiError.notFound(`Workflow ${workflowId}`);
  const rows = await db.enrollment.findMany({
    where: { workflowId, ...(query.status ? { status: query.status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    include: { record: { select: { id: true, displayName: true, objectType: true } } },
  });
  const page = rows.slice(0, query.limit);
  return {
    enrollments: page.map((row) => ({
      id: row.id,
      recordId: row.recordId,
      record: row.record,
      status: row.status as EnrollmentStatus,
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
