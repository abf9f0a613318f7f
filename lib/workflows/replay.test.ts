import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "@/lib/jobs/worker";
import { waitFor as poll } from "@/test/wait-for";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import { getEnrollment, listEnrollments } from "./enrollments";
import { retryNow } from "./replay";
import { enroll } from "./runner";
import { startRunner } from "./start-runner";
import { updateWorkflowSchema } from "./workflow-schema";
import { createWorkflow, updateWorkflow } from "./workflows";

const FLOOR_MS = 1000;
let receiver: HttpsReceiver;
let worker: Worker;
let status = 500;
/** When each delivery's requests arrived, by delivery id. */
const arrivals = new Map<string, number[]>();
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver((r) => {
    const id = r.headers["x-hookflow-delivery-id"];
    arrivals.set(id, [...(arrivals.get(id) ?? []), Date.now()]);
    return { status, body: "{}" };
  });
  worker = startRunner({ pollMs: 20 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function workflow() {
  const wf = await createWorkflow({ name: "replay", objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled: true,
      actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/r` } }],
    }),
  );
}

const waitFor = (id: string, done: (e: Awaited<ReturnType<typeof getEnrollment>>) => boolean) => poll(() => getEnrollment(id), done);

describe("Retry now and run history", () => {
  it("moves a scheduled retry up to now and records a new attempt under the same delivery id", async () => {
    status = 500;
    const wf = await workflow();
    const { enrollmentId } = await enroll(wf.id, 1);
    await waitFor(enrollmentId, (e) => e.steps[0]?.attempts.length === 1);
    await retryNow(enrollmentId);
    const e = await waitFor(enrollmentId, (x) => x.steps[0].attempts.length === 2);
    expect(e.steps[0].attempts.map((a) => a.outcome)).toEqual(["RETRYABLE", "RETRYABLE"]);
    expect(Date.parse(e.steps[0].attempts[1].nextAttemptAt!) - Date.now()).toBeGreaterThan(60_000);
  });

  it("re-opens a failed enrollment and completes it when the endpoint recovers", async () => {
    status = 404;
    const wf = await workflow();
    const { enrollmentId } = await enroll(wf.id, 2);
    expect((await waitFor(enrollmentId, (e) => e.status === "FAILED")).status).toBe("FAILED");
    status = 200;
    await retryNow(enrollmentId);
    const done = await waitFor(enrollmentId, (e) => e.status === "COMPLETED");
    expect(done.status).toBe("COMPLETED");
    expect(done.error).toBeNull();
    expect(done.steps[0].attempts.map((a) => a.outcome)).toEqual(["FINAL", "SUCCESS"]);
    await expect(retryNow(enrollmentId)).rejects.toMatchObject({ code: "NOTHING_TO_RETRY" });
  });

  it("Retry now right after a failed attempt waits for the floor after that attempt", async () => {
    status = 404;
    const wf = await workflow();
    const { enrollmentId } = await enroll(wf.id, 6);
    const failed = await waitFor(enrollmentId, (e) => e.status === "FAILED");
    const last = failed.steps[0].attempts[0];
    status = 200;
    const answer = await retryNow(enrollmentId);
    expect(Date.parse(answer.runAt) - (Date.parse(last.startedAt) + last.durationMs)).toBeGreaterThanOrEqual(FLOOR_MS);
    const done = await waitFor(enrollmentId, (e) => e.status === "COMPLETED");
    expect(done.status).toBe("COMPLETED");
    const [first, second] = arrivals.get(done.steps[0].deliveryId)!;
    expect(second - first).toBeGreaterThanOrEqual(FLOOR_MS);
  });

  it("Retry now of a failed step starts its retries over: the first comes about a minute later", async () => {
    status = 404;
    const wf = await workflow();
    const { enrollmentId } = await enroll(wf.id, 8);
    await waitFor(enrollmentId, (e) => e.status === "FAILED");
    status = 500;
    await retryNow(enrollmentId);
    const e = await waitFor(enrollmentId, (x) => x.steps[0].attempts.length === 2);
    const second = e.steps[0].attempts[1];
    expect(second.outcome).toBe("RETRYABLE");
    const wait = Date.parse(second.nextAttemptAt!) - (Date.parse(second.startedAt) + second.durationMs);
    expect(wait).toBeGreaterThanOrEqual(59_000);
    expect(wait).toBeLessThan(80_000);
  });

  it("pressing Retry now over and over sends no faster than one attempt per floor", async () => {
    status = 500;
    const wf = await workflow();
    const { enrollmentId } = await enroll(wf.id, 7);
    await waitFor(enrollmentId, (e) => e.steps[0]?.attempts.length === 1);
    const end = Date.now() + 2_500;
    while (Date.now() < end) {
      await retryNow(enrollmentId).catch((error) => expect(error).toMatchObject({ code: "ALREADY_RUNNING" }));
      await new Promise((r) => setTimeout(r, 20));
    }
    // On a loaded machine the second attempt may land just after the presses stop.
    const e = await waitFor(enrollmentId, (run) => run.steps[0].attempts.length >= 2);
    const times = arrivals.get(e.steps[0].deliveryId)!;
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times.length).toBeLessThanOrEqual(4);
    // The floor runs from the end of one attempt to the start of the next, as Hookflow records them.
    const attempts = e.steps[0].attempts;
    for (let i = 1; i < attempts.length; i++) {
      const previousEnd = Date.parse(attempts[i - 1].startedAt) + attempts[i - 1].durationMs;
      expect(Date.parse(attempts[i].startedAt) - previousEnd).toBeGreaterThanOrEqual(FLOOR_MS);
    }
    // At the receiver, arrivals can be a few milliseconds closer than the sends (a new connection's
    // handshake delays one request, a pooled connection does not): a small allowance, no more.
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(FLOOR_MS - 50);
  });

  it("lists a workflow's enrollments newest first, filtered by status, with paging", async () => {
    status = 200;
    const wf = await workflow();
    const ids = [];
    for (const recordId of [3, 4, 5]) ids.push((await enroll(wf.id, recordId)).enrollmentId);
    for (const id of ids) await waitFor(id, (e) => e.status === "COMPLETED");
    const all = await listEnrollments(wf.id, { limit: 2 });
    expect(all.enrollments).toHaveLength(2);
    expect(all.enrollments[0].record).toMatchObject({ id: expect.any(Number), displayName: expect.any(String), objectType: "contact" });
    const next = await listEnrollments(wf.id, { limit: 2, cursor: all.nextCursor! });
    expect([...all.enrollments, ...next.enrollments].map((e) => e.id).sort()).toEqual([...ids].sort());
    expect((await listEnrollments(wf.id, { limit: 50, status: "FAILED" })).enrollments).toEqual([]);
    await expect(listEnrollments("nope", { limit: 5 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
