import { randomUUID } from "node:crypto";
import { actionExecutors } from "@/lib/actions/action-executors";
import type { ExecutionResult } from "@/lib/actions/action-executor";
import { getRecord } from "@/lib/crm/records";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { enqueue, finishJob, notifyEnqueued, type ClaimedJob, type Tx } from "@/lib/jobs/job-queue";
import { nextAttemptAt } from "@/lib/jobs/retry-schedule";
import type { WorkflowAction } from "./workflow-schema";

// Runs enrollments step by step. Each step is one job; a step's result, its attempt row,
// the enrollment's state and the next step's job are written in one transaction, so a
// crash between two steps loses nothing and repeats nothing that was recorded.

export const STEP_JOB = "run-step";

type Snapshot = WorkflowAction[];

async function enqueueStep(tx: Tx, enrollmentId: string, action: WorkflowAction) {
  const step = await tx.enrollmentStep.create({
    data: { enrollmentId, actionId: action.id, actionType: action.type, deliveryId: randomUUID() },
    select: { id: true },
  });
  const executor = actionExecutors[action.type];
  await enqueue(tx, { lane: executor.lane, kind: STEP_JOB, payload: { stepId: step.id }, destination: executor.destination(action.config as never) });
}

export async function enroll(workflowId: string, recordId: number, triggerPayload?: Prisma.InputJsonValue): Promise<{ enrollmentId: string }> {
  const workflow = await db.workflow.findUnique({ where: { id: workflowId } });
  if (!workflow) throw ApiError.notFound(`Workflow ${workflowId}`);
  if (!workflow.enabled) throw new ApiError(409, "WORKFLOW_OFF", "The workflow is off. Turn it on before enrolling records.");
  const record = await db.record.findFirst({ where: { id: recordId, isDeleted: false }, select: { objectType: true } });
  if (!record) throw ApiError.notFound(`Record ${recordId}`);
  if (record.objectType !== workflow.objectType) {
    throw new ApiError(400, "WRONG_OBJECT_TYPE", `Record ${recordId} is a ${record.objectType}; this workflow enrolls ${workflow.objectType} records.`);
  }
  const actions = workflow.actions as Snapshot;
  const start = actions.find((a) => a.id === workflow.startActionId);
  const result = await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.create({
      data: {
        workflowId,
        recordId,
        workflowRevision: workflow.revision,
        actionsSnapshot: actions as unknown as Prisma.InputJsonValue,
        startActionId: workflow.startActionId,
        outputs: {},
        triggerPayload: triggerPayload ?? undefined,
        ...(start ? {} : { status: "COMPLETED", finishedAt: new Date() }),
      },
      select: { id: true },
    });
    if (start) await enqueueStep(tx, enrollment.id, start);
    return { enrollmentId: enrollment.id };
  });
  notifyEnqueued();
  return result;
}

/** Runs the step behind a claimed job and records the outcome. */
export async function runStepJob(job: ClaimedJob, workerId: string, now = () => new Date()): Promise<void> {
  const { stepId } = job.payload as { stepId: string };
  const step = await db.enrollmentStep.findUnique({
    where: { id: stepId },
    include: { enrollment: true, _count: { select: { attempts: true } } },
  });
  if (!step || step.status === "SUCCEEDED" || step.status === "FAILED" || step.enrollment.status !== "ACTIVE") {
    await db.$transaction((tx) => finishJob(tx, job.id, workerId, null));
    return;
  }
  const enrollment = step.enrollment;
  const actions = enrollment.actionsSnapshot as unknown as Snapshot;
  const action = actions.find((a) => a.id === step.actionId);
  const startedAt = now();
  let result: ExecutionResult;
  if (!action) {
    result = { outcome: "FINAL", error: `Action "${step.actionId}" is missing from the workflow.`, request: null, response: null, durationMs: 0 };
  } else {
    await db.enrollmentStep.update({ where: { id: step.id }, data: { status: "RUNNING" } });
    const record = await getRecord(enrollment.recordId).catch(() => null);
    result = record
      ? await actionExecutors[action.type].execute(action.config as never, {
          record,
          triggerPayload: enrollment.triggerPayload ?? undefined,
          outputs: enrollment.outputs as Record<string, Record<string, unknown>>,
        }, { deliveryId: step.deliveryId, now: startedAt })
      : { outcome: "FINAL", error: `Record ${enrollment.recordId} was deleted.`, request: null, response: null, durationMs: 0 };
  }
  await recordOutcome({ job, workerId, step, actions, result, startedAt, now: now() });
}

