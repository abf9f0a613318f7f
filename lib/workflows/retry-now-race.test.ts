import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { MIN_RETRY_INTERVAL_MS } from "@/lib/jobs/retry-schedule";
import { heldReader } from "@/test/held-queries";
import { webhookWorkflow } from "@/test/webhook-workflow";
import { retryNow } from "./replay";
import { enroll } from "./runner";

// "Retry now" while the runner records an attempt: Retry now reads the step's queued job and its
// last attempt; the runner commits an attempt together with its job's next time (a minute later).
// Here the runner's commit lands between Retry now's two reads (test/held-queries.ts). Read
// attempt first, job second, PostgreSQL's READ COMMITTED showed Retry now the attempt before and
// the job after: it moved the job up to run at once, right after the attempt it had not seen,
// under the 1-second floor (replay.test.ts saw 80 ms on PostgreSQL). Both answers that keep the
// floor are right: "being sent right now", or a time at least the floor after the new attempt.

const original = getDb();
const held = heldReader();

describe("Retry now racing the runner's commit", () => {
  it("never moves the job up to less than the floor after an attempt committed while it read", async () => {
    const wf = await webhookWorkflow();
    const { enrollmentId } = await enroll(wf.id, 1);
    const step = await original.enrollmentStep.findFirstOrThrow({ where: { enrollmentId } });
    const job = await original.job.findFirstOrThrow({ where: { stepId: step.id } });
    // Attempt 1 failed ten seconds ago; the runner has claimed the job and is sending attempt 2.
    await original.$transaction(async (tx) => {
      await tx.enrollmentStep.update({ where: { id: step.id }, data: { status: "RETRY_SCHEDULED", firstFailedAt: new Date() } });
      await tx.deliveryAttempt.create({
        data: { stepId: step.id, attempt: 1, startedAt: new Date(Date.now() - 10_000), durationMs: 5, outcome: "RETRYABLE", request: {} },
      });
      await tx.job.update({
        where: { id: job.id },
        data: { status: "RUNNING", lockedBy: "runner", lockedUntil: new Date(Date.now() + 60_000) },
      });
    });
    let secondEnd = 0;
    // What the runner commits when attempt 2 fails: the attempt, and the job queued a minute on.
    const recordSecondAttempt = () =>
      original.$transaction(async (tx) => {
        const startedAt = new Date();
        secondEnd = startedAt.getTime() + 5;
        await tx.deliveryAttempt.create({
          data: {
            stepId: step.id,
            attempt: 2,
            startedAt,
            durationMs: 5,
            outcome: "RETRYABLE",
            request: {},
            nextAttemptAt: new Date(Date.now() + 60_000),
          },
        });
        await tx.job.update({
          where: { id: job.id },
          data: { status: "QUEUED", runAt: new Date(Date.now() + 60_000), lockedBy: null, lockedUntil: null },
        });
      });

    let reads = 0;
    held.hold(async (sql) => {
      // Quoted as Prisma quotes it: "Job" on PostgreSQL, `main`.`Job` on SQLite.
      if (/["`](Job|DeliveryAttempt)["`]/.test(sql) && ++reads === 2) await recordSecondAttempt();
    });
    const answer = await retryNow(enrollmentId).catch((error: { code?: string }) => error);
    held.release();
    expect(reads).toBeGreaterThanOrEqual(2);

    const floor = secondEnd + MIN_RETRY_INTERVAL_MS;
    if ("runAt" in answer) expect(Date.parse(answer.runAt)).toBeGreaterThanOrEqual(floor);
    else expect(answer).toMatchObject({ code: "ALREADY_RUNNING" });
    const after = await original.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(after.status).toBe("QUEUED");
    expect(after.runAt.getTime()).toBeGreaterThanOrEqual(floor);
  });
});
