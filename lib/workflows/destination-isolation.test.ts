import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "@/lib/jobs/worker";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

// A slow endpoint fills only its own per-destination slots: deliveries to another
// destination enrolled after it still go straight through.

let slow: HttpsReceiver;
let fast: HttpsReceiver;
let worker: Worker;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  slow = await startHttpsReceiver(() => ({ status: 200, delayMs: 2_000, body: "{}" }));
  fast = await startHttpsReceiver();
  worker = startRunner({ pollMs: 20, lanes: { webhook: 8 }, perDestination: 2 });
});
afterAll(async () => {
  await worker.stop();
  await Promise.all([slow.close(), fast.close()]);
});

async function workflowTo(url: string) {
  const wf = await createWorkflow({ name: url, objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled: true,
      actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: url } }],
    }),
  );
}

describe("per-destination limits", () => {
  it("does not let a slow endpoint delay a fast one", async () => {
    const slowWf = await workflowTo(`${slow.url}/slow`);
    const fastWf = await workflowTo(`${fast.url}/fast`);
    const slowIds = [];
    for (let i = 0; i < 6; i++) slowIds.push((await enroll(slowWf.id, 1 + i)).enrollmentId);
    await new Promise((r) => setTimeout(r, 200)); // the slow deliveries hold their slots now
    const started = Date.now();
    const { enrollmentId } = await enroll(fastWf.id, 1);
    let fastDone: Awaited<ReturnType<typeof getEnrollment>>;
    for (;;) {
      fastDone = await getEnrollment(enrollmentId);
      if (fastDone.status !== "ACTIVE" || Date.now() - started > 10_000) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(fastDone.status).toBe("COMPLETED");
    expect(Date.now() - started).toBeLessThan(1_500);
    // Only two slow calls may be in flight at once, whatever the lane's capacity.
    expect(slow.requests.length).toBeLessThanOrEqual(2);
    const slowStates = await Promise.all(slowIds.map((id) => getEnrollment(id)));
    expect(slowStates.filter((e) => e.status === "ACTIVE").length).toBeGreaterThanOrEqual(4);
  });
});
