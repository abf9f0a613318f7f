import { z } from "zod";
import { englishMessage, message } from "@/lib/i18n/validation";
import type { ExecutionResult } from "@/lib/actions/action-executor";
import { executorOf } from "@/lib/actions/action-executors";
import { actionDisplayName } from "@/lib/actions/action-names";
import { definitionOf } from "@/lib/actions/action-registry";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { targetHistory } from "@/lib/audit/entries";
import { db } from "@/lib/db";
import { readSnapshot } from "@/lib/db/read-snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queuedRunAt } from "@/lib/jobs/job-queue";
import { retrySchedule } from "@/lib/jobs/retry-schedule";
import { AppError } from "@/lib/errors";
import type { RunErrorParams } from "@/lib/i18n/run-errors";
import { readStoredRequest, readStoredResponse } from "@/lib/webhooks/stored-exchange";
import { readActionsSnapshot } from "./actions-snapshot";
import { ENROLLMENT_STATUSES, type EnrollmentStatus, type StepStatus } from "./run-statuses";

export type { EnrollmentStatus, StepStatus };
export type AttemptOutcome = ExecutionResult["outcome"];

/** A stored JSON object (outputs by name, or by action id then name), or null when there is none. */
const jsonObject = (value: Prisma.JsonValue): Record<string, unknown> | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;

/**
 * Why a run, step or attempt failed: the English (`error`, as always), and the runErrors catalog key
 * and params it was written from (lib/i18n/run-errors.ts), which the UI words in the viewer's
 * language; both null on rows written before they were kept.
 */
function errorOf(row: { error: string | null; errorKey: string | null; errorParams: Prisma.JsonValue }) {
  return { error: row.error, errorKey: row.errorKey, errorParams: (jsonObject(row.errorParams) as RunErrorParams | null) ?? null };
}

/** Who cancelled a run, in parts (the person, the API token's name when one was used); null when not cancelled or cancelled before they were kept. */
function cancelledByActor(row: { cancelledByName: string | null; cancelledByToken: string | null }) {
  return row.cancelledByName ? { name: row.cancelledByName, tokenName: row.cancelledByToken } : null;
}

type StoredStep = { status: string; firstFailedAt: Date | null; attempts: { outcome: string }[] };

/**
 * The rest of a waiting delivery's retry schedule (lib/jobs/retry-schedule.ts, the runner's
 * policy): the next attempt, those planned after it, and when Hookflow gives up. Null for a step
 * not waiting for a retry. Failures in a row are this round's: the RETRYABLE attempts since the
 * last one that was not ("Retry now" of a failed step starts a new round, as the runner counts).
 */
function plannedRetries(step: StoredStep, dueAt: Date | undefined) {
  if (step.status !== "RETRY_SCHEDULED" || !dueAt || !step.firstFailedAt) return null;
  let failures = 0;
  for (let i = step.attempts.length - 1; i >= 0 && step.attempts[i].outcome === "RETRYABLE"; i--) failures++;
  const { planned, giveUpAt } = retrySchedule({
    nextAttemptAt: dueAt,
    firstFailedAt: step.firstFailedAt,
    failures,
    nextAttempt: step.attempts.length + 1,
  });
  return { planned: planned.map((p) => ({ attempt: p.attempt, at: p.at.toISOString() })), giveUpAt: giveUpAt.toISOString() };
}

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
  if (!row) throw AppError.of("NOT_FOUND.enrollment", { id });
  const snapshot = readActionsSnapshot(row.actionsSnapshot);
  const actionsById = new Map(snapshot.map((action) => [action.id, action]));
  const actionOf = (actionId: string) => {
    const action = actionsById.get(actionId);
    return action ? { type: action.type, name: action.name ?? null } : null;
  };

  const recordId = row.recordId;
  /** What the step's type tells the run page besides its attempts (its executor's describeStep); null when nothing. */
  async function detailOf(step: NonNullable<typeof row>["steps"][number]): Promise<unknown> {
    const action = actionsById.get(step.actionId);
    const describe = executorOf(step.actionType)?.describeStep;
    if (!action || action.type !== step.actionType || !describe) return null;
    const config = definitionOf(action.type)?.configSchema.safeParse(action.config);
    if (!config?.success) return null;
    const follows = !!action.nextId && actionsById.has(action.nextId);
    return describe({ config: config.data, step, recordId, follows, actionOf });
  }
  const details = await Promise.all(row.steps.map(detailOf));
  const audited = await targetHistory({ type: "enrollment", id: row.id });
  // Who started the run and who pressed Retry now, and how (as the audit log names them); a run
  // the webhook trigger started says so instead: it has the event's payload, and no entry.
  const history: {
    at: string;
    action: AuditAction | "webhook.received";
    actorLabel: string | null;
    actor: { name: string; tokenName: string | null } | null;
  }[] = [
    ...(row.triggerPayload !== null
      ? [{ at: row.createdAt.toISOString(), action: "webhook.received" as const, actorLabel: null, actor: null }]
      : []),
    ...audited,
  ];

  return {
    id: row.id,
    workflowId: row.workflowId,
    recordId: row.recordId,
    record: row.record,
    status: row.status as EnrollmentStatus,
    ...errorOf(row),
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
    // Who cancelled or unenrolled the run (finishedAt says when), in English and in parts; null when it was not cancelled.
    cancelledBy: row.cancelledBy,
    cancelledByActor: cancelledByActor(row),
    // The payload of the hook event that started the run (what its Webhook trigger values read); null for other runs.
    triggerPayload: (row.triggerPayload ?? null) as unknown,
    history,
    steps: row.steps.map((step, index) => ({
      actionId: step.actionId,
      actionType: step.actionType,
      status: step.status as StepStatus,
      deliveryId: step.deliveryId,
      outputs: jsonObject(step.outputs),
      ...errorOf(step),
      startedAt: step.startedAt.toISOString(),
      finishedAt: step.finishedAt?.toISOString() ?? null,
      // When the step's queued job is due: a step behind a Delay, or a scheduled retry; null when none waits.
      dueAt: dueAt.get(step.id)?.toISOString() ?? null,
      // What its type tells besides its attempts (a Delay's wait, what a Set property value wrote); null when nothing.
      detail: details[index],
      // A step waiting for a retry: the attempts still planned (the next one first) and when Hookflow gives up; else null.
      retrySchedule: plannedRetries(step, dueAt.get(step.id)),
      attempts: step.attempts.map((a) => ({
        attempt: a.attempt,
        outcome: a.outcome as AttemptOutcome,
        startedAt: a.startedAt.toISOString(),
        durationMs: a.durationMs,
        request: readStoredRequest(a.request),
        response: readStoredResponse(a.response),
        ...errorOf(a),
        nextAttemptAt: a.nextAttemptAt?.toISOString() ?? null,
      })),
    })),
  };
}

