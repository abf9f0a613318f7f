import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ExecutionResult } from "@/lib/actions/action-executor";
import { actionExecutors } from "@/lib/actions/action-executors";
import { actionNameParam } from "@/lib/actions/action-names";
import type { RecordDetail } from "@/lib/crm/record-schemas";
import type { ObjectType } from "@/lib/crm/object-types";
import { loadRecordsForRun, matchingRecordIds } from "@/lib/crm/records";
import { db } from "@/lib/db";
import { whileDatabaseAway } from "@/lib/db/database-away";
import { insertRows, jsonParam } from "@/lib/db/insert-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type RunError, type RunErrorParams, runError, runErrorColumns } from "@/lib/i18n/run-errors";
import { groupCommit } from "@/lib/jobs/group-commit";
import { defineJob, type PayloadOf } from "@/lib/jobs/job-catalog";
import {
  completeJobs,
  enqueueMany,
  heldJobs,
  LEASE_MS,
  notifyEnqueued,
  rescheduleJob,
  type ClaimedJob,
  type NewJob,
  type Tx,
} from "@/lib/jobs/job-queue";
import { planRetry } from "@/lib/jobs/retry-schedule";
import type { DeadJob, JobHandler } from "@/lib/jobs/worker";
import { insertHookEvents, type HookEventToStore } from "@/lib/webhook-trigger/hook-event-store";
import { readActionsSnapshot, type StoredAction } from "./actions-snapshot";

// Runs enrollments step by step. Each step is one job. A step's outcome — its attempt row,
// the step and enrollment state, the job's completion or retry, and the next step's job —
// is written in one transaction, so a crash between two steps loses nothing and repeats
// nothing that was recorded. Loads and writes of concurrent steps are grouped (see
// group-commit.ts) so a busy runner spends a few queries per batch, not per delivery.

/**
 * The job that runs one enrollment step, in its action's lane. `attemptsBefore`: attempts of
 * the step made before this job's round ("Retry now" of a failed step starts a new one).
 * Its retry policy is the catalog's default (INTERNAL_FAILURE_LIMIT, INTERNAL_RETRY_MS).
 */
export const runStepJobKind = defineJob({
  kind: "run-step",
  payload: z.object({ stepId: z.string().min(1), attemptsBefore: z.number().int().nonnegative().optional() }),
  lanes: ["webhook", "default"],
});
export const STEP_JOB = runStepJobKind.kind;
export type StepJobPayload = PayloadOf<typeof runStepJobKind>;

type NewStep = { step: Prisma.EnrollmentStepCreateManyInput; job: NewJob<StepJobPayload> };

/** The job that runs a step: in its action's lane, keyed by destination for per-host limits and by step for "Retry now". */
export function stepJob(stepId: string, action: StoredAction, runAt?: Date, attemptsBefore = 0): NewJob<StepJobPayload> {
  const executor = actionExecutors[action.type];
  const payload: StepJobPayload = attemptsBefore ? { stepId, attemptsBefore } : { stepId };
  return { lane: executor.lane, payload, key: stepId, destination: executor.destination(action.config as never), runAt };
}

function newStep(enrollmentId: string, action: StoredAction, runAt?: Date): NewStep {
  const stepId = randomUUID();
  return {
    step: { id: stepId, enrollmentId, actionId: action.id, actionType: action.type, deliveryId: randomUUID() },
    job: stepJob(stepId, action, runAt),
  };
}

async function insertSteps(tx: Tx, steps: NewStep[]) {
  if (!steps.length) return;
  const now = new Date();
  await insertRows(
    tx,
    "EnrollmentStep",
    ["id", "enrollmentId", "actionId", "actionType", "status", "deliveryId", "startedAt"],
    steps.map(({ step }) => [step.id, step.enrollmentId, step.actionId, step.actionType, "PENDING", step.deliveryId, now]),
  );
  await enqueueMany(
    tx,
    runStepJobKind,
    steps.map(({ job }) => job),
  );
}

/**
 * `enrollmentId`: the id to give the enrollment (the webhook trigger names it before, for the
 * duplicates of its event); `hookEvent`: the event that asked, stored with the enrollment when it
 * is made (nothing is stored otherwise: the caller keeps a refused event itself).
 */
