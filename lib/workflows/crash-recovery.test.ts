import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { until } from "@/test/wait-for";
import { workflowWithActions } from "@/test/webhook-workflow";
import { fileReceiver } from "@/test/file-receiver";
import type { ReceiverReply } from "@/test/https-receiver";
import { getEnrollment } from "./enrollments";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";

// A worker process is killed with SIGKILL while its delivery is in flight; after its
// lease runs out another worker claims the job and the delivery completes, under the same
// delivery id, so the receiver can tell the two calls are one delivery.

const receiver = fileReceiver();

describe("crash recovery", () => {
  it("completes a delivery whose worker was killed mid-call", async () => {
    let hang = true;
    receiver.setHandler((): ReceiverReply => (hang ? { status: 200, delayMs: 30_000, body: "{}" } : { status: 200, body: "{}" }));
    const wf = await workflowWithActions("crash", [
      { id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/crash` } },
    ]);
    const { enrollmentId } = await enroll(wf.id, 1);

    // node itself, not the tsx wrapper: SIGKILL must hit the process that does the work.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, HOOKFLOW_LEASE_MS: "3000" },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await until(() => receiver.requests.some((r) => r.path === "/crash"));
    const held = await db.job.findFirstOrThrow({ where: { status: "RUNNING" } });
    expect(held.lockedBy).toMatch(/^worker-/);
    child.kill("SIGKILL");
    await exited;

    hang = false;
    const worker = startRunner({ pollMs: 50 });
    try {
      await until(async () => (await getEnrollment(enrollmentId)).status !== "ACTIVE");
    } finally {
      await worker.stop();
    }
    const done = await getEnrollment(enrollmentId);
    expect(done.status).toBe("COMPLETED");
    const calls = receiver.requests.filter((r) => r.path === "/crash");
    expect(calls).toHaveLength(2);
    expect(calls[0].headers["x-hookflow-delivery-id"]).toBe(calls[1].headers["x-hookflow-delivery-id"]);
    expect(calls[0].headers["x-hookflow-delivery-id"]).toBe(done.steps[0].deliveryId);
    expect(done.steps[0].attempts).toEqual([expect.objectContaining({ attempt: 1, outcome: "SUCCESS" })]);
  }, 40_000);
});
