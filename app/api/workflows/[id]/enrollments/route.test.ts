import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/test/call-route";
import { sendingWorkflow } from "@/test/webhook-workflow";
import * as enrollments from "./route";
import * as enrollment from "../../../enrollments/[id]/route";

// No runner runs in this file: enrollments stay ACTIVE with their first step queued.
describe("POST /api/workflows/:id/enrollments", () => {
  it("enrolls one record and queues its first step in the webhook lane", async () => {
    const wf = await sendingWorkflow("Enroll me");
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
    const wf = await sendingWorkflow("Enroll me");
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

  it("enrolls every record of the workflow's type a search finds ({search: {q}}), says when none or too many do", async () => {
    const wf = await sendingWorkflow("Enroll me");
    const expected = await db.record.findMany({
      where: { objectType: "contact", isDeleted: false, searchText: { contains: "example" } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(expected.length).toBeGreaterThan(1);
    const res = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { search: { q: "EXAMPLE" } } });
    expect(res.status, res.text).toBe(201);
    expect(res.json.enrollmentIds).toHaveLength(expected.length);
    const runs = await db.enrollment.findMany({ where: { id: { in: res.json.enrollmentIds } }, select: { recordId: true } });
    expect(runs.map((r) => r.recordId).sort((a, b) => a - b)).toEqual(expected.map((r) => r.id));
    // Each run is audited with its own record.
    const audited = await db.auditEntry.count({ where: { action: "enrollment.created", targetId: { in: res.json.enrollmentIds } } });
    expect(audited).toBe(expected.length);

    const none = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { search: { q: "no-such-record-anywhere" } } });
    expect(none.status).toBe(422);
    expect(none.json.error).toMatchObject({ code: "NO_MATCHING_RECORD", message: expect.stringMatching(/No records match/) });

    // More than 1000 matches is refused, naming the limit, and enrolls nothing.
    await db.record.createMany({
      data: Array.from({ length: 1001 }, (_, i) => ({
        objectType: "contact",
        displayName: `Bulk ${i}`,
        searchText: `bulk-enroll-${i}`,
        properties: {},
      })),
    });
    const before = await db.enrollment.count();
    const many = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { search: { q: "bulk-enroll-" } } });
    expect(many.status).toBe(400);
    expect(many.json.error.message).toMatch(/More than 1000 .*narrow the search/);
    expect(await db.enrollment.count()).toBe(before);
    const bad = await callRoute(enrollments.POST, { params: { id: wf.id }, body: { search: { q: 5 } } });
    expect(bad.status).toBe(400);
  });

  it("says why it cannot enroll: off (409), unknown workflow or record (404), bad body (400)", async () => {
    const off = await sendingWorkflow("Enroll me", false);
    const res = await callRoute(enrollments.POST, { params: { id: off.id }, body: { recordId: 1 } });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/Turn it on/);
    const on = await sendingWorkflow("Enroll me");
    expect((await callRoute(enrollments.POST, { params: { id: "nope" }, body: { recordId: 1 } })).status).toBe(404);
    expect((await callRoute(enrollments.POST, { params: { id: on.id }, body: { recordId: 424242 } })).status).toBe(404);
    const empty = await callRoute(enrollments.POST, { params: { id: on.id }, body: {} });
    expect(empty.status).toBe(400);
    expect((await callRoute(enrollment.GET, { params: { id: "nope" } })).status).toBe(404);
  });
});