type EnrollOptions = { enrollmentId?: string; hookEvent?: Omit<HookEventToStore, "workflowId"> };
type EnrollRequest = EnrollOptions & { workflowId: string; recordId: number; triggerPayload?: Prisma.InputJsonValue };

/** A new enrollment's id, with the names its audit log entry reads by (the workflow's, the record's). */
type Enrolled = { enrollmentId: string; recordId: number; workflowName: string; recordName: string | null };

function enrollmentProblem(
  workflow: { enabled: boolean; objectType: string } | undefined | null,
  recordType: string | undefined,
  request: EnrollRequest,
): AppError | null {
  if (!workflow) return AppError.of("NOT_FOUND.workflow", { id: request.workflowId });
  if (!workflow.enabled) return AppError.of("WORKFLOW_OFF.enroll");
  if (!recordType) return AppError.of("NOT_FOUND.record", { id: String(request.recordId) });
  if (recordType !== workflow.objectType) {
    return AppError.of("WRONG_OBJECT_TYPE.enroll", { recordId: request.recordId, recordType, objectType: workflow.objectType });
  }
  return null;
}

/**
 * Enrollments requested at about the same time (concurrent API calls, a list) are checked
 * and written together: one transaction for the whole group. Each request gets its own
 * answer: its enrollment, or the error that concerns it alone.
 */
const enrollGrouped = groupCommit(async (requests: EnrollRequest[]): Promise<(Enrolled | AppError)[]> => {
  // Fixed SQL, as for the runner's other reads (see loadStep).
  const workflowRows = await db.$queryRaw<
    {
      id: string;
      name: string;
      objectType: string;
      enabled: boolean;
      revision: number;
      actions: Prisma.JsonValue;
      startActionId: string | null;
    }[]
  >`
    SELECT id, name, "objectType", enabled, revision, actions, "startActionId" FROM "Workflow"
    WHERE id IN (${Prisma.join([...new Set(requests.map((r) => r.workflowId))])})`;
  const workflows = new Map(workflowRows.map((w) => [w.id, w]));
  const recordRows = await db.$queryRaw<{ id: number; objectType: string; displayName: string }[]>`
    SELECT id, "objectType", "displayName" FROM "Record"
    WHERE id IN (${Prisma.join([...new Set(requests.map((r) => r.recordId))])}) AND "isDeleted" = ${false}`;
  const records = new Map(recordRows.map((r) => [Number(r.id), r]));
  // Each workflow's first action, read once for the whole group.
  const starts = new Map([...workflows.values()].map((w) => [w.id, readActionsSnapshot(w.actions).find((a) => a.id === w.startActionId)]));
  const now = new Date();
  const enrollments: Prisma.EnrollmentCreateManyInput[] = [];
  const steps: NewStep[] = [];
  const events: HookEventToStore[] = [];
  const answers = requests.map((request): Enrolled | AppError => {
    const workflow = workflows.get(request.workflowId);
    const record = records.get(request.recordId);
    const problem = enrollmentProblem(workflow, record?.objectType, request);
    if (problem || !workflow) return problem!;
    const start = starts.get(workflow.id);
    const id = request.enrollmentId ?? randomUUID();
    const { hookEvent } = request;
    if (hookEvent) events.push({ ...hookEvent, workflowId: workflow.id, event: { ...hookEvent.event, enrollmentId: id } });
    enrollments.push({
      id,
      workflowId: workflow.id,
      recordId: request.recordId,
      workflowRevision: workflow.revision,
      // The workflow's saved actions, as stored: the run keeps this copy.
      actionsSnapshot: workflow.actions ?? [],
      startActionId: workflow.startActionId,
      outputs: {},
      triggerPayload: request.triggerPayload ?? undefined,
      createdAt: now,
      ...(start ? {} : { status: "COMPLETED", finishedAt: now }),
    });
    if (start) steps.push(newStep(id, start));
    return { enrollmentId: id, recordId: request.recordId, workflowName: workflow.name, recordName: record?.displayName || null };
  });
  if (enrollments.length) {
    await db.$transaction(async (tx) => {
      await insertRows(
        tx,
        "Enrollment",
        [
          "id",
          "workflowId",
          "recordId",
          "workflowRevision",
          "actionsSnapshot",
          "startActionId",
          "status",
          "outputs",
          "triggerPayload",
          "createdAt",
          "finishedAt",
        ],
        enrollments.map((e) => [
          e.id,
          e.workflowId,
          e.recordId,
          e.workflowRevision,
          jsonParam(e.actionsSnapshot),
          e.startActionId ?? null,
          e.status ?? "ACTIVE",
          jsonParam(e.outputs),
          jsonParam(e.triggerPayload),
          e.createdAt,
          e.finishedAt ?? null,
        ]),
      );
      await insertSteps(tx, steps);
      await insertHookEvents(tx, events);
    });
    if (steps.length) notifyEnqueued();
  }
  return answers;
}, 500);

