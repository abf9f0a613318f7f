import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sweepRetention } from "./retention-sweep";

// One sweep against a real database (SQLite, and PostgreSQL in the other project): rows are
// written with the ages under test, the sweep runs with a fixed `now`, and what is left is read
// back. Each test uses its own rows, so the tests do not depend on one another's leftovers.

const DAY = 86_400_000;
const now = new Date("2026-12-01T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const later = (ms: number) => new Date(now.getTime() + ms);
/** The history settings of these tests; each test gives what it checks. */
const keep = { retentionDays: 30, auditRetentionDays: null, now, pauseMs: 0 } as const;

let workflowId: string;
let recordId: number;
let userId: string;

beforeAll(async () => {
  const workflow = await db.workflow.create({ data: { name: "Retention", objectType: "contact", trigger: {}, actions: [] } });
  workflowId = workflow.id;
  recordId = (await db.record.findFirstOrThrow({ select: { id: true } })).id;
  userId = randomUUID();
  await db.user.create({ data: { id: userId, name: "Ada", email: `${userId}@example.com`, role: "ADMIN" } });
});

/** A run with one step of `attempts` attempts, as the runner leaves it. */
async function run(status: "ACTIVE" | "COMPLETED" | "FAILED", finishedAt: Date | null, stepStatus = "SUCCEEDED", attempts = 2) {
  const enrollment = await db.enrollment.create({
    data: {
      workflowId,
      recordId,
      workflowRevision: 1,
      actionsSnapshot: [],
      outputs: {},
      status,
      createdAt: ago(400),
      finishedAt,
      steps: {
        create: {
          actionId: "a1",
          actionType: "SEND_WEBHOOK",
          status: stepStatus,
          deliveryId: randomUUID(),
          startedAt: ago(400),
          attempts: {
            create: Array.from({ length: attempts }, (_, i) => ({
              attempt: i + 1,
              startedAt: ago(400),
              durationMs: 12,
              outcome: i + 1 < attempts ? "RETRYABLE" : "SUCCESS",
              request: { method: "POST" },
            })),
          },
        },
      },
    },
    include: { steps: true },
  });
  return { id: enrollment.id, stepId: enrollment.steps[0].id };
}

async function job(status: "QUEUED" | "RUNNING" | "DONE" | "DEAD", updatedAt: Date) {
  const row = await db.job.create({
    data: {
      lane: "default",
      kind: "retention-test",
      payload: {},
      status,
      runAt: ago(400),
      lockedBy: status === "RUNNING" ? "worker-gone" : null,
      lockedUntil: status === "RUNNING" ? ago(399) : null,
      createdAt: ago(400),
      updatedAt,
    },
  });
  return row.id;
}

const hookEvent = async (receivedAt: Date) => (await db.hookEvent.create({ data: { workflowId, headers: {}, receivedAt } })).id;

async function capture(receivedAt: Date) {
  const bin = await db.inspectorBin.upsert({
    where: { token: "retention-bin" },
    create: { token: "retention-bin", name: "Bin" },
    update: {},
  });
  const row = await db.inspectorCapture.create({
    data: { binId: bin.id, method: "POST", path: "/", query: "", headers: [], body: "{}", bodyBytes: 2, responseStatus: 200, receivedAt },
  });
  return row.id;
}

const auditEntry = async (at: Date) =>
  (await db.auditEntry.create({ data: { action: "workflow.updated", actorKind: "system", actorName: "test", summary: "x", at } })).id;

const remaining = async <T>(ids: T[], find: (ids: T[]) => Promise<{ id: T }[]>) => (await find(ids)).map((row) => row.id).sort() as T[];

describe("a retention sweep", () => {
  it("deletes finished runs older than the retention with their steps and attempts; keeps recent ones and every active run, however old", async () => {
    const oldCompleted = await run("COMPLETED", ago(40));
    const oldFailed = await run("FAILED", ago(31), "FAILED", 5);
    const recent = await run("COMPLETED", ago(29));
    // Waiting for its next retry, and one whose step is being sent right now: both ACTIVE.
    const retrying = await run("ACTIVE", null, "RETRY_SCHEDULED", 3);
    const sending = await run("ACTIVE", null, "RUNNING", 1);
    // "Retry now" makes a failed run active again: its old finishedAt must not make it go.
    const revived = await run("ACTIVE", ago(40), "RETRY_SCHEDULED");
    const ids = [oldCompleted, oldFailed, recent, retrying, sending, revived];

    const result = await sweepRetention(keep);

    expect(result.deleted.runs).toBe(2);
    const kept = [recent, retrying, sending, revived];
    expect(
      await remaining(
        ids.map((r) => r.id),
        (id) => db.enrollment.findMany({ where: { id: { in: id } } }),
      ),
    ).toEqual(kept.map((r) => r.id).sort());
    expect(
      await remaining(
        ids.map((r) => r.stepId),
        (id) => db.enrollmentStep.findMany({ where: { id: { in: id } } }),
      ),
    ).toEqual(kept.map((r) => r.stepId).sort());
    expect(await db.deliveryAttempt.count({ where: { stepId: { in: [oldCompleted.stepId, oldFailed.stepId] } } })).toBe(0);
    expect(await db.deliveryAttempt.count({ where: { stepId: { in: kept.map((r) => r.stepId) } } })).toBe(2 + 3 + 1 + 2);
  });

  it("deletes ended jobs (DONE and DEAD) not changed within the retention; never a queued or running one, however old", async () => {
    const done = await job("DONE", ago(31));
    const dead = await job("DEAD", ago(45));
    const recentDone = await job("DONE", ago(29));
    const queued = await job("QUEUED", ago(400));
    const running = await job("RUNNING", ago(400));

    const result = await sweepRetention(keep);

    expect(result.deleted.jobs).toBe(2);
    expect(await remaining([done, dead, recentDone, queued, running], (id) => db.job.findMany({ where: { id: { in: id } } }))).toEqual(
      [recentDone, queued, running].sort(),
    );
  });

  it("deletes hook events and inspector captures received before the retention", async () => {
    const events = [await hookEvent(ago(30.5)), await hookEvent(ago(29.5))];
    const captures = [await capture(ago(90)), await capture(ago(1))];

    const result = await sweepRetention(keep);

    expect(result.deleted).toMatchObject({ hookEvents: 1, captures: 1 });
    expect(await remaining(events, (id) => db.hookEvent.findMany({ where: { id: { in: id } } }))).toEqual([events[1]]);
    expect(await remaining(captures, (id) => db.inspectorCapture.findMany({ where: { id: { in: id } } }))).toEqual([captures[1]]);
  });

  it('with the retention "off" keeps all history, and still forgets what has expired', async () => {
    const oldRun = await run("COMPLETED", ago(4000));
    const oldJob = await job("DONE", ago(4000));
    const oldEvent = await hookEvent(ago(4000));
    const oldEntry = await auditEntry(ago(4000));
    await db.hookSeenId.createMany({
      data: [
        { workflowId, kind: "EVENT_ID", value: "expired", expiresAt: ago(0.001) },
        { workflowId, kind: "EVENT_ID", value: "current", expiresAt: later(60_000) },
      ],
    });
    const session = (token: string, expiresAt: Date) => ({ id: randomUUID(), token, userId, expiresAt });
    await db.session.createMany({ data: [session("expired-session", ago(1)), session("current-session", later(DAY))] });
    await db.verification.createMany({
      data: [
        { id: randomUUID(), identifier: "expired-value", value: "x", expiresAt: ago(1) },
        { id: randomUUID(), identifier: "current-value", value: "x", expiresAt: later(DAY) },
      ],
    });
    const invitation = (tokenHash: string, expiresAt: Date) => ({
      id: randomUUID(),
      tokenHash,
      role: "EDITOR",
      createdById: userId,
      expiresAt,
    });
    await db.invitation.createMany({ data: [invitation("expired-invitation", ago(1)), invitation("open-invitation", later(DAY))] });
    await db.signInThrottle.createMany({
      data: [
        { key: "client:203.0.113.9", failures: 20, windowStart: ago(1) },
        { key: "client:203.0.113.10", failures: 20, windowStart: later(-60_000) },
      ],
    });

    const result = await sweepRetention({ ...keep, retentionDays: null, auditRetentionDays: null });

    expect(result.deleted).toMatchObject({ runs: 0, jobs: 0, hookEvents: 0, auditEntries: 0 });
    expect(await db.enrollment.count({ where: { id: oldRun.id } })).toBe(1);
    expect(await db.deliveryAttempt.count({ where: { stepId: oldRun.stepId } })).toBe(2);
    expect(await db.job.count({ where: { id: oldJob } })).toBe(1);
    expect(await db.hookEvent.count({ where: { id: oldEvent } })).toBe(1);
    expect(await db.auditEntry.count({ where: { id: oldEntry } })).toBe(1);
    expect((await db.hookSeenId.findMany({ where: { workflowId } })).map((row) => row.value)).toEqual(["current"]);
    expect((await db.session.findMany({ where: { userId } })).map((row) => row.token)).toEqual(["current-session"]);
    expect((await db.verification.findMany()).map((row) => row.identifier)).toEqual(["current-value"]);
    expect((await db.invitation.findMany({ where: { createdById: userId } })).map((row) => row.tokenHash)).toEqual(["open-invitation"]);
    expect((await db.signInThrottle.findMany()).map((row) => row.key)).toEqual(["client:203.0.113.10"]);
    expect(result.deleted).toMatchObject({ hookSeenIds: 1, authRows: 2, invitations: 1, signInThrottles: 1 });
  });

  it("deletes audit entries older than the audit retention, which is its own setting", async () => {
    await sweepRetention({ ...keep, auditRetentionDays: 365 }); // what earlier tests left
    const entries = [await auditEntry(ago(400)), await auditEntry(ago(364))];

    // The run retention does not touch the audit log.
    expect((await sweepRetention({ ...keep, retentionDays: 1, auditRetentionDays: null })).deleted.auditEntries).toBe(0);
    const result = await sweepRetention({ ...keep, auditRetentionDays: 365 });

    expect(result.deleted.auditEntries).toBe(1);
    expect(await remaining(entries, (id) => db.auditEntry.findMany({ where: { id: { in: id } } }))).toEqual([entries[1]]);
  });

  it("deletes more rows than one batch holds, batch after batch; a sweep stopped by its batch limit says so and the next one goes on", async () => {
    await sweepRetention(keep); // what earlier tests left
    const runs = await Promise.all(Array.from({ length: 7 }, () => run("COMPLETED", ago(100))));
    const jobs = await Promise.all(Array.from({ length: 23 }, () => job("DONE", ago(100))));
    const events = await Promise.all(Array.from({ length: 12 }, () => hookEvent(ago(100))));
    const recentJob = await job("DONE", ago(1));

    // Batches of 5 rows (1 run), at most 3 batches per table in one sweep.
    const first = await sweepRetention({ ...keep, batchSize: 5, maxBatches: 3 });
    expect(first.unfinished).toBe(true);
    expect(first.deleted).toMatchObject({ runs: 3, jobs: 15, hookEvents: 12 });

    const second = await sweepRetention({ ...keep, batchSize: 5 });
    expect(second.unfinished).toBe(false);
    expect(second.deleted).toMatchObject({ runs: 4, jobs: 8, hookEvents: 0 });
    expect(await db.enrollment.count({ where: { id: { in: runs.map((r) => r.id) } } })).toBe(0);
    expect(await db.deliveryAttempt.count({ where: { stepId: { in: runs.map((r) => r.stepId) } } })).toBe(0);
    expect(await remaining([...jobs, recentJob], (id) => db.job.findMany({ where: { id: { in: id } } }))).toEqual([recentJob]);
    expect(await db.hookEvent.count({ where: { id: { in: events } } })).toBe(0);
  });
});