async function recordOutcome(input: {
  job: ClaimedJob;
  workerId: string;
  step: { id: string; actionId: string; firstFailedAt: Date | null; enrollmentId: string; _count: { attempts: number }; enrollment: { outputs: unknown } };
  actions: Snapshot;
  result: ExecutionResult;
  startedAt: Date;
  now: Date;
}) {
  const { job, workerId, step, actions, result, now } = input;
  let outcome = result.outcome;
  let error = result.error ?? null;
  let retryAt: Date | null = null;
  const firstFailedAt = outcome === "SUCCESS" ? step.firstFailedAt : (step.firstFailedAt ?? now);
  if (outcome === "RETRYABLE") {
    // Every earlier attempt of a step that is still running failed, so this is failure number attempts + 1.
    retryAt = nextAttemptAt({ now, firstFailedAt: firstFailedAt!, failures: step._count.attempts + 1, retryAfterMs: result.retryAfterMs ?? null });
    if (!retryAt) {
      outcome = "FINAL";
      error = `${error ?? "The delivery failed"} Gave up: still failing 3 days after the first failure.`;
    }
  }

  let enqueuedNext = false;
  await db.$transaction(async (tx) => {
    // Only the worker that still holds the job may record it; a worker whose lease ran out
    // while its call hung must not write over the one that took over.
    const held = await finishJob(tx, job.id, workerId, retryAt ? { retryAt, lastError: error ?? "" } : null);
    if (!held) return;
    await tx.deliveryAttempt.create({
      data: {
        stepId: step.id,
        attempt: step._count.attempts + 1,
        startedAt: input.startedAt,
        durationMs: Math.round(result.durationMs),
        outcome,
        request: (result.request ?? {}) as Prisma.InputJsonValue,
        response: (result.response ?? undefined) as Prisma.InputJsonValue | undefined,
        error,
        nextAttemptAt: retryAt,
      },
    });
    if (outcome === "SUCCESS") {
      const outputs = { ...(step.enrollment.outputs as Record<string, unknown>), ...(result.outputs && Object.keys(result.outputs).length ? { [step.actionId]: result.outputs } : {}) };
      await tx.enrollmentStep.update({ where: { id: step.id }, data: { status: "SUCCEEDED", outputs: (result.outputs ?? {}) as Prisma.InputJsonValue, finishedAt: now, error: null } });
      const next = actions.find((a) => a.id === actions.find((x) => x.id === step.actionId)?.nextId);
      await tx.enrollment.update({
        where: { id: step.enrollmentId },
        data: { outputs: outputs as Prisma.InputJsonValue, ...(next ? {} : { status: "COMPLETED", finishedAt: now }) },
      });
      if (next) {
        await enqueueStep(tx, step.enrollmentId, next);
        enqueuedNext = true;
      }
    } else if (outcome === "RETRYABLE") {
      await tx.enrollmentStep.update({ where: { id: step.id }, data: { status: "RETRY_SCHEDULED", error, firstFailedAt } });
    } else {
      await tx.enrollmentStep.update({ where: { id: step.id }, data: { status: "FAILED", error, finishedAt: now, firstFailedAt } });
      await tx.enrollment.update({ where: { id: step.enrollmentId }, data: { status: "FAILED", error, finishedAt: now } });
    }
  });
  if (enqueuedNext) notifyEnqueued();
}