export async function enroll(
  workflowId: string,
  recordId: number,
  triggerPayload?: Prisma.InputJsonValue,
  options: EnrollOptions = {},
): Promise<Enrolled> {
  const answer = await enrollGrouped({ ...options, workflowId, recordId, triggerPayload });
  if (answer instanceof AppError) throw answer;
  return answer;
}

/** Enrolls many records at once. Every record is checked first: one problem and none is enrolled. */
export async function enrollMany(workflowId: string, recordIds: number[]): Promise<Enrolled[]> {
  const workflow = await db.workflow.findUnique({ where: { id: workflowId }, select: { enabled: true, objectType: true } });
  const types = new Map(
    (
      await db.record.findMany({ where: { id: { in: [...new Set(recordIds)] }, isDeleted: false }, select: { id: true, objectType: true } })
    ).map((r) => [r.id, r.objectType]),
  );
  for (const recordId of recordIds) {
    const problem = enrollmentProblem(workflow, types.get(recordId), { workflowId, recordId });
    if (problem) throw problem;
  }
  return Promise.all(recordIds.map((recordId) => enroll(workflowId, recordId)));
}

/** The most records one request enrolls (a list of ids, or a search). */
export const MAX_ENROLL_BATCH = 1000;

/**
 * Enrolls every record of the workflow's type that a search finds (HubSpot's "enroll all
 * matching"); no search enrolls all of them. Refused when more than MAX_ENROLL_BATCH match.
 */
export async function enrollMatching(workflowId: string, q: string | undefined): Promise<Enrolled[]> {
  const workflow = await db.workflow.findUnique({ where: { id: workflowId }, select: { enabled: true, objectType: true } });
  if (!workflow) throw AppError.of("NOT_FOUND.workflow", { id: workflowId });
  const ids = await matchingRecordIds(workflow.objectType as ObjectType, q, MAX_ENROLL_BATCH);
  if (ids.length === 0) throw q ? AppError.of("NO_MATCHING_RECORD.search", { query: q }) : AppError.of("NO_MATCHING_RECORD.none");
  if (ids.length > MAX_ENROLL_BATCH) {
    const max = String(MAX_ENROLL_BATCH);
    throw q ? AppError.of("VALIDATION_FAILED.tooManyMatches", { max, query: q }) : AppError.of("VALIDATION_FAILED.tooManyOfType", { max });
  }
  return enrollMany(workflowId, ids);
}

/** A step with what running it needs from its enrollment, and how many attempts it has made. */
type LoadedStep = {
  id: string;
  enrollmentId: string;
  actionId: string;
  status: string;
  deliveryId: string;
  firstFailedAt: Date | null;
  attempts: number;
  enrollment: {
    status: string;
    recordId: number;
    actionsSnapshot: Prisma.JsonValue;
    triggerPayload: Prisma.JsonValue | null;
    outputs: Prisma.JsonValue;
  };
};

/**
 * Steps of jobs claimed together, read in one statement. Fixed SQL rather than the ORM: on the
 * runner's hot path Prisma's compiling of a query and mapping of its rows costs more than
 * SQLite takes to run it. Attempts are counted per step through the (stepId, attempt) index.
 */
