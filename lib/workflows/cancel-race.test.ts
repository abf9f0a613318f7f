import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { databaseKind } from "@/lib/db/database-url";
import { claimJobs } from "@/lib/jobs/job-queue";
import { heldReader } from "@/test/held-queries";
import { fileReceiver } from "@/test/file-receiver";
import { cancelRun } from "./cancel-runs";
import { enroll, runStepJob, type StepJobPayload } from "./runner";
import { workflowWithActions } from "@/test/webhook-workflow";

// Cancel racing the runner's commit of an outcome (no worker runs here: the test runs the job).
// The runner's real handler delivers step 1 to a real HTTPS receiver and commits its success
// together with step 2 and its job, between two queries of the cancel (test/held-queries.ts).
// On PostgreSQL (READ COMMITTED) that is after the cancel read the run's steps and before it
// locks their jobs: the cancel must still see step 2 and end its job, or step 2 would run after
// the run was cancelled. On SQLite a transaction reads one snapshot from its first query, and the
// process's transactions take turns, so the commit can only land before the cancel's first query.

const receiver = fileReceiver();
const original = getDb();
const held = heldReader();

describe("Cancel racing the runner's commit", () => {
  it("ends the step and the job the runner queued while the cancel ran; nothing is left QUEUED or RUNNING", async () => {
    const wf = await workflowWithActions("Race", [
      { id: "first", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/first` }, nextId: "second" },
      { id: "second", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/second` }, nextId: null },
    ]);
    const { enrollmentId } = await enroll(wf.id, 1);
    const [claimed] = await claimJobs({ lane: "webhook", workerId: "race-runner", limit: 1, perDestination: 16 });
    expect(claimed).toBeDefined();
    const job = { ...claimed, payload: { stepId: claimed.key! } as StepJobPayload };

    const commitBefore = databaseKind() === "postgresql" ? 2 : 1;
    let queries = 0;
    held.hold(async () => {
      if (++queries !== commitBefore) return;
      // The runner works through the app's own client, as another process would.
      held.release();
      await runStepJob(job, "race-runner");
    });
    const cancelled = await cancelRun(enrollmentId, { kind: "user", name: "Ada" });
    held.release();
    expect(queries).toBeGreaterThanOrEqual(commitBefore);
    expect(cancelled.enrollmentId).toBe(enrollmentId);

    const steps = await original.enrollmentStep.findMany({ where: { enrollmentId }, orderBy: { startedAt: "asc" } });
    // Step 1's attempt was sent and recorded; step 2 was written by the runner, then cancelled.
    expect(steps.map((s) => [s.actionId, s.status])).toEqual([
      ["first", "SUCCEEDED"],
      ["second", "CANCELLED"],
    ]);
    const live = await original.job.count({ where: { stepId: { in: steps.map((s) => s.id) }, status: { in: ["QUEUED", "RUNNING"] } } });
    expect(live).toBe(0);
    const run = await original.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } });
    expect(run).toMatchObject({ status: "CANCELLED", cancelledBy: "Ada" });
    expect(receiver.requests.map((r) => r.path)).toEqual(["/first"]);
  });
});