export const enrollmentListQuerySchema = z.object({
  status: z.enum(ENROLLMENT_STATUSES, message("record.status")).optional(),
  limit: z.coerce.number().int().min(1).max(200, message("record.limit")).default(50),
  // Id of the last enrollment of the previous page.
  cursor: z.string().min(1).optional(),
});

/** A workflow's enrollments, newest first, with the record's name and the step that failed or waits. */
export async function listEnrollments(workflowId: string, query: z.infer<typeof enrollmentListQuerySchema>) {
  if (!(await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } })))
    throw AppError.of("NOT_FOUND.workflow", { id: workflowId });
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
      ...errorOf(row),
      cancelledBy: row.cancelledBy,
      cancelledByActor: cancelledByActor(row),
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}

export const runListQuerySchema = z.strictObject({
  status: z.enum(ENROLLMENT_STATUSES, message("record.status")).optional(),
  workflowId: z.string().trim().min(1, message("record.workflowIdEmpty")).max(100).optional(),
  limit: z.coerce.number(message("record.limitNumber")).int().min(1).max(200, message("record.limit")).default(50),
  // Id of the last run of the previous page (nextCursor).
  cursor: z.string().trim().min(1).max(100).optional(),
});

/**
 * Runs of every workflow (the Runs page), newest first, by status and workflow. Keyset paging:
 * the page after a run starts below its (createdAt, id), read through the (createdAt, id),
 * (status, createdAt, id) or (workflowId, createdAt, id) index, so a page costs its own rows
 * however deep it is (no OFFSET). A cursor whose run has gone (the retention sweep) is refused.
 */
export async function listRuns(query: z.infer<typeof runListQuerySchema>) {
  const after = query.cursor
    ? await db.enrollment.findUnique({ where: { id: query.cursor }, select: { id: true, createdAt: true } })
    : null;
  if (query.cursor && !after)
    throw AppError.of("VALIDATION_FAILED.cursorGone", undefined, {
      details: [{ path: "cursor", message: englishMessage("record.cursorGone"), code: "record.cursorGone" }],
    });
  const rows = await db.enrollment.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.workflowId ? { workflowId: query.workflowId } : {}),
      // createdAt <= c AND (createdAt < c OR id < c.id): the first part is a range on the index.
      ...(after ? { createdAt: { lte: after.createdAt }, OR: [{ createdAt: { lt: after.createdAt } }, { id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      workflowId: true,
      recordId: true,
      status: true,
      error: true,
      errorKey: true,
      errorParams: true,
      createdAt: true,
      finishedAt: true,
      cancelledBy: true,
      cancelledByName: true,
      cancelledByToken: true,
      workflow: { select: { name: true } },
      record: { select: { id: true, displayName: true, objectType: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  return {
    runs: page.map((row) => ({
      id: row.id,
      workflow: { id: row.workflowId, name: row.workflow.name },
      recordId: row.recordId,
      record: row.record,
      status: row.status as EnrollmentStatus,
      ...errorOf(row),
      cancelledBy: row.cancelledBy,
      cancelledByActor: cancelledByActor(row),
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}

/**
 * Deletes up to `limit` finished runs (COMPLETED, FAILED or CANCELLED) that finished before `before`, each
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