const loadStep = groupCommit(async (stepIds: string[]): Promise<(LoadedStep | null)[]> => {
  const rows = await db.$queryRaw<
    (Omit<LoadedStep, "enrollment" | "attempts"> & LoadedStep["enrollment"] & { enrollmentStatus: string; attempts: number | bigint })[]
  >`
    SELECT s.id, s."enrollmentId", s."actionId", s.status, s."deliveryId", s."firstFailedAt",
           e.status AS "enrollmentStatus", e."recordId", e."actionsSnapshot", e."triggerPayload", e.outputs,
           (SELECT count(*) FROM "DeliveryAttempt" a WHERE a."stepId" = s.id) AS attempts
    FROM "EnrollmentStep" s JOIN "Enrollment" e ON e.id = s."enrollmentId"
    WHERE s.id IN (${Prisma.join(stepIds)})`;
  const byId = new Map(
    rows.map(({ enrollmentStatus, recordId, actionsSnapshot, triggerPayload, outputs, attempts, ...step }) => [
      step.id,
      {
        ...step,
        attempts: Number(attempts),
        enrollment: { status: enrollmentStatus, recordId: Number(recordId), actionsSnapshot, triggerPayload, outputs },
      },
    ]),
  );
  return stepIds.map((id) => byId.get(id) ?? null);
});

const loadRecord = groupCommit(async (keys: { id: number; history: boolean }[]) => {
  const records = await loadRecordsForRun(
    keys.map((k) => k.id),
    new Set(keys.filter((k) => k.history).map((k) => k.id)),
  );
  return keys.map((k) => records.get(k.id) ?? null);
});

/** Runs the step behind a claimed job (its payload parsed by the worker) and records the outcome. */
export const runStepJob: JobHandler<StepJobPayload> = async (job, workerId) => {
  const { stepId } = job.payload;
  const step = await loadStep(stepId);
  if (!step || step.status === "SUCCEEDED" || step.status === "FAILED" || step.enrollment.status !== "ACTIVE") {
    await writeOutcome({ job, workerId, step: null, startedAt: new Date(), result: null, following: undefined });
    return;
  }
  const actions = readActionsSnapshot(step.enrollment.actionsSnapshot);
  const action = actions.find((a) => a.id === step.actionId);
  // The step after this one, from the same read of the snapshot (the outcome's write needs it).
  const following = action?.nextId ? actions.find((a) => a.id === action.nextId) : undefined;
  const startedAt = new Date();
  let result: ExecutionResult;
  if (!action) {
    result = {
      outcome: "FINAL",
      error: runError("run.actionMissing", { actionId: step.actionId }),
      request: null,
      response: null,
      durationMs: 0,
    };
  } else {
    const executor = actionExecutors[action.type];
    const record: RecordDetail | null = await loadRecord({
      id: step.enrollment.recordId,
      history: executor.needsHistory(action.config as never),
    });
    result = record
      ? await executor.execute(
          action.config as never,
          {
            record,
            triggerPayload: step.enrollment.triggerPayload ?? undefined,
            outputs: step.enrollment.outputs as Record<string, Record<string, unknown>>,
            // Only needed for an error message: looked up then, not for every step.
            actionName: (actionId) => actionNameParam(actions, actionId),
          },
          { deliveryId: step.deliveryId, now: startedAt },
        )
      : {
          outcome: "FINAL",
          error: runError("run.recordDeleted", { recordId: String(step.enrollment.recordId) }),
          request: null,
          response: null,
          durationMs: 0,
        };
  }
  // The request was sent: if the database is away (a restart), wait for it rather than let
  // the lease run out and the job send the same request again. writeOutcome checks that this
  // worker still holds the job, so a write repeated after a commit whose answer was lost is
  // a no-op.
  await whileDatabaseAway(() => writeOutcome({ job, workerId, step, startedAt, result, following }), LEASE_MS);
};

/**
 * The worker gave up on a step's job: running it threw INTERNAL_FAILURE_LIMIT times in a
 * row (a fault of ours, such as data the executor cannot handle). The step and its
 * enrollment fail, saying so, in the transaction that marks the job DEAD.
 */
runStepJob.onDead = (tx: Tx, job: ClaimedJob<StepJobPayload>, dead: DeadJob) =>
  failStepFor(tx, job.payload.stepId, runError("run.internalFailure", { reason: dead.reason, tries: dead.tries }));

/** The step's job was stored with a payload its schema refuses (damaged or from an incompatible version): it can never run. */
runStepJob.onCannotRun = async (tx: Tx, job: { key: string | null }) => {
  if (job.key) await failStepFor(tx, job.key, runError("run.jobDamaged"));
};

