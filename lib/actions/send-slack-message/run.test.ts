import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "@/lib/jobs/worker";
import { createSecret, deleteSecret } from "@/lib/secrets/secrets";
import { getEnrollment } from "@/lib/workflows/enrollments";
import { enroll } from "@/lib/workflows/runner";
import { secretUsers } from "@/lib/workflows/secret-usage";
import { startRunner } from "@/lib/workflows/start-runner";
import { testAction } from "@/lib/workflows/test-action";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { waitFor } from "@/test/wait-for";

// The Slack action through the whole app: turning on, secret usage, Test, the runner and the run page's data.
let worker: Worker;
let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver(() => ({ status: 200, body: "ok" }));
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

const slackAction = {
  id: "notify",
  type: "SEND_SLACK_MESSAGE",
  name: "Tell sales",
  config: { secretName: "SLACK_RUN", text: "Lead {{email}}" },
};

describe("Send a Slack message in a workflow", () => {
  it("cannot be turned on while its secret is missing; once it exists the secret lists the workflow", async () => {
    const wf = await createWorkflow({ name: "Slack run", objectType: "contact" });
    await expect(
      updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, enabled: true, actions: [slackAction] })),
    ).rejects.toMatchObject({
      code: "WORKFLOW_NOT_READY",
      details: [{ path: "actions.0.config.secretName", message: expect.stringMatching(/"SLACK_RUN" does not exist/) }],
    });
    await createSecret({ name: "SLACK_RUN", value: `${receiver.url}/services/T1/B1/runPathToken` });
    const on = await updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, enabled: true, actions: [slackAction] }));
    expect(on.enabled).toBe(true);
    expect((await secretUsers()).get("SLACK_RUN")).toEqual([{ id: wf.id, name: "Slack run" }]);
  });

  it("is tested once without a trace, and runs as a delivery with its attempts on the run page", async () => {
    const wf = await createWorkflow({ name: "Slack delivery", objectType: "contact" });
    await updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, enabled: true, actions: [slackAction] }));
    const tested = await testAction(wf.id, "notify", { recordId: 1 });
    expect(tested).toMatchObject({
      outcome: "SUCCESS",
      request: { method: "POST", url: `${receiver.url}/********` },
      response: { status: 200, body: "ok" },
    });

    const { enrollmentId } = await enroll(wf.id, 1);
    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(run.status).toBe("COMPLETED");
    expect(run.actions).toEqual([{ id: "notify", type: "SEND_SLACK_MESSAGE", name: "Tell sales", displayName: "Tell sales" }]);
    expect(run.steps[0]).toMatchObject({ actionType: "SEND_SLACK_MESSAGE", status: "SUCCEEDED", detail: null });
    expect(run.steps[0].attempts).toHaveLength(1);
    expect(JSON.stringify(run)).not.toContain("runPathToken");
    expect(receiver.requests.filter((r) => r.path === "/services/T1/B1/runPathToken")).toHaveLength(2);
  });

  it("fails its step for good when its secret was deleted since", async () => {
    await createSecret({ name: "SLACK_GONE", value: `${receiver.url}/services/T1/B1/gone` });
    const wf = await createWorkflow({ name: "Slack gone", objectType: "contact" });
    await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({
        revision: 1,
        enabled: true,
        actions: [{ ...slackAction, config: { secretName: "SLACK_GONE", text: "x" } }],
      }),
    );
    await deleteSecret("SLACK_GONE");
    const { enrollmentId } = await enroll(wf.id, 2);
    const run = await waitFor(
      () => getEnrollment(enrollmentId),
      (e) => e.status !== "ACTIVE",
    );
    expect(run.status).toBe("FAILED");
    expect(run.steps[0].error ?? run.steps[0].attempts[0]?.error).toMatch(/"SLACK_GONE" does not exist/);
  });
});
