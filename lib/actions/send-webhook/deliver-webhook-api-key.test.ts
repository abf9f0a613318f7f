import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as workflowRoute from "@/app/api/workflows/[id]/route";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/secrets/secret-box";
import { enroll } from "@/lib/workflows/runner";
import { startRunner } from "@/lib/workflows/start-runner";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { until } from "@/test/wait-for";

// An API key header that cannot be sent as configured is refused when the workflow is
// saved; a stored value that cannot go in a header fails the delivery for good, once,
// with a message that says what to fix (retrying would fail the same way for 3 days).

let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver();
});
afterAll(() => receiver.close());

const apiKeyAction = (keyName: string, secretName = "SOME_KEY", location = "HEADER") => ({
  id: "hook",
  type: "SEND_WEBHOOK",
  config: { method: "POST", webhookUrl: `${receiver.url}/in`, authentication: { type: "API_KEY", secretName, keyName, location } },
});

/** Runs the workflow for record 1 until its enrollment finishes; the enrollment and its attempts. */
async function runOnce(workflowId: string) {
  const worker = startRunner({ pollMs: 20 });
  try {
    const { enrollmentId } = await enroll(workflowId, 1);
    await until(async () => (await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status !== "ACTIVE");
    return {
      enrollment: await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } }),
      attempts: await db.deliveryAttempt.findMany({ where: { step: { enrollmentId } } }),
    };
  } finally {
    await worker.stop();
  }
}

describe("API key names", () => {
  it("refuses at save a header Hookflow cannot send as given, with the reason at the field", async () => {
    const wf = await createWorkflow({ name: "Key names", objectType: "contact" });
    const cases: [string, RegExp][] = [
      ["Host", /Host.*cannot be used as the API key header.*connection/i],
      ["transfer-encoding", /transfer-encoding.*cannot be used as the API key header/i],
      ["Content-Length", /cannot be used as the API key header/],
      ["Proxy-Authorization", /cannot be used as the API key header/],
      ["X-Hookflow-Delivery-Id", /Hookflow sets.*itself/],
      ["x-hubspot-signature-v3", /Hookflow sets.*itself/],
      ["Bad Name", /must be a valid header name.*no spaces/],
      ["Bad:Name", /must be a valid header name/],
    ];
    for (const [keyName, message] of cases) {
      const res = await callRoute(workflowRoute.PUT, {
        method: "PUT",
        params: { id: wf.id },
        body: { revision: 1, actions: [apiKeyAction(keyName)] },
      });
      expect(res.status, keyName).toBe(400);
      // The detail carries the validation catalog's code (and the name as a param) the editor translates it by.
      expect(res.json.error.details, keyName).toContainEqual({
        path: "actions.0.config.authentication.keyName",
        message: expect.stringMatching(message),
        code: expect.stringMatching(/^apiKey\./),
        ...(/Hookflow sets|connection|cannot be used/.test(message.source) ? { params: { keyName } } : {}),
      });
    }
    // The usual ones are fine, and a query parameter may be called anything a header may not.
    for (const [keyName, location] of [
      ["Authorization", "HEADER"],
      ["X-Api-Key", "HEADER"],
      ["host", "QUERY_PARAM"],
    ]) {
      const wf2 = await createWorkflow({ name: `ok ${keyName}`, objectType: "contact" });
      const res = await callRoute(workflowRoute.PUT, {
        method: "PUT",
        params: { id: wf2.id },
        body: { revision: 1, actions: [apiKeyAction(keyName, "SOME_KEY", location)] },
      });
      expect(res.status, keyName).toBe(200);
    }
  });

  it("fails a run saved before the check at once, naming the header, and sends nothing", async () => {
    await db.secret.create({ data: { name: "HOST_KEY", valueEncrypted: encryptSecret("value-of-the-key") } });
    const wf = await createWorkflow({ name: "Old Host key", objectType: "contact" });
    await updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, enabled: true, actions: [apiKeyAction("X-Key", "HOST_KEY")] }));
    // As an older version saved it, before names were checked.
    const row = await db.workflow.findUniqueOrThrow({ where: { id: wf.id } });
    const actions = JSON.parse(JSON.stringify(row.actions).replace('"X-Key"', '"Host"'));
    await db.workflow.update({ where: { id: wf.id }, data: { actions } });
    const before = receiver.requests.length;
    const { enrollment, attempts } = await runOnce(wf.id);
    expect(enrollment.status).toBe("FAILED");
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      outcome: "FINAL",
      nextAttemptAt: null,
      error: expect.stringMatching(/"Host" cannot be used as the API key header/),
    });
    expect(receiver.requests.length).toBe(before);
  });
});

describe("API key values", () => {
  it("fails for good, after one attempt, when a stored value cannot go in a header", async () => {
    // Stored by an older version, which did not refuse line breaks.
    await db.secret.create({ data: { name: "PASTED_KEY", valueEncrypted: encryptSecret("tok-123456789\r\nX-Injected: yes") } });
    const wf = await createWorkflow({ name: "CRLF key", objectType: "contact" });
    await updateWorkflow(
      wf.id,
      updateWorkflowSchema.parse({ revision: 1, enabled: true, actions: [apiKeyAction("X-Api-Key", "PASTED_KEY")] }),
    );
    const before = receiver.requests.length;
    const { enrollment, attempts } = await runOnce(wf.id);
    expect(enrollment.status).toBe("FAILED");
    expect(attempts).toHaveLength(1);
    expect(attempts[0].outcome).toBe("FINAL");
    expect(attempts[0].nextAttemptAt).toBeNull();
    expect(attempts[0].error).toMatch(
      /The secret "PASTED_KEY" cannot be sent in the X-Api-Key header: its value contains a line break or another control character\. Add it again without it in Settings → Secrets/,
    );
    expect(enrollment.error).toBe(attempts[0].error);
    expect(JSON.stringify(attempts)).not.toContain("tok-123456789");
    expect(receiver.requests.length).toBe(before);
  });
});