/** A run error to put in another's params (its English is worded again from the key). */
const refOf = (error: RunError): RunErrorParams[string] => (error.params ? { key: error.key, params: error.params } : { key: error.key });

/** A run error as the step and enrollment rows store it: the English, its key and params (in the same update). */
function errorData(error: RunError | null) {
  const columns = runErrorColumns(error);
  return { ...columns, errorParams: (columns.errorParams as Prisma.InputJsonValue | null) ?? Prisma.DbNull };
}

async function failStepFor(tx: Tx, stepId: string, error: RunError): Promise<void> {
  const step = await tx.enrollmentStep.findUnique({ where: { id: stepId }, select: { id: true, enrollmentId: true } });
  if (!step) return;
  const now = new Date();
  const failed = await tx.enrollmentStep.updateMany({
    where: { id: step.id, status: { notIn: ["SUCCEEDED", "FAILED", "CANCELLED"] } },
    data: { status: "FAILED", ...errorData(error), finishedAt: now },
  });
  if (failed.count)
    await tx.enrollment.updateMany({
      where: { id: step.enrollmentId, status: "ACTIVE" },
      data: { status: "FAILED", ...errorData(error), finishedAt: now },
    });
}

type Outcome = {
  job: ClaimedJob<StepJobPayload>;
  workerId: string;
  step: LoadedStep | null;
  startedAt: Date;
  result: ExecutionResult | null;
  /** The run's next action after this step's, if any. */
  following: StoredAction | undefined;
};

