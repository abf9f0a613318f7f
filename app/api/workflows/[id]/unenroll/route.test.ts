import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEnrollment } from "@/lib/workflows/enrollments";
import { enrollMany } from "@/lib/workflows/runner";
import { callRoute } from "@/test/call-route";
import { sendingWorkflow } from "@/test/webhook-workflow";
import * as enrollments from "../enrollments/route";
import * as unenroll from "./route";

// No runner runs in this file: runs stay ACTIVE with their first step queued until unenrolled.
describe("POST /api/workflows/:id/unenroll", () => {
  it("ends every active run of the record in the workflow, and only those, recorded as a cancel", async () => {
    const wf = await sendingWorkflow("Unenroll me");
    const [first, second, other] = await enrollMany(wf.id, [1, 1, 2]);
    const res = await callRoute(unenroll.POST, { params: { id: wf.id }, body: { recordId: 1 }, as: "EDITOR" });
    expect(res.status).toBe(200);
    expect(res.json.cancelled.sort()).toEqual([first.enrollmentId, second.enrollmentId].sort());
    for (const { enrollmentId } of [first, second]) {
      const run = await getEnrollment(enrollmentId);
      expect(run).toMatchObject({ status: "CANCELLED", cancelledBy: "Test editor via the API token editor tests" });
      expect(run.steps[0].status).toBe("CANCELLED");
      expect(run.history.at(-1)).toMatchObject({ action: "enrollment.cancelled" });
      const steps = await db.enrollmentStep.findMany({ where: { enrollmentId }, select: { id: true } });
      expect(await db.job.count({ where: { stepId: { in: steps.map((s) => s.id) }, status: "QUEUED" } })).toBe(0);
    }
    expect((await getEnrollment(other.enrollmentId)).status).toBe("ACTIVE");
    // The history's Cancelled filter lists them, saying who ended them.
    const listed = await callRoute(enrollments.GET, { params: { id: wf.id }, query: { status: "CANCELLED" }, as: "VIEWER" });
    expect(listed.json.enrollments.map((e: { cancelledBy: string }) => e.cancelledBy)).toEqual([
      "Test editor via the API token editor tests",
      "Test editor via the API token editor tests",
    ]);
    const entries = await db.auditEntry.findMany({ where: { action: "enrollment.cancelled" } });
    expect(entries.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^Unenrolled record 1 \(.+\) from workflow "Unenroll me"$/),
      expect.stringMatching(/^Unenrolled record 1 /),
    ]);

    // Nothing left to end: 409 saying so.
    const again = await callRoute(unenroll.POST, { params: { id: wf.id }, body: { recordId: 1 }, as: "EDITOR" });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: "NOT_ENROLLED", message: expect.stringContaining("Record 1 has no active run") });
  });

  it("needs an Editor, a known workflow and a record id", async () => {
    const wf = await sendingWorkflow("Unenroll me");
    const [run] = await enrollMany(wf.id, [3]);
    const viewer = await callRoute(unenroll.POST, { params: { id: wf.id }, body: { recordId: 3 }, as: "VIEWER" });
    expect(viewer.status).toBe(403);
    expect(viewer.json.error.message).toMatch(/Editor/);
    expect((await getEnrollment(run.enrollmentId)).status).toBe("ACTIVE");
    expect((await callRoute(unenroll.POST, { params: { id: "nope" }, body: { recordId: 3 } })).status).toBe(404);
    const bad = await callRoute(unenroll.POST, { params: { id: wf.id }, body: { recordId: "x" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/Record id must be a positive whole number/);
    expect((await callRoute(unenroll.POST, { params: { id: wf.id }, body: {} })).status).toBe(400);
  });
});
