import { describe, expect, it } from "vitest";
import { getRecord } from "@/lib/crm/records";
import { db } from "@/lib/db";
import { until } from "@/test/wait-for";
import { fileReceiver } from "@/test/file-receiver";
import { workflowWithActions } from "@/test/webhook-workflow";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";

const receiver = fileReceiver(() => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ tier: "gold" }),
}));

describe("Delay and Set property value in a run", () => {
  it("waits durably: the next step is due after the delay and runs after a runner restart", async () => {
    const wf = await workflowWithActions("delay", [
      { id: "wait", type: "DELAY", config: { amount: 1, unit: "MINUTES" }, nextId: "send" },
      { id: "send", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/after-delay` } },
    ]);
    const first = startRunner({ pollMs: 20 });
    const { enrollmentId } = await enroll(wf.id, 3);
    const before = Date.now();
    await until(async () => (await getEnrollment(enrollmentId)).steps.length === 2);
    await first.stop();
    const job = await db.job.findFirstOrThrow({
      where: { stepId: (await db.enrollmentStep.findFirstOrThrow({ where: { enrollmentId, actionId: "send" } })).id },
    });
    expect(job.status).toBe("QUEUED");
    expect(job.runAt.getTime() - before).toBeGreaterThanOrEqual(59_000);
    expect(receiver.requests.some((r) => r.path === "/after-delay")).toBe(false);

    // The minute passes while no runner is up; a new runner picks the step up.
    await db.job.update({ where: { id: job.id }, data: { runAt: new Date() } });
    const second = startRunner({ pollMs: 20 });
    try {
      await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE");
    } finally {
      await second.stop();
    }
    expect((await getEnrollment(enrollmentId)).status).toBe("COMPLETED");
    expect(receiver.requests.filter((r) => r.path === "/after-delay")).toHaveLength(1);
  });

  it("sets a property from a webhook's output, in the default lane, with WORKFLOW history", async () => {
    const wf = await workflowWithActions("set", [
      {
        id: "lookup",
        type: "SEND_WEBHOOK",
        config: { method: "POST", webhookUrl: `${receiver.url}/tier`, outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
        nextId: "set",
      },
      {
        id: "set",
        type: "SET_PROPERTY",
        config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "lookup", output: "tier" } },
      },
    ]);
    const worker = startRunner({ pollMs: 20 });
    try {
      const { enrollmentId } = await enroll(wf.id, 4);
      await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE");
      expect((await getEnrollment(enrollmentId)).status).toBe("COMPLETED");
      const setJob = await db.job.findFirstOrThrow({
        where: { stepId: (await db.enrollmentStep.findFirstOrThrow({ where: { enrollmentId, actionId: "set" } })).id },
      });
      expect(setJob.lane).toBe("default");
    } finally {
      await worker.stop();
    }
    const record = await getRecord(4);
    expect(record.properties.customer_tier).toMatchObject({ value: "gold", source: "WORKFLOW" });
  });
});
