import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "@/lib/jobs/worker";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { waitFor } from "@/test/wait-for";
import type { DelayStepDetail } from "@/lib/actions/delay/step-detail";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

// GET /api/enrollments/:id tells the run page what each step type needs: when a Delay's wait
// ends and when the step behind it is due, and what a Set property value step wrote.

let worker: Worker;
let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver(() => ({
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tier: "silver" }),
  }));
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function workflowOf(actions: { id: string; type: string; name?: string; config: unknown }[]) {
  const wf = await createWorkflow({ name: "step details", objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled: true,
      startActionId: actions[0].id,
      actions: actions.map((action, i) => ({ ...action, nextId: actions[i + 1]?.id ?? null })),
    }),
  );
}

describe("step details of GET /api/enrollments/:id", () => {
  it("a Delay says how long and until when, and the step it holds is due then", async () => {
    const wf = await workflowOf([
      { id: "wait", type: "DELAY", config: { amount: 1, unit: "HOURS" } },
      { id: "set", type: "SET_PROPERTY", name: "Tier", config: { property: "customer_tier", value: { type: "STATIC", value: "gold" } } },
    ]);
    const { enrollmentId } = await enroll(wf.id, 1);
    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.steps.length === 2,
    );
    const [wait, set] = run.steps;
    expect(run.status).toBe("ACTIVE");
    expect(wait).toMatchObject({ actionType: "DELAY", status: "SUCCEEDED", detail: { amount: 1, unit: "HOURS" } });
    const waitUntil = (wait.detail as DelayStepDetail).waitUntil!;
    expect(Date.parse(waitUntil) - Date.parse(wait.finishedAt!)).toBe(3_600_000);
    // The held step has not started; its job is due when the wait ends.
    expect(set).toMatchObject({ status: "PENDING", attempts: [], dueAt: waitUntil });
    expect(set.detail).toEqual({ property: "customer_tier", value: null, source: null });
  });

  it("a Delay with no step after it ends the run without a wait", async () => {
    const wf = await workflowOf([{ id: "wait", type: "DELAY", config: { amount: 2, unit: "DAYS" } }]);
    const { enrollmentId } = await enroll(wf.id, 2);
    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(run.status).toBe("COMPLETED");
    expect(run.steps[0].detail).toEqual({ amount: 2, unit: "DAYS", waitUntil: null });
    expect(run.steps[0].dueAt).toBeNull();
  });

  it("a Set property value step gives the property, the value it wrote and where the value came from", async () => {
    const wf = await workflowOf([
      {
        id: "name",
        type: "SET_PROPERTY",
        name: "Copy email",
        config: { property: "customer_tier", value: { type: "PROPERTY", property: "email" } },
      },
      { id: "tier", type: "SET_PROPERTY", config: { property: "customer_tier", value: { type: "STATIC", value: "gold" } } },
    ]);
    const { enrollmentId } = await enroll(wf.id, 3);
    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(run.status).toBe("COMPLETED");
    const [copy, tier] = run.steps;
    expect(copy.detail).toMatchObject({
      property: "customer_tier",
      source: { type: "PROPERTY", property: "email" },
      value: expect.stringMatching(/@/),
    });
    expect(tier).toMatchObject({ dueAt: null, detail: { property: "customer_tier", value: "gold", source: null } });
  });

  it("a Set property value step names an output it reads by its action's name; a failed one wrote nothing", async () => {
    const wf = await workflowOf([
      {
        id: "a-lookup01",
        type: "SEND_WEBHOOK",
        name: "Look up tier",
        config: { method: "POST", webhookUrl: `${receiver.url}/tier`, outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
      },
      {
        id: "set",
        type: "SET_PROPERTY",
        config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "a-lookup01", output: "tier" } },
      },
    ]);
    const lookup = await enroll(wf.id, 4);
    const done = await waitFor(
      () => getEnrollment(lookup.enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(done.status).toBe("COMPLETED");
    // A delivery tells nothing besides its attempts.
    expect(done.steps[0]).toMatchObject({ actionType: "SEND_WEBHOOK", detail: null });
    expect(done.steps[1].detail).toEqual({
      property: "customer_tier",
      value: "silver",
      source: {
        type: "OUTPUT",
        output: "tier",
        action: { type: "SEND_WEBHOOK", name: "Look up tier" },
      },
    });

    // A manual run has no webhook trigger payload: the value cannot be read and the step fails.
    const failing = await workflowOf([
      { id: "set", type: "SET_PROPERTY", config: { property: "customer_tier", value: { type: "TRIGGER", path: "order.tier" } } },
    ]);
    const { enrollmentId } = await enroll(failing.id, 5);
    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(run.status).toBe("FAILED");
    expect(run.steps[0]).toMatchObject({
      status: "FAILED",
      dueAt: null,
      detail: { property: "customer_tier", value: null, source: { type: "TRIGGER", path: "order.tier" } },
    });
  });
});