const writeOutcome = groupCommit(async (items: Outcome[]) => {
  const now = new Date();
  let enqueued = false;
  await db.$transaction(async (tx) => {
    // Only the worker that still holds a job may record it: a worker whose lease ran out
    // while its call hung must not write over the one that took over.
    const held = await heldJobs(
      tx,
      items.map((i) => ({ id: i.job.id, workerId: i.workerId })),
    );
    const done: string[] = [];
    const attempts: Prisma.DeliveryAttemptCreateManyInput[] = [];
    const succeededPlain: string[] = [];
    const completedPlain = new Map<string, string>();
    const next: NewStep[] = [];
    const nextPlain = new Map<string, NewStep>();

    for (const item of items) {
      if (!held.has(item.job.id)) continue;
      const { step, result } = item;
      if (!step || !result) {
        done.push(item.job.id);
        continue;
      }
      let outcome = result.outcome;
      let error: RunError | null = result.error ?? null;
      let retryAt: Date | null = null;
      const firstFailedAt = outcome === "SUCCESS" ? step.firstFailedAt : (step.firstFailedAt ?? now);
      if (outcome === "RETRYABLE") {
        // Every earlier attempt of a step still running failed, so the failures in a row are
        // this round's attempts: those since "Retry now" re-opened the failed step, if it did.
        const { attemptsBefore = 0 } = item.job.payload;
        const plan = planRetry({
          now,
          firstFailedAt: firstFailedAt!,
          failures: step.attempts + 1 - attemptsBefore,
          retryAfterMs: result.retryAfterMs ?? null,
        });
        retryAt = plan.retryAt ?? null;
        if (plan.giveUp) {
          outcome = "FINAL";
          const failure = error ?? runError("run.deliveryFailed");
          error = runError("run.gaveUp", { error: refOf(failure), gaveUp: refOf(plan.giveUp) });
        }
      }
      const attempt: Prisma.DeliveryAttemptCreateManyInput = {
        stepId: step.id,
        attempt: step.attempts + 1,
        startedAt: item.startedAt,
        durationMs: Math.round(result.durationMs),
        outcome,
        request: (result.request ?? {}) as Prisma.InputJsonValue,
        response: (result.response ?? undefined) as Prisma.InputJsonValue | undefined,
        ...runErrorColumns(error),
        errorParams: (error?.params ?? undefined) as Prisma.InputJsonValue | undefined,
        nextAttemptAt: retryAt,
      };
      attempts.push(attempt);

      // The run may have been cancelled while this attempt was in flight (cancelRuns marks its
      // steps CANCELLED). The attempt is kept, as sent; nothing follows it. Each step update says
      // "not cancelled" in its own WHERE, so this costs no query of its own.
      const notCancelled = { id: step.id, status: { not: "CANCELLED" } };
      if (outcome === "RETRYABLE") {
        const waiting = await tx.enrollmentStep.updateMany({
          where: notCancelled,
          data: { status: "RETRY_SCHEDULED", ...errorData(error), firstFailedAt },
        });
        if (!waiting.count) {
          attempt.nextAttemptAt = null;
          done.push(item.job.id);
          continue;
        }
        // An attempt was recorded: progress, so the job's count of claims without progress starts over.
        await rescheduleJob(tx, item.job.id, { runAt: retryAt!, lastError: error?.text ?? null });
        continue;
      }
      done.push(item.job.id);
      if (outcome === "FINAL") {
        const failed = await tx.enrollmentStep.updateMany({
          where: notCancelled,
          data: { status: "FAILED", ...errorData(error), finishedAt: now, firstFailedAt },
        });
        if (failed.count)
          await tx.enrollment.updateMany({
            where: { id: step.enrollmentId, status: "ACTIVE" },
            data: { status: "FAILED", ...errorData(error), finishedAt: now },
          });
        continue;
      }
      const { following } = item;
      const followingStep = following
        ? newStep(step.enrollmentId, following, result.nextStepDelayMs ? new Date(now.getTime() + result.nextStepDelayMs) : undefined)
        : undefined;
      const outputs = result.outputs ?? {};
      if (Object.keys(outputs).length === 0) {
        succeededPlain.push(step.id);
        if (followingStep) nextPlain.set(step.id, followingStep);
        else completedPlain.set(step.id, step.enrollmentId);
        continue;
      }
      const succeeded = await tx.enrollmentStep.updateMany({
        where: notCancelled,
        data: { status: "SUCCEEDED", outputs: outputs as Prisma.InputJsonValue, finishedAt: now, ...errorData(null) },
      });
      if (!succeeded.count) continue;
      if (followingStep) next.push(followingStep);
      const merged = { ...(step.enrollment.outputs as Record<string, unknown>), [step.actionId]: outputs };
      await tx.enrollment.update({
        where: { id: step.enrollmentId },
        data: { outputs: merged as Prisma.InputJsonValue, ...(following ? {} : { status: "COMPLETED", finishedAt: now }) },
      });
    }

    await completeJobs(tx, done);
    await insertRows(
      tx,
      "DeliveryAttempt",
      [
        "stepId",
        "attempt",
        "startedAt",
        "durationMs",
        "outcome",
        "request",
        "response",
        "error",
        "errorKey",
        "errorParams",
        "nextAttemptAt",
      ],
      attempts.map((a) => [
        a.stepId,
        a.attempt,
        a.startedAt,
        a.durationMs,
        a.outcome,
        jsonParam(a.request),
        jsonParam(a.response),
        a.error ?? null,
        a.errorKey ?? null,
        jsonParam(a.errorParams),
        a.nextAttemptAt ?? null,
      ]),
    );
    // Most steps succeed without outputs: one fixed statement each for all of them (see loadStep).
    // RETURNING names the steps of runs not cancelled meanwhile: only they complete or go on.
    if (succeededPlain.length) {
      const succeeded = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "EnrollmentStep" SET status = 'SUCCEEDED', outputs = '{}', "finishedAt" = ${now}, error = NULL, "errorKey" = NULL, "errorParams" = NULL
        WHERE id IN (${Prisma.join(succeededPlain)}) AND status <> 'CANCELLED'
        RETURNING id`;
      const completed: string[] = [];
      for (const { id } of succeeded) {
        const following = nextPlain.get(id);
        if (following) next.push(following);
        const enrollmentId = completedPlain.get(id);
        if (enrollmentId) completed.push(enrollmentId);
      }
      if (completed.length)
        await tx.$executeRaw`
          UPDATE "Enrollment" SET status = 'COMPLETED', "finishedAt" = ${now} WHERE id IN (${Prisma.join(completed)})`;
    }
    await insertSteps(tx, next);
    enqueued = next.length > 0;
  });
  if (enqueued) notifyEnqueued();
  return items.map(() => undefined);
});
