import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import * as enrollments from "./route";
import * as enrollment from "../../../enrollments/[id]/route";

// No runner runs in this file: enrollments stay ACTIVE with their first step queued.
async function workflow(enabled: boolean) {
  const wf = await createWorkflow({ name: "Enroll me", objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled,
      actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: "https://hooks.example.com/x" } }],
    }),
  );
}

describe("POST /api/workflows/:id/enrollments", () => {
  it("enrolls one record and queues its first step in the webhook lane", async () => {
    const wf = await workflow(true);
    const res = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { recordId: 1 } });
    expect(res.status).toBe(201);
    const got = await callRoute(enrollment.GET, { params: { id: res.json.enrollmentId } });
    expect(got.json).toMatchObject({
      workflowId: wf.id,
      recordId: 1,
      status: "ACTIVE",
      outputs: {},
      steps: [{ actionId: "a1", status: "PENDING", attempts: [] }],
    });
    const job = await db.job.findFirstOrThrow({
      where: { lane: "webhook", status: "QUEUED", destination: "hooks.example.com" },
      orderBy: { createdAt: "desc" },
    });
    expect(job.kind).toBe("run-step");
  });

  it("enrolls many records in one request, all or none", async () => {
    const wf = await workflow(true);
    const many = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { recordIds: [1, 2, 3] } });
    expect(many.status).toBe(201);
    expect(many.json.enrollmentIds).toHaveLength(3);
    const before = await db.enrollment.count();
    const company = await db.record.findFirstOrThrow({ where: { objectType: "company" } });
    const bad = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { recordIds: [1, company.id] } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("WRONG_OBJECT_TYPE");
    expect(await db.enrollment.count()).toBe(before);
  });

  it("says why it cannot enroll: off (409), unknown workflow or record (404), bad body (400)", async () => {
    const off = await workflow(false);
    const res = await callRoute(enrollments.POST, { params: { id: off.id }, body: { recordId: 1 } });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/Turn it on/);
    const on = await workflow(true);
    expect((await callRoute(enrollments.POST, { params: { id: "nope" }, body: { recordId: 1 } })).status).toBe(404);
    expect((await callRoute(enrollments.POST, { params: { id: on.id }, body: { recordId: 424242 } })).status).toBe(404);
    const empty = await callRoute(enrollments.POST, { params: { id: on.id }, body: {} });
    expect(empty.status).toBe(400);
    expect((await callRoute(enrollment.GET, { params: { id: "nope" } })).status).toBe(404);
  });
});
