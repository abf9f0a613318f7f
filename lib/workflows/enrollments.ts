import { z } from "zod";
import type { ExecutionResult } from "@/lib/actions/action-executor";
import { executorOf } from "@/lib/actions/action-executors";
import { actionDisplayName, summaryContext } from "@/lib/actions/action-names";
import { definitionOf } from "@/lib/actions/action-registry";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { targetHistory } from "@/lib/audit/entries";
import { db } from "@/lib/db";
import { readSnapshot } from "@/lib/db/read-snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queuedRunAt } from "@/lib/jobs/job-queue";
import { AppError } from "@/lib/errors";
import { readStoredRequest, readStoredResponse } from "@/lib/webhooks/stored-exchange";
import { readActionsSnapshot } from "./actions-snapshot";

export type EnrollmentStatus = "ACTIVE" | "COMPLETED" | "FAILED";
export type StepStatus = "PENDING" | "RUNNING" | "RETRY_SCHEDULED" | "SUCCEEDED" | "FAILED";
export type AttemptOutcome = ExecutionResult["outcome"];

/** A stored JSON object (outputs by name, or by action id then name), or null when there is none. */
const jsonObject = (value: Prisma.JsonValue): Record<string, unknown> | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;

/** One enrollment with every step and every attempt, as GET /api/enrollments/:id returns it. */
export async function getEnrollment(id: string) {
  // The run, its steps, their attempts and their queued jobs as of one moment: Prisma reads them
  // with a query each, and the runner writes a step's state, its attempt and its job together.
  const { row, dueAt } = await readSnapshot(async (tx) => {
    const row = await tx.enrollment.findUnique({
      where: { id },
      include: {
        record: { select: { id: true, displayName: true, objectType: true } },
        steps: { orderBy: { startedAt: "asc" }, include: { attempts: { orderBy: { attempt: "asc" } } } },
      },
    });
    // When a queued step is due: a step behind a Delay is written with a later runAt.
    const dueAt = row
      ? await queuedRunAt(
          row.steps.map((step) => step.id),
          tx,
        )
      : new Map<string, Date>();
    return { row, dueAt };
  });
  if (!row) throw AppError.notFound(`Enrollment ${id}`);
  const snapshot = readActionsSnapshot(row.actionsSnapshot);
  const actionsById = new Map(snapshot.map((action) => [action.id, action]));
  const actionName = summaryContext(snapshot).actionName;

  const recordId = row.recordId;
  /** What the step's type tells the run page besides its attempts (its executor's describeStep); null when nothing. */
  async function detailOf(step: NonNullable<typeof row>["steps"][number]): Promise<unknown> {
    const action = actionsById.get(step.actionId);
    const describe = executorOf(step.actionType)?.describeStep;
    if (!action || action.type !== step.actionType || !describe) return null;
    const config = definitionOf(action.type)?.configSchema.safeParse(action.config);
    if (!config?.success) return null;
    const follows = !!action.nextId && actionsById.has(action.nextId);
    return describe({ config: config.data, step, recordId, follows, actionName });
  }
  const details = await Promise.all(row.steps.map(detailOf));
  const audited = await targetHistory({ type: "enrollment", id: row.id });
  // Who started the run and who pressed Retry now, and how (as the audit log names them); a run
  // the webhook trigger started says so instead: it has the event's payload, and no entry.
  const history: { at: string; action: AuditAction | "webhook.received"; actorLabel: string | null }[] = [
    ...(row.triggerPayload !== null ? [{ at: row.createdAt.toISOString(), action: "webhook.received" as const, actorLabel: null }] : []),
    ...audited,
  ];

  return {
    id: row.id,
    workflowId: row.workflowId,
    recordId: row.recordId,
    record: row.record,
    status: row.status as EnrollmentStatus,
    error: row.error,
    outputs: jsonObject(row.outputs) as Record<string, Record<string, unknown>> | null,
    // The run's own copy of its actions (the workflow may have changed or lost them since), named as
    // the editor names them: outputs and steps are keyed by action id, which people never see.
    // Configs stay out: the page needs names only.
    actions: snapshot.map((action) => ({
      id: action.id,
      type: action.type,
      name: action.name ?? null,
      displayName: actionDisplayName(action),
    })),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    history,
    steps: row.steps.map((step, index) => ({
      actionId: step.actionId,
      actionType: step.actionType,
      status: step.status as StepStatus,
      deliveryId: step.deliveryId,
      outputs: jsonObject(step.outputs),
      error: step.error,
      startedAt: step.startedAt.toISOString(),
      finishedAt: step.finishedAt?.toISOString() ?? null,
      // When the step's queued job is due: a step behind a Delay, or a scheduled retry; null when none waits.
      dueAt: dueAt.get(step.id)?.toISOString() ?? null,
      // What its type tells besides its attempts (a Delay's wait, what a Set property value wrote); null when nothing.
      detail: details[index],
      attempts: step.attempts.map((a) => ({
        attempt: a.attempt,
        outcome: a.outcome as AttemptOutcome,
        startedAt: a.startedAt.toISOString(),
        durationMs: a.durationMs,
        request: readStoredRequest(a.request),
        response: readStoredResponse(a.response),
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
  if (!(await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } })))
    throw AppError.notFound(`Workflow ${workflowId}`);
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

/**
 * Deletes up to `limit` finished runs (COMPLETED or FAILED) that finished before `before`, each
 * with its steps and their attempts (the foreign keys cascade, in the same statement, so a run's
 * history goes as a whole); returns how many runs. A run in progress or waiting for a retry is
 * ACTIVE and never deleted, however old. For the retention sweep (lib/retention).
 */
export async function deleteFinishedRuns(before: Date, limit: number): Promise<number> {
  // Checked again in the delete: a run that "Retry now" made active since it was read is kept.
  // "Not ACTIVE" rather than a list of statuses: SQLite (no statistics) would read `status IN`
  // through the status index, every finished run, and sort them; this walks finishedAt's index.
  const finished: Prisma.EnrollmentWhereInput = { status: { not: "ACTIVE" }, finishedAt: { lt: before } };
  const rows = await db.enrollment.findMany({ where: finished, orderBy: { finishedAt: "asc" }, take: limit, select: { id: true } });
  if (!rows.length) return 0;
  return (await db.enrollment.deleteMany({ where: { id: { in: rows.map((row) => row.id) }, ...finished } })).count;
}
