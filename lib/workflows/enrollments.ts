import { z } from "zod";
import { actionDisplayName, summaryContext } from "@/lib/actions/action-names";
import { delayMs, type DelayConfig } from "@/lib/actions/delay/delay-config";
import type { SetPropertyConfig } from "@/lib/actions/set-property/set-property-config";
import type { ValueSource } from "@/lib/actions/value-source";
import { db } from "@/lib/db";
import { queuedRunAt } from "@/lib/jobs/job-queue";
import { AppError } from "@/lib/errors";
import type { WorkflowAction } from "./workflow-schema";

export type EnrollmentStatus = "ACTIVE" | "COMPLETED" | "FAILED";

/** Where a Set property value step reads its value, as people know it; null for a fixed value. */
function valueSourceLabel(source: ValueSource, actionName: (actionId: string) => string): string | null {
  switch (source.type) {
    case "STATIC":
      return null;
    case "PROPERTY":
      return `the record's ${source.property} property`;
    case "TRIGGER":
      return `the webhook trigger's ${source.path}`;
    case "OUTPUT":
      return `${actionName(source.actionId)} → ${source.output}`;
  }
}

/** One enrollment with every step and every attempt, as GET /api/enrollments/:id returns it. */
export async function getEnrollment(id: string) {
  const row = await db.enrollment.findUnique({
    where: { id },
    include: {
      record: { select: { id: true, displayName: true, objectType: true } },
      steps: { orderBy: { startedAt: "asc" }, include: { attempts: { orderBy: { attempt: "asc" } } } },
    },
  });
  if (!row) throw AppError.notFound(`Enrollment ${id}`);
  const snapshot = (row.actionsSnapshot ?? []) as unknown as WorkflowAction[];
  const actionsById = new Map(snapshot.map((action) => [action.id, action]));
  const actionName = summaryContext(snapshot).actionName;
  // What each step type shows besides its attempts: when a queued step is due (a step behind a
  // Delay is written with a later runAt), and the value a Set property value step wrote — the
  // record's history keeps it under the step's delivery id.
  const setSteps = row.steps.filter((step) => step.actionType === "SET_PROPERTY");
  const [dueAt, written] = await Promise.all([
    queuedRunAt(row.steps.map((step) => step.id)),
    setSteps.length
      ? db.propertyHistory.findMany({
          where: { recordId: row.recordId, sourceType: "WORKFLOW", sourceId: { in: setSteps.map((step) => step.deliveryId) } },
          select: { sourceId: true, name: true, value: true },
          orderBy: { id: "asc" },
        })
      : [],
  ]);
  // The newest version per step and property (a re-run after a crash writes the same value again).
  const writtenValue = new Map(written.map((h) => [`${h.sourceId}/${h.name}`, h.value]));

  type StepRow = NonNullable<typeof row>["steps"][number];
  function delayDetail(step: StepRow, action: WorkflowAction | undefined) {
    if (step.actionType !== "DELAY" || action?.type !== "DELAY") return null;
    const config = action.config as DelayConfig;
    // The runner writes the next step due finishedAt + the delay, in the same transaction as
    // this step's success. With no step after it, the run ends there and nothing waits.
    const follows = !!action.nextId && actionsById.has(action.nextId);
    const waitUntil = step.status === "SUCCEEDED" && step.finishedAt && follows ? new Date(step.finishedAt.getTime() + delayMs(config)).toISOString() : null;
    return { amount: config.amount, unit: config.unit, waitUntil };
  }

  function setPropertyDetail(step: StepRow, action: WorkflowAction | undefined) {
    if (step.actionType !== "SET_PROPERTY" || action?.type !== "SET_PROPERTY") return null;
    const config = action.config as SetPropertyConfig;
    const value = writtenValue.get(`${step.deliveryId}/${config.property}`) ?? (step.status === "SUCCEEDED" && config.value.type === "STATIC" ? config.value.value : null);
    return { property: config.property, value, source: valueSourceLabel(config.value, actionName) };
  }

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
      // When the step's queued job is due: a step behind a Delay, or a scheduled retry; null when none waits.
      dueAt: dueAt.get(step.id)?.toISOString() ?? null,
      // Delay steps: the configured wait and when it ends (null until it ran, or when no step follows).
      delay: delayDetail(step, actionsById.get(step.actionId)),
      // Set property value steps: the property, the value the step wrote (null when none), and where it came from.
      setProperty: setPropertyDetail(step, actionsById.get(step.actionId)),
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
  if (!(await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } }))) throw AppError.notFound(`Workflow ${workflowId}`);
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
