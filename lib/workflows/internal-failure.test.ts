import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { INTERNAL_FAILURE_LIMIT, type Worker } from "@/lib/jobs/worker";
import { createSecret } from "@/lib/secrets/secrets";
import { until } from "@/test/wait-for";
import { workflowWithActions } from "@/test/webhook-workflow";
import { getEnrollment } from "./enrollments";
import { retryNow } from "./replay";
import { enroll, STEP_JOB } from "./runner";
import { startRunner } from "./start-runner";

// Issue 9: a step whose data makes the runner throw (a fault of ours, not a delivery
// outcome) was re-queued every minute forever and its enrollment stayed ACTIVE. Now the job
// backs off, ends DEAD after INTERNAL_FAILURE_LIMIT failures in a row, and the runner fails
// the step and the enrollment with a message that names the fault, not the data.

let worker: Worker | null = null;
beforeAll(() => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
});
afterAll(async () => {
  await worker?.stop();
});

describe("a step the runner cannot run", () => {
  it("ends DEAD after the limit; the step and the enrollment fail with a clear message; the job is not claimed again", async () => {
    await createSecret({ name: "POISON_KEY", value: "sk-live-poison-123" });
    const webhookUrl = "https://localhost:9/poison?token=abc";
    const wf = await workflowWithActions("poison", [
      {
        id: "a1",
        type: "SEND_WEBHOOK",
        config: {
          method: "POST",
          webhookUrl,
          authentication: { type: "API_KEY", secretName: "POISON_KEY", keyName: "Authorization", location: "HEADER" },
        },
      },
    ]);
    // No runner yet: the job waits while its enrollment's snapshot is damaged as a bad
    // migration or an old record shape would leave it; reading it makes the runner throw.
    const { enrollmentId } = await enroll(wf.id, 1);
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } });
    const actions = enrollment.actionsSnapshot as { config: Record<string, unknown> }[];
    actions[0].config.body = null;
    await db.enrollment.update({ where: { id: enrollmentId }, data: { actionsSnapshot: actions as unknown as Prisma.InputJsonValue } });

    worker = startRunner({ pollMs: 10, internalRetryMs: 20, log: () => {} });
    await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE", 10_000);

    const e = await getEnrollment(enrollmentId);
    expect(e.status).toBe("FAILED");
    expect(e.error).toMatch(
      new RegExp(`^Hookflow could not run this step: TypeError: .+; it stopped after ${INTERNAL_FAILURE_LIMIT} tries\\.$`),
    );
    expect(e.steps[0]).toMatchObject({ status: "FAILED", error: e.error, attempts: [] });
    for (const leak of ["sk-live-poison-123", "ada@", webhookUrl, "token=abc"]) expect(JSON.stringify(e)).not.toContain(leak);

    const job = await db.job.findFirstOrThrow({
      where: { kind: STEP_JOB, stepId: (await db.enrollmentStep.findFirstOrThrow({ where: { enrollmentId } })).id },
    });
    expect(job).toMatchObject({ status: "DEAD", attempts: INTERNAL_FAILURE_LIMIT, lockedBy: null });
    expect(job.lastError).toMatch(/TypeError|Cannot read/);
    await new Promise((r) => setTimeout(r, 500));
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "DEAD",
      attempts: INTERNAL_FAILURE_LIMIT,
      updatedAt: job.updatedAt,
    });
  }, 15_000);

  it("a step whose stored job payload does not parse fails at once with a message, and Retry now runs it again", async () => {
    await worker?.stop();
    worker = null;
    const wf = await workflowWithActions("damaged job", [{ id: "a1", type: "DELAY", config: { amount: 1, unit: "MINUTES" } }]);
    const { enrollmentId } = await enroll(wf.id, 1);
    const step = await db.enrollmentStep.findFirstOrThrow({ where: { enrollmentId } });
    // As a bad migration or another version would leave it: the payload no longer matches the kind's schema.
    await db.job.updateMany({ where: { stepId: step.id }, data: { payload: { stepId: 42 } } });

    worker = startRunner({ pollMs: 10, internalRetryMs: 20, log: () => {} });
    await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE", 5_000);
    const failed = await getEnrollment(enrollmentId);
    expect(failed).toMatchObject({ status: "FAILED", error: expect.stringMatching(/stored job is damaged.*Retry now/) });
    expect(await db.job.findFirstOrThrow({ where: { stepId: step.id, status: "DEAD" } })).toMatchObject({
      attempts: 1,
      lastError: expect.stringMatching(/does not match its schema/),
    });

    await retryNow(enrollmentId);
    await until(async () => (await getEnrollment(enrollmentId)).status === "COMPLETED", 5_000);
  }, 15_000);
});
