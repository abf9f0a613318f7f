import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, getDb } from "@/lib/db";
import type { Worker } from "@/lib/jobs/worker";
import { callRoute } from "@/test/call-route";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { until, waitFor } from "@/test/wait-for";
import * as cancelRoute from "@/app/api/enrollments/[id]/cancel/route";
import * as retryRoute from "@/app/api/enrollments/[id]/retry/route";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

// Cancel run on the real runner: a real worker, a real local HTTPS receiver (test CA), the real
// routes. A cancelled run must end for good: no attempt after the cancel (even one that was in
// flight and failed in a retryable way), no next step, and no job of it left QUEUED or RUNNING.

let receiver: HttpsReceiver;
let worker: Worker;
const ADA = 1;
const original = getDb();

/** Each test's own path on the receiver, answered by its own function. */
const routes = new Map<string, () => Promise<{ status: number }> | { status: number }>();

beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver(async (request) => {
    const reply = await (routes.get(request.path)?.() ?? { status: 200 });
    return { ...reply, headers: { "content-type": "application/json" }, body: "{}" };
  });
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function workflowTo(paths: string[]) {
  const wf = await createWorkflow({ name: `Cancel ${Math.random()}`, objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled: true,
      actions: paths.map((p, i) => ({
        id: `a${i}`,
        type: "SEND_WEBHOOK",
        config: { method: "POST", webhookUrl: `${receiver.url}${p}` },
        nextId: i + 1 < paths.length ? `a${i + 1}` : null,
      })),
    }),
  );
}

const newPath = () => `/${Math.random().toString(36).slice(2)}`;
const hits = (path: string) => receiver.requests.filter((r) => r.path === path).length;

/** The run's jobs that could still send anything. */
async function liveJobs(enrollmentId: string) {
  const steps = await db.enrollmentStep.findMany({ where: { enrollmentId }, select: { id: true } });
  return original.job.count({ where: { stepId: { in: steps.map((s) => s.id) }, status: { in: ["QUEUED", "RUNNING"] } } });
}

describe("Cancel run", () => {
  it("during a scheduled retry: the retry is removed, the run is CANCELLED with who and when, and cannot be retried", async () => {
    const p = newPath();
    routes.set(p, () => ({ status: 503 }));
    const wf = await workflowTo([p]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    const waiting = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.steps[0]?.status === "RETRY_SCHEDULED" && e.steps[0].dueAt !== null,
    );
    expect(waiting.steps[0].status).toBe("RETRY_SCHEDULED");
    expect(waiting.steps[0].retrySchedule?.planned[0].attempt).toBe(2);
    expect(waiting.steps[0]).toMatchObject({ errorKey: "response.serverError", errorParams: { status: "503" } });

    // A Viewer may look but not cancel.
    const denied = await callRoute(cancelRoute.POST, { params: { id: enrollmentId }, as: "VIEWER" });
    expect(denied.status).toBe(403);
    expect((await getEnrollment(enrollmentId)).status).toBe("ACTIVE");

    const cancelled = await callRoute(cancelRoute.POST, { params: { id: enrollmentId }, as: "EDITOR" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toEqual({ enrollmentId, status: "CANCELLED" });

    const run = await getEnrollment(enrollmentId);
    expect(run.status).toBe("CANCELLED");
    expect(run.cancelledBy).toBe("Test editor via the API token editor tests");
    expect(run.finishedAt).not.toBeNull();
    expect(run.steps[0]).toMatchObject({ status: "CANCELLED", dueAt: null, retrySchedule: null });
    // Who, in parts too: the run page words "… via the API token …" in the viewer's language.
    expect(run.cancelledByActor).toEqual({ name: "Test editor", tokenName: "editor tests" });
    expect(run.history.at(-1)).toMatchObject({
      action: "enrollment.cancelled",
      actorLabel: "Test editor via the API token editor tests",
      actor: { name: "Test editor", tokenName: "editor tests" },
    });
    expect(run).toMatchObject({ error: null, errorKey: null, errorParams: null });
    expect(await liveJobs(enrollmentId)).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "enrollment.cancelled", targetId: enrollmentId } });
    expect(entry.summary).toMatch(/^Cancelled the run of record 1 \(.+\) in workflow "Cancel /);

    // Not active any more: a second cancel and Retry now both answer 409, saying why.
    const again = await callRoute(cancelRoute.POST, { params: { id: enrollmentId }, as: "EDITOR" });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: "NOT_ACTIVE", message: expect.stringContaining("This run is cancelled, not active") });
    const retried = await callRoute(retryRoute.POST, { params: { id: enrollmentId }, as: "EDITOR" });
    expect(retried.status).toBe(409);
    expect(retried.json.error.code).toBe("RUN_CANCELLED");
    expect(hits(p)).toBe(1);
  });

  it.each([
    ["fails in a way that is retried (503)", 503],
    ["succeeds, with a step after it", 200],
  ])("while an attempt is in flight that %s: the attempt is recorded, nothing runs after it", async (_name, status) => {
    const p = newPath();
    const next = newPath();
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    routes.set(p, async () => {
      await answered;
      return { status };
    });
    const wf = await workflowTo([p, next]);
    const { enrollmentId } = await enroll(wf.id, ADA);
    await until(() => hits(p) === 1);

    const cancelled = await callRoute(cancelRoute.POST, { params: { id: enrollmentId }, as: "EDITOR" });
    expect(cancelled.status).toBe(200);
    // The runner still holds the job of the attempt being sent.
    expect(await liveJobs(enrollmentId)).toBe(1);
    answer();

    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.steps[0]?.attempts.length === 1,
    );
    await until(async () => (await liveJobs(enrollmentId)) === 0);
    const after = await getEnrollment(enrollmentId);
    expect(after.status).toBe("CANCELLED");
    expect(after.steps).toHaveLength(1);
    expect(after.steps[0].status).toBe("CANCELLED");
    expect(run.steps[0].attempts[0]).toMatchObject({ attempt: 1, outcome: status === 200 ? "SUCCESS" : "RETRYABLE", nextAttemptAt: null });
    // Long enough for a queued retry floor (1 s) or the next step to have gone out, had either been queued.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(hits(p)).toBe(1);
    expect(hits(next)).toBe(0);
    expect(await liveJobs(enrollmentId)).toBe(0);
  });
});
